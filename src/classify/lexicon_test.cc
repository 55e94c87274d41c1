#include <gtest/gtest.h>

#include "baokan/classify.h"
#include "io/test_util.h"

namespace baokan {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

class LexiconTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(tmp_ / "subjects.tsv",
              "# id name iptc\nsports\t体育\tmedtop:15000000\neconomy\t经济\t\nhealth\t卫生健康\t\n");
    WriteFile(tmp_ / "lexicon.tsv",
              "sports\t足球\t3\nsports\t比赛\t1\neconomy\t投资\t2\neconomy\t企业\nhealth\t医院\t3\n"
              "health\t比赛\t0.5\n");
  }
  std::unique_ptr<Classifier> Load() {
    StatusOr<std::unique_ptr<Classifier>> c =
        Classifier::Lexicon(tmp_ / "lexicon.tsv", tmp_ / "subjects.tsv");
    EXPECT_TRUE(c.ok()) << c.status().message();
    return c.ok() ? std::move(c).value() : nullptr;
  }
  TempDir tmp_;
};

TEST_F(LexiconTest, ProbabilitiesAreShareOfEvidence) {
  auto lexicon = Load();
  ASSERT_TRUE(lexicon);
  std::vector<LabelProb> labels;
  // 足球 (3) + 比赛 (1 sports, 0.5 health); prior 3: 4 / 7.5, 0.5 / 7.5.
  lexicon->Predict("足球比赛", {}, &labels);
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0].label, "sports");
  EXPECT_NEAR(labels[0].prob, 4 / 7.5, 1e-9);
  EXPECT_EQ(labels[1].label, "health");
  EXPECT_NEAR(labels[1].prob, 0.5 / 7.5, 1e-9);
  // A single weak hit stays unsure.
  lexicon->Predict("企业", {}, &labels);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_NEAR(labels[0].prob, 0.25, 1e-9);
  // Nothing found: no labels.
  lexicon->Predict("今天天气很好", {}, &labels);
  EXPECT_TRUE(labels.empty());
}

TEST_F(LexiconTest, RepeatsCountLessAndTitleCountsMore) {
  auto lexicon = Load();
  std::vector<LabelProb> once, twice, title;
  lexicon->Predict("投资", {}, &once);
  lexicon->Predict("投资投资", {}, &twice);
  EXPECT_GT(twice[0].prob, once[0].prob);
  EXPECT_LT(twice[0].prob, 4.0 / 7);  // less than two full hits
  // In the first line of a longer text a keyword counts three times:
  // 投资 (2 x 3) against 医院 (3): 6 / 12 and 3 / 12.
  lexicon->Predict("投资\n医院", {}, &title);
  ASSERT_EQ(title.size(), 2u);
  EXPECT_EQ(title[0].label, "economy");
  EXPECT_NEAR(title[0].prob, 0.5, 1e-9);
  EXPECT_NEAR(title[1].prob, 0.25, 1e-9);
}

TEST_F(LexiconTest, KAndThreshold) {
  auto lexicon = Load();
  std::vector<LabelProb> labels;
  lexicon->Predict("足球比赛投资", {1, 0}, &labels);
  EXPECT_EQ(labels.size(), 1u);
  lexicon->Predict("足球比赛投资", {3, 0.2}, &labels);
  for (const LabelProb& l : labels) EXPECT_GE(l.prob, 0.2);
  EXPECT_EQ(labels.size(), 2u);
}

TEST_F(LexiconTest, FullWidthTextIsNormalized) {
  WriteFile(tmp_ / "latin.tsv", "economy\tGDP\t2\n");
  StatusOr<std::unique_ptr<Classifier>> c =
      Classifier::Lexicon(tmp_ / "latin.tsv", tmp_ / "subjects.tsv");
  ASSERT_TRUE(c.ok());
  std::vector<LabelProb> labels;
  (*c)->Predict("ＧＤＰ增长", {}, &labels);
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].label, "economy");
}

TEST_F(LexiconTest, BadFilesNameFileAndLine) {
  WriteFile(tmp_ / "bad1.tsv", "sports\t足球\t3\nnosuch\t投资\t1\n");
  WriteFile(tmp_ / "bad2.tsv", "sports\t足球\tabc\n");
  WriteFile(tmp_ / "bad3.tsv", "sports\n");
  WriteFile(tmp_ / "bad4.tsv", "sports\t足球\t1\nsports\t足球\t2\n");
  for (const char* name : {"bad1.tsv:2:", "bad2.tsv:1:", "bad3.tsv:1:", "bad4.tsv:2:"}) {
    std::string file = std::string(name).substr(0, 8);
    StatusOr<std::unique_ptr<Classifier>> c =
        Classifier::Lexicon(tmp_ / file, tmp_ / "subjects.tsv");
    ASSERT_FALSE(c.ok()) << name;
    EXPECT_NE(c.status().message().find(name), std::string::npos) << c.status().message();
  }
  WriteFile(tmp_ / "dup.tsv", "a\t甲\nb\t甲\n");
  EXPECT_FALSE(Taxonomy::Load(tmp_ / "dup.tsv").ok());
  EXPECT_FALSE(Taxonomy::Load(tmp_ / "none.tsv").ok());
}

// The shipped lexicon over the shipped taxonomy: loads, and labels plain
// headlines of several subjects the way a reader would.
TEST(DefaultLexiconTest, LabelsObviousHeadlines) {
  std::string models = BAOKAN_SOURCE_DIR "/models";
  StatusOr<std::unique_ptr<Classifier>> c =
      Classifier::Lexicon(models + "/subject_lexicon.tsv", models + "/subjects.tsv");
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ((*c)->taxonomy().subjects().size(), 16u);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"市足球联赛决赛落幕 球队夺冠", "sports"},
      {"县人民医院开展义诊活动 患者免费体检", "health"},
      {"区法院审结一起电信诈骗案件", "law"},
      {"全市防汛应急演练举行", "disaster"},
      {"高标准农田建设助力粮食丰收", "agriculture"},
      {"招聘会提供就业岗位三千个", "labour"},
      {"市妇联关爱留守儿童", "women_children"},
      {"退役军人事务局开展双拥活动", "military"},
  };
  for (const auto& [text, want] : cases) {
    std::vector<LabelProb> labels;
    (*c)->Predict(text, {}, &labels);
    ASSERT_FALSE(labels.empty()) << text;
    EXPECT_EQ(labels[0].label, want) << text;
  }
}

}  // namespace
}  // namespace baokan
