#!/usr/bin/env bash
# `baokan run` at corpus scale: a generated corpus of N articles (with planted
# reprints, bench/dedup/gen_corpus.py) laid out as page files, run end to end.
# Beside it, in the same script, the reference: `baokan split` alone over the
# same pages (the stage every page passes through). Reports time, articles/s,
# MB/s, peak memory (max RSS) and the ratio of run to split, and checks that
# run's ledger balances (run itself fails when it does not). With REF_BUILD
# (another build, e.g. of the commit before a change), its `run` is timed on
# the same pages too, and the outputs of both are compared byte for byte.
#
#   bench/run/run_bench.sh [BUILD_DIR] [ARTICLES] [REF_BUILD]
#   (default: build 100000, no reference)
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
n=${2:-100000}
ref=${3:-}
bench_setup "$build"

python3 bench/dedup/gen_corpus.py --articles "$n" --out "$work/gen" >/dev/null 2>&1
python3 bench/run/pages_from_articles.py "$work/gen/articles.jsonl" --out "$work/pages" >/dev/null
bytes=$(cat "$work"/pages/*.txt | wc -c)
pages=$(ls "$work/pages" | wc -l)
echo "corpus: $n articles on $pages pages, $((bytes / 1000000)) MB"

timed() {  # NAME COMMAND...: runs it, prints wall s, CPU s and peak MB
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > /dev/null 2> "$work/$name.err" || {
    cat "$work/$name.err" >&2; echo "$name failed" >&2; exit 1; }
  read -r wall user sys rss < "$work/time"
  echo "$name $wall $(python3 -c "print($user + $sys)") $((rss / 1024))"
}

split=$(timed split "$baokan" split --threads 2 "$work/pages" -o "$work/split.jsonl")
run=$(timed run "$baokan" run --threads 2 "$work/pages" -o "$work/out")
grep -E "articles split|reprints folded|articles written|in articles|in noise|page lines" "$work/run.err"
rows=("$split" "$run")
if [[ -n $ref ]]; then
  # The reference reads the models of this checkout (they are the same files).
  rows+=("$(timed ref-run "$ref/baokan" run --gazetteer models --threads 2 "$work/pages" \
            -o "$work/ref")")
  for f in articles.jsonl clusters.tsv noise.jsonl report.html; do
    cmp -s "$work/out/$f" "$work/ref/$f" && echo "$f: same bytes as the reference's" ||
      echo "$f: DIFFERS from the reference's"
  done
fi
python3 - "$n" "$bytes" "${rows[@]}" <<'PY'
import sys
n, nbytes = int(sys.argv[1]), int(sys.argv[2])
rows = [a.split() for a in sys.argv[3:]]
print(f"{'run':8} {'wall s':>8} {'cpu s':>8} {'articles/s':>11} {'MB/s':>7} {'peak MB':>8}")
for name, wall, cpu, rss in rows:
    wall, cpu = float(wall), float(cpu)
    print(f"{name:8} {wall:8.1f} {cpu:8.1f} {n / wall:11.0f} {nbytes / 1e6 / wall:7.1f} {int(rss):8d}")
print(f"run / split wall time: {float(rows[1][1]) / float(rows[0][1]):.2f}, "
      f"CPU time: {float(rows[1][2]) / float(rows[0][2]):.2f}")
if len(rows) > 2:
    print(f"reference run / split wall time: {float(rows[2][1]) / float(rows[0][1]):.2f}, "
          f"CPU time: {float(rows[2][2]) / float(rows[0][2]):.2f}")
PY
