#include "slurm_flags.h"

#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

namespace baokan::cli {
namespace {

// This executable's absolute path, for the tasks to run.
std::string SelfPath() {
  char path[PATH_MAX + 1] = {};
  const ssize_t n = readlink("/proc/self/exe", path, PATH_MAX);
  return n > 0 ? std::string(path, static_cast<size_t>(n)) : "baokan";
}

void FromEnv(const char* name, std::string* program) {
  if (const char* value = std::getenv(name); value != nullptr && *value != '\0') {
    *program = value;
  }
}

}  // namespace

void AddSlurmOptions(po::options_description* options) {
  options->add_options()("slurm", "run the stages as Slurm job arrays (sbatch); see docs/slurm.md")(
      "shards", po::value<int>()->default_value(1),
      "with --slurm: page shards, one split, fingerprint and label task each")(
      "band-groups", po::value<int>()->default_value(0),
      "with --slurm: dedup candidate tasks, each over a range of the 128 LSH bands "
      "(default 0: as many as --shards)")(
      "work", po::value<std::string>(),
      "with --slurm: working directory every node sees (default: OUTDIR/.baokan-work)")(
      "sbatch-arg", po::value<std::vector<std::string>>(),
      "with --slurm: an argument for every sbatch (repeat: --sbatch-arg=--partition=short "
      "--sbatch-arg=--mem=2G)")(
      "resume", "with --slurm: keep the finished tasks of the run in --work, submit the rest");
}

bool SlurmRequested(const po::variables_map& vm) { return vm.count("slurm") > 0; }

bool GetSlurmOptions(const po::variables_map& vm, Env* env, SlurmRunOptions* out) {
  if (!SlurmRequested(vm)) {
    for (const char* flag : {"work", "sbatch-arg", "resume"}) {
      if (vm.count(flag)) {
        env->Error(std::string("--") + flag + " needs --slurm");
        return false;
      }
    }
    for (const char* flag : {"shards", "band-groups"}) {
      if (!vm[flag].defaulted()) {
        env->Error(std::string("--") + flag + " needs --slurm");
        return false;
      }
    }
    return true;
  }
  out->shards = vm["shards"].as<int>();
  if (out->shards < 1) {
    env->Error("--shards takes a count (1 or more)");
    return false;
  }
  out->band_groups = vm["band-groups"].as<int>();
  if (out->band_groups < 0) {
    env->Error("--band-groups takes a count (1 or more; 0 for as many as --shards)");
    return false;
  }
  if (vm.count("work")) out->work = vm["work"].as<std::string>();
  if (vm.count("sbatch-arg")) out->sbatch_args = vm["sbatch-arg"].as<std::vector<std::string>>();
  out->resume = vm.count("resume") > 0;
  out->baokan = SelfPath();
  FromEnv("BAOKAN_SBATCH", &out->client.sbatch);
  FromEnv("BAOKAN_SCONTROL", &out->client.scontrol);
  FromEnv("BAOKAN_SCANCEL", &out->client.scancel);
  return true;
}

}  // namespace baokan::cli
