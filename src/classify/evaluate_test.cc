#include <gtest/gtest.h>

#include "baokan/classify.h"

namespace baokan {
namespace {

using Labels = std::vector<std::vector<std::string>>;

// Six examples, labels a, b, c (single-label):
//   gold  a a a b b c
//   pred  a a b b c -      (the last has no prediction)
// Confusion (rows gold, columns pred + none):
//   a: 2 1 0 0 / b: 0 1 1 0 / c: 0 0 0 1
// a: tp 2 fp 0 fn 1 -> P 1, R 2/3, F1 0.8
// b: tp 1 fp 1 fn 1 -> P 0.5, R 0.5, F1 0.5
// c: tp 0 fp 1 fn 1 -> 0, 0, 0
// micro: tp 3 fp 2 fn 3 -> P 0.6, R 0.5, F1 6/11
// macro: P 0.5, R (2/3 + 0.5 + 0) / 3 = 7/18, F1 1.3 / 3
TEST(EvaluateTest, HandCheckedConfusionMatrix) {
  Labels gold = {{"a"}, {"a"}, {"a"}, {"b"}, {"b"}, {"c"}};
  Labels pred = {{"a"}, {"a"}, {"b"}, {"b"}, {"c"}, {}};
  StatusOr<EvalResult> r = Evaluate(gold, pred);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->n, 6);
  EXPECT_DOUBLE_EQ(r->accuracy, 3.0 / 6);
  ASSERT_EQ(r->labels, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(r->confusion, (std::vector<std::vector<int64_t>>{
                              {2, 1, 0, 0}, {0, 1, 1, 0}, {0, 0, 0, 1}}));
  const LabelScores& a = r->per_label[0];
  EXPECT_EQ(a.tp, 2);
  EXPECT_EQ(a.fp, 0);
  EXPECT_EQ(a.fn, 1);
  EXPECT_EQ(a.support, 3);
  EXPECT_DOUBLE_EQ(a.scores.precision, 1.0);
  EXPECT_DOUBLE_EQ(a.scores.recall, 2.0 / 3);
  EXPECT_NEAR(a.scores.f1, 0.8, 1e-12);
  EXPECT_DOUBLE_EQ(r->per_label[1].scores.f1, 0.5);
  EXPECT_DOUBLE_EQ(r->per_label[2].scores.f1, 0.0);
  EXPECT_DOUBLE_EQ(r->micro.precision, 0.6);
  EXPECT_DOUBLE_EQ(r->micro.recall, 0.5);
  EXPECT_NEAR(r->micro.f1, 6.0 / 11, 1e-12);
  EXPECT_DOUBLE_EQ(r->macro.precision, 0.5);
  EXPECT_NEAR(r->macro.recall, 7.0 / 18, 1e-12);
  EXPECT_NEAR(r->macro.f1, 1.3 / 3, 1e-12);
}

TEST(EvaluateTest, MultiLabelCountsEveryLabel) {
  // Gold {a,b}, predicted [b, c]: accuracy counts (b is gold); a is a miss,
  // c a false positive.
  StatusOr<EvalResult> r = Evaluate({{"a", "b"}}, {{"b", "c"}});
  ASSERT_TRUE(r.ok());
  EXPECT_DOUBLE_EQ(r->accuracy, 1.0);
  EXPECT_DOUBLE_EQ(r->micro.precision, 0.5);
  EXPECT_DOUBLE_EQ(r->micro.recall, 0.5);
  // The confusion matrix uses the primary gold label and the top prediction.
  EXPECT_EQ(r->confusion[0], (std::vector<int64_t>{0, 1, 0, 0}));
}

TEST(EvaluateTest, SizeMismatchIsAnError) {
  EXPECT_FALSE(Evaluate({{"a"}}, {}).ok());
}

TEST(EvaluateTest, JsonHasTheDocumentedKeys) {
  StatusOr<EvalResult> r = Evaluate({{"economy"}, {"sports"}}, {{"economy"}, {"economy"}});
  ASSERT_TRUE(r.ok());
  Taxonomy taxonomy({{"economy", "经济", ""}, {"sports", "体育", ""}});
  std::string json = EvalToJson(*r, taxonomy);
  for (const char* key : {"\"accuracy\":0.5", "\"micro\":{\"precision\":0.5,\"recall\":0.5",
                          "\"macro\":", "\"per_label\":[", "\"name\":\"经济\"",
                          "\"confusion\":{\"labels\":[\"economy\",\"sports\"]",
                          "\"matrix\":[[1,0,0],[1,0,0]]", "\"n\":2}"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key << " in " << json;
  }
  std::string text = EvalToText(*r, taxonomy);
  EXPECT_NE(text.find("accuracy  0.5000"), std::string::npos) << text;
  EXPECT_NE(text.find("sports 体育"), std::string::npos) << text;
}

// Ten examples, gold all "x" except the last two "y". A is right on 0-5 and
// 8; B on 0-3 and 6-9. Discordant: only A right on 4, 5 (b = 2); only B right
// on 6, 7, 9 (c = 3). Accuracy A 7/10, B 7/10... B: 0-3, 6, 7, 8, 9 = 8/10.
Predictions PairA() {
  Predictions p;
  p.gold = {{"x"}, {"x"}, {"x"}, {"x"}, {"x"}, {"x"}, {"x"}, {"x"}, {"y"}, {"y"}};
  p.predicted = {{"x"}, {"x"}, {"x"}, {"x"}, {"x"}, {"x"}, {"y"}, {"y"}, {"y"}, {"x"}};
  p.confidence = {0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.6, 0.6};
  return p;
}
Predictions PairB() {
  Predictions p = PairA();
  p.predicted = {{"x"}, {"x"}, {"x"}, {"x"}, {"y"}, {"y"}, {"x"}, {"x"}, {"y"}, {"y"}};
  return p;
}

TEST(CompareTest, HandCountedPairedDifference) {
  StatusOr<PairedComparison> c = ComparePaired(PairA(), PairB());
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->n, 10);
  EXPECT_NEAR(c->accuracy_diff, 0.8 - 0.7, 1e-12);
  EXPECT_EQ(c->mcnemar.only_a, 2);
  EXPECT_EQ(c->mcnemar.only_b, 3);
  EXPECT_TRUE(c->mcnemar.exact);
  // P(X <= 2 | n = 5) = (1 + 5 + 10) / 32, doubled: 1.
  EXPECT_DOUBLE_EQ(c->mcnemar.p_value, 1.0);
  // The macro-F1 difference is Evaluate's.
  StatusOr<EvalResult> a = Evaluate(PairA()), b = Evaluate(PairB());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NEAR(c->macro_f1_diff, b->macro.f1 - a->macro.f1, 1e-12);
  EXPECT_LE(c->accuracy_ci.low, c->accuracy_diff);
  EXPECT_GE(c->accuracy_ci.high, c->accuracy_diff);
  EXPECT_LT(c->accuracy_ci.low, 0);  // ten examples cannot tell them apart
  EXPECT_LE(c->macro_f1_ci.low, c->macro_f1_diff);
  EXPECT_GE(c->macro_f1_ci.high, c->macro_f1_diff);
}

TEST(CompareTest, IdenticalModelsDifferByNothing) {
  StatusOr<PairedComparison> c = ComparePaired(PairA(), PairA());
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->accuracy_ci.low, 0);
  EXPECT_EQ(c->accuracy_ci.high, 0);
  EXPECT_EQ(c->macro_f1_ci.high, 0);
  EXPECT_DOUBLE_EQ(c->mcnemar.p_value, 1.0);
}

TEST(CompareTest, ARealDifferenceIsSignificant) {
  // 400 examples; B right on all, A wrong on every fourth: b = 0, c = 100.
  Predictions a, b;
  for (int i = 0; i < 400; ++i) {
    a.gold.push_back({i % 2 ? "x" : "y"});
    b.predicted.push_back(a.gold.back());
    a.predicted.push_back(i % 4 == 0 ? std::vector<std::string>{"z"} : a.gold.back());
  }
  b.gold = a.gold;
  StatusOr<PairedComparison> c = ComparePaired(a, b);
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c->mcnemar.exact);
  EXPECT_DOUBLE_EQ(c->mcnemar.statistic, 99.0 * 99 / 100);
  EXPECT_LT(c->mcnemar.p_value, 1e-6);
  EXPECT_NEAR(c->accuracy_diff, 0.25, 1e-12);
  EXPECT_GT(c->accuracy_ci.low, 0.15);
  EXPECT_LT(c->accuracy_ci.high, 0.35);
  std::string json = ComparisonToJson(*c, BootstrapOptions());
  for (const char* key : {"\"accuracy\":{\"diff\":0.25,\"ci95\":[", "\"only_a\":0",
                          "\"only_b\":100", "\"test\":\"chi2-continuity\"",
                          "\"resamples\":2000"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key << " in " << json;
  }
}

TEST(CompareTest, DifferentExamplesAreRefused) {
  Predictions b = PairB();
  b.gold[0] = {"y"};
  EXPECT_FALSE(ComparePaired(PairA(), b).ok());
}

TEST(EvaluateTest, CalibrationComesWithConfidences) {
  StatusOr<EvalResult> r = Evaluate(PairA());
  ASSERT_TRUE(r.ok());
  // Bin 9: 8 examples at 0.9, 6 right (0.75); bin 6: 2 at 0.6, 1 right.
  // ECE = 0.8 * 0.15 + 0.2 * 0.1 = 0.14.
  EXPECT_EQ(r->calibration.bins[9].n, 8);
  EXPECT_NEAR(r->calibration.ece, 0.14, 1e-12);
  EXPECT_NE(EvalToJson(*r, Taxonomy()).find("\"calibration\":{\"ece\":0.14,"),
            std::string::npos);
  EXPECT_NE(EvalToText(*r, Taxonomy()).find("calibration error (ECE)  0.1400"),
            std::string::npos);
  Predictions bad = PairA();
  bad.confidence.pop_back();
  EXPECT_FALSE(Evaluate(bad).ok());
}

ModelComparison TwoModels() {
  ModelComparison c;
  c.names = {"A <1>", "B"};
  c.results = {*Evaluate(PairA()), *Evaluate(PairB())};
  c.paired = {*ComparePaired(PairA(), PairB())};
  return c;
}

TEST(CompareTest, TextAndJsonCarryTheSameFigures) {
  ModelComparison c = TwoModels();
  std::string text = ComparisonText(c, Taxonomy());
  for (const char* want : {"accuracy              0.7000    0.8000",
                           "[2] accuracy +0.1000 [", "only-first 2, only-this 3, exact binomial, p 1",
                           "2000 resamples", "[1] A <1>"}) {
    EXPECT_NE(text.find(want), std::string::npos) << want << " in\n" << text;
  }
  std::string json = ComparisonJson(c, Taxonomy());
  EXPECT_NE(json.find("\"vs_first\":{\"n\":10,\"accuracy\":{\"diff\":0.1,"), std::string::npos)
      << json;
  EXPECT_NE(json.find("\"test\":\"exact-binomial\""), std::string::npos);
  EXPECT_EQ(json.find("vs_first"), json.rfind("vs_first"));  // not for the first model
}

TEST(EvaluateTest, ReportIsSelfContained) {
  ModelComparison c = TwoModels();
  std::string html = EvalReportHtml(c, Taxonomy(), "data.jsonl");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("A &lt;1&gt;"), std::string::npos);
  EXPECT_NE(html.find("Is the difference real?"), std::string::npos);
  // The paired row: difference, its interval, McNemar's counts, test and p.
  EXPECT_NE(html.find("<tr><td>B</td><td>0.1000</td><td>["), std::string::npos) << html;
  EXPECT_NE(html.find("</td><td>2</td><td>3</td><td>exact binomial</td><td>1</td></tr>"),
            std::string::npos) << html;
  EXPECT_NE(html.find("Expected calibration error: 0.1400"), std::string::npos);
  // The two confusion matrices sit in one row.
  size_t side = html.find("<div class=side>");
  ASSERT_NE(side, std::string::npos);
  size_t end = html.find("</div>", side);
  size_t first = html.find("aria-label='confusion'", side);
  EXPECT_LT(html.find("aria-label='confusion'", first + 1), end);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_EQ(html, EvalReportHtml(c, Taxonomy(), "data.jsonl"));
}

}  // namespace
}  // namespace baokan
