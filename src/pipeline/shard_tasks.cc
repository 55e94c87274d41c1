// The tasks of a sharded run (baokan/sharded_run.h): each calls the stage
// RunPipeline() calls, on its shard's files in WORK.

#include <filesystem>
#include <fstream>
#include <optional>
#include <system_error>

#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/sharded_run.h"
#include "pipeline/shard_files.h"

namespace baokan {
namespace {

namespace fs = std::filesystem;

using pipeline::ConcatenateFiles;
using pipeline::CutAtPageBoundaries;
using pipeline::ReadLedgerFile;
using pipeline::WriteLedgerFile;

// The files of WORK, by stage.
struct ShardFiles {
  ShardFiles(const std::string& work, int shard) {
    const std::string i = std::to_string(shard);
    split = work + "/split/" + i + ".split.jsonl";
    noise = work + "/split/" + i + ".noise.jsonl";
    split_ledger = work + "/split/" + i + ".ledger.json";
    dedup.articles = work + "/jumps/" + i + ".jsonl";
    dedup.signatures = work + "/fingerprint/" + i + ".sig";
    dedup.keys = work + "/fingerprint/" + i + ".keys.jsonl";
    merged = work + "/cluster/merged." + i + ".jsonl";
    articles = work + "/label/" + i + ".articles.jsonl";
    collector = work + "/label/" + i + ".collector.jsonl";
    label_ledger = work + "/label/" + i + ".ledger.json";
  }
  std::string split, noise, split_ledger, merged, articles, collector, label_ledger;
  DedupShardFiles dedup;  // jumps' output, fingerprint's outputs
};

// The one-task stages work in WORK/STAGE under the names RunPipeline() uses.
std::string StageDir(const std::string& work, ShardStage stage) {
  return work + "/" + ShardStageName(stage);
}
std::string StageLedger(const std::string& work, ShardStage stage) {
  return StageDir(work, stage) + "/ledger.json";
}
std::string CandidatePairs(const std::string& work, int group) {
  return StageDir(work, ShardStage::kCandidates) + "/" + std::to_string(group) + ".pairs";
}

template <typename Fn>
std::vector<std::string> PerShard(const ShardPlan& plan, const std::string& work, Fn file) {
  std::vector<std::string> paths;
  for (int i = 0; i < plan.shards; ++i) paths.push_back(file(ShardFiles(work, i)));
  return paths;
}

std::vector<DedupShardFiles> DedupShards(const ShardPlan& plan, const std::string& work) {
  std::vector<DedupShardFiles> shards;
  for (int i = 0; i < plan.shards; ++i) shards.push_back(ShardFiles(work, i).dedup);
  return shards;
}

// The dedup options of every dedup step: RunPipeline()'s, spooling in the
// stage's directory.
DedupOptions StageDedupOptions(const std::string& work, const ShardPlan& plan, ShardStage stage,
                               int threads) {
  return RunDedupOptions(threads, StageDir(work, stage), plan.run.index_dir);
}

Status SplitTask(const std::string& work, const ShardPlan& plan, int shard, int threads,
                 const PipelineLog& log) {
  const ShardFiles f(work, shard);
  RunLedger ledger;
  BAOKAN_RETURN_IF_ERROR(SplitStage(ShardPages(plan, shard), plan.run.decode, threads, f.split,
                                    f.noise, log, &ledger));
  return WriteLedgerFile(f.split_ledger, ledger);
}

// Jumps over every shard's articles, in page order, as one file: the call
// RunPipeline() makes; then the joined articles cut into shards again at
// page boundaries, for the fingerprint tasks.
Status JumpsTask(const std::string& work, const ShardPlan& plan) {
  const RunWorkFiles f(StageDir(work, ShardStage::kJumps));
  RunLedger ledger;
  BAOKAN_RETURN_IF_ERROR(
      ConcatenateFiles(PerShard(plan, work, [](const ShardFiles& s) { return s.split; }), f.split));
  BAOKAN_RETURN_IF_ERROR(JumpStage(plan.run.pages, f.split, f.joined, &ledger));
  std::error_code ec;
  fs::remove(f.split, ec);
  BAOKAN_RETURN_IF_ERROR(CutAtPageBoundaries(
      f.joined, PerShard(plan, work, [](const ShardFiles& s) { return s.dedup.articles; })));
  fs::remove(f.joined, ec);
  return WriteLedgerFile(StageLedger(work, ShardStage::kJumps), ledger);
}

Status FingerprintTask(const std::string& work, const ShardPlan& plan, int shard, int threads,
                       const PipelineLog& log) {
  return FingerprintDedupShard(ShardFiles(work, shard).dedup,
                               StageDedupOptions(work, plan, ShardStage::kFingerprint, threads),
                               [&](const std::string& m) { log.Error(m); });
}

Status CandidatesTask(const std::string& work, const ShardPlan& plan, int group, int threads) {
  return FindDedupCandidates(DedupShards(plan, work), group, plan.band_groups,
                             CandidatePairs(work, group),
                             StageDedupOptions(work, plan, ShardStage::kCandidates, threads));
}

// Verification of every band group's pairs, clustering and the merged
// articles, as DedupStage() does; merged.jsonl then cut for label.
Status ClusterTask(const std::string& work, const ShardPlan& plan, int threads,
                   const PipelineLog& log) {
  const RunWorkFiles f(StageDir(work, ShardStage::kCluster));
  std::vector<std::string> pairs;
  for (int g = 0; g < plan.band_groups; ++g) pairs.push_back(CandidatePairs(work, g));
  DedupOutputs outputs;
  outputs.articles = f.merged;
  outputs.clusters = f.clusters;
  DedupStats stats;
  BAOKAN_RETURN_IF_ERROR(DedupFromCandidates(
      DedupShards(plan, work), pairs, outputs,
      StageDedupOptions(work, plan, ShardStage::kCluster, threads),
      [&](const std::string& m) { log.Error(m); }, &stats));
  RunLedger ledger;
  NoteDedupStats(stats, plan.run.index_dir, log, &ledger);
  BAOKAN_RETURN_IF_ERROR(CutAtPageBoundaries(
      f.merged, PerShard(plan, work, [](const ShardFiles& s) { return s.merged; })));
  std::error_code ec;
  fs::remove(f.merged, ec);
  return WriteLedgerFile(StageLedger(work, ShardStage::kCluster), ledger);
}

Status LabelTask(const std::string& work, const ShardPlan& plan, int shard, int threads,
                 const PipelineLog& log) {
  const ShardFiles f(work, shard);
  StatusOr<Labellers> labellers = LoadLabellers(plan.run.models_dir, plan.run.model);
  if (!labellers.ok()) return labellers.status();
  ReportCollector collector(plan.run.report_uncertain, plan.run.report_clusters);
  RunLedger ledger;
  BAOKAN_RETURN_IF_ERROR(
      LabelStage(f.merged, f.articles, *labellers, threads, log, &collector, &ledger));
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(f.collector);
  if (!out.ok()) return out.status();
  BAOKAN_RETURN_IF_ERROR((*out)->Write(collector.Serialize()));
  BAOKAN_RETURN_IF_ERROR((*out)->Commit());
  return WriteLedgerFile(f.label_ledger, ledger);
}

// The outputs joined in shard order, the ledgers summed and checked, and the
// report, in WORK/finish.
Status FinishTask(const std::string& work, const ShardPlan& plan, const PipelineLog& log) {
  const RunWorkFiles d(StageDir(work, ShardStage::kCluster));
  const RunWorkFiles out(StageDir(work, ShardStage::kFinish));
  RunLedger ledger;
  std::vector<std::string> ledgers =
      PerShard(plan, work, [](const ShardFiles& s) { return s.split_ledger; });
  ledgers.push_back(StageLedger(work, ShardStage::kJumps));
  ledgers.push_back(StageLedger(work, ShardStage::kCluster));
  for (const std::string& path :
       PerShard(plan, work, [](const ShardFiles& s) { return s.label_ledger; })) {
    ledgers.push_back(path);
  }
  for (const std::string& path : ledgers) BAOKAN_RETURN_IF_ERROR(ReadLedgerFile(path, &ledger));
  ReportCollector collector(plan.run.report_uncertain, plan.run.report_clusters);
  for (const std::string& path :
       PerShard(plan, work, [](const ShardFiles& s) { return s.collector; })) {
    BAOKAN_RETURN_IF_ERROR(collector.Merge(path));
  }
  BAOKAN_RETURN_IF_ERROR(ConcatenateFiles(
      PerShard(plan, work, [](const ShardFiles& s) { return s.articles; }), out.articles));
  BAOKAN_RETURN_IF_ERROR(ConcatenateFiles(
      PerShard(plan, work, [](const ShardFiles& s) { return s.noise; }), out.noise));
  BAOKAN_RETURN_IF_ERROR(ConcatenateFiles({d.clusters}, out.clusters));
  BAOKAN_RETURN_IF_ERROR(
      WriteRunReport(plan.run, ledger, &collector, out.report, log));
  const Status balanced = ledger.Check();
  if (!balanced.ok()) {
    log.Info(std::string("ledger:\n") + ledger.ToText());
    return balanced;
  }
  return WriteLedgerFile(StageLedger(work, ShardStage::kFinish), ledger);
}

Status RunTask(const std::string& work, const ShardPlan& plan, ShardStage stage, int task,
               int threads, const PipelineLog& log) {
  switch (stage) {
    case ShardStage::kSplit:
      return SplitTask(work, plan, task, threads, log);
    case ShardStage::kJumps:
      return JumpsTask(work, plan);
    case ShardStage::kFingerprint:
      return FingerprintTask(work, plan, task, threads, log);
    case ShardStage::kCandidates:
      return CandidatesTask(work, plan, task, threads);
    case ShardStage::kCluster:
      return ClusterTask(work, plan, threads, log);
    case ShardStage::kLabel:
      return LabelTask(work, plan, task, threads, log);
    case ShardStage::kFinish:
      return FinishTask(work, plan, log);
  }
  return Status::InvalidArgument("no such stage");
}

}  // namespace

Status RunShardTask(const std::string& work, ShardStage stage, int task, int threads,
                    const PipelineLog& log) {
  StatusOr<ShardPlan> plan = ReadPlan(work);
  if (!plan.ok()) return plan.status();
  const int tasks = TaskCount(*plan, stage);
  if (task < 0 || task >= tasks) {
    return Status::InvalidArgument(std::string(ShardStageName(stage)) + " has tasks 0 to " +
                                   std::to_string(tasks - 1) + ", not " + std::to_string(task));
  }
  size_t errors = 0;
  PipelineLog counted = log;
  counted.error = [&](const std::string& m) {
    ++errors;
    log.Error(m);
  };
  BAOKAN_RETURN_IF_ERROR(RunTask(work, *plan, stage, task, std::max(threads, 1), counted));
  if (errors > 0) {
    return Status::DataError(std::to_string(errors) +
                             " input error(s) in this task; fix the input and resume the run");
  }
  StatusOr<std::unique_ptr<OutputFile>> marker =
      OutputFile::Create(ShardDoneMarker(work, stage, task));
  if (!marker.ok()) return marker.status();
  BAOKAN_RETURN_IF_ERROR((*marker)->Write("done\n"));
  return (*marker)->Commit();
}

Status PublishShardedRun(const std::string& work, const ShardPlan& plan, RunLedger* ledger,
                         const PipelineLog& log) {
  *ledger = RunLedger();
  BAOKAN_RETURN_IF_ERROR(ReadLedgerFile(StageLedger(work, ShardStage::kFinish), ledger));
  std::error_code ec;
  fs::create_directories(plan.run.outdir, ec);
  if (ec || !fs::is_directory(plan.run.outdir)) {
    return Status::IOError(plan.run.outdir +
                           ": cannot create the output directory: " + ec.message());
  }
  return PublishRunOutputs(StageDir(work, ShardStage::kFinish), plan.run.outdir, *ledger, log);
}

}  // namespace baokan
