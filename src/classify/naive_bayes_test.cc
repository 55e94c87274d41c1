// The naive Bayes member on counts written by hand, its file checks, and the
// shuffle of training lines.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "classify/internal.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

constexpr double kAlpha = 0.1;

// Three labels; 赛 and 球 only in sports, 药 only in health, 价 only in economy.
const char kLines[] =
    "__label__sports 球 赛 球赛 今 天\n"
    "__label__sports 赛 事\n"
    "__label__health 药 品 药品 今\n"
    "__label__economy 价 格 价格\n"
    "__label__economy __label__health 药 价 药价\n";

StatusOr<std::unique_ptr<Classifier>> TrainAndLoad(const TempDir& tmp) {
  WriteFile(tmp / "lines.txt", kLines);
  Status s = classify::TrainNaiveBayes(tmp / "lines.txt", tmp / "nb.tsv");
  if (!s.ok()) return s;
  return classify::LoadNaiveBayes(tmp / "nb.tsv", TokenizeOptions(), Taxonomy(), kAlpha);
}

TEST(NaiveBayesTest, CountsEachTokenPerLabel) {
  TempDir tmp;
  ASSERT_TRUE(TrainAndLoad(tmp).ok());
  std::istringstream file(ReadFile(tmp / "nb.tsv"));
  std::string line;
  std::getline(file, line);
  EXPECT_EQ(line.rfind("# baokan naive Bayes member", 0), 0u) << line;
  std::getline(file, line);
  EXPECT_EQ(line, "#labels\teconomy\thealth\tsports");
  std::getline(file, line);
  EXPECT_EQ(line, "#examples\t2\t2\t2");  // the two-label example counts for both
  std::string all = ReadFile(tmp / "nb.tsv");
  EXPECT_NE(all.find("\n药\t1\t2\t0\n"), std::string::npos) << all;
  EXPECT_NE(all.find("\n赛\t0\t0\t2\n"), std::string::npos) << all;
}

TEST(NaiveBayesTest, PredictsFromTheCountsWithProbabilitiesSummingToOne) {
  TempDir tmp;
  StatusOr<std::unique_ptr<Classifier>> nb = TrainAndLoad(tmp);
  ASSERT_TRUE(nb.ok()) << nb.status().message();
  EXPECT_EQ((*nb)->labels(), (std::vector<std::string>{"economy", "health", "sports"}));
  std::vector<LabelProb> out;
  (*nb)->Predict("球赛", {3, 0}, &out);  // tokens 球 赛 球赛
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].label, "sports");
  double sum = 0;
  for (const LabelProb& l : out) sum += l.prob;
  EXPECT_NEAR(sum, 1.0, 1e-9);
  // By hand: 13 tokens in all, 7 token occurrences in sports and in health;
  // 球 1, 赛 2, 球赛 1 in sports, none in health, so at temperature 1 (3 tokens)
  // ln(P(sports) / P(health)) = ln((1 + a) (2 + a) (1 + a)) - 3 ln a.
  const double a = kAlpha;
  EXPECT_EQ(out.back().label, "health");
  EXPECT_NEAR(std::log(out[0].prob / out.back().prob),
              std::log((1 + a) * (2 + a) * (1 + a)) - 3 * std::log(a), 1e-4);
  (*nb)->Predict("药价", {1, 0}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].label, "sports");
  // No known token: the label priors (equal here); no token at all: nothing.
  (*nb)->Predict("雨雪", {3, 0}, &out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_NEAR(out[0].prob, 1.0 / 3, 1e-9);
  (*nb)->Predict("!!", {3, 0}, &out);
  EXPECT_TRUE(out.empty());
}

TEST(NaiveBayesTest, LongTextsAreTempered) {
  TempDir tmp;
  StatusOr<std::unique_ptr<Classifier>> nb = TrainAndLoad(tmp);
  ASSERT_TRUE(nb.ok());
  // 赛 repeated: 100 tokens count as 100 / kNaiveBayesTokensPerUnit = 5
  // times as little each, so they weigh as 20 do at temperature 1.
  auto repeated = [](int n) {
    std::string text;
    for (int i = 0; i < n; ++i) text += "赛。";  // a token each (spaces between Han go)
    return text;
  };
  ASSERT_EQ(classify::kNaiveBayesTokensPerUnit, 20);
  std::vector<LabelProb> long_text, twenty;
  (*nb)->Predict(repeated(100), {3, 0}, &long_text);
  (*nb)->Predict(repeated(20), {3, 0}, &twenty);
  ASSERT_EQ(long_text.size(), 3u);
  EXPECT_EQ(long_text[0].label, "sports");
  ASSERT_EQ(long_text[1].label, "economy");
  const double a = kAlpha;  // 赛: 2 of sports' 7 tokens, none of economy's 6
  // (log-probabilities are kept as float: agreement to 1e-4)
  const double by_hand = 20 * (std::log((2 + a) / (7 + 13 * a)) - std::log(a / (6 + 13 * a)));
  EXPECT_NEAR(std::log(long_text[0].prob / long_text[1].prob), by_hand, 1e-4);
  EXPECT_NEAR(std::log(twenty[0].prob / twenty[1].prob), by_hand, 1e-4);
}

TEST(NaiveBayesTest, BadFilesAreNamedWithTheLine) {
  TempDir tmp;
  ASSERT_TRUE(TrainAndLoad(tmp).ok());
  std::string good = ReadFile(tmp / "nb.tsv");
  WriteFile(tmp / "short.tsv", good + "球\t1\t2\n");
  StatusOr<std::unique_ptr<Classifier>> r =
      classify::LoadNaiveBayes(tmp / "short.tsv", TokenizeOptions(), Taxonomy(), kAlpha);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("short.tsv:17: expected 4 columns"), std::string::npos)
      << r.status().message();
  WriteFile(tmp / "count.tsv", good + "球\t1\tx\t2\n");
  r = classify::LoadNaiveBayes(tmp / "count.tsv", TokenizeOptions(), Taxonomy(), kAlpha);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("count.tsv:17: not a count: 'x'"), std::string::npos)
      << r.status().message();
  WriteFile(tmp / "other.tsv", "__label__a x\n");
  r = classify::LoadNaiveBayes(tmp / "other.tsv", TokenizeOptions(), Taxonomy(), kAlpha);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("other.tsv:1: not a baokan naive Bayes member"),
            std::string::npos);
}

TEST(ShuffleLinesTest, SameLinesInAnOrderFixedByTheSeed) {
  TempDir tmp;
  std::string sorted;
  for (int i = 0; i < 200; ++i) {
    sorted += "__label__" + std::to_string(i / 50) + " x" + std::to_string(i) + "\n";
  }
  auto shuffled = [&](uint64_t seed) {
    WriteFile(tmp / "lines.txt", sorted);
    EXPECT_TRUE(classify::ShuffleLines(tmp / "lines.txt", seed).ok());
    return ReadFile(tmp / "lines.txt");
  };
  const std::string a = shuffled(0);
  EXPECT_EQ(a, shuffled(0));
  EXPECT_NE(a, shuffled(1));
  EXPECT_NE(a, sorted);
  auto lines = [](const std::string& text) {
    std::vector<std::string> v;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) v.push_back(l);
    return v;
  };
  std::vector<std::string> got = lines(a), want = lines(sorted);
  // The first 50 lines (all of label 0 before) now hold every label.
  std::set<std::string> first_labels;
  for (int i = 0; i < 50; ++i) first_labels.insert(got[i].substr(0, got[i].find(' ')));
  EXPECT_EQ(first_labels.size(), 4u);
  std::sort(got.begin(), got.end());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(got, want);
  WriteFile(tmp / "empty.txt", "");
  EXPECT_TRUE(classify::ShuffleLines(tmp / "empty.txt", 0).ok());
  EXPECT_EQ(ReadFile(tmp / "empty.txt"), "");
}

}  // namespace
}  // namespace baokan
