// Watching the jobs of a run on Slurm until they end, with progress.

#ifndef BAOKAN_SRC_SLURM_WATCH_H_
#define BAOKAN_SRC_SLURM_WATCH_H_

#include <functional>
#include <string>
#include <vector>

#include "baokan/slurm.h"

namespace baokan::slurm {

// One sbatch submission of a stage.
struct SubmittedJob {
  ShardStage stage;
  std::string id;
  std::vector<int> tasks;
};

// What one look at the jobs found, per stage.
struct StageTally {
  int tasks = 0, done = 0, running = 0, pending = 0, failed = 0;
};

// A task that did not succeed, or a job that will never start.
struct TaskFailure {
  ShardStage stage = ShardStage::kSplit;
  int task = 0;
  std::string state, reason, exit_code;
};

// Counts `states` (of `jobs`) per stage; tasks of stages not submitted
// (done before a resume) count as done. Stores the first failed task, or
// else the first task whose dependency can never be satisfied, in *failure
// and returns true when there is one.
bool TallyStates(const ShardPlan& plan, const std::vector<SubmittedJob>& jobs,
                 const std::vector<std::vector<SlurmTaskState>>& states,
                 std::vector<StageTally>* tallies, TaskFailure* failure);

// "split 3/8 done, 2 running · dedup 0/1 · ..." (failed counts when any).
std::string ProgressLine(const std::vector<StageTally>& tallies);

// The message for a failed task: stage, shard, state, exit code, its log
// and the log's last lines.
std::string FailureMessage(const std::string& work, const ShardPlan& plan,
                           const TaskFailure& failure);

// What the tasks cost, per stage, from the last line of each task's log
// ("done in 2.31 s, peak 85 MB", written by `baokan stage`): "split: 8
// task(s), 1.9 to 2.3 s, peak 61 to 85 MB", one line per stage whose logs
// say it; for sizing shards (docs/slurm.md).
std::vector<std::string> StageCosts(const std::string& work, const ShardPlan& plan);

// Polls `scontrol -o show job` for every job every options.poll_seconds
// until all tasks completed (OK, once every task's marker is there), a task
// failed (its FailureMessage as a DataError) or `interrupted` returns true
// (a DataError). Progress goes to log.progress, each stage's end to
// log.info. Does not cancel anything: the caller does.
Status WatchJobs(const std::string& work, const ShardPlan& plan,
                 const std::vector<SubmittedJob>& jobs, const SlurmRunOptions& options,
                 const std::function<bool()>& interrupted, const PipelineLog& log);

}  // namespace baokan::slurm

#endif  // BAOKAN_SRC_SLURM_WATCH_H_
