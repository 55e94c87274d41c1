// TempDir (classify/internal.h): training's and cross-validation's scratch.

#include <stdlib.h>

#include <filesystem>

#include "classify/internal.h"

namespace baokan {


namespace fs = std::filesystem;

Status classify::TempDir::Create() {
  std::string pattern = (fs::temp_directory_path() / "baokan-train-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return Status::IOError("cannot create a temporary directory in " +
                           fs::temp_directory_path().string());
  }
  path_ = pattern;
  return Status::OK();
}

classify::TempDir::~TempDir() {
  std::error_code ec;
  if (!path_.empty()) fs::remove_all(path_, ec);
}

}  // namespace baokan
