// The flags of `run --slurm` (--shards, --work, --sbatch-arg, --resume) and
// the client programs the tests may replace ($BAOKAN_SBATCH, $BAOKAN_SCONTROL,
// $BAOKAN_SCANCEL).

#ifndef BAOKAN_TOOLS_SLURM_FLAGS_H_
#define BAOKAN_TOOLS_SLURM_FLAGS_H_

#include "baokan/slurm.h"
#include "command.h"

namespace baokan::cli {

void AddSlurmOptions(po::options_description* options);
// True when --slurm was given.
bool SlurmRequested(const po::variables_map& vm);
// Reads the flags into *out (baokan: this executable); a bad value is
// reported and returns false. The Slurm flags without --slurm are an error.
bool GetSlurmOptions(const po::variables_map& vm, Env* env, SlurmRunOptions* out);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_SLURM_FLAGS_H_
