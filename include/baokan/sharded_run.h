// `run` cut into shards: the same stages as RunPipeline() (split, jumps,
// dedup, label, report), each run as tasks that a scheduler (Slurm, see
// baokan/slurm.h) starts on any node that sees the shared working directory
// WORK. Every task reads the files earlier tasks committed there, writes its
// own atomically and then its completion marker, so that a task can be rerun
// and a run resumed. The outputs are the bytes RunPipeline() publishes, at
// any shard and band group count. Dedup runs as its steps (baokan/dedup.h,
// "Dedup in steps"):
//
//   split       (one task per page shard)  pages i -> split/i.*: articles,
//                                          noise, ledger
//   jumps       (one task)    split/* joined in page order -> JumpStage ->
//                             cut into shards at page boundaries: jumps/i.jsonl
//                             (jumps cross shards; the task streams, holding
//                             only the records with a jump marker)
//   fingerprint (one task per shard)       jumps/i.jsonl -> signatures, keys
//   candidates  (one task per band group)  every shard's keys and signatures
//                             -> the pairs sharing a band of the group
//   cluster     (one task)    the shards' articles, the union of the pairs ->
//                             verified, clustered, written: clusters.tsv,
//                             merged articles cut into shards
//   label       (one task per shard)       merged shard i -> articles,
//                                          report collector
//   finish      (one task)    articles, noise and clusters joined in shard
//                             order, ledgers summed and checked, report.html
//   publish (the driver, PublishShardedRun) finish/* -> OUTDIR when the
//   ledger balances

#ifndef BAOKAN_SHARDED_RUN_H_
#define BAOKAN_SHARDED_RUN_H_

#include <string>
#include <string_view>
#include <vector>

#include "baokan/pipeline.h"
#include "baokan/report.h"
#include "baokan/status.h"

namespace baokan {

// The stages, in the order they run; each waits for every task of the one
// before it.
enum class ShardStage { kSplit, kJumps, kFingerprint, kCandidates, kCluster, kLabel, kFinish };
inline constexpr ShardStage kShardStages[] = {
    ShardStage::kSplit,   ShardStage::kJumps, ShardStage::kFingerprint, ShardStage::kCandidates,
    ShardStage::kCluster, ShardStage::kLabel, ShardStage::kFinish};

// "split", "jumps", "fingerprint", "candidates", "cluster", "label", "finish".
const char* ShardStageName(ShardStage stage);
// The stage called `name`; false when there is none.
bool ParseShardStage(std::string_view name, ShardStage* stage);

// What every task of a sharded run needs to know, kept in WORK/plan.jsonl.
struct ShardPlan {
  // The run. pages: absolute paths in RunOrder(); outdir absolute. threads is
  // not part of the plan (each task is told its own).
  RunOptions run;
  int shards = 1;  // >= 1, and at most the number of pages (when there are any)
  // Candidate tasks, each searching a range of the LSH bands: 1 to
  // RunDedupBandCount().
  int band_groups = 1;
};

// The LSH bands of the run's dedup (DedupBandCount of its options): the most
// band groups a plan can have.
int RunDedupBandCount();

// The plan for `options` cut into `shards` shards and `band_groups` band
// groups: pages made absolute and put in RunOrder(), shards lowered to the
// number of pages (never below 1); band_groups 0 means as many as shards,
// and is lowered to RunDedupBandCount(). An InvalidArgument when shards < 1
// or band_groups < 0.
StatusOr<ShardPlan> MakeShardPlan(const RunOptions& options, int shards, int band_groups = 0);

// The plan as the bytes WritePlan() writes (JSON Lines: the options, then
// one line per page); equal plans give equal bytes.
std::string PlanText(const ShardPlan& plan);
// WORK/plan.jsonl: a directory holding one is a sharded run's.
std::string ShardPlanPath(const std::string& work);
// Writes WORK/plan.jsonl (atomically).
Status WritePlan(const std::string& work, const ShardPlan& plan);
// Reads WORK/plan.jsonl; errors name the file and line.
StatusOr<ShardPlan> ReadPlan(const std::string& work);

// True for the stages that run one task per shard (split, fingerprint,
// label).
bool IsPerShardStage(ShardStage stage);
// True for the stages submitted as a job array: the per-shard stages and
// candidates (one task per band group).
bool IsArrayStage(ShardStage stage);
// What a task of `stage` is: "shard", "band group" or "task".
const char* ShardTaskNoun(ShardStage stage);
// How many tasks `stage` has: plan.shards for the per-shard stages,
// plan.band_groups for candidates, else 1.
int TaskCount(const ShardPlan& plan, ShardStage stage);

// The pages of split shard `shard`: the plan's pages cut into plan.shards
// consecutive runs of nearly equal length (the first ones one longer).
std::vector<std::string> ShardPages(const ShardPlan& plan, int shard);

// The directories and files of WORK.
std::string ShardTaskLog(const std::string& work, ShardStage stage, int task);  // logs/STAGE.I.log
std::string ShardDoneMarker(const std::string& work, ShardStage stage, int task);

// True when task `task` of `stage` committed its outputs (its marker exists).
bool ShardTaskDone(const std::string& work, ShardStage stage, int task);

// Removes the markers of every stage after `stage` (their inputs are to be
// made again); the outputs are overwritten when the tasks rerun.
Status ForgetShardStagesAfter(const std::string& work, ShardStage stage);

// Runs task `task` (0-based, < TaskCount) of `stage` of the plan in WORK on
// `threads` threads (>= 1): reads what the earlier stages wrote, writes its
// outputs atomically, then its marker. Any input error reported through
// log.error fails the task (a DataError counting them, no marker): on a
// cluster a bad page stops the run rather than leaving a hole that is found
// later; fix the input and resume. Rerunning a task overwrites what it wrote.
Status RunShardTask(const std::string& work, ShardStage stage, int task, int threads,
                    const PipelineLog& log);

// Once the finish task is done: reads its ledger into *ledger and moves its
// outputs into plan.run.outdir as RunPipeline() does (PublishIfBalanced;
// report.html last). A ledger that does not balance is printed through
// log.info and returned as the error, OUTDIR untouched.
Status PublishShardedRun(const std::string& work, const ShardPlan& plan, RunLedger* ledger,
                         const PipelineLog& log);

}  // namespace baokan

#endif  // BAOKAN_SHARDED_RUN_H_
