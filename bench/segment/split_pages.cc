// Splits the page files named on the command line and writes one article
// record per line to stdout; reports the throughput on stderr.
//
//   bench_segment_split_pages [--no-normalize] [--noise] [--repeat N] PAGE.txt...
//
// --noise also prints the noise blocks to stderr (page:first-last reason text).
//
// The page text is read once; the timed part is SplitPage (with
// normalization unless --no-normalize) and, on the first round, record
// serialization. With --repeat N the pages are split N times and only the
// first round is written.

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/article.h"
#include "baokan/split.h"

namespace {

std::string PageName(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  const size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

}  // namespace

int main(int argc, char** argv) {
  baokan::SplitOptions options;
  int repeat = 1;
  bool show_noise = false;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--no-normalize") {
      options.normalize = false;
    } else if (arg == "--noise") {
      show_noise = true;
    } else if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) {
    std::cerr << "usage: bench_segment_split_pages [--no-normalize] [--noise] [--repeat N] PAGE...\n";
    return 2;
  }
  std::vector<std::pair<std::string, std::string>> pages;
  size_t bytes = 0;
  for (const std::string& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) {
      std::cerr << "bench_segment_split_pages: " << p << ": cannot open\n";
      return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    pages.emplace_back(PageName(p), ss.str());
    bytes += pages.back().second.size();
  }
  size_t articles = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& [name, text] : pages) {
      const baokan::SplitResult result = baokan::SplitPage(name, text, options);
      if (r == 0) {
        for (const baokan::Article& a : result.articles) {
          std::cout << baokan::ArticleToRecord(a).Serialize() << '\n';
        }
        articles += result.articles.size();
        for (const baokan::NoiseBlock& n : result.noise) {
          if (show_noise) {
            std::cerr << n.page << ":" << n.first_line << "-" << n.last_line << " " << n.reason
                      << " " << n.text << "\n";
          }
        }
      }
    }
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  const double mb = static_cast<double>(bytes) * repeat / 1e6;
  // CPU time is the figure per core: the machine may be shared.
  std::fprintf(stderr,
               "%zu pages, %zu articles, %.2f MB: %.3f s CPU (%.1f MB/s per core), "
               "%.3f s wall (%.1f MB/s)\n",
               pages.size(), articles, mb, cpu, cpu > 0 ? mb / cpu : 0.0, secs,
               secs > 0 ? mb / secs : 0.0);
  return 0;
}
