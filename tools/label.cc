// baokan label: region and subject on every article.

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
  options->add_options()
      ("input", po::value<std::vector<std::string>>(), "article JSONL files or directories (- for stdin)")
      ("model", po::value<std::string>(),
       "subject model (MODEL.bin/.ftz with MODEL.json beside it); default: the keyword lexicon")
      ("gazetteer", po::value<std::string>(),
       "models directory: regions.tsv, region_aliases.tsv and, without --model, the lexicon "
       "(default: $BAOKAN_MODELS, else the models/ installed with baokan)")
      ("top-k", po::value<int>()->default_value(3), "subject labels listed per article")
      ("threshold", po::value<double>()->default_value(0.0),
       "leave out subject labels below this probability");
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  PredictOptions predict;
  predict.k = vm["top-k"].as<int>();
  predict.threshold = vm["threshold"].as<double>();
  if (predict.k < 1) {
    env->Error("--top-k must be at least 1");
    return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  StatusOr<Labellers> labellers =
      LoadLabellers(GazetteerDir(vm), vm.count("model") ? vm["model"].as<std::string>() : "");
  if (!labellers.ok()) {
    env->Error(WithModelsHint(labellers.status()));
    return kExitDataError;
  }
  RegionTagger tagger(labellers->gazetteer.get());
  LabelStageOptions options;
  options.tagger = &tagger;
  options.classifier = labellers->classifier.get();
  options.predict = predict;
  options.threads = env->threads();
  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsRecordFile);
  LabelTotals totals;
  if (!LabelToOutput(inputs, options, env, &totals)) return kExitDataError;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[200];
  std::snprintf(summary, sizeof summary, "%zu article(s) labelled, %zu placed by region, in %.2f s",
                totals.records, totals.placed, seconds);
  env->Info(summary);
  return env->ExitStatus();
}

BAOKAN_COMMAND({"label", "add region and subject to every article",
                "baokan label [OPTIONS] ARTICLES...",
                "Adds `region` (as `baokan region` does) and `subject` {label, name, prob,\n"
                "labels} to every article record; other fields pass through. The subject comes\n"
                "from --model, or from the keyword lexicon in models/ when no model is given.\n"
                "A page's articles must be consecutive (as split and dedup write them).\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
