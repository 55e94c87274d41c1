#!/usr/bin/env bash
# A one-node Slurm cluster on localhost, for tests and for trying
# `baokan run --slurm` on one machine. No systemd: every daemon is started by
# this script with its files under DIR, and stopped through its pid file.
#
#   scripts/local-slurm.sh start DIR   # prints: export SLURM_CONF=DIR/etc/slurm.conf
#   scripts/local-slurm.sh stop DIR
#
# start: a private munged (socket, key, pid, log and seed files in DIR), then
# slurmctld and slurmd on free non-default ports of 127.0.0.1, with one node
# named after `hostname -s` (its CPUs from nproc, its memory from
# /proc/meminfo) in one partition, `debug`. It returns when the node takes
# jobs (a second or two). A start that fails half-way stops what it started.
# stop: the daemons named by DIR's pid files, then the job steps (slurmstepd)
# of this cluster and their processes; nothing else on the machine.
#
# Exit status: 0 done; 1 failed (the daemons' logs are named); 2 usage;
# 3 Slurm or munge is not installed (scripts/install-deps.sh installs them);
# 4 this host cannot run slurmd (its cgroup file system; the message says why).
# Every client call needs SLURM_CONF=DIR/etc/slurm.conf in its environment.
#
# LOCAL_SLURM_JOBS_PER_CPU=N (default 1) lets N jobs share a CPU
# (OverSubscribe=FORCE:N): the tests run many short tasks on a 2-core
# machine without waiting a scheduling pass (about a second) per wave.
# Measurements want the default, one job per CPU.
set -euo pipefail

readonly kStartTimeoutSeconds=20  # daemons up and the node idle
readonly kStopWaitSeconds=5       # SIGTERM, then SIGKILL
readonly kMinJobAgeSeconds=3600   # finished jobs stay visible to scontrol
readonly kPortLow=20000 kPortSpan=30000
readonly jobs_per_cpu=${LOCAL_SLURM_JOBS_PER_CPU:-1}

die() {
  echo "local-slurm: $*" >&2
  exit 1
}

usage() {
  echo "usage: local-slurm.sh start|stop DIR" >&2
  exit 2
}

# ---- stop

# The pid in FILE if that process is alive and was started with DIR in its
# command line (so a pid reused by another process is never signalled).
owned_pid() {
  local file=$1 dir=$2 pid
  [[ -r $file ]] || return 1
  pid=$(tr -dc 0-9 <"$file")
  [[ -n $pid && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$dir" || return 1
  echo "$pid"
}

# Sends SIGTERM to the pids given, waits up to kStopWaitSeconds, then SIGKILL.
terminate() {
  (($# == 0)) && return 0
  kill -TERM "$@" 2>/dev/null || true
  local i
  for ((i = 0; i < kStopWaitSeconds * 10; i++)); do
    local alive=0 pid
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    ((alive)) || return 0
    sleep 0.1
  done
  kill -KILL "$@" 2>/dev/null || true
}

# The slurmstepd processes of this cluster (their environment names its
# slurm.conf, inherited from slurmd) and every process below them.
cluster_steps() {
  local conf=$1 pid
  for pid in $(pgrep -x slurmstepd || true); do
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "SLURM_CONF=$conf" || continue
    echo "$pid"
    descendants "$pid"
  done
}

descendants() {
  local child
  for child in $(pgrep -P "$1" || true); do
    echo "$child"
    descendants "$child"
  done
}

stop_cluster() {
  local dir=$1 pids=() name pid
  for name in slurmd slurmctld; do
    pid=$(owned_pid "$dir/run/$name.pid" "$dir") && pids+=("$pid")
  done
  terminate "${pids[@]}"
  # Job steps left without their slurmd are of no use: killed at once.
  mapfile -t pids < <(cluster_steps "$dir/etc/slurm.conf")
  ((${#pids[@]} == 0)) || kill -KILL "${pids[@]}" 2>/dev/null || true
  pids=()
  pid=$(owned_pid "$dir/run/munged.pid" "$dir") && pids+=("$pid")
  terminate "${pids[@]}"
  rm -f "$dir"/run/*.pid
}

# ---- start

check_installed() {
  local missing=() tool
  for tool in munged mungekey slurmctld slurmd sbatch scontrol scancel sinfo; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    echo "local-slurm: not installed: ${missing[*]} (Debian: slurmctld slurmd slurm-client" \
      "munge; scripts/install-deps.sh installs them)" >&2
    exit 3
  fi
}

# slurmd 22.05 loads a cgroup plugin even with proctrack/linuxproc and
# task/none. cgroup v1 or hybrid hosts (tmpfs at /sys/fs/cgroup) work; on a
# pure cgroup v2 host it must write the hierarchy itself (IgnoreSystemd),
# which needs /sys/fs/cgroup writable. Prints the cgroup.conf lines to use.
cgroup_conf() {
  local type
  type=$(stat -fc %T /sys/fs/cgroup 2>/dev/null || echo missing)
  case $type in
    tmpfs) echo "CgroupPlugin=cgroup/v1" ;;
    cgroup2fs)
      if [[ ! -w /sys/fs/cgroup ]]; then
        echo "local-slurm: this host cannot run slurmd: /sys/fs/cgroup is cgroup v2" \
          "(cgroup2fs) and not writable, and slurmd 22.05 needs a cgroup hierarchy it can" \
          "manage without systemd; use a cgroup v1 or hybrid host, or a container with" \
          "a writable /sys/fs/cgroup" >&2
        exit 4
      fi
      printf 'CgroupPlugin=cgroup/v2\nIgnoreSystemd=yes\n'
      ;;
    *)
      echo "local-slurm: this host cannot run slurmd: /sys/fs/cgroup is '$type', not a" \
        "cgroup v1 (tmpfs) or v2 (cgroup2fs) mount" >&2
      exit 4
      ;;
  esac
}

# munged refuses a socket whose directory, or one above it, is closed to
# others (mktemp -d makes 0700 directories).
check_open_path() {
  local d=$1
  while [[ $d != / ]]; do
    local mode
    mode=$(stat -c %a "$d")
    if (((8#$mode & 8#005) != 8#005)); then
      die "$d is mode $mode: munged needs DIR and every directory above it open to all" \
        "(chmod 0755), or choose another DIR"
    fi
    d=$(dirname "$d")
  done
}

# A TCP port nobody listens on, from /proc/net/tcp{,6}; not ports in $*.
free_port() {
  local used port
  used=$(awk 'NR > 1 { split($2, a, ":"); print strtonum("0x" a[2]) }' \
    /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u)
  while :; do
    port=$((kPortLow + RANDOM % kPortSpan))
    grep -qx "$port" <<<"$used" && continue
    [[ " $* " == *" $port "* ]] && continue
    echo "$port"
    return
  done
}

write_conf() {
  local dir=$1 user node cpus mem_mb ctld_port slurmd_port
  user=$(id -un)
  node=$(hostname -s)
  cpus=$(nproc)
  # Claiming more memory or CPUs than slurmd finds drains the node.
  mem_mb=$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.95 }' /proc/meminfo)
  ctld_port=$(free_port)
  slurmd_port=$(free_port "$ctld_port")
  local oversubscribe=NO
  ((jobs_per_cpu > 1)) && oversubscribe=FORCE:$jobs_per_cpu
  cat >"$dir/etc/slurm.conf" <<EOF
# Written by scripts/local-slurm.sh: a one-node cluster on 127.0.0.1.
ClusterName=baokan-local
SlurmctldHost=localhost
SlurmctldAddr=127.0.0.1
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$user
SlurmdUser=$user
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/run/munge/munge.socket
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool/%n
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=batch_sched_delay=0
MinJobAge=$kMinJobAgeSeconds
KillWait=2
ReturnToService=2
MpiDefault=none
NodeName=$node NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$mem_mb State=UNKNOWN
PartitionName=debug Nodes=$node Default=YES MaxTime=INFINITE State=UP OverSubscribe=$oversubscribe
EOF
}

start_munged() {
  local dir=$1
  rm -f "$dir/munge-key/munge.key"
  mungekey --create --keyfile="$dir/munge-key/munge.key" >/dev/null
  chmod 0600 "$dir/munge-key/munge.key"
  munged --force --socket="$dir/run/munge/munge.socket" \
    --key-file="$dir/munge-key/munge.key" --pid-file="$dir/run/munged.pid" \
    --log-file="$dir/log/munged.log" --seed-file="$dir/state/munged.seed" ||
    die "munged did not start; see $dir/log/munged.log"
}

# Waits until the node is idle (sinfo state), or fails naming the logs.
wait_idle() {
  local dir=$1 i state
  for ((i = 0; i < kStartTimeoutSeconds * 10; i++)); do
    state=$(timeout 2 sinfo -h -o %t 2>/dev/null || true)
    [[ $state == idle ]] && return 0
    sleep 0.1
  done
  die "the node did not become idle in ${kStartTimeoutSeconds} s (state: '${state:-none}');" \
    "see $dir/log/slurmctld.log and $dir/log/slurmd.log"
}

start_cluster() {
  local dir=$1 cgroup
  check_installed
  cgroup=$(cgroup_conf)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd -P)
  if [[ -e $dir/run/slurmctld.pid ]] && owned_pid "$dir/run/slurmctld.pid" "$dir" >/dev/null; then
    die "a cluster is already running in $dir (stop it first)"
  fi
  chmod 0755 "$dir"
  check_open_path "$dir"
  mkdir -p "$dir"/{etc,state,spool,log,run/munge,munge-key}
  chmod 0755 "$dir"/{etc,state,spool,log,run,run/munge}
  chmod 0700 "$dir/munge-key"
  rm -rf "${dir:?}"/state/* "${dir:?}"/spool/*
  # From here on, a failure stops whatever was started.
  started_dir=$dir
  trap 'stop_cluster "$started_dir"' EXIT
  write_conf "$dir"
  echo "$cgroup" >"$dir/etc/cgroup.conf"
  export SLURM_CONF=$dir/etc/slurm.conf
  start_munged "$dir"
  slurmctld -c -f "$SLURM_CONF" || die "slurmctld did not start; see $dir/log/slurmctld.log"
  slurmd -f "$SLURM_CONF" || die "slurmd did not start; see $dir/log/slurmd.log"
  wait_idle "$dir"
  trap - EXIT
  echo "export SLURM_CONF=$SLURM_CONF"
}

[[ $jobs_per_cpu =~ ^[1-9][0-9]*$ ]] || die "LOCAL_SLURM_JOBS_PER_CPU must be a count, not '$jobs_per_cpu'"
(($# == 2)) || usage
case $1 in
  start) start_cluster "$2" ;;
  stop)
    [[ -d $2 ]] || die "$2: no such directory"
    stop_cluster "$(cd "$2" && pwd -P)"
    ;;
  *) usage ;;
esac
