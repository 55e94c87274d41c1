// Running a client program (sbatch, scontrol, scancel) and reading what it
// prints.

#ifndef BAOKAN_SRC_SLURM_PROGRAM_H_
#define BAOKAN_SRC_SLURM_PROGRAM_H_

#include <string>
#include <vector>

#include "baokan/status.h"

namespace baokan::slurm {

struct ProgramResult {
  int exit_code = 0;  // 128 + N when ended by signal N
  std::string out;    // what it wrote to stdout
  std::string err;    // what it wrote to stderr
};

// Runs `argv` (argv[0] found on PATH) with this process's environment and
// stdin from /dev/null, and waits for it. An IOError when it cannot be
// started (naming the program); otherwise its exit code and output.
StatusOr<ProgramResult> RunProgram(const std::vector<std::string>& argv);

}  // namespace baokan::slurm

#endif  // BAOKAN_SRC_SLURM_PROGRAM_H_
