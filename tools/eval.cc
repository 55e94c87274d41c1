// baokan eval: score one or more models (or the lexicon) on labelled data.

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "classify_flags.h"
#include "classify_model.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()
      ("input", po::value<std::vector<std::string>>(), "MODEL... DATA (the last one is DATA)")
      ("json", po::value<std::string>(), "also write the figures as JSON to this file")
      ("report", po::value<std::string>(), "also write a self-contained HTML page here")
      ("k", po::value<int>()->default_value(1),
       "labels predicted per example (more than 1 for multi-label data)")
      ("threshold", po::value<double>()->default_value(0.0),
       "predicted labels below this probability do not count")
      ("resamples", po::value<int>()->default_value(kBootstrapResamples),
       "bootstrap resamples for the paired intervals (fixed seed)")
      ("folds", po::value<int>(),
       "k-fold cross-validation of each MODEL's recipe (train's defaults without MODEL) "
       "on DATA");
  AddLexiconOptions(options);
  AddDataOptions(options);
  positional->add("input", -1);
}

bool WriteFile(const std::string& path, const std::string& bytes, Env* env) {
  std::unique_ptr<OutputFile> out = OpenOutput(env, path);
  return out && WriteOut(out.get(), bytes, env) && CommitOut(out.get(), env);
}

// eval --folds K: cross-validates the recipe of each MODEL (train's defaults
// when none is given) on DATA and prints mean, spread and per-fold figures.
int RunFolds(const po::variables_map& vm, const std::vector<std::string>& models,
             const std::string& data, const TrainOptions& fields, const PredictOptions& predict,
             Env* env) {
  CrossValidationOptions cv;
  cv.folds = vm["folds"].as<int>();
  cv.predict = predict;
  cv.threads = env->threads();
  std::vector<std::string> recipes = models;
  if (recipes.empty()) recipes.push_back("");
  std::string text, json = "{\"folds\":" + std::to_string(cv.folds) + ",\"recipes\":[";
  for (size_t m = 0; m < recipes.size(); ++m) {
    TrainOptions train = fields;  // threads 1: the same models on every run
    if (!recipes[m].empty()) {
      Status s = ReadTrainRecipe(recipes[m], &train);
      if (!s.ok()) {
        env->Error(s);
        return kExitDataError;
      }
    }
    CrossValidationResult r;
    Status s = CrossValidate(data, train, cv, &r);
    if (!s.ok()) {
      env->Error(s);
      return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitDataError;
    }
    std::string name = recipes[m].empty() ? "train defaults" : recipes[m];
    text += CrossValidationText(name, r);
    json += (m ? "," : "") + CrossValidationJson(name, r, fields.taxonomy);
  }
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out || !WriteOut(out.get(), text, env) || !CommitOut(out.get(), env)) return kExitDataError;
  if (vm.count("json") && !WriteFile(vm["json"].as<std::string>(), json + "]}\n", env)) {
    return kExitDataError;
  }
  return env->ExitStatus();
}

int Run(const po::variables_map& vm, Env* env) {
  std::vector<std::string> args;
  if (vm.count("input")) args = vm["input"].as<std::vector<std::string>>();
  bool lexicon = vm.count("lexicon") > 0;
  bool folds = vm.count("folds") > 0;
  if (args.empty() || (args.size() < 2 && !lexicon && !folds) || (folds && lexicon)) {
    env->Error("usage: baokan eval MODEL [MODEL...] DATA (or --lexicon DATA, or --folds K "
               "[MODEL...] DATA)");
    return kExitUsage;
  }
  std::string data = args.back();
  args.pop_back();
  TrainOptions fields;
  if (!GetDataOptions(vm, env, &fields)) return kExitDataError;
  PredictOptions options;
  options.k = vm["k"].as<int>();
  options.threshold = vm["threshold"].as<double>();
  BootstrapOptions bootstrap;
  bootstrap.resamples = vm["resamples"].as<int>();
  if (options.k < 1 || options.threshold < 0 || options.threshold > 1 ||
      bootstrap.resamples < 1) {
    env->Error("--k and --resamples must be at least 1 and --threshold in [0, 1]");
    return kExitUsage;
  }
  if (folds) return RunFolds(vm, args, data, fields, options, env);

  std::vector<std::unique_ptr<Classifier>> models;
  if (lexicon) models.push_back(LoadLexicon(vm, env));
  for (const std::string& path : args) models.push_back(LoadModel(path, env));
  for (const auto& m : models) {
    if (!m) return kExitDataError;
  }
  ModelComparison c;
  c.bootstrap = bootstrap;
  std::vector<Predictions> predictions;
  for (const auto& m : models) {
    Predictions p;
    Status s = PredictFile(*m, data, fields, options, env->threads(), &p);
    StatusOr<EvalResult> r = s.ok() ? Evaluate(p) : StatusOr<EvalResult>(s);
    if (!r.ok()) {
      env->Error(r.status());
      return kExitDataError;
    }
    c.names.push_back(m->description());
    c.results.push_back(std::move(r).value());
    predictions.push_back(std::move(p));
  }
  for (size_t i = 1; i < predictions.size(); ++i) {
    StatusOr<PairedComparison> p = ComparePaired(predictions[0], predictions[i], bootstrap);
    if (!p.ok()) {
      env->Error(p.status());
      return kExitDataError;
    }
    c.paired.push_back(*p);
  }

  const Taxonomy& taxonomy = fields.taxonomy;
  std::string text = c.results.size() == 1 ? EvalToText(c.results[0], taxonomy)
                                           : ComparisonText(c, taxonomy);
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out || !WriteOut(out.get(), text, env) || !CommitOut(out.get(), env)) return kExitDataError;
  if (vm.count("json")) {
    std::string json = c.results.size() == 1 ? EvalToJson(c.results[0], taxonomy)
                                             : ComparisonJson(c, taxonomy);
    if (!WriteFile(vm["json"].as<std::string>(), json + "\n", env)) return kExitDataError;
  }
  if (vm.count("report") &&
      !WriteFile(vm["report"].as<std::string>(), EvalReportHtml(c, taxonomy, data), env)) {
    return kExitDataError;
  }
  return env->ExitStatus();
}

BAOKAN_COMMAND({"eval", "score subject models on labelled data: accuracy, P/R/F1, confusion",
                "baokan eval [OPTIONS] MODEL [MODEL...] DATA\n"
                "       baokan eval --lexicon [OPTIONS] [MODEL...] DATA",
                "DATA is labelled like train's input. Prints accuracy (the top label is one of\n"
                "the gold labels), micro and macro precision / recall / F1 and a per-label\n"
                "table; --json writes them with the confusion matrix (keys accuracy, micro,\n"
                "macro, per_label, confusion, n; with several models {\"models\": [...]}),\n"
                "--report a self-contained HTML page with a heatmap and per-label bars.\n"
                "Several models (and --lexicon) are scored side by side, each against the\n"
                "first: the paired difference in accuracy and macro-F1 with a bootstrap 95 %\n"
                "interval, and McNemar's test (\"vs_first\" in --json). --folds K trains and\n"
                "scores K times on one labelled file. See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
