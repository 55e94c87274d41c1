#include <gtest/gtest.h>

#include "baokan/classify.h"
#include "support/test_util.h"

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

// A second lexicon for the rules below: phrases, negative cues, coverage.
class LexiconRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(tmp_ / "subjects.tsv",
              "politics\t时政\t\nmilitary\t军事\t\ndisaster\t应急安全\t\n"
              "culture\t文化旅游\t\neducation\t教育\t\n");
    WriteFile(tmp_ / "lexicon.tsv",
              "disaster\t安全\t2\ndisaster\t应急\t3\npolitics\t安全生产委员会\t2\n"
              "military\t战争\t3\nmilitary\t军队\t3\nmilitary\t游戏\t-4\n"
              "culture\t游戏\t2\npolitics\t常务会议\t3\npolitics\t会议指出\t2\n"
              "education\t学校\t3\neducation\t考试\t3\n");
  }
  std::vector<LabelProb> Predict(const std::string& text) {
    StatusOr<std::unique_ptr<Classifier>> c =
        Classifier::Lexicon(tmp_ / "lexicon.tsv", tmp_ / "subjects.tsv");
    EXPECT_TRUE(c.ok()) << c.status().message();
    std::vector<LabelProb> labels;
    if (c.ok()) (*c)->Predict(text, {5, 0}, &labels);
    return labels;
  }
  TempDir tmp_;
};

TEST_F(LexiconRulesTest, APhraseHidesTheKeywordsInsideIt) {
  // 安全生产委员会 (politics, 2) contains 安全 (disaster, 2): only the
  // phrase counts, 2 / (2 + 3).
  std::vector<LabelProb> labels = Predict("安全生产委员会");
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].label, "politics");
  EXPECT_NEAR(labels[0].prob, 2.0 / 5, 1e-9);
  // Alone, 安全 still counts.
  labels = Predict("注意安全");
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].label, "disaster");
}

TEST_F(LexiconRulesTest, NegativeCuesCountAgainstTheirSubject) {
  // 战争 (3) + 军队 (3) - 游戏 (4) = 2 for military; 游戏 gives culture 2.
  std::vector<LabelProb> labels = Predict("战争游戏里的军队");
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_NEAR(labels[0].prob, 2.0 / 7, 1e-9);
  EXPECT_NEAR(labels[1].prob, 2.0 / 7, 1e-9);
  // A score never goes below 0: the cue alone leaves military out.
  labels = Predict("游戏");
  ASSERT_EQ(labels.size(), 1u);
  EXPECT_EQ(labels[0].label, "culture");
  // A war story without the cue is military.
  labels = Predict("战争中的军队");
  EXPECT_EQ(labels[0].label, "military");
}

TEST_F(LexiconRulesTest, APassingMentionInALongPieceWeighsLittle) {
  // Title + four paragraphs: the meeting phrase opens each paragraph
  // (coverage 1), the school exam fills one (coverage 1/4), emergencies
  // another (1/4).
  const std::string report =
      "区政府召开常务会议\n"
      "会议指出，要抓好经济运行。\n"
      "会议指出，学校考试要公平，学校考试要安全有序。\n"
      "会议指出，要完善应急预案。\n"
      "会议指出，要做好其他工作。";
  std::vector<LabelProb> labels = Predict(report);
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels[0].label, "politics");
  // The same exam paragraph as a short piece of its own is education.
  labels = Predict("通知\n学校考试要公平，学校考试要安全有序。");
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels[0].label, "education");
}

TEST_F(LexiconRulesTest, CoverageNeedsThreeBodyLines) {
  // Two body lines: no coverage scaling. 学校 + 考试 (3 + 3 = 6) on one line
  // against 应急 (3) on the other.
  std::vector<LabelProb> labels = Predict("标题\n学校考试\n应急");
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_NEAR(labels[0].prob, 6.0 / 12, 1e-9);
  // Three body lines: education covers 1/3 of them, so does disaster:
  // 6 / 3 = 2 and 3 / 3 = 1, over 2 + 1 + 3.
  labels = Predict("标题\n学校考试\n应急\n其他");
  ASSERT_EQ(labels.size(), 2u);
  EXPECT_EQ(labels[0].label, "education");
  EXPECT_NEAR(labels[0].prob, 2.0 / 6, 1e-9);
  EXPECT_NEAR(labels[1].prob, 1.0 / 6, 1e-9);
}

TEST_F(LexiconRulesTest, ZeroWeightIsRefused) {
  WriteFile(tmp_ / "lexicon.tsv", "military\t战争\t0\n");
  EXPECT_FALSE(Classifier::Lexicon(tmp_ / "lexicon.tsv", tmp_ / "subjects.tsv").ok());
  WriteFile(tmp_ / "lexicon.tsv", "military\t战争\t-101\n");
  EXPECT_FALSE(Classifier::Lexicon(tmp_ / "lexicon.tsv", tmp_ / "subjects.tsv").ok());
}

// The default lexicon on the two confusions of issue 16, in text written for
// this test.
TEST(DefaultLexiconTest, GameGuideIsNotMilitaryAndPassingEmergencyIsNotDisaster) {
  StatusOr<std::unique_ptr<Classifier>> lexicon = Classifier::Lexicon();
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  std::vector<LabelProb> labels;
  (*lexicon)->Predict(
      "三国手游新手攻略：如何组建最强军队\n"
      "在这款三国题材的游戏里，玩家要招募武将、训练军队，在战争中攻城略地。\n"
      "新手玩家先通关主线副本，再用资源升级部队。",
      {3, 0}, &labels);
  ASSERT_FALSE(labels.empty());
  EXPECT_NE(labels[0].label, "military");
  EXPECT_EQ(labels[0].label, "culture");
  (*lexicon)->Predict(
      "市政府部署下半年重点工作\n"
      "会议指出，要稳住经济基本盘，抓好项目投资和企业服务。\n"
      "会议强调，要办好民生实事，推进老旧小区改造和养老服务。\n"
      "会议要求，要健全灾害应急机制，完善应急预案，做好防汛抗旱、森林防火和安全生产工作。\n"
      "会议审议了《关于深化营商环境改革的实施意见》。",
      {3, 0}, &labels);
  ASSERT_FALSE(labels.empty());
  EXPECT_NE(labels[0].label, "disaster");
  EXPECT_EQ(labels[0].label, "politics");
}

}  // namespace
}  // namespace baokan
