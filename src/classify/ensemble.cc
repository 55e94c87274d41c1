// Ensembles: the default member, and the classifier that averages the
// probabilities of several models of the same labels.

#include <algorithm>
#include <map>

#include "baokan/normalize.h"
#include "classify/internal.h"

namespace baokan {
namespace {

class EnsembleClassifier : public Classifier {
 public:
  EnsembleClassifier(std::vector<std::unique_ptr<Classifier>> members, std::string description)
      : members_(std::move(members)), description_(std::move(description)) {
    all_labels_ = members_[0]->labels();
    for (const auto& m : members_) {
      auto* hashed = dynamic_cast<const classify::HashedClassifier*>(m.get());
      if (hashed == nullptr || !hashed->takes_hashes()) {
        group_of_.push_back(-1);
        continue;
      }
      size_t g = 0;
      while (g < groups_.size() && !(groups_[g].tokenizer == hashed->tokenizer())) ++g;
      if (g == groups_.size()) groups_.push_back({hashed->tokenizer(), false});
      groups_[g].fasttext_hashes = groups_[g].fasttext_hashes || hashed->wants_fasttext_hashes();
      normalize_ = normalize_ || hashed->tokenizer().normalize;
      group_of_.push_back(static_cast<int>(g));
    }
  }

  // The mean over the members that return labels for `text` of each label's
  // probability; best first, ties by label; then options.threshold and k.
  void Predict(std::string_view text, const PredictOptions& options,
               std::vector<LabelProb>* out) const override {
    out->clear();
    // Each distinct tokenizer cuts the (once normalized) text once.
    const std::string normalized = normalize_ ? Normalize(text) : std::string();
    // Per call, not per thread: a member may be an ensemble itself.
    std::vector<classify::HashedTokens> cut(groups_.size());
    for (size_t g = 0; g < groups_.size(); ++g) {
      TokenizeOptions t = groups_[g].tokenizer;
      const bool normalized_here = t.normalize;
      t.normalize = false;
      classify::HashTokens(normalized_here ? std::string_view(normalized) : text, t,
                           groups_[g].fasttext_hashes, &cut[g]);
    }
    PredictOptions every{static_cast<int>(all_labels_.size()), 0};
    std::map<std::string, double> sum;
    std::vector<LabelProb> labels;
    int voters = 0;
    for (size_t i = 0; i < members_.size(); ++i) {
      if (group_of_[i] >= 0) {
        static_cast<const classify::HashedClassifier&>(*members_[i])
            .PredictHashed(cut[static_cast<size_t>(group_of_[i])], every, &labels);
      } else {
        members_[i]->Predict(text, every, &labels);
      }
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
  // A tokenizer shared by members, and whether one of them wants fastText's
  // token hashes.
  struct TokenGroup {
    TokenizeOptions tokenizer;
    bool fasttext_hashes;
  };

  std::vector<std::unique_ptr<Classifier>> members_;
  std::string description_;
  std::vector<std::string> all_labels_;
  std::vector<TokenGroup> groups_;
  std::vector<int> group_of_;  // per member: its index in groups_, -1: given the text
  bool normalize_ = false;     // some group normalizes the text first
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

void classify::HashTokens(std::string_view text, const TokenizeOptions& tokenizer,
                          bool fasttext_hashes, HashedTokens* out) {
  out->vocab.clear();
  out->fasttext.clear();
  ForEachToken(text, tokenizer, [&](std::string_view token) {
    out->vocab.push_back(FlatVocab::Hash(token));
    if (fasttext_hashes) out->fasttext.push_back(FastTextHash(token));
  });
}

}  // namespace baokan
