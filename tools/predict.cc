// baokan predict: adds `subject` to articles (or to lines of text), from a
// trained model or from the keyword lexicon.

#include <memory>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/io.h"
#include "baokan/pipeline.h"
#include "classify_flags.h"
#include "classify_model.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()
      ("input", po::value<std::vector<std::string>>(),
       "MODEL then articles (JSONL) or text lines; with --lexicon or --model, only data")
      ("model", po::value<std::string>(), "the model (MODEL.bin, MODEL.ftz or MODEL)")
      ("k", po::value<int>()->default_value(3), "at most this many labels in subject.labels")
      ("threshold", po::value<double>()->default_value(0.0),
       "leave out labels below this probability (no label left: subject is null)")
      ("taxonomy", po::value<std::string>(), "with --lexicon: the subjects TSV");
  AddLexiconOptions(options);
  AddArticleFieldOption(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  std::vector<std::string> args;
  if (vm.count("input")) args = vm["input"].as<std::vector<std::string>>();
  std::unique_ptr<Classifier> model;
  if (vm.count("lexicon")) {
    if (vm.count("model")) {
      env->Error("--lexicon and --model exclude each other");
      return kExitUsage;
    }
    model = LoadLexicon(vm, env);
  } else {
    std::string path;
    if (vm.count("model")) {
      path = vm["model"].as<std::string>();
    } else if (!args.empty()) {
      path = args.front();
      args.erase(args.begin());
    } else {
      env->Error("name a MODEL (or use --lexicon); try 'baokan predict --help'");
      return kExitUsage;
    }
    model = LoadModel(path, env);
  }
  if (!model) return kExitDataError;
  PredictOptions options;
  options.k = vm["k"].as<int>();
  options.threshold = vm["threshold"].as<double>();
  if (options.k < 1 || options.threshold < 0 || options.threshold > 1) {
    env->Error("--k must be at least 1 and --threshold in [0, 1]");
    return kExitUsage;
  }
  if (args.empty()) args.push_back("-");
  std::vector<std::string> inputs;
  for (const std::string& arg : args) {
    StatusOr<std::vector<std::string>> expanded = ExpandInputs({arg}, IsRecordFile);
    if (!expanded.ok()) {
      env->Error(expanded.status());
      continue;
    }
    inputs.insert(inputs.end(), expanded->begin(), expanded->end());
  }
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return kExitDataError;
  LabelStageOptions label;
  label.classifier = model.get();
  label.predict = options;
  label.classifier_fields = ArticleFields(vm);
  label.drop_bad_records = true;
  label.text_lines = true;
  label.threads = env->threads();
  LabelTotals totals;
  if (!LabelToOutput(inputs, label, env, &totals)) return kExitDataError;
  env->Info(std::to_string(totals.records) + " records labelled by " + model->description());
  return env->ExitStatus();
}

BAOKAN_COMMAND({"predict", "add `subject` to articles, from a model or the keyword lexicon",
                "baokan predict [OPTIONS] MODEL [ARTICLES|-]...\n"
                "       baokan predict --lexicon [OPTIONS] [ARTICLES|-]...",
                "Each record gets subject = {label, name, prob, labels: [{label, prob}...]}\n"
                "(null when nothing is found). The classifier reads the --field fields joined\n"
                "by newlines (title first). A line that is not JSON is taken as text and comes\n"
                "out as {\"text\": ..., \"subject\": ...}. A model is tokenized as MODEL.json\n"
                "says. --lexicon needs no model: its probabilities are the share of keyword\n"
                "evidence, so a weak match stays low. See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
