#include "slurm/watch.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <thread>

#include "slurm/program.h"

namespace baokan::slurm {
namespace {

constexpr size_t kLogTailLines = 12;  // of a failed task's log, in the error
constexpr double kSignalCheckSeconds = 0.1;
constexpr char kNeverSatisfied[] = "DependencyNeverSatisfied";
// What scontrol says of a job it no longer knows (purged after MinJobAge).
constexpr char kUnknownJob[] = "Invalid job id";
// Where a task's log gives its cost (tools/stage.cc writes it).
constexpr char kCostMark[] = "done in ";

bool IsRunningState(std::string_view s) {
  return s == "RUNNING" || s == "COMPLETING" || s == "CONFIGURING" || s == "STAGE_OUT";
}

std::string LogTail(const std::string& path) {
  std::ifstream in(path);
  if (!in) return "  (no log: the task did not start)\n";
  std::deque<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
    if (lines.size() > kLogTailLines) lines.pop_front();
  }
  std::string tail;
  for (const std::string& l : lines) tail += "  | " + l + "\n";
  return tail;
}

// The states of one job's tasks: scontrol's, or, for a job scontrol no
// longer knows, COMPLETED where the task's marker is there, else UNKNOWN.
StatusOr<std::vector<SlurmTaskState>> JobStates(const std::string& work, const SubmittedJob& job,
                                                const SlurmClient& client) {
  StatusOr<ProgramResult> r = RunProgram({client.scontrol, "-o", "show", "job", job.id});
  if (!r.ok()) return r.status();
  if (r->exit_code == 0) return ParseShowJob(r->out);
  if ((r->err + r->out).find(kUnknownJob) == std::string::npos) {
    return Status::IOError("scontrol show job " + job.id + " failed (exit " +
                           std::to_string(r->exit_code) + "): " + r->err + r->out);
  }
  std::vector<SlurmTaskState> states;
  for (int task : job.tasks) {
    const bool done = ShardTaskDone(work, job.stage, task);
    states.push_back({job.id, task, done ? "COMPLETED" : "UNKNOWN", "JobGone", "?"});
  }
  return states;
}

}  // namespace

bool TallyStates(const ShardPlan& plan, const std::vector<SubmittedJob>& jobs,
                 const std::vector<std::vector<SlurmTaskState>>& states,
                 std::vector<StageTally>* tallies, TaskFailure* failure) {
  tallies->assign(std::size(kShardStages), StageTally());
  for (ShardStage stage : kShardStages) {
    StageTally& t = (*tallies)[static_cast<size_t>(stage)];
    t.tasks = t.done = TaskCount(plan, stage);  // not submitted: done before
  }
  bool failed = false, never = false;
  TaskFailure first_never;
  for (size_t j = 0; j < jobs.size(); ++j) {
    StageTally& t = (*tallies)[static_cast<size_t>(jobs[j].stage)];
    t.done -= static_cast<int>(jobs[j].tasks.size());
    for (const SlurmTaskState& s : states[j]) {
      const TaskFailure here{jobs[j].stage, s.task, s.state, s.reason, s.exit_code};
      if (s.state == "COMPLETED") {
        ++t.done;
      } else if (IsRunningState(s.state)) {
        ++t.running;
      } else if (s.state == "PENDING" || s.state == "REQUEUED") {
        ++t.pending;
        if (s.reason == kNeverSatisfied && !never) first_never = here, never = true;
      } else {
        ++t.failed;
        if (!failed) *failure = here, failed = true;
      }
    }
  }
  if (!failed && never) *failure = first_never;
  return failed || never;
}

std::string ProgressLine(const std::vector<StageTally>& tallies) {
  std::string line;
  for (ShardStage stage : kShardStages) {
    const StageTally& t = tallies[static_cast<size_t>(stage)];
    if (!line.empty()) line += " · ";
    line += std::string(ShardStageName(stage)) + " " + std::to_string(t.done) + "/" +
            std::to_string(t.tasks);
    if (t.running > 0) line += ", " + std::to_string(t.running) + " running";
    if (t.failed > 0) line += ", " + std::to_string(t.failed) + " failed";
  }
  return line;
}

std::string FailureMessage(const std::string& work, const ShardPlan& plan, const TaskFailure& f) {
  const std::string name = ShardStageName(f.stage);
  const std::string what =
      IsArrayStage(f.stage) ? name + " " + ShardTaskNoun(f.stage) + " " + std::to_string(f.task) +
                                  " (of " + std::to_string(TaskCount(plan, f.stage)) + ")"
                            : name + " task";
  const std::string log = ShardTaskLog(work, f.stage, f.task);
  if (f.reason == kNeverSatisfied && f.state == "PENDING") {
    return what + " can never start: a task it depends on failed (" + kNeverSatisfied +
           "); see the logs in " + work + "/logs";
  }
  return what + " failed: " + f.state + ", exit code " + f.exit_code + "; its log " + log +
         " ends:\n" + LogTail(log) + "fix the cause and rerun with --resume";
}

std::vector<std::string> StageCosts(const std::string& work, const ShardPlan& plan) {
  std::vector<std::string> lines;
  for (ShardStage stage : kShardStages) {
    double min_s = 1e300, max_s = 0, min_mb = 1e300, max_mb = 0;
    int tasks = 0;
    for (int i = 0; i < TaskCount(plan, stage); ++i) {
      std::ifstream in(ShardTaskLog(work, stage, i));
      double s = 0, mb = 0;
      bool found = false;
      for (std::string line; std::getline(in, line);) {
        const size_t at = line.rfind(kCostMark);
        if (at != std::string::npos && std::sscanf(line.c_str() + at + std::strlen(kCostMark),
                                                   "%lf s, peak %lf MB", &s, &mb) == 2) {
          found = true;
        }
      }
      if (!found) continue;
      ++tasks;
      min_s = std::min(min_s, s), max_s = std::max(max_s, s);
      min_mb = std::min(min_mb, mb), max_mb = std::max(max_mb, mb);
    }
    if (tasks == 0) continue;
    char line[160];
    std::snprintf(line, sizeof line, "%s: %d task(s), %.2f to %.2f s, peak %.0f to %.0f MB",
                  ShardStageName(stage), tasks, min_s, max_s, min_mb, max_mb);
    lines.push_back(line);
  }
  return lines;
}

Status WatchJobs(const std::string& work, const ShardPlan& plan,
                 const std::vector<SubmittedJob>& jobs, const SlurmRunOptions& options,
                 const std::function<bool()>& interrupted, const PipelineLog& log) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<bool> announced(std::size(kShardStages), false);
  while (true) {
    if (interrupted()) return Status::DataError("interrupted");
    std::vector<std::vector<SlurmTaskState>> states;
    for (const SubmittedJob& job : jobs) {
      StatusOr<std::vector<SlurmTaskState>> s = JobStates(work, job, options.client);
      if (!s.ok()) return interrupted() ? Status::DataError("interrupted") : s.status();
      states.push_back(std::move(*s));
    }
    std::vector<StageTally> tallies;
    TaskFailure failure;
    if (TallyStates(plan, jobs, states, &tallies, &failure)) {
      log.EndProgress();
      return Status::DataError(FailureMessage(work, plan, failure));
    }
    log.Progress(ProgressLine(tallies));
    bool all_done = true;
    for (ShardStage stage : kShardStages) {
      const StageTally& t = tallies[static_cast<size_t>(stage)];
      const size_t i = static_cast<size_t>(stage);
      if (t.done < t.tasks) all_done = false;
      if (t.done == t.tasks && !announced[i]) {
        announced[i] = true;
        const double s =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        char at[32];
        std::snprintf(at, sizeof at, "%.1f", s);
        log.EndProgress();
        log.Info(std::string(ShardStageName(stage)) + ": " + std::to_string(t.tasks) +
                 " task(s) done, " + at + " s after submission");
      }
    }
    if (all_done) break;
    for (double waited = 0; waited < options.poll_seconds; waited += kSignalCheckSeconds) {
      if (interrupted()) return Status::DataError("interrupted");
      std::this_thread::sleep_for(std::chrono::duration<double>(kSignalCheckSeconds));
    }
  }
  log.EndProgress();
  for (ShardStage stage : kShardStages) {
    for (int i = 0; i < TaskCount(plan, stage); ++i) {
      if (!ShardTaskDone(work, stage, i)) {
        return Status::DataError(std::string(ShardStageName(stage)) + " task " + std::to_string(i) +
                                 " ended without its completion marker; "
                                 "its log: " +
                                 ShardTaskLog(work, stage, i));
      }
    }
  }
  return Status::OK();
}

}  // namespace baokan::slurm
