// A per-process scratch path for fuzz targets whose API reads files.
#ifndef BAOKAN_TESTS_FUZZ_TEMP_FILE_H_
#define BAOKAN_TESTS_FUZZ_TEMP_FILE_H_

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace baokan_fuzz {

// A directory of this process's own under the system temp dir, made once.
inline const std::string& ScratchDir() {
  static const std::string dir = [] {
    std::filesystem::path p = std::filesystem::temp_directory_path() /
                              ("baokan-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(p);
    return p.string();
  }();
  return dir;
}

// Writes `bytes` to `path`, replacing it; aborts if that fails.
inline void WriteFile(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) std::abort();
}

}  // namespace baokan_fuzz

#endif  // BAOKAN_TESTS_FUZZ_TEMP_FILE_H_
