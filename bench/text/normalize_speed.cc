// Prints the speed (MB/s of UTF-8 input) of Normalize and MatchForm over the
// seed pages, each repeated until about 50 MB have gone through. Both wall
// time and the process's CPU time are shown (the CPU figure is the fairer one
// on a busy machine).
//
//   bench_text_normalize_speed [SEED_DIR]    (default: corpus/seeds)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/normalize.h"

namespace {

constexpr size_t kTargetBytes = 50u << 20;

std::vector<std::string> ReadPages(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> pages;
  for (const auto& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    pages.push_back(s.str());
  }
  return pages;
}

// Runs `f` over the pages round-robin until kTargetBytes (or `limit`) of
// input have been processed; prints MB/s.
void Measure(const char* what, const std::vector<std::string>& pages,
             const std::function<size_t(const std::string&)>& f, size_t limit = kTargetBytes) {
  size_t bytes = 0, sink = 0;
  const std::clock_t cpu_start = std::clock();
  const auto start = std::chrono::steady_clock::now();
  for (size_t k = 0; bytes < limit; ++k) {
    const std::string& page = pages[k % pages.size()];
    sink += f(page);
    bytes += page.size();
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::printf("%-24s %7.1f MB/s wall %7.1f MB/s cpu  (%.1f MB in %.2f s, output %.1f MB)\n", what,
              bytes / seconds / 1e6, bytes / cpu / 1e6, bytes / 1e6, seconds, sink / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path dir = argc > 1 ? argv[1] : "corpus/seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::fprintf(stderr, "bench_text_normalize_speed: %s: not a directory of seed pages\n",
                 dir.c_str());
    return 2;
  }
  const std::vector<std::string> pages = ReadPages(dir);
  if (pages.empty()) {
    std::fprintf(stderr, "bench_text_normalize_speed: %s: no .txt pages\n", dir.c_str());
    return 2;
  }
  baokan::Normalize(pages[0]);  // set-up of the ICU services, not timed
  baokan::NormalizeOptions joined, simplified;
  joined.join_lines = true;
  simplified.simplified = true;
  baokan::Normalize(pages[0], simplified);

  Measure("Normalize", pages, [](const std::string& p) { return baokan::Normalize(p).size(); });
  Measure("MatchForm", pages, [](const std::string& p) { return baokan::MatchForm(p).size(); });
  Measure("Normalize --join-lines", pages,
          [&](const std::string& p) { return baokan::Normalize(p, joined).size(); });
  Measure(
      "Normalize --simplified", pages,
      [&](const std::string& p) { return baokan::Normalize(p, simplified).size(); },
      kTargetBytes / 5);
  Measure("JoinLines", pages, [](const std::string& p) { return baokan::JoinLines(p).size(); });
  return 0;
}
