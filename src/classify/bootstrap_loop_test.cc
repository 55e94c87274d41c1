// The bootstrap loop on a generated corpus: the lexicon knows only the cue
// words of some articles; the model learns the subjects' other words from
// them and labels the rest.

#include "baokan/bootstrap_loop.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "baokan/json.h"
#include "support/test_data.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

class BootstrapLoopTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(tmp_ / "lexicon.tsv", testing_data::TopicLexiconTsv());
    WriteFile(tmp_ / "subjects.tsv", "sports\t体育\t\neconomy\t经济\t\nhealth\t卫生健康\t\n");
    StatusOr<std::unique_ptr<Classifier>> lexicon =
        Classifier::Lexicon(tmp_ / "lexicon.tsv", tmp_ / "subjects.tsv");
    ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
    lexicon_ = std::move(lexicon).value();
    corpus_ = testing_data::UnlabelledTopics(60, 0.3, 7);
    options_.train.dim = 8;
    options_.train.epoch = 20;
    options_.train.threads = 1;
    options_.train.ensemble.clear();
  }

  // Share of the labelled articles (label non-empty) whose label is gold.
  double Precision(const std::vector<std::string>& labels) const {
    int right = 0, labelled = 0;
    for (size_t i = 0; i < labels.size(); ++i) {
      if (labels[i].empty()) continue;
      ++labelled;
      right += labels[i] == corpus_.gold[i];
    }
    return labelled ? static_cast<double>(right) / labelled : 0;
  }

  TempDir tmp_;
  std::unique_ptr<Classifier> lexicon_;
  testing_data::TopicCorpus corpus_;
  BootstrapLoopOptions options_;
};

TEST_F(BootstrapLoopTest, ModelLabelsMoreThanTheLexiconAtItsPrecision) {
  BootstrapLoopResult result;
  std::vector<int> reported;
  Status s = BootstrapLoop(corpus_.texts, {}, *lexicon_, tmp_ / "m", options_, &result,
                           [&](const BootstrapRound& r) { reported.push_back(r.round); });
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_GE(result.rounds.size(), 2u);
  EXPECT_EQ(reported.size(), result.rounds.size());
  EXPECT_TRUE(result.converged);
  EXPECT_EQ(result.articles, 180);

  // Round 0: the lexicon is sure of the articles with cue words only.
  const BootstrapRound& seeds = result.rounds[0];
  EXPECT_GT(seeds.labelled, 30);
  EXPECT_LT(seeds.labelled, 90);
  EXPECT_EQ(seeds.from_model, 0);

  const BootstrapRound& last = result.rounds.back();
  EXPECT_GT(last.labelled, seeds.labelled + 60);
  EXPECT_GE(last.agreement, 0.95);
  EXPECT_LE(last.changed, 1);  // stop_share 0.005 of 180

  // The last model, reloaded, against the gold subjects.
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "m");
  ASSERT_TRUE(model.ok()) << model.status().message();
  std::vector<std::string> by_model, by_lexicon;
  std::vector<LabelProb> top;
  for (const std::string& text : corpus_.texts) {
    (*model)->Predict(text, PredictOptions{1, options_.model_min_prob}, &top);
    by_model.push_back(top.empty() ? "" : top[0].label);
    lexicon_->Predict(text, PredictOptions{1, options_.lexicon_min_prob}, &top);
    by_lexicon.push_back(top.empty() ? "" : top[0].label);
  }
  EXPECT_GE(Precision(by_model), Precision(by_lexicon) - 0.01);
  int model_labelled = 0;
  for (const std::string& l : by_model) model_labelled += !l.empty();
  EXPECT_GT(model_labelled, seeds.labelled + 60);

  // What the last model learnt from, beside it.
  EXPECT_EQ(result.labels_path, tmp_ / "m.labels.jsonl");
  const std::string labels = ReadFile(result.labels_path);
  EXPECT_NE(labels.find("\"source\":\"model\""), std::string::npos);
  const BootstrapRound& before_last = result.rounds[result.rounds.size() - 2];
  EXPECT_EQ(static_cast<int64_t>(std::count(labels.begin(), labels.end(), '\n')),
            before_last.labelled);
  EXPECT_TRUE(std::filesystem::exists(tmp_ / "m.json"));
}

TEST_F(BootstrapLoopTest, RoundsDoNotDependOnPredictionThreads) {
  options_.rounds = 2;
  BootstrapLoopResult one, four;
  ASSERT_TRUE(BootstrapLoop(corpus_.texts, {}, *lexicon_, tmp_ / "a", options_, &one).ok());
  options_.threads = 4;
  ASSERT_TRUE(BootstrapLoop(corpus_.texts, {}, *lexicon_, tmp_ / "b", options_, &four).ok());
  ASSERT_EQ(one.rounds.size(), four.rounds.size());
  for (size_t r = 0; r < one.rounds.size(); ++r) {
    EXPECT_EQ(one.rounds[r].labelled, four.rounds[r].labelled) << r;
    EXPECT_EQ(one.rounds[r].changed, four.rounds[r].changed) << r;
    EXPECT_EQ(one.rounds[r].agreement, four.rounds[r].agreement) << r;
  }
  EXPECT_EQ(ReadFile(tmp_ / "a.labels.jsonl"), ReadFile(tmp_ / "b.labels.jsonl"));
}

TEST_F(BootstrapLoopTest, IdsGoIntoTheLabelsFile) {
  options_.rounds = 1;
  std::vector<std::string> ids;
  for (size_t i = 0; i < corpus_.texts.size(); ++i) ids.push_back("a" + std::to_string(i));
  BootstrapLoopResult result;
  ASSERT_TRUE(BootstrapLoop(corpus_.texts, ids, *lexicon_, tmp_ / "m", options_, &result).ok());
  EXPECT_EQ(result.rounds.size(), 2u);
  EXPECT_FALSE(result.converged);
  EXPECT_NE(ReadFile(result.labels_path).find("{\"id\":\"a"), std::string::npos);
  ids.pop_back();
  Status s = BootstrapLoop(corpus_.texts, ids, *lexicon_, tmp_ / "m", options_, &result);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
}

TEST_F(BootstrapLoopTest, HandLabelledValidationIsScoredIntoModelJson) {
  std::string labelled;
  testing_data::TopicCorpus checked = testing_data::UnlabelledTopics(5, 0.5, 11);
  for (size_t i = 0; i < checked.texts.size(); ++i) {
    labelled += "{\"text\":" + JsonQuote(checked.texts[i]) + ",\"label\":\"" +
                checked.gold[i] + "\"}\n";
  }
  WriteFile(tmp_ / "checked.jsonl", labelled);
  options_.train.validation = tmp_ / "checked.jsonl";
  options_.rounds = 1;
  BootstrapLoopResult result;
  Status s = BootstrapLoop(corpus_.texts, {}, *lexicon_, tmp_ / "m", options_, &result);
  ASSERT_TRUE(s.ok()) << s.message();
  const std::string json = ReadFile(tmp_ / "m.json");
  const std::string head = "\"validation\":{\"data\":\"" + tmp_ / "checked.jsonl" +
                           "\",\"n\":15,\"accuracy\":";
  const size_t at = json.find(head);
  ASSERT_NE(at, std::string::npos) << json;
  EXPECT_GE(std::strtod(json.c_str() + at + head.size(), nullptr), 0.9) << json;
}

TEST_F(BootstrapLoopTest, NothingToLearnFromIsADataError) {
  // Without cue words the lexicon is sure of nothing.
  testing_data::TopicCorpus none = testing_data::UnlabelledTopics(10, 0, 3);
  BootstrapLoopResult result;
  Status s = BootstrapLoop(none.texts, {}, *lexicon_, tmp_ / "m", options_, &result);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("the lexicon is sure of 0 of 30 articles"), std::string::npos)
      << s.message();
  EXPECT_FALSE(std::filesystem::exists(tmp_ / "m.bin"));
}

TEST_F(BootstrapLoopTest, OptionsOutOfRangeNameTheirField) {
  BootstrapLoopResult result;
  options_.model_min_prob = 0;
  Status s = BootstrapLoop(corpus_.texts, {}, *lexicon_, tmp_ / "m", options_, &result);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message().rfind("model_min_prob", 0), 0u) << s.message();
  options_.model_min_prob = 0.8;
  options_.rounds = 0;
  s = BootstrapLoop(corpus_.texts, {}, *lexicon_, tmp_ / "m", options_, &result);
  EXPECT_EQ(s.message().rfind("rounds", 0), 0u) << s.message();
}

}  // namespace
}  // namespace baokan
