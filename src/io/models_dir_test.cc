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

// The test binary sits in the build tree, beside which ../models is the
// source tree's models/ (or models/ itself when built in the source tree).
TEST(ModelsDirTest, WithoutTheVariableADirectoryHoldingTheModels) {
  unsetenv("BAOKAN_MODELS");
  const std::filesystem::path dir = ModelsDir();
  EXPECT_TRUE(std::filesystem::exists(dir / "regions.tsv")) << dir;
  EXPECT_TRUE(std::filesystem::exists(dir / "subjects.tsv")) << dir;
  EXPECT_TRUE(std::filesystem::equivalent(dir, std::filesystem::path(BAOKAN_SOURCE_DIR) / "models"))
      << dir;
}

}  // namespace
}  // namespace baokan
