#include "baokan/report.h"

#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "support/test_util.h"

namespace baokan {
namespace {

RunLedger Balanced() {
  RunLedger l;
  l.pages_found = 3;
  l.pages_failed = 1;
  l.page_lines = 100;
  l.article_lines = 90;
  l.noise_lines = 10;
  l.articles_split = 12;
  l.reprints_folded = 2;
  l.articles_written = 10;
  return l;
}

TEST(Ledger, BalancedLedgerChecksOk) { EXPECT_TRUE(Balanced().Check().ok()); }

TEST(Ledger, LostLineIsCaught) {
  RunLedger l = Balanced();
  l.noise_lines = 9;
  Status s = l.Check();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("100 page lines"), std::string::npos) << s.message();
}

TEST(Ledger, LostArticleIsCaught) {
  RunLedger l = Balanced();
  l.articles_written = 9;
  Status s = l.Check();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("12 articles split"), std::string::npos) << s.message();
}

TEST(Ledger, JoinedContinuationsAreCounted) {
  RunLedger l = Balanced();
  l.articles_split += 2;  // two continuations joined to their first parts
  EXPECT_FALSE(l.Check().ok());
  l.jumps_joined = 2;
  EXPECT_TRUE(l.Check().ok());
  EXPECT_NE(l.ToText().find("continuations joined"), std::string::npos);
}

// A previous run's outputs in tmp/out (report.html has none yet) and a new
// run's finished files in tmp/work; returns the moves from one to the other.
std::vector<FileMove> OldOutputsAndNewRun(const testing_util::TempDir& tmp) {
  testing_util::WriteFile(tmp / "out/articles.jsonl", "old articles\n");
  testing_util::WriteFile(tmp / "out/clusters.tsv", "old clusters\n");
  std::vector<FileMove> moves;
  for (const char* name : {"articles.jsonl", "clusters.tsv", "report.html"}) {
    testing_util::WriteFile(tmp / (std::string("work/") + name), std::string("new ") + name);
    moves.push_back({tmp / (std::string("work/") + name), tmp / (std::string("out/") + name)});
  }
  return moves;
}

TEST(PublishIfBalanced, UnbalancedLedgerLeavesThePreviousOutputsUntouched) {
  testing_util::TempDir tmp;
  const std::vector<FileMove> moves = OldOutputsAndNewRun(tmp);
  RunLedger lost_article = Balanced();
  lost_article.articles_written -= 1;

  Status s = PublishIfBalanced(lost_article, moves);

  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("ledger does not balance"), std::string::npos) << s.message();
  EXPECT_EQ(testing_util::ReadFile(tmp / "out/articles.jsonl"), "old articles\n");
  EXPECT_EQ(testing_util::ReadFile(tmp / "out/clusters.tsv"), "old clusters\n");
  EXPECT_FALSE(std::filesystem::exists(tmp / "out/report.html"));
  EXPECT_EQ(testing_util::ReadFile(tmp / "work/articles.jsonl"), "new articles.jsonl");
  EXPECT_EQ(testing_util::ReadFile(tmp / "work/report.html"), "new report.html");
}

TEST(PublishIfBalanced, BalancedLedgerPutsEveryOutputInPlace) {
  testing_util::TempDir tmp;
  const std::vector<FileMove> moves = OldOutputsAndNewRun(tmp);

  ASSERT_TRUE(PublishIfBalanced(Balanced(), moves).ok());

  EXPECT_EQ(testing_util::ReadFile(tmp / "out/articles.jsonl"), "new articles.jsonl");
  EXPECT_EQ(testing_util::ReadFile(tmp / "out/clusters.tsv"), "new clusters.tsv");
  EXPECT_EQ(testing_util::ReadFile(tmp / "out/report.html"), "new report.html");
  EXPECT_EQ(testing_util::ListDir(tmp / "work"), std::vector<std::string>());
}

TEST(DiffSentences, MarksDroppedAndNewSentences) {
  std::vector<DiffPiece> d =
      DiffSentences("甲说了一句。乙又说一句。丙最后说。", "甲说了一句！丙最后说。丁补了一句。");
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].kind, DiffPiece::Kind::kSame);  // punctuation differs only
  EXPECT_EQ(d[1].kind, DiffPiece::Kind::kOnlyOriginal);
  EXPECT_EQ(d[1].text, "乙又说一句。");
  EXPECT_EQ(d[2].kind, DiffPiece::Kind::kSame);
  EXPECT_EQ(d[3].kind, DiffPiece::Kind::kOnlyReprint);
  EXPECT_EQ(d[3].text, "丁补了一句。");
}

TEST(DiffSentences, AsciiFullStopAfterChineseEndsASentenceButNotInNumbers) {
  std::vector<DiffPiece> d = DiffSentences("增长3.5个百分点。第二句。", "增长3.5个百分点. 第二句.");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].kind, DiffPiece::Kind::kSame);
  EXPECT_EQ(d[0].text, "增长3.5个百分点。");
  EXPECT_EQ(d[1].kind, DiffPiece::Kind::kSame);
}

TEST(DiffSentences, KeepsClosingQuoteWithItsSentence) {
  std::vector<DiffPiece> d = DiffSentences("他说：“好。”然后走了。", "他说：“好。”然后走了。");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].text, "他说：“好。”");
}

TEST(ReportHtml, HasEverySectionAndNoNetworkReferences) {
  RunReport r;
  r.heading = "baokan run — <seeds>";
  r.generator = "baokan test";
  r.ledger = Balanced();
  r.provinces = {{"山西省", 9}, {"重庆市", 3}};
  r.subjects = {{"社会", 5}};
  ReportCluster c;
  c.original = {"p#1", "原题", "第一句。第二句。", "山西省", "社会", 0.9, 0.9};
  c.reprints.push_back({{"q#2", "", "第一句。", "", "社会", 0.8, 0.5}, "安徽日报", 0.5, 1.0});
  r.clusters.push_back(c);
  r.uncertain.push_back({"p#3", "", "无题的文章正文", "", "文化旅游", 0.21, 0});
  std::string html = RenderReportHtml(r);
  for (const char* id : {"ledger", "provinces", "subjects", "reprints", "uncertain"}) {
    EXPECT_NE(html.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(html.find("&lt;seeds&gt;"), std::string::npos);  // escaped
  EXPECT_NE(html.find("<del>第二句。</del>"), std::string::npos);
  EXPECT_NE(html.find("摘自《安徽日报》"), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("http://"), html.find("http://www.w3.org/2000/svg"));
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html, RenderReportHtml(r));
}

TEST(ReportHtml, UnbalancedLedgerIsShownAsAFailure) {
  RunReport r;
  r.ledger = Balanced();
  r.ledger.noise_lines = 0;
  std::string html = RenderReportHtml(r);
  EXPECT_NE(html.find("class=bad"), std::string::npos);
  EXPECT_EQ(html.find("class=ok"), std::string::npos);
}

}  // namespace
}  // namespace baokan
