// RunOnSlurm(): prepare WORK, submit the stages that are missing, watch
// them, publish. See baokan/slurm.h.

#include <filesystem>
#include <fstream>
#include <system_error>

#include "baokan/deferred_signals.h"
#include "baokan/io.h"
#include "baokan/slurm.h"
#include "slurm/program.h"
#include "slurm/watch.h"

namespace baokan {
namespace {

namespace fs = std::filesystem;

using slurm::ProgramResult;
using slurm::RunProgram;
using slurm::SubmittedJob;

constexpr char kWorkDirName[] = ".baokan-work";  // OUTDIR/.baokan-work by default
constexpr char kJobsFile[] = "jobs.tsv";         // STAGE \t JOB ID, one line per submission

std::string WorkDirOf(const ShardPlan& plan, const SlurmRunOptions& options) {
  if (options.work.empty()) return plan.run.outdir + "/" + kWorkDirName;
  std::error_code ec;
  const fs::path abs = fs::absolute(options.work, ec);
  return ec ? options.work : abs.lexically_normal().string();
}

// The job ids a run in `work` submitted (jobs.tsv), to cancel those still
// queued or running before the run is started again.
std::vector<std::string> RecordedJobs(const std::string& work) {
  std::ifstream in(work + "/" + kJobsFile);
  std::vector<std::string> ids;
  std::string stage, id;
  while (in >> stage >> id) ids.push_back(id);
  return ids;
}

Status WriteJobs(const std::string& work, const std::vector<SubmittedJob>& jobs) {
  std::string text;
  for (const SubmittedJob& j : jobs) {
    text += std::string(ShardStageName(j.stage)) + "\t" + j.id + "\n";
  }
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(work + "/" + kJobsFile);
  if (!out.ok()) return out.status();
  BAOKAN_RETURN_IF_ERROR((*out)->Write(text));
  return (*out)->Commit();
}

void Cancel(const SlurmClient& client, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  std::vector<std::string> argv = {client.scancel};
  argv.insert(argv.end(), ids.begin(), ids.end());
  (void)RunProgram(argv);  // jobs that have ended are no error
}

// A fresh WORK for `plan`, or (resume) the one made for it. Jobs an earlier
// driver left behind in WORK are cancelled either way.
Status PrepareWork(const std::string& work, const ShardPlan& plan, const SlurmRunOptions& options,
                   const PipelineLog& log) {
  std::error_code ec;
  const bool ours = fs::exists(ShardPlanPath(work), ec);
  if (ours) Cancel(options.client, RecordedJobs(work));
  if (options.resume) {
    if (!ours) {
      return Status::NotFound(work + ": nothing to resume (no " + ShardPlanPath(work) +
                              "); run without --resume");
    }
    StatusOr<ShardPlan> old = ReadPlan(work);
    if (!old.ok()) return old.status();
    if (PlanText(*old) != PlanText(plan)) {
      return Status::InvalidArgument(work +
                                     " was made for other pages, shards or options; "
                                     "run without --resume to start again");
    }
    log.Info("resuming the run in " + work);
    return Status::OK();
  }
  if (fs::exists(work, ec)) {
    if (!ours && !fs::is_empty(work, ec)) {
      return Status::InvalidArgument(work +
                                     " is not empty and not a baokan working directory (no " +
                                     ShardPlanPath(work) + "); name another with --work");
    }
    fs::remove_all(work, ec);
    if (ec) return Status::IOError(work + ": cannot remove: " + ec.message());
  }
  return WritePlan(work, plan);
}

Status WriteScripts(const std::string& work, const std::string& baokan) {
  std::error_code ec;
  fs::create_directories(work + "/scripts", ec);
  for (ShardStage stage : kShardStages) {
    StatusOr<std::unique_ptr<OutputFile>> out =
        OutputFile::Create(work + "/scripts/" + ShardStageName(stage) + ".sh");
    if (!out.ok()) return out.status();
    BAOKAN_RETURN_IF_ERROR((*out)->Write(SlurmTaskScript(baokan, work, stage)));
    BAOKAN_RETURN_IF_ERROR((*out)->Commit());
  }
  return Status::OK();
}

// Submits, stage after stage, the tasks without a completion marker, each
// stage after the one before (afterok). Once a stage has tasks to run, every
// later stage runs all of its tasks again (their inputs are remade).
Status Submit(const std::string& work, const ShardPlan& plan, const SlurmRunOptions& options,
              std::vector<SubmittedJob>* jobs, const PipelineLog& log) {
  std::string after;
  bool remake = false;
  for (ShardStage stage : kShardStages) {
    std::vector<int> tasks;
    for (int i = 0; i < TaskCount(plan, stage); ++i) {
      if (remake || !ShardTaskDone(work, stage, i)) tasks.push_back(i);
    }
    if (tasks.empty()) continue;
    if (!remake) BAOKAN_RETURN_IF_ERROR(ForgetShardStagesAfter(work, stage));
    remake = true;
    SlurmSubmission s{work,
                      stage,
                      tasks,
                      after,
                      options.sbatch_args,
                      work + "/scripts/" + ShardStageName(stage) + ".sh"};
    std::vector<std::string> argv = {options.client.sbatch};
    const std::vector<std::string> args = SlurmSbatchArgs(s);
    argv.insert(argv.end(), args.begin(), args.end());
    StatusOr<ProgramResult> r = RunProgram(argv);
    if (!r.ok()) {
      return Status::IOError(r.status().message() + " (is Slurm's client installed?)");
    }
    if (r->exit_code != 0) {
      return Status::IOError("sbatch failed (exit " + std::to_string(r->exit_code) +
                             "): " + r->err + r->out);
    }
    StatusOr<std::string> id = ParseSbatchJobId(r->out);
    if (!id.ok()) return id.status();
    jobs->push_back({stage, *id, tasks});
    BAOKAN_RETURN_IF_ERROR(WriteJobs(work, *jobs));
    log.Info(std::string("submitted ") + ShardStageName(stage) + ": job " + *id + ", " +
             std::to_string(tasks.size()) + " task(s)");
    after = *id;
  }
  return Status::OK();
}

std::vector<std::string> JobIds(const std::vector<SubmittedJob>& jobs) {
  std::vector<std::string> ids;
  for (const SubmittedJob& j : jobs) ids.push_back(j.id);
  return ids;
}

}  // namespace

Status RunOnSlurm(const RunOptions& run, const SlurmRunOptions& options, RunLedger* ledger,
                  const PipelineLog& log) {
  StatusOr<ShardPlan> plan = MakeShardPlan(run, options.shards, options.band_groups);
  if (!plan.ok()) return plan.status();
  if (plan->shards < options.shards) {
    log.Info("shards lowered to " + std::to_string(plan->shards) + ", one per page");
  }
  const std::string work = WorkDirOf(*plan, options);
  DeferredSignals signals;  // Ctrl-C: cancel the jobs, then end as the signal would
  BAOKAN_RETURN_IF_ERROR(PrepareWork(work, *plan, options, log));
  BAOKAN_RETURN_IF_ERROR(WriteScripts(work, options.baokan));
  std::vector<SubmittedJob> jobs;
  Status status = Submit(work, *plan, options, &jobs, log);
  if (status.ok()) {
    status = slurm::WatchJobs(
        work, *plan, jobs, options, [&] { return signals.noted() != 0; }, log);
  }
  if (!status.ok()) {
    Cancel(options.client, JobIds(jobs));
    std::string ids;
    for (const std::string& id : JobIds(jobs)) ids += " " + id;
    if (!jobs.empty()) log.Info("cancelled the run's jobs:" + ids);
    return status;
  }
  std::string costs = "what the tasks cost (their logs' last lines):";
  for (const std::string& line : slurm::StageCosts(work, *plan)) costs += "\n  " + line;
  log.Info(costs);
  BAOKAN_RETURN_IF_ERROR(PublishShardedRun(work, *plan, ledger, log));
  std::error_code ec;
  fs::remove_all(work, ec);
  return Status::OK();
}

}  // namespace baokan
