// Test helpers: the seed pages and their gold (private to the segment tests).

#ifndef BAOKAN_SRC_SEGMENT_TEST_PAGES_H_
#define BAOKAN_SRC_SEGMENT_TEST_PAGES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/split.h"

namespace baokan::segment::testing {

// A page made of `lines`, each ended by a newline.
inline std::string JoinLines(const std::vector<std::string>& lines) {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

// The first article of `r` titled `title`, or null.
inline const Article* FindByTitle(const SplitResult& r, const std::string& title) {
  for (const Article& a : r.articles) {
    if (a.title && *a.title == title) return &a;
  }
  return nullptr;
}

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct SeedPage {
  std::string name;  // file name without .txt
  std::string text;
};

// Every corpus/seeds/*.txt, sorted by name.
inline std::vector<SeedPage> SeedPages() {
  std::vector<SeedPage> pages;
  const std::filesystem::path dir = std::filesystem::path(BAOKAN_SOURCE_DIR) / "corpus" / "seeds";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") {
      pages.push_back({entry.path().stem().string(), ReadFile(entry.path())});
    }
  }
  std::sort(pages.begin(), pages.end(),
            [](const SeedPage& a, const SeedPage& b) { return a.name < b.name; });
  return pages;
}

inline std::filesystem::path SeedGoldPath() {
  return std::filesystem::path(BAOKAN_SOURCE_DIR) / "corpus" / "gold" / "seeds.gold.jsonl";
}

}  // namespace baokan::segment::testing

#endif  // BAOKAN_SRC_SEGMENT_TEST_PAGES_H_
