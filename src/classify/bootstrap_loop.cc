// The bootstrap loop: lexicon seeds -> fastText -> relabel, until the labels
// stop changing (include/baokan/bootstrap_loop.h).

#include "baokan/bootstrap_loop.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <set>

#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "classify/internal.h"

namespace baokan {

using classify::ModelPaths;
using classify::ResolveModelPaths;
namespace {

// An article's label in one round: empty when it has none.
struct ArticleLabel {
  std::string label;
  double prob = 0;
  bool from_model = false;

  bool operator==(const ArticleLabel& o) const { return label == o.label; }
};

// Probabilities in the labels file: four decimals, as `bootstrap` writes them.
double Rounded(double p) { return std::round(p * 1e4) / 1e4; }

// Writes the labelled articles as JSONL (text + label) to `path`, atomically.
Status WriteLabels(const std::string& path, const std::vector<std::string>& texts,
                   const std::vector<std::string>& ids, const std::vector<ArticleLabel>& labels) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  for (size_t i = 0; i < texts.size(); ++i) {
    if (labels[i].label.empty()) continue;
    JsonRecord r;
    if (!ids.empty()) r.SetString("id", ids[i]);
    r.SetString("text", texts[i]);
    r.SetString("label", labels[i].label);
    r.SetString("source", labels[i].from_model ? "model" : "lexicon");
    r.SetNumber("prob", Rounded(labels[i].prob));
    BAOKAN_RETURN_IF_ERROR((*out)->Write(r.Serialize() + "\n"));
  }
  return (*out)->Commit();
}

// The top label of every text under `classifier`, in order.
std::vector<LabelProb> TopLabels(const Classifier& classifier,
                                 const std::vector<std::string>& texts, int threads) {
  std::vector<LabelProb> top(texts.size());
  OrderedParallelMap<LabelProb>(
      texts.size(), threads,
      [&](size_t i) {
        std::vector<LabelProb> labels;
        classifier.Predict(texts[i], PredictOptions{1, 0}, &labels);
        return labels.empty() ? LabelProb() : labels[0];
      },
      [&](size_t i, LabelProb&& p) { top[i] = std::move(p); });
  return top;
}

int64_t CountLabelled(const std::vector<ArticleLabel>& labels, bool from_model_only) {
  int64_t n = 0;
  for (const ArticleLabel& l : labels) {
    n += !l.label.empty() && (!from_model_only || l.from_model);
  }
  return n;
}

Status ValidateLoopOptions(const BootstrapLoopOptions& o, size_t texts, size_t ids) {
  if (!(o.lexicon_min_prob > 0 && o.lexicon_min_prob <= 1)) {
    return Status::InvalidArgument("lexicon_min_prob must be in (0, 1]");
  }
  if (!(o.model_min_prob > 0 && o.model_min_prob <= 1)) {
    return Status::InvalidArgument("model_min_prob must be in (0, 1]");
  }
  if (o.rounds < 1) return Status::InvalidArgument("rounds must be at least 1");
  if (!(o.stop_share >= 0 && o.stop_share < 1)) {
    return Status::InvalidArgument("stop_share must be in [0, 1)");
  }
  if (ids != 0 && ids != texts) {
    return Status::InvalidArgument("ids must be empty or one per text");
  }
  return Status::OK();
}

}  // namespace

Status BootstrapLoop(const std::vector<std::string>& texts, const std::vector<std::string>& ids,
                     const Classifier& lexicon, const std::string& output,
                     const BootstrapLoopOptions& options, BootstrapLoopResult* result,
                     const std::function<void(const BootstrapRound&)>& on_round) {
  BAOKAN_RETURN_IF_ERROR(ValidateLoopOptions(options, texts.size(), ids.size()));
  *result = BootstrapLoopResult();
  result->articles = static_cast<int64_t>(texts.size());
  auto report = [&](const BootstrapRound& r) {
    result->rounds.push_back(r);
    if (on_round) on_round(r);
  };

  // Round 0: the lexicon's seeds.
  auto start = std::chrono::steady_clock::now();
  const std::vector<LabelProb> lexicon_top = TopLabels(lexicon, texts, options.threads);
  std::vector<ArticleLabel> seeds(texts.size());
  std::set<std::string> seed_subjects;
  for (size_t i = 0; i < texts.size(); ++i) {
    if (lexicon_top[i].label.empty() || lexicon_top[i].prob < options.lexicon_min_prob) continue;
    seeds[i] = ArticleLabel{lexicon_top[i].label, lexicon_top[i].prob, false};
    seed_subjects.insert(lexicon_top[i].label);
  }
  const int64_t n_seeds = CountLabelled(seeds, false);
  if (seed_subjects.size() < 2) {
    return Status::DataError("the lexicon is sure of " + std::to_string(n_seeds) + " of " +
                             std::to_string(texts.size()) + " articles, in " +
                             std::to_string(seed_subjects.size()) +
                             " subjects: too few to learn from (two subjects at least; try a "
                             "lower minimum probability or more articles)");
  }
  BootstrapRound r0;
  r0.labelled = n_seeds;
  r0.changed = n_seeds;
  r0.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  report(r0);

  const ModelPaths paths = ResolveModelPaths(output);
  result->labels_path = paths.prefix + ".labels.jsonl";
  TrainOptions train = options.train;
  train.text_fields = {"text"};
  train.label_field = "label";
  train.autotune_validation.clear();  // validation (hand-checked articles) is kept

  std::vector<ArticleLabel> labels = seeds;
  const double stop_at = options.stop_share * static_cast<double>(texts.size());
  for (int round = 1; round <= options.rounds; ++round) {
    start = std::chrono::steady_clock::now();
    BAOKAN_RETURN_IF_ERROR(WriteLabels(result->labels_path, texts, ids, labels));
    BAOKAN_RETURN_IF_ERROR(Train({result->labels_path}, output, train, &result->model));
    StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(result->model.model_path);
    if (!model.ok()) return model.status();
    const std::vector<LabelProb> top = TopLabels(**model, texts, options.threads);

    BootstrapRound r;
    r.round = round;
    int64_t agree = 0;
    std::vector<ArticleLabel> next(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      if (!seeds[i].label.empty()) agree += top[i].label == seeds[i].label;
      if (!top[i].label.empty() && top[i].prob >= options.model_min_prob) {
        next[i] = ArticleLabel{top[i].label, top[i].prob, true};
      } else {
        next[i] = seeds[i];
      }
      r.changed += !(next[i] == labels[i]);
    }
    labels = std::move(next);
    r.labelled = CountLabelled(labels, false);
    r.from_model = CountLabelled(labels, true);
    r.agreement = static_cast<double>(agree) / static_cast<double>(n_seeds);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report(r);
    if (static_cast<double>(r.changed) <= stop_at) {
      result->converged = true;
      break;
    }
  }
  return Status::OK();
}

}  // namespace baokan
