// baokan region: places every article by province, city and county.

#include "baokan/region.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli_io.h"
#include "command.h"
#include "baokan/pipeline.h"
#include "baokan/region_map.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("input", po::value<std::vector<std::string>>(),
                         "article JSONL files or directories (- for stdin)")(
      "gazetteer", po::value<std::string>(),
      "directory with regions.tsv and region_aliases.tsv (default: the installed models/)")(
      "no-home", "do not give place-less articles their page's home region")(
      "report", po::value<std::string>(),
      "also write an HTML page with a map of the articles per province and city")(
      "home-share", po::value<double>()->default_value(0.5),
      "share of a page's placed articles that must name the home region")(
      "normalize",
      "run baokan normalize over the fields first (not needed for matching: look-alike\n"
      "characters and line breaks inside names are handled anyway)");
  positional->add("input", -1);
}

// The page of --report: the map comes from the gazetteer's directory; a
// missing map is reported and the page is written without it.
bool WriteRegionReport(const std::string& path, const std::string& models_dir,
                       const RegionTally& tally, Env* env) {
  StatusOr<ChinaMap> map = ChinaMap::Load(models_dir);
  if (!map.ok()) env->Error(map.status());
  std::unique_ptr<OutputFile> out = OpenOutput(env, path);
  if (!out) return false;
  const std::string html =
      RenderRegionReportHtml("baokan region: " + std::to_string(tally.articles) + " articles",
                             "baokan " BAOKAN_VERSION, map.ok() ? &*map : nullptr, tally);
  return WriteOut(out.get(), html, env) && CommitOut(out.get(), env);
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
  const std::string dir = GazetteerDir(vm);
  const auto start = std::chrono::steady_clock::now();
  StatusOr<std::unique_ptr<Gazetteer>> gazetteer = Gazetteer::Load(dir);
  if (!gazetteer.ok()) {
    env->Error(WithModelsHint(gazetteer.status()));
    return kExitDataError;
  }
  RegionTagger tagger(gazetteer->get(), options);
  LabelStageOptions label;
  label.tagger = &tagger;
  label.threads = env->threads();
  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsRecordFile);
  LabelTotals totals;
  RegionTally tally;
  auto count = [&tally](const LabelledGroup& g) {
    for (const Region& r : g.regions) TallyRegion(r, &tally);
  };
  if (!LabelToOutput(inputs, label, env, &totals, count)) return kExitDataError;
  if (vm.count("report") && !WriteRegionReport(vm["report"].as<std::string>(), dir, tally, env)) {
    return kExitDataError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[200];
  std::snprintf(summary, sizeof summary, "%zu article(s), %zu placed, %.1f MB of text in %.2f s",
                totals.records, totals.placed, totals.text_bytes / 1e6, seconds);
  env->Info(summary);
  return env->ExitStatus();
}

BAOKAN_COMMAND({"region", "place articles by province, city and county (GB/T 2260 codes)",
                "baokan region [OPTIONS] ARTICLES...",
                "Adds `region` {province, city, county, abroad, evidence, confidence} to every article\n"
                "record; other fields pass through. Names are looked up in the dateline, then\n"
                "the title, then the body; articles that name no place but speak of 本报讯/我区\n"
                "take their page's home region. A page's articles must be consecutive.\n"
                "The gazetteer is models/regions.tsv (+ region_aliases.tsv). --report FILE.html\n"
                "also writes a page with a map of the articles per province and city\n"
                "(models/china_map.tsv). See docs/region.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
