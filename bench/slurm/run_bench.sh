#!/usr/bin/env bash
# `baokan run --slurm` on the one-node cluster of scripts/local-slurm.sh (one
# job per CPU), beside the reference: the local `baokan run --threads 1` over
# the same pages. A generated corpus of N articles with planted reprints
# (bench/dedup/gen_corpus.py, laid out as pages by bench/run). For each shard
# count: wall time, when each stage ended (after submission), and what each
# stage's tasks cost (time and peak memory per task, from the tasks' logs),
# and a byte comparison of the outputs with the local run. Band groups (the
# candidate tasks) are as many as shards unless BAND_GROUPS=N is set.
#
#   [BAND_GROUPS=N] bench/slurm/run_bench.sh [BUILD_DIR] [ARTICLES] [SHARDS...]
#   (default: build 20000 1 2 4 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
n=${2:-20000}
shift $(($# > 2 ? 2 : $#))
shard_counts=("$@")
((${#shard_counts[@]})) || shard_counts=(1 2 4 8)
bench_setup "$build"
chmod 0755 "$work"  # munged needs the cluster's directories open to all
cluster=$work/cluster
trap 'scripts/local-slurm.sh stop "$cluster" >/dev/null 2>&1; rm -rf "$work"' EXIT

python3 bench/dedup/gen_corpus.py --articles "$n" --out "$work/gen" >/dev/null 2>&1
python3 bench/run/pages_from_articles.py "$work/gen/articles.jsonl" --out "$work/pages" >/dev/null
echo "corpus: $n articles on $(ls "$work/pages" | wc -l) pages," \
  "$(($(cat "$work"/pages/*.txt | wc -c) / 1000000)) MB; machine: $(nproc) CPUs," \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
eval "$(LOCAL_SLURM_JOBS_PER_CPU=1 scripts/local-slurm.sh start "$cluster")"

/usr/bin/time -f "%e %M" -o "$work/time" "$baokan" run --threads 1 "$work/pages" \
  -o "$work/local" 2>/dev/null
read -r wall rss <"$work/time"
echo "reference: local run --threads 1: $wall s, peak $((rss / 1024)) MB"

for shards in "${shard_counts[@]}"; do
  out=$work/slurm$shards
  /usr/bin/time -f "%e" -o "$work/time" "$baokan" run --slurm --shards "$shards" \
    --band-groups "${BAND_GROUPS:-0}" \
    "$work/pages" -o "$out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  same=identical
  for f in articles.jsonl clusters.tsv noise.jsonl; do
    cmp -s "$work/local/$f" "$out/$f" || same="DIFFERENT ($f)"
  done
  echo
  echo "--shards $shards: $(cat "$work/time") s wall; outputs $same to the local run's"
  grep -E "task\(s\) done, |^  (split|jumps|fingerprint|candidates|cluster|label|finish): " \
    "$work/err" | sed 's/^baokan run: /  /'
done
