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
       "predicted labels below this probability do not count");
  AddLexiconOptions(options);
  AddDataOptions(options);
  positional->add("input", -1);
}

bool WriteFile(const std::string& path, const std::string& bytes, Env* env) {
  std::unique_ptr<OutputFile> out = OpenOutput(env, path);
  return out && WriteOut(out.get(), bytes, env) && CommitOut(out.get(), env);
}

// Accuracy and F1 of every model, one column each.
std::string CompareText(const std::vector<std::string>& names,
                        const std::vector<EvalResult>& results) {
  std::string out;
  char buf[64];
  auto row = [&](const char* what, auto get) {
    std::snprintf(buf, sizeof buf, "%-10s", what);
    out += buf;
    for (const EvalResult& r : results) {
      std::snprintf(buf, sizeof buf, " %12.4f", get(r));
      out += buf;
    }
    out += "\n";
  };
  out += "model     ";
  for (size_t i = 0; i < names.size(); ++i) {
    std::snprintf(buf, sizeof buf, " %12s", ("[" + std::to_string(i + 1) + "]").c_str());
    out += buf;
  }
  out += "\n";
  row("accuracy", [](const EvalResult& r) { return r.accuracy; });
  row("micro F1", [](const EvalResult& r) { return r.micro.f1; });
  row("macro F1", [](const EvalResult& r) { return r.macro.f1; });
  for (size_t i = 0; i < names.size(); ++i) {
    out += "[" + std::to_string(i + 1) + "] " + names[i] + "\n";
  }
  return out;
}

int Run(const po::variables_map& vm, Env* env) {
  std::vector<std::string> args;
  if (vm.count("input")) args = vm["input"].as<std::vector<std::string>>();
  bool lexicon = vm.count("lexicon") > 0;
  if (args.empty() || (args.size() < 2 && !lexicon)) {
    env->Error("usage: baokan eval MODEL [MODEL...] DATA (or --lexicon DATA)");
    return kExitUsage;
  }
  std::string data = args.back();
  args.pop_back();
  TrainOptions fields;
  if (!GetDataOptions(vm, env, &fields)) return kExitDataError;
  PredictOptions options;
  options.k = vm["k"].as<int>();
  options.threshold = vm["threshold"].as<double>();
  if (options.k < 1 || options.threshold < 0 || options.threshold > 1) {
    env->Error("--k must be at least 1 and --threshold in [0, 1]");
    return kExitUsage;
  }

  std::vector<std::unique_ptr<Classifier>> models;
  if (lexicon) models.push_back(LoadLexicon(vm, env));
  for (const std::string& path : args) models.push_back(LoadModel(path, env));
  for (const auto& m : models) {
    if (!m) return kExitDataError;
  }
  std::vector<std::string> names;
  std::vector<EvalResult> results;
  Taxonomy taxonomy = fields.taxonomy;
  for (const auto& m : models) {
    EvalResult r;
    Status s = EvaluateFile(*m, data, fields, options, env->threads(), &r);
    if (!s.ok()) {
      env->Error(s);
      return kExitDataError;
    }
    names.push_back(m->description());
    results.push_back(std::move(r));
  }

  std::string text;
  if (results.size() > 1) text = CompareText(names, results) + "\n";
  for (size_t i = 0; i < results.size(); ++i) {
    if (results.size() > 1) text += "== [" + std::to_string(i + 1) + "] " + names[i] + "\n";
    text += EvalToText(results[i], taxonomy);
    if (i + 1 < results.size()) text += "\n";
  }
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out || !WriteOut(out.get(), text, env) || !CommitOut(out.get(), env)) return kExitDataError;
  if (vm.count("json")) {
    std::string json;
    if (results.size() == 1) {
      json = EvalToJson(results[0], taxonomy);
    } else {
      json = "{\"models\":[";
      for (size_t i = 0; i < results.size(); ++i) {
        json += (i ? ",{\"model\":" : "{\"model\":") + JsonQuote(names[i]) +
                ",\"metrics\":" + EvalToJson(results[i], taxonomy) + "}";
      }
      json += "]}";
    }
    if (!WriteFile(vm["json"].as<std::string>(), json + "\n", env)) return kExitDataError;
  }
  if (vm.count("report") &&
      !WriteFile(vm["report"].as<std::string>(), EvalReportHtml(names, results, taxonomy, data),
                 env)) {
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
                "Several models (and --lexicon) are scored side by side. See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
