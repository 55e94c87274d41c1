// What baokan writes to Slurm (batch scripts, sbatch arguments) and reads
// back from it (sbatch --parsable, scontrol -o show job).

#include <algorithm>
#include <charconv>

#include "baokan/slurm.h"

namespace baokan {
namespace {

// The text between "KEY=" (at the start of a field) and the next space.
std::string_view FieldValue(std::string_view line, std::string_view key) {
  size_t at = 0;
  while ((at = line.find(key, at)) != std::string_view::npos) {
    const bool starts_field = at == 0 || line[at - 1] == ' ';
    if (starts_field && at + key.size() < line.size() && line[at + key.size()] == '=') {
      const size_t begin = at + key.size() + 1;
      const size_t end = line.find(' ', begin);
      return line.substr(begin, end == std::string_view::npos ? line.npos : end - begin);
    }
    at += key.size();
  }
  return {};
}

bool ParseInt(std::string_view text, int* out) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size();
}

// The task ids of "2-5,7%2" (the %N throttle dropped); empty when unreadable.
std::vector<int> ExpandTaskIds(std::string_view spec) {
  spec = spec.substr(0, spec.find('%'));
  std::vector<int> ids;
  while (!spec.empty()) {
    const size_t comma = spec.find(',');
    const std::string_view range = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    const size_t dash = range.find('-');
    int first = 0, last = 0;
    if (!ParseInt(range.substr(0, dash), &first)) return {};
    last = first;
    if (dash != std::string_view::npos && !ParseInt(range.substr(dash + 1), &last)) return {};
    for (int id = first; id <= last; ++id) ids.push_back(id);
  }
  return ids;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string SlurmTaskScript(const std::string& baokan, const std::string& work, ShardStage stage) {
  return std::string("#!/bin/sh\n") + "# One task of `baokan run --slurm`: stage " +
         ShardStageName(stage) + ", shard = array task id.\n" + "exec " + ShellQuote(baokan) +
         " stage " + ShardStageName(stage) + " --work " + ShellQuote(work) +
         " --shard \"${SLURM_ARRAY_TASK_ID:-0}\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n";
}

std::string SlurmArraySpec(const std::vector<int>& tasks) {
  std::string spec;
  for (size_t i = 0; i < tasks.size();) {
    size_t j = i;
    while (j + 1 < tasks.size() && tasks[j + 1] == tasks[j] + 1) ++j;
    if (!spec.empty()) spec += ',';
    spec += std::to_string(tasks[i]);
    if (j > i) spec += "-" + std::to_string(tasks[j]);
    i = j + 1;
  }
  return spec;
}

std::vector<std::string> SlurmSbatchArgs(const SlurmSubmission& s) {
  const std::string name = ShardStageName(s.stage);
  const bool array = IsArrayStage(s.stage);
  std::vector<std::string> args = {"--parsable", "--job-name=baokan-" + name};
  if (array) args.push_back("--array=" + SlurmArraySpec(s.tasks));
  args.push_back("--output=" + s.work + "/logs/" + name + (array ? ".%a" : ".0") + ".log");
  if (!s.after.empty()) args.push_back("--dependency=afterok:" + s.after);
  args.insert(args.end(), s.extra.begin(), s.extra.end());
  args.push_back(s.script);
  return args;
}

StatusOr<std::string> ParseSbatchJobId(std::string_view output) {
  std::string_view line = output.substr(0, output.find('\n'));
  line = line.substr(0, line.find(';'));
  int id = 0;
  if (line.empty() || !ParseInt(line, &id)) {
    return Status::DataError("sbatch printed no job id: '" + std::string(output) + "'");
  }
  return std::string(line);
}

std::vector<SlurmTaskState> ParseShowJob(std::string_view output) {
  std::vector<SlurmTaskState> states;
  while (!output.empty()) {
    const size_t nl = output.find('\n');
    const std::string_view line = output.substr(0, nl);
    output = nl == std::string_view::npos ? std::string_view() : output.substr(nl + 1);
    SlurmTaskState s;
    s.job_id = std::string(FieldValue(line, "JobId"));
    if (s.job_id.empty()) continue;
    s.state = std::string(FieldValue(line, "JobState"));
    s.reason = std::string(FieldValue(line, "Reason"));
    s.exit_code = std::string(FieldValue(line, "ExitCode"));
    const std::string_view tasks = FieldValue(line, "ArrayTaskId");
    if (tasks.empty()) {
      states.push_back(s);
      continue;
    }
    for (int id : ExpandTaskIds(tasks)) {
      s.task = id;
      states.push_back(s);
    }
  }
  return states;
}

bool IsFailedSlurmState(std::string_view state) {
  static constexpr std::string_view kFailed[] = {"FAILED",        "CANCELLED", "TIMEOUT",
                                                 "OUT_OF_MEMORY", "NODE_FAIL", "BOOT_FAIL",
                                                 "DEADLINE",      "PREEMPTED"};
  return std::find(std::begin(kFailed), std::end(kFailed), state) != std::end(kFailed);
}

}  // namespace baokan
