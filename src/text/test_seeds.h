// Test helper: the seed pages of corpus/seeds (private to the text tests).

#ifndef BAOKAN_SRC_TEXT_TEST_SEEDS_H_
#define BAOKAN_SRC_TEXT_TEST_SEEDS_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace baokan::text::testing {

inline std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// {file name, contents} of every corpus/seeds/*.txt, sorted by name.
inline std::vector<std::pair<std::string, std::string>> SeedPages() {
  std::vector<std::pair<std::string, std::string>> pages;
  const std::filesystem::path dir = std::filesystem::path(BAOKAN_SOURCE_DIR) / "corpus" / "seeds";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") {
      pages.emplace_back(entry.path().filename().string(), ReadFileBytes(entry.path()));
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// The seed page whose name starts with `prefix` ("000", "002" ...).
inline std::string SeedPage(const std::string& prefix) {
  for (auto& [name, text] : SeedPages()) {
    if (name.rfind(prefix, 0) == 0) return text;
  }
  return "";
}

}  // namespace baokan::text::testing

#endif  // BAOKAN_SRC_TEXT_TEST_SEEDS_H_
