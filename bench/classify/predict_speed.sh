#!/usr/bin/env bash
# Prediction speed of `baokan train`'s defaults on one core, against a
# reference build side by side: trains the default model on THUCNews dev.txt
# (with BAOKAN_BIN), then runs `baokan predict` of both builds on the same
# model, turn about, RUNS times each, on the 10,000 pseudo-articles of about
# 450 characters and the 50,000 headlines make_speed_inputs (setup.sh) makes
# from test.txt. Prints each run's CPU seconds and records/s per core, the
# medians, and the machine's load average at the start and the end (other
# people's processes share the cores: say the load with the figure). Checks
# that both builds write the same records, byte for byte (same labels, same
# probabilities), and fails if not.
#
# usage: bench/classify/predict_speed.sh [BAOKAN_BIN [REFERENCE_BIN]]
#   REFERENCE_BIN: an earlier build of baokan (default: BAOKAN_BIN itself);
#   env: DATA (as setup.sh), RUNS (default 4).
set -euo pipefail

name=predict_speed.sh
needs_fasttext=0
# Resolved before setup.sh moves into its temporary directory.
reference=$(realpath "${2:-${1:-$(dirname "$0")/../../build/baokan}}")
source "$(dirname "$0")/setup.sh"
[[ -x $reference ]] || { echo "$name: no reference baokan at $reference" >&2; exit 1; }
runs=${RUNS:-4}

to_jsonl "$data/dev.txt" > dev.jsonl
to_jsonl "$data/test.txt" > test.jsonl
"$baokan" train dev.jsonl -o model --threads 1 --quiet
make_speed_inputs test.jsonl

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in articles.jsonl heads.jsonl; do
  n=$(wc -l < $f)
  for build in reference baokan; do : > times.$build; done
  for ((r = 1; r <= runs; r++)); do
    for build in reference baokan; do
      bin=$reference
      [[ $build == baokan ]] && bin=$baokan
      t=$(cpu "$bin" predict model.bin $f --k 20 --threads 1 --quiet -o out.$build.jsonl)
      echo "$t" >> times.$build
      awk -v n="$n" -v t="$t" -v f="$f" -v b="$build" 'BEGIN {
        printf "%-15s %-9s %6d records %6.2f CPU s %8.0f records/s per core\n", f, b, n, t, n / t}'
    done
  done
  cmp -s out.reference.jsonl out.baokan.jsonl ||
    { echo "$name: the two builds predict differently on $f" >&2; exit 1; }
  for build in reference baokan; do
    sort -n times.$build | awk -v n="$n" -v f="$f" -v b="$build" '{t[NR] = $1} END {
      m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-15s %-9s median %6.2f CPU s %8.0f records/s per core (runs %.2f-%.2f s)\n",
             f, b, m, n / m, t[1], t[NR]}'
  done
  echo "$f: both builds wrote the same $n records"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
