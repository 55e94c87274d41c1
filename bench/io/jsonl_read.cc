// Reads a JSON Lines file with LineReader + JsonRecord::Parse and reports
// MB/s and records/s. Usage: bench_io_jsonl_read [FILE.jsonl[.gz|.zst]] [REPEATS]
// Without FILE, writes ~200 MB of article-like records to a temporary file
// first (and removes it afterwards).

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

#include "baokan/article.h"
#include "baokan/io.h"
#include "baokan/json.h"

namespace {

using baokan::Status;

// Article-like records: Chinese text of 200-4000 characters with paragraph
// breaks, a nested region object, and a few unknown fields.
Status Generate(const std::string& path, size_t target_bytes) {
  auto out = baokan::OutputFile::Create(path);
  if (!out.ok()) return out.status();
  const std::string chars = "报刊新闻记者中国妇女儿童教育经济发展会议召开工作社会，。、“”";
  std::mt19937 rng(1);
  size_t written = 0;
  for (int n = 1; written < target_bytes; ++n) {
    baokan::Article a;
    a.page = "page_" + std::to_string(n / 8);
    a.id = a.page + "#" + std::to_string(n % 8 + 1);
    a.title = "标题" + std::to_string(n);
    a.dateline = "湖南长沙";
    size_t len = 200 + rng() % 3800;
    for (size_t i = 0; i < len; ++i) {
      size_t k = rng() % (chars.size() / 3);
      a.text += chars.substr(k * 3, 3);
      if (rng() % 120 == 0) a.text += "\n";
    }
    baokan::JsonRecord r = baokan::ArticleToRecord(a);
    r.SetRaw("region", R"({"province": {"code": "430000", "name": "湖南省"}, "confidence": 0.98})");
    r.SetNumber("score", rng() / 1e6);
    std::string line = r.Serialize() + "\n";
    written += line.size();
    Status s = (*out)->Write(line);
    if (!s.ok()) return s;
  }
  return (*out)->Commit();
}

struct Result {
  double seconds = 0;      // wall clock
  double cpu_seconds = 0;  // CPU time of the process: steadier on a busy machine
  size_t bytes = 0;
  size_t records = 0;
};

// mode 0: lines only; 1: lines + Parse; 2: lines + Parse + ArticleFromRecord.
Result Run(const std::string& path, int mode) {
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  Result r;
  auto reader = baokan::LineReader::Open(path);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().message().c_str());
    std::exit(1);
  }
  std::string_view line;
  baokan::Article article;
  while ((*reader)->Next(&line)) {
    r.bytes += line.size() + 1;
    ++r.records;
    if (mode == 0) continue;
    auto record = baokan::JsonRecord::Parse(line);
    if (!record.ok()) {
      std::fprintf(stderr, "%s:%zu: %s\n", path.c_str(), (*reader)->line_number(),
                   record.status().message().c_str());
      std::exit(1);
    }
    if (mode == 2 && !baokan::ArticleFromRecord(*record, &article).ok()) std::exit(1);
  }
  if (!(*reader)->status().ok()) {
    std::fprintf(stderr, "%s\n", (*reader)->status().message().c_str());
    std::exit(1);
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  bool generated = false;
  if (argc > 1) {
    path = argv[1];
  } else {
    const char* tmp = std::getenv("TMPDIR");
    path = std::string(tmp && *tmp ? tmp : "/tmp") + "/bench_jsonl_read." +
           std::to_string(getpid()) + ".jsonl";
    Status s = Generate(path, size_t{200} << 20);
    if (!s.ok()) {
      std::fprintf(stderr, "%s\n", s.message().c_str());
      return 1;
    }
    generated = true;
  }
  int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  const char* names[] = {"lines only", "lines + JsonRecord::Parse", "+ ArticleFromRecord"};
  for (int mode = 0; mode < 3; ++mode) {
    Result best;
    for (int i = 0; i < repeats; ++i) {
      Result r = Run(path, mode);
      if (i == 0 || r.seconds < best.seconds) best = r;
    }
    std::printf(
        "%-26s %7.1f MB/s %8.0f records/s  (per CPU second: %7.1f MB/s)  "
        "%zu records, %.1f MB, best of %d\n",
        names[mode], best.bytes / best.seconds / 1e6, best.records / best.seconds,
        best.bytes / best.cpu_seconds / 1e6, best.records, best.bytes / 1e6, repeats);
  }
  if (generated) unlink(path.c_str());
  return 0;
}
