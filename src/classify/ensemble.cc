// Ensembles: the default member, and the classifier that averages the
// probabilities of several models of the same labels.

#include <algorithm>
#include <map>

#include "classify/internal.h"

namespace baokan {
namespace {

class EnsembleClassifier : public Classifier {
 public:
  EnsembleClassifier(std::vector<std::unique_ptr<Classifier>> members, std::string description)
      : members_(std::move(members)), description_(std::move(description)) {
    all_labels_ = members_[0]->labels();
  }

  // The mean over the members that return labels for `text` of each label's
  // probability; best first, ties by label; then options.threshold and k.
  void Predict(std::string_view text, const PredictOptions& options,
               std::vector<LabelProb>* out) const override {
    out->clear();
    PredictOptions every{static_cast<int>(all_labels_.size()), 0};
    std::map<std::string, double> sum;
    std::vector<LabelProb> labels;
    int voters = 0;
    for (const auto& m : members_) {
      m->Predict(text, every, &labels);
      if (labels.empty()) continue;
      ++voters;
      for (const LabelProb& l : labels) sum[l.label] += l.prob;
    }
    for (const auto& [label, total] : sum) out->push_back({label, total / voters});
    std::stable_sort(out->begin(), out->end(),
                     [](const LabelProb& a, const LabelProb& b) { return a.prob > b.prob; });
    while (!out->empty() && out->back().prob < options.threshold) out->pop_back();
    if (out->size() > static_cast<size_t>(std::max(0, options.k))) out->resize(options.k);
  }

  const Taxonomy& taxonomy() const override { return members_[0]->taxonomy(); }
  std::vector<std::string> labels() const override { return all_labels_; }
  std::string description() const override { return description_; }

 private:
  std::vector<std::unique_ptr<Classifier>> members_;
  std::string description_;
  std::vector<std::string> all_labels_;
};

}  // namespace

MemberOptions WordsMember() {
  MemberOptions m;
  m.name = "words";
  m.tokenizer.scheme = TokenizeOptions::Scheme::kWords;
  m.epoch = 15;
  m.lr = 1.0;
  m.dim = 16;
  m.word_ngrams = 2;
  m.bucket = 200000;
  return m;
}

MemberOptions BayesMember() {
  MemberOptions m;
  m.name = "nb";
  m.kind = "naive_bayes";
  m.alpha = 0.1;
  return m;
}

std::unique_ptr<Classifier> classify::MakeEnsemble(std::vector<std::unique_ptr<Classifier>> members,
                                         std::string description) {
  return std::make_unique<EnsembleClassifier>(std::move(members), std::move(description));
}

}  // namespace baokan
