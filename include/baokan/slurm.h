// `baokan run --slurm`: the stages of a sharded run (baokan/sharded_run.h)
// submitted as sbatch job arrays chained by afterok dependencies, watched
// with `scontrol -o show job`, and published as the local run publishes.
// Every client call runs with this process's environment (SLURM_CONF
// included), and so do the tasks (sbatch exports it).

#ifndef BAOKAN_SLURM_H_
#define BAOKAN_SLURM_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/pipeline.h"
#include "baokan/report.h"
#include "baokan/sharded_run.h"
#include "baokan/status.h"

namespace baokan {

// The Slurm client programs, by name (found on PATH) or path.
struct SlurmClient {
  std::string sbatch = "sbatch";
  std::string scontrol = "scontrol";
  std::string scancel = "scancel";
};

struct SlurmRunOptions {
  // The working directory, on a file system every node sees. Default (""):
  // OUTDIR/.baokan-work. Removed once the run is published.
  std::string work;
  int shards = 1;  // page shards (>= 1); lowered to the number of pages
  // Candidate tasks, each over a range of the LSH bands (MakeShardPlan: 0
  // means as many as shards; at most RunDedupBandCount()).
  int band_groups = 0;
  // Passed to every sbatch before the script: partition, time, memory,
  // account, --cpus-per-task (each task runs that many threads) ...
  std::vector<std::string> sbatch_args;
  // Keep WORK's finished tasks and submit only the missing ones; the plan
  // (pages, shards, options) must be the one WORK was made for.
  bool resume = false;
  // The baokan executable the tasks run (an absolute path every node sees).
  std::string baokan;
  SlurmClient client;
  double poll_seconds = 1.0;  // between two looks at the jobs' states
};

// Runs `run` on Slurm as described above and publishes run.outdir's
// outputs, byte for byte those of RunPipeline(), with *ledger summed over
// the shards. Progress (tasks done / running / failed per stage) goes to
// log.progress, a stage's end to log.info. A task that fails (or leaves its
// dependants waiting for ever) is found within a poll or two: the run's
// other jobs are cancelled and the error names the stage, the shard, its
// exit code and its log (with the log's last lines). SIGINT or SIGTERM
// cancels the submitted jobs, then ends the process as the signal would.
Status RunOnSlurm(const RunOptions& run, const SlurmRunOptions& options, RunLedger* ledger,
                  const PipelineLog& log);

// ---- The parts, exposed for tests.

// The batch script of `stage`: runs `baokan stage STAGE --work WORK --shard
// N` with N the array task id (0 for single tasks) and --threads from
// SLURM_CPUS_PER_TASK (1 when unset). Paths are shell-quoted.
std::string SlurmTaskScript(const std::string& baokan, const std::string& work, ShardStage stage);

// "0-3,5,7-8": the --array value for the (sorted, distinct) task ids.
std::string SlurmArraySpec(const std::vector<int>& tasks);

// One sbatch submission.
struct SlurmSubmission {
  std::string work;
  ShardStage stage = ShardStage::kSplit;
  std::vector<int> tasks;          // the task ids to run
  std::string after;               // a job id to wait for (afterok), or ""
  std::vector<std::string> extra;  // the user's sbatch arguments
  std::string script;              // the batch script's path
};
// sbatch's argument list (without the program): --parsable, the job name
// baokan-STAGE, --array (split and label), --output WORK/logs/STAGE.%a.log
// (STAGE.0.log for a single task), --dependency=afterok:ID, the user's
// arguments, the script.
std::vector<std::string> SlurmSbatchArgs(const SlurmSubmission& submission);

// The job id from `sbatch --parsable`'s output ("123" or "123;cluster").
StatusOr<std::string> ParseSbatchJobId(std::string_view output);

// The state of one task of a job (one array task, or the job itself).
struct SlurmTaskState {
  std::string job_id;     // JobId=
  int task = 0;           // ArrayTaskId=, 0 for a job that is not an array
  std::string state;      // JobState=: PENDING, RUNNING, COMPLETED, FAILED ...
  std::string reason;     // Reason=: None, Dependency, DependencyNeverSatisfied ...
  std::string exit_code;  // ExitCode=: "0:0", "1:0", "0:9" (killed by signal 9)
};
// Parses `scontrol -o show job ID`: one line per job record; a pending
// array record ("ArrayTaskId=2-5,7%2") gives a state for each task it holds.
// Lines without JobId= are skipped.
std::vector<SlurmTaskState> ParseShowJob(std::string_view output);

// True for states a task does not leave but which mean it did not succeed
// (FAILED, CANCELLED, TIMEOUT, OUT_OF_MEMORY, NODE_FAIL, BOOT_FAIL,
// DEADLINE, PREEMPTED).
bool IsFailedSlurmState(std::string_view state);

}  // namespace baokan

#endif  // BAOKAN_SLURM_H_
