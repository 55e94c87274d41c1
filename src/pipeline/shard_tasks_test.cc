// The sharded run's tasks, run one after another in this process as a
// scheduler would run them: the bytes RunPipeline() publishes, at any shard
// count.

#include <gtest/gtest.h>

#include <filesystem>

#include "baokan/sharded_run.h"
#include "pipeline/shard_files.h"
#include "pipeline/test_pages.h"

namespace baokan {
namespace {

using namespace pipeline_testing;

constexpr const char* kCompared[] = {"articles.jsonl", "clusters.tsv", "noise.jsonl"};

// Seven pages in two issues (directories): page 5 reprints an article of
// page 0, page 6 an article of page 2, and every page has an article of its
// own and a line of noise.
std::vector<std::string> Pages(const TempDir& dir) {
  std::vector<std::string> paths;
  for (int p = 0; p < 7; ++p) {
    const std::string path =
        dir / ((p < 4 ? "pages/a/p" : "pages/b/p") + std::to_string(p) + ".txt");
    const int first = p == 5 ? 0 : p == 6 ? 2 : p;
    WriteFile(path, "第" + std::to_string(p + 1) + "版\n\n" +
                        Page({{"社区医院开展义诊活动" + std::to_string(first), Body(first, 300)},
                              {"春耕技术送到田间地头" + std::to_string(p), Body(p + 10, 200)}}));
    paths.push_back(path);
  }
  return paths;
}

// Runs every task of every stage of `work`'s plan, in order; false when one
// fails.
bool RunAllTasks(const std::string& work, const ShardPlan& plan, const PipelineLog& log) {
  for (ShardStage stage : kShardStages) {
    for (int i = 0; i < TaskCount(plan, stage); ++i) {
      const Status s = RunShardTask(work, stage, i, 2, log);
      if (!s.ok()) {
        ADD_FAILURE() << ShardStageName(stage) << " " << i << ": " << s.message();
        return false;
      }
    }
  }
  return true;
}

TEST(ShardedRunTest, GivesTheBytesOfRunPipelineAtEveryShardCount) {
  TempDir dir;
  const std::vector<std::string> pages = Pages(dir);
  RunLedger whole;
  ASSERT_TRUE(RunPipeline(RunOptionsForTests(pages, dir / "local"), &whole, PipelineLog()).ok());
  ASSERT_GT(whole.reprints_folded, 0u);
  // Band groups: as many as shards, and counts that do not divide the 128
  // bands.
  for (const auto& [shards, groups] :
       std::vector<std::pair<int, int>>{{1, 0}, {2, 0}, {3, 0}, {7, 0}, {1, 3}, {2, 5}, {3, 128}}) {
    const std::string out =
        dir / ("sharded" + std::to_string(shards) + "-" + std::to_string(groups));
    StatusOr<ShardPlan> plan = MakeShardPlan(RunOptionsForTests(pages, out), shards, groups);
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->band_groups, groups == 0 ? shards : groups);
    const std::string work = out + "-work";
    ASSERT_TRUE(WritePlan(work, *plan).ok());
    CapturedLog log;
    ASSERT_TRUE(RunAllTasks(work, *plan, log.log()));
    EXPECT_TRUE(log.errors.empty());
    RunLedger ledger;
    ASSERT_TRUE(PublishShardedRun(work, *plan, &ledger, log.log()).ok());
    EXPECT_EQ(ledger.ToText(), whole.ToText()) << shards;
    for (const char* name : kCompared) {
      EXPECT_EQ(ReadFile(out + "/" + name), ReadFile(dir / ("local/" + std::string(name))))
          << name << " at " << shards << " shards";
    }
    EXPECT_TRUE(std::filesystem::exists(out + "/report.html"));
  }
}

TEST(ShardedRunTest, PlanReadsBackAndShardsCoverThePagesOnce) {
  TempDir dir;
  RunOptions options = RunOptionsForTests(Pages(dir), dir / "out");
  options.decode.on_invalid = OnInvalid::kReplace;
  StatusOr<ShardPlan> plan = MakeShardPlan(options, 3);
  ASSERT_TRUE(plan.ok());
  ASSERT_TRUE(WritePlan(dir / "work", *plan).ok());
  StatusOr<ShardPlan> back = ReadPlan(dir / "work");
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(PlanText(*back), PlanText(*plan));
  EXPECT_EQ(back->run.decode.on_invalid, OnInvalid::kReplace);
  std::vector<std::string> covered;
  for (int i = 0; i < 3; ++i) {
    const std::vector<std::string> shard = ShardPages(*plan, i);
    EXPECT_GE(shard.size(), 2u);
    covered.insert(covered.end(), shard.begin(), shard.end());
  }
  EXPECT_EQ(covered, plan->run.pages);
  EXPECT_EQ(MakeShardPlan(options, 50)->shards, 7);  // one per page at most
  EXPECT_EQ(MakeShardPlan(options, 3, 1000)->band_groups, RunDedupBandCount());
  EXPECT_EQ(back->band_groups, 3);
  EXPECT_FALSE(MakeShardPlan(options, 0).ok());
  EXPECT_FALSE(MakeShardPlan(options, 2, -1).ok());
}

TEST(ShardedRunTest, APageThatCannotBeReadFailsItsTaskWithoutAMarker) {
  TempDir dir;
  std::vector<std::string> pages = Pages(dir);
  WriteFile(pages[5], "\xc3\x28 不是有效的文字\n");  // in shard 1: p4, p5, p6
  StatusOr<ShardPlan> plan = MakeShardPlan(RunOptionsForTests(pages, dir / "out"), 2);
  ASSERT_TRUE(WritePlan(dir / "work", *plan).ok());
  CapturedLog log;
  EXPECT_TRUE(RunShardTask(dir / "work", ShardStage::kSplit, 0, 1, log.log()).ok());
  EXPECT_TRUE(ShardTaskDone(dir / "work", ShardStage::kSplit, 0));
  const Status failed = RunShardTask(dir / "work", ShardStage::kSplit, 1, 1, log.log());
  EXPECT_EQ(failed.code(), Status::Code::kDataError);
  EXPECT_FALSE(ShardTaskDone(dir / "work", ShardStage::kSplit, 1));
  ASSERT_EQ(log.errors.size(), 1u);
  EXPECT_NE(log.errors[0].find("p5.txt:1:1"), std::string::npos) << log.errors[0];
  EXPECT_FALSE(RunShardTask(dir / "work", ShardStage::kSplit, 2, 1, log.log()).ok());
}

TEST(ShardedRunTest, ForgettingAStageForgetsTheLaterOnes) {
  TempDir dir;
  StatusOr<ShardPlan> plan = MakeShardPlan(RunOptionsForTests(Pages(dir), dir / "out"), 2);
  ASSERT_TRUE(WritePlan(dir / "work", *plan).ok());
  ASSERT_TRUE(RunAllTasks(dir / "work", *plan, PipelineLog()));
  ASSERT_TRUE(ForgetShardStagesAfter(dir / "work", ShardStage::kCandidates).ok());
  EXPECT_TRUE(ShardTaskDone(dir / "work", ShardStage::kSplit, 1));
  EXPECT_TRUE(ShardTaskDone(dir / "work", ShardStage::kCandidates, 1));
  EXPECT_FALSE(ShardTaskDone(dir / "work", ShardStage::kCluster, 0));
  EXPECT_FALSE(ShardTaskDone(dir / "work", ShardStage::kLabel, 0));
  EXPECT_FALSE(ShardTaskDone(dir / "work", ShardStage::kFinish, 0));
}

TEST(ShardFilesTest, CutsOnlyWhereThePageChangesAndJoinsBackToTheInput) {
  TempDir dir;
  std::string in;
  for (int page = 0; page < 5; ++page) {
    for (int a = 0; a <= page; ++a) {
      in += "{\"id\":\"p" + std::to_string(page) + "#" + std::to_string(a) + "\",\"page\":\"p" +
            std::to_string(page) + "\"}\n";
    }
  }
  WriteFile(dir / "in.jsonl", in);
  const std::vector<std::string> outs = {dir / "0", dir / "1", dir / "2"};
  ASSERT_TRUE(pipeline::CutAtPageBoundaries(dir / "in.jsonl", outs).ok());
  std::string joined;
  std::vector<std::string> last_pages;
  for (const std::string& out : outs) {
    const std::string piece = ReadFile(out);
    EXPECT_FALSE(piece.empty()) << out;
    joined += piece;
  }
  EXPECT_EQ(joined, in);
  // No page is in two pieces.
  for (size_t i = 0; i + 1 < outs.size(); ++i) {
    const std::vector<std::string> a = Lines(outs[i]), b = Lines(outs[i + 1]);
    const auto page = [](const std::string& line) { return line.substr(line.find("\"page\"")); };
    EXPECT_NE(page(a.back()), page(b.front()));
  }
}

TEST(ShardFilesTest, LedgerPartsAddUp) {
  TempDir dir;
  RunLedger a, b, sum;
  a.pages_found = 3;
  a.articles_split = 10;
  b.reprints_folded = 2;
  b.articles_written = 8;
  ASSERT_TRUE(pipeline::WriteLedgerFile(dir / "a.json", a).ok());
  ASSERT_TRUE(pipeline::WriteLedgerFile(dir / "b.json", b).ok());
  ASSERT_TRUE(pipeline::ReadLedgerFile(dir / "a.json", &sum).ok());
  ASSERT_TRUE(pipeline::ReadLedgerFile(dir / "b.json", &sum).ok());
  EXPECT_EQ(sum.pages_found, 3u);
  EXPECT_EQ(sum.articles_split, 10u);
  EXPECT_EQ(sum.reprints_folded, 2u);
  EXPECT_EQ(sum.articles_written, 8u);
  WriteFile(dir / "bad.json", "{\"pages_found\":\"x\"}\n");
  const Status bad = pipeline::ReadLedgerFile(dir / "bad.json", &sum);
  EXPECT_NE(bad.message().find("bad.json:1"), std::string::npos) << bad.message();
}

}  // namespace
}  // namespace baokan
