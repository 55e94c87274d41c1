#!/usr/bin/env bash
# Runs PROGRAM ARGS... on a one-node Slurm cluster started for it in a
# temporary directory (scripts/local-slurm.sh), with SLURM_CONF exported, and
# stops the cluster and removes the directory afterwards, whatever happens.
# Exits with PROGRAM's status; 77 (ctest: skipped), with a loud message, only
# when Slurm is not installed.
#
#   tests/slurm/with_local_slurm.sh PROGRAM [ARGS...]
set -uo pipefail
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
cluster_script=$source_dir/scripts/local-slurm.sh

for tool in slurmctld slurmd sbatch scontrol scancel munged mungekey; do
  if ! command -v "$tool" >/dev/null; then
    echo "########################################################################" >&2
    echo "## SKIPPED: the Slurm tests need Slurm and munge ($tool is missing)." >&2
    echo "## Install them with scripts/install-deps.sh (scripts/setup.sh does)." >&2
    echo "########################################################################" >&2
    exit 77
  fi
done

dir=$(mktemp -d "${TMPDIR:-/tmp}/baokan-slurm.XXXXXX") || exit 1
chmod 0755 "$dir"  # munged needs its socket's directories open to all
cleanup() {
  "$cluster_script" stop "$dir/cluster" >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Short tasks share the CPUs: no scheduling pass (about a second) per wave.
export LOCAL_SLURM_JOBS_PER_CPU=${LOCAL_SLURM_JOBS_PER_CPU:-4}
if ! conf=$("$cluster_script" start "$dir/cluster"); then
  echo "with_local_slurm: the local cluster did not start (see above)" >&2
  exit 1
fi
eval "$conf"  # export SLURM_CONF=...
"$@"
