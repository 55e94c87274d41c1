// The ensemble: its default members, and the tokens it cuts once for the
// members that share a tokenizer, which must give what each member's own
// Predict gives.

#include <gtest/gtest.h>

#include "classify/internal.h"
#include "support/test_data.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

// A member seen only through Classifier, so the ensemble hands it the text.
class TextOnly : public Classifier {
 public:
  explicit TextOnly(const Classifier* inner) : inner_(inner) {}
  void Predict(std::string_view text, const PredictOptions& options,
               std::vector<LabelProb>* out) const override {
    inner_->Predict(text, options, out);
  }
  const Taxonomy& taxonomy() const override { return inner_->taxonomy(); }
  std::vector<std::string> labels() const override { return inner_->labels(); }
  std::string description() const override { return inner_->description(); }

 private:
  const Classifier* inner_;
};

TEST(EnsembleTest, DefaultMembersAreWordsAndNaiveBayesOnTheMainTokens) {
  TrainOptions o;
  ASSERT_EQ(o.ensemble.size(), 2u);
  EXPECT_EQ(o.ensemble[0].name, "words");
  EXPECT_EQ(o.ensemble[0].tokenizer.scheme, TokenizeOptions::Scheme::kWords);
  EXPECT_EQ(o.ensemble[1].name, "nb");
  EXPECT_EQ(o.ensemble[1].kind, "naive_bayes");
  EXPECT_TRUE(o.ensemble[1].tokenizer == o.tokenizer);  // its tokens are shared
}

TEST(EnsembleTest, SharedTokensGiveEachMembersOwnAnswer) {
  TempDir tmp;
  WriteFile(tmp / "train.jsonl", testing_data::LabelledHeadlines(40, 3));
  TrainOptions chars;
  chars.dim = 8;
  chars.epoch = 5;
  chars.threads = 1;
  chars.ensemble = {BayesMember()};
  TrainOptions words = chars;
  words.ensemble.clear();
  words.tokenizer = WordsMember().tokenizer;
  words.word_ngrams = 2;
  words.bucket = 1000;
  TrainOptions plain = chars;
  plain.ensemble.clear();
  TrainResult result;
  ASSERT_TRUE(Train({tmp / "train.jsonl"}, tmp / "c", chars, &result).ok());
  ASSERT_TRUE(Train({tmp / "train.jsonl"}, tmp / "p", plain, &result).ok());
  ASSERT_TRUE(Train({tmp / "train.jsonl"}, tmp / "w", words, &result).ok());

  // Six members: five in four token groups (characters: the fastText model
  // and naive Bayes; words; characters of the text as given, not
  // normalized; single characters), and an ensemble of its own (c: a
  // character model and naive Bayes), which is handed the text and cuts it
  // for its own members in the middle of the outer ensemble's work.
  StatusOr<std::unique_ptr<Classifier>> p = Classifier::Load(tmp / "p");
  StatusOr<std::unique_ptr<Classifier>> w = Classifier::Load(tmp / "w");
  StatusOr<std::unique_ptr<Classifier>> c = Classifier::Load(tmp / "c");
  ASSERT_TRUE(p.ok() && w.ok() && c.ok());
  std::vector<std::unique_ptr<Classifier>> members;
  members.push_back(std::move(*p));
  members.push_back(std::move(*c));
  members.push_back(std::move(*w));
  TokenizeOptions raw, unigrams;
  raw.normalize = false;
  unigrams.char_ngrams = 1;
  for (const TokenizeOptions& t : {TokenizeOptions(), raw, unigrams}) {
    StatusOr<std::unique_ptr<Classifier>> nb = classify::LoadNaiveBayes(
        tmp / "c.nb.tsv", t, Taxonomy(), BayesMember().alpha);
    ASSERT_TRUE(nb.ok()) << nb.status().message();
    members.push_back(std::move(*nb));
  }
  std::vector<std::unique_ptr<Classifier>> wrapped;
  for (const auto& m : members) wrapped.push_back(std::make_unique<TextOnly>(m.get()));
  std::unique_ptr<Classifier> shared = classify::MakeEnsemble(std::move(members), "shared");
  std::unique_ptr<Classifier> apart = classify::MakeEnsemble(std::move(wrapped), "apart");

  for (const char* text : {"足球联赛冠军比赛", "ＦＩＦＡ足球　联赛，２０２４年 医院", "投资企业 NBA 3.5 金融",
                           "完全没见过的字", "😀", ""}) {
    std::vector<LabelProb> a, b;
    shared->Predict(text, {3, 0}, &a);
    apart->Predict(text, {3, 0}, &b);
    ASSERT_EQ(a.size(), b.size()) << text;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].label, b[i].label) << text;
      EXPECT_EQ(a[i].prob, b[i].prob) << text;  // the same operations, the same bits
    }
  }
  std::vector<LabelProb> out;
  shared->Predict("足球联赛冠军比赛", {1, 0}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].label, "sports");
}

}  // namespace
}  // namespace baokan
