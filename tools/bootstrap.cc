// baokan bootstrap: a first training set from unlabelled articles, keeping
// only the articles the keyword lexicon is confident about.

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/pipeline.h"
#include "classify_flags.h"
#include "classify_model.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()
      ("input", po::value<std::vector<std::string>>(), "articles (JSONL), or -")
      ("min-prob", po::value<double>()->default_value(0.6),
       "keep an article when the lexicon gives its top subject at least this probability")
      ("taxonomy", po::value<std::string>(), "the subjects TSV (default models/subjects.tsv)");
  AddLexiconOptions(options);
  AddArticleFieldOption(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  double min_prob = vm["min-prob"].as<double>();
  if (!(min_prob > 0 && min_prob <= 1)) {
    env->Error("--min-prob must be in (0, 1]");
    return kExitUsage;
  }
  std::unique_ptr<Classifier> lexicon = LoadLexicon(vm, env);
  if (!lexicon) return kExitDataError;
  std::vector<std::string> fields = ArticleFields(vm);
  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsRecordFile);
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return kExitDataError;

  int64_t seen = 0, kept = 0;
  std::map<std::string, int64_t> per_subject;
  bool write_ok = true;
  PredictOptions options;
  options.k = 1;
  ForEachArticleText(inputs, fields, env, [&](JsonRecord& record, std::string&& text) {
    ++seen;
    std::vector<LabelProb> labels;
    lexicon->Predict(text, options, &labels);
    if (labels.empty() || labels[0].prob < min_prob) return true;
    JsonRecord example;
    std::optional<std::string> id;
    if (record.GetString("id", &id).ok() && id) example.SetString("id", *id);
    example.SetString("text", text);
    example.SetString("label", labels[0].label);
    example.SetNumber("prob", static_cast<double>(static_cast<int64_t>(labels[0].prob * 1e4 +
                                                                       0.5)) / 1e4);
    ++kept;
    ++per_subject[labels[0].label];
    write_ok = WriteOut(out.get(), example.Serialize() + "\n", env);
    return write_ok;
  });
  if (!write_ok || !CommitOut(out.get(), env)) return kExitDataError;
  std::string summary;
  for (const auto& [label, n] : per_subject) {
    summary += (summary.empty() ? "" : ", ") + label + " " + std::to_string(n);
  }
  env->Info(std::to_string(kept) + " of " + std::to_string(seen) + " articles labelled" +
            (summary.empty() ? "" : " (" + summary + ")"));
  return env->ExitStatus();
}

BAOKAN_COMMAND({"bootstrap", "label the articles the keyword lexicon is sure of: a first training set",
                "baokan bootstrap [OPTIONS] ARTICLES... -o TRAIN.jsonl",
                "Writes {id, text, label, prob} for every article whose top lexicon subject\n"
                "reaches --min-prob, and leaves the others out. Train a first model on the\n"
                "result (baokan train TRAIN.jsonl -o MODEL), check it with eval on a few\n"
                "hand-labelled articles, correct, retrain. See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
