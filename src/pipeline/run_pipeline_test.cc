#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "baokan/pipeline.h"
#include "pipeline/test_pages.h"

namespace baokan {
namespace {

using namespace pipeline_testing;

// Four pages in dir/pages; page 3 reprints the first article of page 0.
std::vector<std::string> PagesWithAReprint(const TempDir& dir) {
  std::vector<std::string> paths;
  for (int p = 0; p < 4; ++p) {
    const std::string path = dir / ("pages/p" + std::to_string(p) + ".txt");
    const int first = p == 3 ? 0 : p;
    WriteFile(path, Page({{"长沙社区医院开展义诊活动" + std::to_string(first), Body(first, 300)},
                          {"春耕技术送到田间地头" + std::to_string(p), Body(p + 10, 300)}}));
    paths.push_back(path);
  }
  return paths;
}


bool HasWorkDir(const std::string& outdir) {
  for (const auto& e : std::filesystem::directory_iterator(outdir)) {
    if (e.path().filename().string().rfind(".baokan-run-", 0) == 0) return true;
  }
  return false;
}

TEST(RunPipelineTest, PublishesTheFourOutputsWithABalancedLedger) {
  TempDir dir;
  RunLedger ledger;
  CapturedLog captured;
  const Status s = RunPipeline(RunOptionsForTests(PagesWithAReprint(dir), dir / "out"), &ledger,
                               captured.log());
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(captured.errors.empty());
  EXPECT_TRUE(ledger.Check().ok());
  EXPECT_EQ(ledger.pages_found, 4u);
  EXPECT_EQ(ledger.articles_split, 8u);
  EXPECT_EQ(ledger.reprints_folded, 1u);
  EXPECT_EQ(ledger.articles_written, Lines(dir / "out/articles.jsonl").size());
  EXPECT_EQ(Lines(dir / "out/clusters.tsv").size(), 3u);  // header, original, reprint
  const std::string report = ReadFile(dir / "out/report.html");
  EXPECT_NE(report.find("baokan test"), std::string::npos);
  EXPECT_NE(report.find("1 reprint(s)"), std::string::npos);  // the cluster dedup made
  EXPECT_TRUE(std::filesystem::exists(dir / "out/noise.jsonl"));
  EXPECT_FALSE(HasWorkDir(dir / "out"));
}

TEST(RunPipelineTest, TheOutputsDoNotDependOnTheThreadCountOrTheInputOrder) {
  TempDir dir;
  std::vector<std::string> pages = PagesWithAReprint(dir);
  RunOptions one = RunOptionsForTests(pages, dir / "one");
  std::reverse(pages.begin(), pages.end());
  RunOptions three = RunOptionsForTests(pages, dir / "three");
  three.threads = 3;
  RunLedger ledger;
  ASSERT_TRUE(RunPipeline(one, &ledger, PipelineLog()).ok());
  ASSERT_TRUE(RunPipeline(three, &ledger, PipelineLog()).ok());
  for (const char* name : kRunOutputs) {
    EXPECT_EQ(ReadFile(dir / ("one/" + std::string(name))),
              ReadFile(dir / ("three/" + std::string(name))))
        << name;
  }
}

// The stages meet only through files: run one by one, as separate jobs
// would, they write what RunPipeline publishes.
TEST(RunPipelineTest, TheStagesRunOneByOneWriteTheSameArticles) {
  TempDir dir;
  const std::vector<std::string> pages = RunOrder(PagesWithAReprint(dir));
  RunLedger whole;
  ASSERT_TRUE(RunPipeline(RunOptionsForTests(pages, dir / "out"), &whole, PipelineLog()).ok());

  RunLedger ledger;
  const PipelineLog log;
  const RunWorkFiles files(dir.path());
  ASSERT_TRUE(
      SplitStage(pages, DecodeOptions(), 1, files.split, files.noise, log, &ledger).ok());
  ASSERT_TRUE(JumpStage(pages, files.split, files.joined, &ledger).ok());
  ASSERT_TRUE(
      DedupStage(files.joined, files.merged, files.clusters, dir.path(), 1, log, &ledger).ok());
  StatusOr<Labellers> labellers = LoadLabellers(ModelsDirForTests(), "");
  ASSERT_TRUE(labellers.ok());
  ReportCollector collector(20, 10);
  ASSERT_TRUE(
      LabelStage(files.merged, files.articles, *labellers, 1, log, &collector, &ledger).ok());
  for (const char* name : {"articles.jsonl", "clusters.tsv", "noise.jsonl"}) {
    EXPECT_EQ(ReadFile(dir / name), ReadFile(dir / ("out/" + std::string(name)))) << name;
  }
  EXPECT_EQ(ledger.ToText(), whole.ToText());
}

// Outputs of a run whose ledger does not balance are never published: the
// previous run's stay in OUTDIR byte for byte, the new ones in the work dir.
TEST(RunPipelineTest, ALedgerThatDoesNotBalanceLeavesThePreviousOutputsUntouched) {
  TempDir dir;
  const std::vector<std::string> pages = RunOrder(PagesWithAReprint(dir));
  RunLedger previous;
  ASSERT_TRUE(RunPipeline(RunOptionsForTests({pages[0]}, dir / "out"), &previous, PipelineLog()).ok());
  std::map<std::string, std::string> before;
  for (const char* name : kRunOutputs) before[name] = ReadFile(dir / ("out/" + std::string(name)));

  // A new run over all four pages, its stages one by one into a work dir.
  const std::string work = dir / "work";
  std::filesystem::create_directories(work);
  const RunWorkFiles files(work);
  RunLedger ledger;
  const PipelineLog log;
  ASSERT_TRUE(SplitStage(pages, DecodeOptions(), 1, files.split, files.noise, log, &ledger).ok());
  ASSERT_TRUE(JumpStage(pages, files.split, files.joined, &ledger).ok());
  ASSERT_TRUE(DedupStage(files.joined, files.merged, files.clusters, work, 1, log, &ledger).ok());
  StatusOr<Labellers> labellers = LoadLabellers(ModelsDirForTests(), "");
  ASSERT_TRUE(labellers.ok());
  ReportCollector collector(20, 10);
  ASSERT_TRUE(
      LabelStage(files.merged, files.articles, *labellers, 1, log, &collector, &ledger).ok());
  WriteFile(files.report, "new report");
  ASSERT_TRUE(ledger.Check().ok());
  ledger.articles_written -= 1;  // one article lost between dedup and label

  CapturedLog captured;
  const Status s = PublishRunOutputs(work, dir / "out", ledger, captured.log());
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("ledger does not balance"), std::string::npos) << s.message();
  ASSERT_EQ(captured.infos.size(), 1u);
  EXPECT_NE(captured.infos[0].find("articles written"), std::string::npos);
  for (const char* name : kRunOutputs) {
    EXPECT_EQ(ReadFile(dir / ("out/" + std::string(name))), before[name]) << name;
    EXPECT_TRUE(std::filesystem::exists(work + "/" + name)) << name;
  }
  EXPECT_NE(ReadFile(files.articles), before["articles.jsonl"]);

  ledger.articles_written += 1;  // balanced: now everything moves
  ASSERT_TRUE(PublishRunOutputs(work, dir / "out", ledger, captured.log()).ok());
  EXPECT_EQ(ReadFile(dir / "out/report.html"), "new report");
}

TEST(RunPipelineTest, DedupSpoolsInTheDirectoryItIsGiven) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", "{\"id\":\"p#1\",\"page\":\"p\",\"text\":\"正文\"}\n");
  RunLedger ledger;
  EXPECT_TRUE(DedupStage(dir / "in.jsonl", dir / "merged.jsonl", dir / "clusters.tsv",
                         dir.path(), 1, PipelineLog(), &ledger).ok());
  EXPECT_FALSE(DedupStage(dir / "in.jsonl", dir / "merged.jsonl", dir / "clusters.tsv",
                          dir / "no-such-dir", 1, PipelineLog(), &ledger).ok());
}

TEST(RunPipelineTest, AFailedRunLeavesThePreviousOutputsAndNoWorkDir) {
  TempDir dir;
  WriteFile(dir / "out/articles.jsonl", "previous\n");
  RunOptions options = RunOptionsForTests(PagesWithAReprint(dir), dir / "out");
  options.models_dir = dir / "no-models";
  RunLedger ledger;
  EXPECT_EQ(RunPipeline(options, &ledger, PipelineLog()).code(), Status::Code::kNotFound);
  EXPECT_EQ(ReadFile(dir / "out/articles.jsonl"), "previous\n");
  EXPECT_FALSE(std::filesystem::exists(dir / "out/report.html"));
  EXPECT_FALSE(HasWorkDir(dir / "out"));
}

// A jump joins pages of one issue: the pages of one directory, where the
// pages STEM-1, STEM-2 ... of a PDF are in the PDF's directory.
TEST(JumpStageTest, JoinsPartsOnPagesOfOneIssueOnly) {
  TempDir dir;
  auto write = [&](const std::string& first_page, const std::string& next_page) {
    WriteFile(dir / "split.jsonl",
              R"({"id":")" + first_page + R"(#1","page":")" + first_page +
                  R"(","title":"老旧小区改造惠及三万户居民","edition":1,"date":"2024-03-12",)"
                  R"("continued_from":null,"continued_to":"第2版","text":"甲"})"
                  "\n"
                  R"({"id":")" + next_page + R"(#1","page":")" + next_page +
                  R"(","title":"老旧小区改造","edition":2,"date":"2024-03-12",)"
                  R"("continued_from":"1版","continued_to":null,"text":"乙"})"
                  "\n");
  };
  RunLedger one_pdf, two_pdfs, two_dirs;
  write("x-1", "x-2");
  ASSERT_TRUE(JumpStage({"i1/x.pdf"}, dir / "split.jsonl", dir / "a.jsonl", &one_pdf).ok());
  EXPECT_EQ(one_pdf.jumps_joined, 1u);
  EXPECT_EQ(Lines(dir / "a.jsonl").size(), 1u);
  write("x-1", "y-2");
  ASSERT_TRUE(JumpStage({"i1/x.pdf", "i2/y.pdf"}, dir / "split.jsonl", dir / "b.jsonl",
                        &two_pdfs).ok());
  EXPECT_EQ(two_pdfs.jumps_joined, 0u);
  write("p1", "p2");
  ASSERT_TRUE(JumpStage({"i1/p1.txt", "i2/p2.txt"}, dir / "split.jsonl", dir / "c.jsonl",
                        &two_dirs).ok());
  EXPECT_EQ(two_dirs.jumps_joined, 0u);
  EXPECT_EQ(Lines(dir / "c.jsonl").size(), 2u);
}

TEST(RunOrderTest, ByPageNameThenPathEachOnce) {
  EXPECT_EQ(RunOrder({"b/p2.txt", "a/p2.txt", "z/p1.txt", "a/p2.txt"}),
            (std::vector<std::string>{"z/p1.txt", "a/p2.txt", "b/p2.txt"}));
}

}  // namespace
}  // namespace baokan
