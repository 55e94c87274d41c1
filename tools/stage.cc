// baokan stage: one task of a sharded run, as `run --slurm` submits it.

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "baokan/sharded_run.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("stage", po::value<std::string>(), "split, jumps, fingerprint, candidates, cluster, label or finish")(
      "work", po::value<std::string>(), "the run's working directory (with plan.jsonl)")(
      "shard", po::value<int>()->default_value(0),
      "the task: a shard for split, fingerprint and label, a band group for "
      "candidates, 0 for the others");
  positional->add("stage", 1);
}

// "12.3 s, peak 85 MB": what the task cost, for sizing shards (docs/slurm.md).
std::string Cost(std::chrono::steady_clock::time_point start) {
  struct rusage usage = {};
  getrusage(RUSAGE_SELF, &usage);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char text[96];
  std::snprintf(text, sizeof text, "%.2f s, peak %.0f MB", seconds, usage.ru_maxrss / 1024.0);
  return text;
}

int Run(const po::variables_map& vm, Env* env) {
  const auto start = std::chrono::steady_clock::now();
  ShardStage stage;
  if (!vm.count("stage") || !ParseShardStage(vm["stage"].as<std::string>(), &stage) ||
      !vm.count("work")) {
    env->Error("usage: baokan stage STAGE --work DIR --shard N");
    return kExitUsage;
  }
  const int shard = vm["shard"].as<int>();
  const std::string task = std::string(ShardStageName(stage)) + " " + std::to_string(shard);
  const Status s =
      RunShardTask(vm["work"].as<std::string>(), stage, shard, env->threads(), LogTo(env));
  if (!s.ok()) {
    env->Error(task + ": " + s.message());
    return kExitDataError;
  }
  env->Info(task + ": done in " + Cost(start));
  return env->ExitStatus();
}

BAOKAN_COMMAND({"stage", "one task of a sharded run (what `run --slurm` submits)",
                "baokan stage STAGE --work DIR --shard N",
                "STAGE is split, jumps, fingerprint, candidates, cluster, label or finish.\n"
                "Runs one task of the run planned in DIR/plan.jsonl: reads what the earlier\n"
                "stages wrote in DIR, writes its own outputs atomically, then its completion\n"
                "marker in DIR/done. Any input error fails the task. The last line of its\n"
                "log gives its time and peak memory. See docs/slurm.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
