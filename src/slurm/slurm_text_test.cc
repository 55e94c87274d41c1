// What baokan writes to Slurm and reads back from it, without a cluster.
// The scontrol lines are in the form Slurm 22.05 prints them (fields cut
// down to those that matter and a few around them).

#include <gtest/gtest.h>

#include "baokan/slurm.h"
#include "slurm/watch.h"

namespace baokan {
namespace {

using slurm::StageTally;
using slurm::SubmittedJob;
using slurm::TaskFailure;

ShardPlan PlanOf(int shards) {
  ShardPlan plan;
  plan.shards = shards;
  plan.band_groups = shards;
  return plan;
}

TEST(SlurmScriptTest, RunsTheStageOnTheArrayTaskWithItsCpus) {
  const std::string script =
      SlurmTaskScript("/opt/bin/baokan", "/shared/it's work", ShardStage::kLabel);
  EXPECT_EQ(script.rfind("#!/bin/sh\n", 0), 0u);
  EXPECT_NE(script.find("exec '/opt/bin/baokan' stage label --work '/shared/it'\\''s work' "
                        "--shard \"${SLURM_ARRAY_TASK_ID:-0}\" "
                        "--threads \"${SLURM_CPUS_PER_TASK:-1}\"\n"),
            std::string::npos)
      << script;
}

TEST(SlurmScriptTest, ArraySpecJoinsRuns) {
  EXPECT_EQ(SlurmArraySpec({0, 1, 2, 3}), "0-3");
  EXPECT_EQ(SlurmArraySpec({0, 2, 3, 5, 7, 8}), "0,2-3,5,7-8");
  EXPECT_EQ(SlurmArraySpec({4}), "4");
  EXPECT_EQ(SlurmArraySpec({}), "");
}

TEST(SlurmScriptTest, SbatchArgsForAnArrayAfterAJob) {
  const SlurmSubmission s{"/w",
                          ShardStage::kSplit,
                          {1, 2, 5},
                          "41",
                          {"--partition=short", "--mem=2G"},
                          "/w/scripts/split.sh"};
  EXPECT_EQ(SlurmSbatchArgs(s),
            (std::vector<std::string>{"--parsable", "--job-name=baokan-split", "--array=1-2,5",
                                      "--output=/w/logs/split.%a.log", "--dependency=afterok:41",
                                      "--partition=short", "--mem=2G", "/w/scripts/split.sh"}));
}

TEST(SlurmScriptTest, SbatchArgsForASingleTaskWithoutDependency) {
  const SlurmSubmission s{"/w", ShardStage::kCluster, {0}, "", {}, "/w/scripts/cluster.sh"};
  EXPECT_EQ(SlurmSbatchArgs(s),
            (std::vector<std::string>{"--parsable", "--job-name=baokan-cluster",
                                      "--output=/w/logs/cluster.0.log", "/w/scripts/cluster.sh"}));
}

TEST(SlurmScriptTest, CandidatesAreAnArrayOfBandGroups) {
  const SlurmSubmission s{"/w", ShardStage::kCandidates, {0, 1, 2}, "7", {}, "/w/c.sh"};
  EXPECT_EQ(SlurmSbatchArgs(s),
            (std::vector<std::string>{"--parsable", "--job-name=baokan-candidates",
                                      "--array=0-2", "--output=/w/logs/candidates.%a.log",
                                      "--dependency=afterok:7", "/w/c.sh"}));
}

TEST(SlurmParseTest, SbatchParsableOutput) {
  EXPECT_EQ(*ParseSbatchJobId("1234\n"), "1234");
  EXPECT_EQ(*ParseSbatchJobId("77;cluster-a\n"), "77");
  EXPECT_FALSE(ParseSbatchJobId("sbatch: error: Batch job submission failed\n").ok());
  EXPECT_FALSE(ParseSbatchJobId("").ok());
}

// An array of four: a pending record holding tasks 2-3, two finished tasks.
constexpr char kArrayLines[] =
    "JobId=11 ArrayJobId=11 ArrayTaskId=2-3%4 JobName=baokan-split UserId=u(1) "
    "JobState=PENDING Reason=Resources Dependency=(null) ExitCode=0:0 RunTime=00:00:00\n"
    "JobId=13 ArrayJobId=11 ArrayTaskId=1 JobName=baokan-split JobState=FAILED "
    "Reason=NonZeroExitCode Dependency=(null) ExitCode=1:0 StdOut=/w/logs/split.1.log\n"
    "JobId=12 ArrayJobId=11 ArrayTaskId=0 JobName=baokan-split JobState=COMPLETED "
    "Reason=None Dependency=(null) ExitCode=0:0\n";

TEST(SlurmParseTest, ShowJobExpandsPendingArrayRecords) {
  const std::vector<SlurmTaskState> states = ParseShowJob(kArrayLines);
  ASSERT_EQ(states.size(), 4u);
  EXPECT_EQ(states[0].task, 2);
  EXPECT_EQ(states[1].task, 3);
  EXPECT_EQ(states[1].state, "PENDING");
  EXPECT_EQ(states[1].reason, "Resources");
  EXPECT_EQ(states[2].job_id, "13");
  EXPECT_EQ(states[2].task, 1);
  EXPECT_EQ(states[2].state, "FAILED");
  EXPECT_EQ(states[2].exit_code, "1:0");
  EXPECT_EQ(states[3].state, "COMPLETED");
}

TEST(SlurmParseTest, ShowJobOfASingleJobAndNoise) {
  const std::vector<SlurmTaskState> states = ParseShowJob(
      "warning: something\n"
      "JobId=20 JobName=baokan-dedup JobState=PENDING Reason=DependencyNeverSatisfied "
      "Dependency=afterok:11_*(failed) ExitCode=0:0\n");
  ASSERT_EQ(states.size(), 1u);
  EXPECT_EQ(states[0].task, 0);
  EXPECT_EQ(states[0].reason, "DependencyNeverSatisfied");
}

TEST(SlurmParseTest, FailedStates) {
  for (const char* s : {"FAILED", "CANCELLED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL"}) {
    EXPECT_TRUE(IsFailedSlurmState(s)) << s;
  }
  for (const char* s : {"PENDING", "RUNNING", "COMPLETED", "COMPLETING"}) {
    EXPECT_FALSE(IsFailedSlurmState(s)) << s;
  }
}

TEST(SlurmWatchTest, TallyNamesTheFailedShardAndCountsStagesNotSubmittedAsDone) {
  const ShardPlan plan = PlanOf(4);
  // A resume: split to candidates were done before; cluster, label and
  // finish submitted.
  const std::vector<SubmittedJob> jobs = {{ShardStage::kCluster, "30", {0}},
                                          {ShardStage::kLabel, "31", {0, 1, 2, 3}},
                                          {ShardStage::kFinish, "35", {0}}};
  const std::vector<std::vector<SlurmTaskState>> states = {
      {{"30", 0, "COMPLETED", "None", "0:0"}},
      {{"32", 0, "COMPLETED", "None", "0:0"},
       {"33", 1, "RUNNING", "None", "0:0"},
       {"34", 2, "OUT_OF_MEMORY", "OutOfMemory", "0:125"},
       {"31", 3, "PENDING", "Resources", "0:0"}},
      {{"35", 0, "PENDING", "Dependency", "0:0"}}};
  std::vector<StageTally> tallies;
  TaskFailure failure;
  ASSERT_TRUE(slurm::TallyStates(plan, jobs, states, &tallies, &failure));
  EXPECT_EQ(failure.stage, ShardStage::kLabel);
  EXPECT_EQ(failure.task, 2);
  EXPECT_EQ(slurm::ProgressLine(tallies),
            "split 4/4 · jumps 1/1 · fingerprint 4/4 · candidates 4/4 · cluster 1/1 · "
            "label 1/4, 1 running, 1 failed · finish 0/1");
  const std::string message = slurm::FailureMessage("/w", plan, failure);
  EXPECT_NE(message.find("label shard 2 (of 4) failed: OUT_OF_MEMORY, exit code 0:125"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("/w/logs/label.2.log"), std::string::npos) << message;
}

TEST(SlurmWatchTest, ADependencyNeverSatisfiedIsAFailureToo) {
  const ShardPlan plan = PlanOf(2);
  const std::vector<SubmittedJob> jobs = {{ShardStage::kFinish, "40", {0}}};
  const std::vector<std::vector<SlurmTaskState>> states = {
      {{"40", 0, "PENDING", "DependencyNeverSatisfied", "0:0"}}};
  std::vector<StageTally> tallies;
  TaskFailure failure;
  ASSERT_TRUE(slurm::TallyStates(plan, jobs, states, &tallies, &failure));
  EXPECT_NE(slurm::FailureMessage("/w", plan, failure).find("finish task can never start"),
            std::string::npos);
  const std::vector<std::vector<SlurmTaskState>> waiting = {
      {{"40", 0, "PENDING", "Dependency", "0:0"}}};
  EXPECT_FALSE(slurm::TallyStates(plan, jobs, waiting, &tallies, &failure));
}

}  // namespace
}  // namespace baokan
