#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "baokan/models.h"

namespace baokan {

std::string ModelsDir() {
  namespace fs = std::filesystem;
  const char* env = std::getenv("BAOKAN_MODELS");
  if (env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "share/baokan/models";
  const fs::path dir = exe.parent_path();
  const fs::path installed = dir / ".." / "share" / "baokan" / "models";  // PREFIX/bin/baokan
  for (const fs::path& d : {dir / "share" / "baokan" / "models", installed}) {
    if (fs::exists(d / "regions.tsv", ec)) return d.lexically_normal().string();
  }
  return installed.lexically_normal().string();
}

}  // namespace baokan
