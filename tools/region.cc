// baokan region: places every article by province, city and county.

#include "baokan/region.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "baokan/parallel.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

namespace fs = std::filesystem;

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("input", po::value<std::vector<std::string>>(),
                         "article JSONL files or directories (- for stdin)")(
      "gazetteer", po::value<std::string>(),
      "directory with regions.tsv and region_aliases.tsv (default: the installed models/)")(
      "no-home", "do not give place-less articles their page's home region")(
      "home-share", po::value<double>()->default_value(0.5),
      "share of a page's placed articles that must name the home region")(
      "normalize",
      "run baokan normalize over the fields first (not needed for matching: look-alike\n"
      "characters and line breaks inside names are handled anyway)");
  positional->add("input", -1);
}

// The models/ directory that goes with this executable: <exe>/../share/baokan/models
// when installed, <exe>/models or <exe>/../models beside a build, else the source
// tree's models/ the executable was built from.
std::string DefaultGazetteerDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path dir = exe.parent_path();
    for (const fs::path& d :
         {dir / ".." / "share" / "baokan" / "models", dir / "models", dir / ".." / "models"}) {
      if (fs::exists(d / "regions.tsv", ec)) return d.lexically_normal().string();
    }
  }
#ifdef BAOKAN_MODELS_DIR
  return BAOKAN_MODELS_DIR;
#else
  return "models";
#endif
}

// One page's records, in input order, with where they came from.
struct PageGroup {
  std::vector<JsonRecord> records;
  std::vector<std::string> where;  // FILE:LINE of each record
};

struct PageResult {
  std::string lines;
  std::vector<std::string> errors;
  size_t text_bytes = 0;
  size_t placed = 0;
};

PageResult TagGroup(const RegionTagger& tagger, PageGroup& group) {
  PageResult out;
  const size_t n = group.records.size();
  std::vector<std::optional<std::string>> title(n), dateline(n), text(n), byline(n);
  std::vector<RegionInput> inputs;
  for (size_t i = 0; i < n; ++i) {
    const JsonRecord& r = group.records[i];
    for (auto [key, slot] : {std::pair{"title", &title[i]},
                             {"dateline", &dateline[i]},
                             {"text", &text[i]},
                             {"byline", &byline[i]}}) {
      Status s = r.GetString(key, slot);
      if (!s.ok())
        out.errors.push_back(group.where[i] + ": " + s.message() + "; the field is ignored");
    }
    auto view = [](const std::optional<std::string>& s) {
      return s ? std::string_view(*s) : std::string_view();
    };
    inputs.push_back(
        RegionInput{view(title[i]), view(dateline[i]), view(text[i]), view(byline[i])});
    out.text_bytes +=
        inputs.back().title.size() + inputs.back().dateline.size() + inputs.back().text.size();
  }
  std::vector<Region> regions = tagger.TagPage(inputs);
  for (size_t i = 0; i < group.records.size(); ++i) {
    group.records[i].SetRaw("region", RegionToJson(regions[i]));
    out.placed += !regions[i].empty();
    out.lines += group.records[i].Serialize();
    out.lines += '\n';
  }
  return out;
}

int Run(const po::variables_map& vm, Env* env) {
  RegionOptions options;
  options.normalize = vm.count("normalize") > 0;
  options.home_share = vm["home-share"].as<double>();
  options.use_home = vm.count("no-home") == 0;
  if (!(options.home_share > 0)) {
    env->Error("--home-share must be a number above 0");
    return kExitUsage;
  }
  const std::string dir =
      vm.count("gazetteer") ? vm["gazetteer"].as<std::string>() : DefaultGazetteerDir();
  const auto start = std::chrono::steady_clock::now();
  StatusOr<std::unique_ptr<Gazetteer>> gazetteer = Gazetteer::Load(dir);
  if (!gazetteer.ok()) {
    env->Error(gazetteer.status());
    return kExitDataError;
  }
  RegionTagger tagger(gazetteer->get(), options);
  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsRecordFile);
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return kExitDataError;

  // Consecutive records with the same `page` form a group; groups are tagged
  // in batches on all threads and written in input order.
  constexpr size_t kBatchRecords = 4096;
  std::vector<PageGroup> batch;
  size_t batched = 0, records = 0, placed = 0, bytes = 0;
  std::string last_page;
  bool write_ok = true;
  auto flush = [&] {
    OrderedParallelMap<PageResult>(
        batch.size(), env->threads(), [&](size_t i) { return TagGroup(tagger, batch[i]); },
        [&](size_t, PageResult&& r) {
          for (const std::string& e : r.errors) env->Error(e);
          bytes += r.text_bytes;
          placed += r.placed;
          write_ok = write_ok && WriteOut(out.get(), r.lines, env);
        });
    batch.clear();
    batched = 0;
    env->Progress("region: " + std::to_string(records) + " articles");
  };
  ForEachRecord(inputs, env, [&](JsonRecord& record, const std::string& path, size_t line) {
    std::optional<std::string> page;
    if (!record.GetString("page", &page).ok()) page.reset();
    std::string key = path + '\n' + page.value_or("");
    if (batch.empty() || key != last_page || !page) {
      if (batched >= kBatchRecords) flush();
      batch.emplace_back();
      last_page = key;
    }
    batch.back().where.push_back((path == "-" ? "<stdin>" : path) + ":" + std::to_string(line));
    batch.back().records.push_back(std::move(record));
    ++batched;
    ++records;
    return write_ok;
  });
  flush();
  env->EndProgress();
  if (!write_ok || !CommitOut(out.get(), env)) return kExitDataError;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[200];
  std::snprintf(summary, sizeof summary, "%zu article(s), %zu placed, %.1f MB of text in %.2f s",
                records, placed, bytes / 1e6, seconds);
  env->Info(summary);
  return env->ExitStatus();
}

BAOKAN_COMMAND({"region", "place articles by province, city and county (GB/T 2260 codes)",
                "baokan region [OPTIONS] ARTICLES...",
                "Adds `region` {province, city, county, evidence, confidence} to every article\n"
                "record; other fields pass through. Names are looked up in the dateline, then\n"
                "the title, then the body; articles that name no place but speak of 本报讯/我区\n"
                "take their page's home region. A page's articles must be consecutive.\n"
                "The gazetteer is models/regions.tsv (+ region_aliases.tsv). See docs/region.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
