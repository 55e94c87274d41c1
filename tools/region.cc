// baokan region: places every article by province, city and county.

#include "baokan/region.h"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "cli_io.h"
#include "command.h"
#include "baokan/pipeline.h"

namespace baokan::cli {
namespace {

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
  if (!LabelToOutput(inputs, label, env, &totals)) return kExitDataError;
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
                "The gazetteer is models/regions.tsv (+ region_aliases.tsv). See docs/region.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
