// Speed of `baokan region`'s library: gazetteer load time and MB/s of
// article text tagged on one thread.
//
//   bench_region_region_speed [MODELS_DIR (default ./models)] [ARTICLES.jsonl] [--repeat N]
//   [--normalize]
//
// Without an articles file, the seed pages of corpus/seeds are cut into
// paragraph-sized articles. Prints one JSON object with the figures.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/region.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}
// CPU time of this process: on a busy machine wall time overstates the work.
double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Articles (title, text) from a JSONL file, or from the seed pages.
std::vector<std::pair<std::string, std::string>> LoadArticles(const std::string& path,
                                                              const std::string& models) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!path.empty()) {
    auto reader = baokan::LineReader::Open(path);
    if (!reader.ok()) return out;
    std::string_view line;
    while ((*reader)->Next(&line)) {
      auto rec = baokan::JsonRecord::Parse(line);
      if (!rec.ok()) continue;
      std::optional<std::string> title, text;
      (void)rec->GetString("title", &title);
      (void)rec->GetString("text", &text);
      out.emplace_back(title.value_or(""), text.value_or(""));
    }
    return out;
  }
  std::filesystem::path seeds = std::filesystem::path(models) / ".." / "corpus" / "seeds";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(seeds)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    auto bytes = baokan::ReadFileBytes(f.string());
    if (!bytes.ok()) continue;
    std::string_view page = *bytes;
    // Blank-line separated blocks stand in for articles.
    for (size_t from = 0; from < page.size();) {
      size_t to = page.find("\n\n", from);
      if (to == std::string_view::npos) to = page.size();
      out.emplace_back("", std::string(page.substr(from, to - from)));
      from = to + 2;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string models = "models", articles_path;  // run from the repository root, or name it
  int repeat = 20;
  baokan::RegionOptions options;
  std::vector<std::string> args(argv + 1, argv + argc);
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--normalize") {
      options.normalize = true;
    } else if (args[i] == "--repeat" && i + 1 < args.size()) {
      repeat = std::stoi(args[++i]);
    } else if (std::filesystem::is_directory(args[i])) {
      models = args[i];
    } else {
      articles_path = args[i];
    }
  }
  auto t0 = Clock::now();
  double c0 = CpuSeconds();
  auto gaz = baokan::Gazetteer::Load(models);
  double load = Seconds(t0), load_cpu = CpuSeconds() - c0;
  if (!gaz.ok()) {
    std::fprintf(stderr, "bench_region: %s\n", gaz.status().message().c_str());
    return 1;
  }
  auto articles = LoadArticles(articles_path, models);
  std::vector<baokan::RegionInput> inputs;
  size_t bytes = 0;
  for (const auto& [title, text] : articles) {
    inputs.push_back(baokan::RegionInput{title, {}, text, {}});
    bytes += title.size() + text.size();
  }
  baokan::RegionTagger tagger(gaz->get(), options);
  size_t placed = 0;
  auto t1 = Clock::now();
  double c1 = CpuSeconds();
  for (int r = 0; r < repeat; ++r) {
    // Pages of 10 articles, as TagPage sees them.
    for (size_t i = 0; i < inputs.size(); i += 10) {
      std::vector<baokan::RegionInput> page(inputs.begin() + i,
                                            inputs.begin() + std::min(i + 10, inputs.size()));
      for (const auto& reg : tagger.TagPage(page)) placed += !reg.empty();
    }
  }
  double tag = Seconds(t1), tag_cpu = CpuSeconds() - c1;
  double mb = bytes * static_cast<double>(repeat) / 1e6;
  std::printf(
      "{\"gazetteer_load_s\":%.3f,\"gazetteer_load_cpu_s\":%.3f,\"units\":%zu,\"articles\":%zu,"
      "\"text_mb\":%.2f,\"tag_s\":%.3f,\"mb_per_s\":%.1f,\"mb_per_cpu_s\":%.1f,\"placed\":%zu}\n",
      load, load_cpu,
      gaz.value()->provinces() + gaz.value()->cities() + gaz.value()->counties() +
          gaz.value()->towns(),
      inputs.size() * repeat, mb, tag, mb / tag, mb / tag_cpu, placed);
  return 0;
}
