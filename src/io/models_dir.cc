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
  if (!ec) {
    const fs::path dir = exe.parent_path();
    for (const fs::path& d :
         {dir / "models", dir / ".." / "models", dir / ".." / "share" / "baokan" / "models"}) {
      if (fs::exists(d / "regions.tsv", ec)) return d.lexically_normal().string();
    }
  }
  return BAOKAN_MODELS_DIR;
}

}  // namespace baokan
