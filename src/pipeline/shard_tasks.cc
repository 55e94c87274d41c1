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
    merged = work + "/dedup/merged." + i + ".jsonl";
    articles = work + "/label/" + i + ".articles.jsonl";
    collector = work + "/label/" + i + ".collector.jsonl";
    label_ledger = work + "/label/" + i + ".ledger.json";
  }
  std::string split, noise, split_ledger, merged, articles, collector, label_ledger;
};

// The dedup task works in WORK/dedup under the names RunPipeline() uses.
std::string DedupDir(const std::string& work) { return work + "/dedup"; }
std::string DedupLedger(const std::string& work) { return DedupDir(work) + "/ledger.json"; }

std::string FinishDir(const std::string& work) { return work + "/finish"; }
std::string FinishLedger(const std::string& work) { return FinishDir(work) + "/ledger.json"; }

template <typename Fn>
std::vector<std::string> PerShard(const ShardPlan& plan, const std::string& work, Fn file) {
  std::vector<std::string> paths;
  for (int i = 0; i < plan.shards; ++i) paths.push_back(file(ShardFiles(work, i)));
  return paths;
}

Status SplitTask(const std::string& work, const ShardPlan& plan, int shard, int threads,
                 const PipelineLog& log) {
  const ShardFiles f(work, shard);
  RunLedger ledger;
  BAOKAN_RETURN_IF_ERROR(SplitStage(ShardPages(plan, shard), plan.run.decode, threads, f.split,
                                    f.noise, log, &ledger));
  return WriteLedgerFile(f.split_ledger, ledger);
}

// Jumps and dedup over every shard's articles, in page order, as one file:
// the very calls RunPipeline() makes; then merged.jsonl cut for label.
Status DedupTask(const std::string& work, const ShardPlan& plan, int threads,
                 const PipelineLog& log) {
  const RunWorkFiles f(DedupDir(work));
  RunLedger ledger;
  BAOKAN_RETURN_IF_ERROR(
      ConcatenateFiles(PerShard(plan, work, [](const ShardFiles& s) { return s.split; }), f.split));
  BAOKAN_RETURN_IF_ERROR(JumpStage(plan.run.pages, f.split, f.joined, &ledger));
  std::error_code ec;
  fs::remove(f.split, ec);
  BAOKAN_RETURN_IF_ERROR(
      DedupStage(f.joined, f.merged, f.clusters, DedupDir(work), threads, log, &ledger,
                 plan.run.index_dir));
  BAOKAN_RETURN_IF_ERROR(CutAtPageBoundaries(
      f.merged, PerShard(plan, work, [](const ShardFiles& s) { return s.merged; })));
  fs::remove(f.merged, ec);
  return WriteLedgerFile(DedupLedger(work), ledger);
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
  const RunWorkFiles d(DedupDir(work));
  const RunWorkFiles out(FinishDir(work));
  RunLedger ledger;
  std::vector<std::string> ledgers =
      PerShard(plan, work, [](const ShardFiles& s) { return s.split_ledger; });
  ledgers.push_back(DedupLedger(work));
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
  return WriteLedgerFile(FinishLedger(work), ledger);
}

Status RunTask(const std::string& work, const ShardPlan& plan, ShardStage stage, int task,
               int threads, const PipelineLog& log) {
  switch (stage) {
    case ShardStage::kSplit:
      return SplitTask(work, plan, task, threads, log);
    case ShardStage::kDedup:
      return DedupTask(work, plan, threads, log);
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
  BAOKAN_RETURN_IF_ERROR(ReadLedgerFile(FinishLedger(work), ledger));
  std::error_code ec;
  fs::create_directories(plan.run.outdir, ec);
  if (ec || !fs::is_directory(plan.run.outdir)) {
    return Status::IOError(plan.run.outdir +
                           ": cannot create the output directory: " + ec.message());
  }
  return PublishRunOutputs(FinishDir(work), plan.run.outdir, *ledger, log);
}

}  // namespace baokan
