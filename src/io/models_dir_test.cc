#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "baokan/models.h"

namespace baokan {
namespace {

TEST(ModelsDirTest, EnvironmentVariableWins) {
  setenv("BAOKAN_MODELS", "/somewhere/else", 1);
  EXPECT_EQ(ModelsDir(), "/somewhere/else");
  setenv("BAOKAN_MODELS", "", 1);  // empty counts as unset
  EXPECT_NE(ModelsDir(), "");
  unsetenv("BAOKAN_MODELS");
}

// The test binary sits at the top of the build tree, which holds the models
// in share/baokan/models as an installation does (a link to models/).
TEST(ModelsDirTest, WithoutTheVariableTheBuildTreesShareDirectory) {
  unsetenv("BAOKAN_MODELS");
  const std::filesystem::path dir = ModelsDir();
  const std::filesystem::path exe_dir = std::filesystem::read_symlink("/proc/self/exe").parent_path();
  EXPECT_EQ(dir, (exe_dir / "share/baokan/models").lexically_normal());
  EXPECT_TRUE(std::filesystem::exists(dir / "regions.tsv")) << dir;
  EXPECT_TRUE(std::filesystem::exists(dir / "subjects.tsv")) << dir;
}

}  // namespace
}  // namespace baokan
