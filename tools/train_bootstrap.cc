#include "train_bootstrap.h"

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "baokan/bootstrap_loop.h"
#include "baokan/pipeline.h"
#include "classify_flags.h"
#include "classify_model.h"
#include "cli_io.h"

namespace baokan::cli {

void AddBootstrapOptions(po::options_description* options) {
  BootstrapLoopOptions d;  // the library's defaults, shown in --help
  options->add_options()
      ("bootstrap", "the inputs are unlabelled articles: learn from what the lexicon is sure "
                    "of, relabel, repeat until the labels stop changing")
      ("lexicon-min-prob", po::value<double>()->default_value(d.lexicon_min_prob),
       "--bootstrap: the lexicon labels an article when its top subject reaches this")
      ("model-min-prob", po::value<double>()->default_value(d.model_min_prob),
       "--bootstrap: the model relabels an article when its top subject reaches this")
      ("rounds", po::value<int>()->default_value(d.rounds),
       "--bootstrap: at most this many rounds of training")
      ("stop-share", po::value<double>()->default_value(d.stop_share),
       "--bootstrap: stop when at most this share of the articles changed label")
      ("lexicon-file", po::value<std::string>(),
       "--bootstrap: the lexicon TSV (default models/subject_lexicon.tsv)");
  AddArticleFieldOption(options);
}

namespace {

// Every article's classifier text and id ("" when it has none).
bool ReadArticles(const po::variables_map& vm, Env* env, std::vector<std::string>* texts,
                  std::vector<std::string>* ids) {
  const std::vector<std::string> fields = ArticleFields(vm);
  const std::vector<std::string> inputs = ExpandedInputs(vm, env, IsRecordFile);
  bool any_id = false;
  ForEachArticleText(inputs, fields, env, [&](JsonRecord& record, std::string&& text) {
    std::optional<std::string> id;
    if (!record.GetString("id", &id).ok()) id.reset();
    any_id = any_id || id.has_value();
    texts->push_back(std::move(text));
    ids->push_back(id.value_or(""));
    return true;
  });
  if (!any_id) ids->clear();
  return env->errors() == 0;
}

void ReportRound(const BootstrapRound& r, int64_t articles, Env* env) {
  char buf[192];
  if (r.round == 0) {
    std::snprintf(buf, sizeof buf, "round 0: the lexicon labels %lld of %lld articles",
                  static_cast<long long>(r.labelled), static_cast<long long>(articles));
  } else {
    std::snprintf(buf, sizeof buf,
                  "round %d: %lld labelled (%lld by the model), %lld changed, agreement with "
                  "the lexicon %.4f, %.1f s",
                  r.round, static_cast<long long>(r.labelled),
                  static_cast<long long>(r.from_model), static_cast<long long>(r.changed),
                  r.agreement, r.seconds);
  }
  env->EndProgress();
  env->Info(buf);
}

}  // namespace

int RunBootstrapLoop(const po::variables_map& vm, Env* env, const TrainOptions& train) {
  BootstrapLoopOptions o;
  o.train = train;
  o.lexicon_min_prob = vm["lexicon-min-prob"].as<double>();
  o.model_min_prob = vm["model-min-prob"].as<double>();
  o.rounds = vm["rounds"].as<int>();
  o.stop_share = vm["stop-share"].as<double>();
  o.threads = env->threads();
  std::unique_ptr<Classifier> lexicon = LoadLexicon(vm, env);
  if (!lexicon) return kExitDataError;
  std::vector<std::string> texts, ids;
  if (!ReadArticles(vm, env, &texts, &ids)) return kExitDataError;

  BootstrapLoopResult result;
  Status s = BootstrapLoop(texts, ids, *lexicon, env->output(), o, &result,
                           [&](const BootstrapRound& r) { ReportRound(r, result.articles, env); });
  env->EndProgress();
  if (!s.ok()) {
    env->Error(WithFlagName(s.message(), vm));
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitDataError;
  }
  env->Info(std::string(result.converged ? "labels stopped changing" : "round limit reached") +
            "; wrote " + result.model.model_path + ", " + result.model.json_path + " and " +
            result.labels_path);
  return env->ExitStatus();
}

}  // namespace baokan::cli
