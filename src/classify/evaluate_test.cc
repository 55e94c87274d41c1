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

TEST(EvaluateTest, ReportIsSelfContained) {
  StatusOr<EvalResult> a = Evaluate({{"x"}, {"y"}}, {{"x"}, {"x"}});
  StatusOr<EvalResult> b = Evaluate({{"x"}, {"y"}}, {{"x"}, {"y"}});
  ASSERT_TRUE(a.ok() && b.ok());
  std::string html = EvalReportHtml({"A <1>", "B"}, {*a, *b}, Taxonomy(), "data.jsonl");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("A &lt;1&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_EQ(html, EvalReportHtml({"A <1>", "B"}, {*a, *b}, Taxonomy(), "data.jsonl"));
}

}  // namespace
}  // namespace baokan
