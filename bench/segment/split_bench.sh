#!/usr/bin/env bash
# Split throughput, end to end through the `baokan split` command, beside two
# reference runs on the same pages in the same script:
#   - `cat`: the cost of reading the bytes (the I/O floor);
#   - `baokan normalize`: the one pass over every character each stage pays.
# Reports MB/s, pages/s and articles/s per core and peak memory (max RSS).
#
#   bench/segment/split_bench.sh [BUILD_DIR] [COPIES]
#
# The corpus is the seed pages copied COPIES times (default 400, about 35 MB)
# under distinct names into a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
copies=${2:-400}
bench_setup "$build"

mkdir -p "$work/pages"
for i in $(seq 1 "$copies"); do
  for f in corpus/seeds/*.txt; do
    cp "$f" "$work/pages/$(printf '%05d' "$i")_$(basename "$f")"
  done
done
bytes=$(cat "$work"/pages/*.txt | wc -c)
pages=$(ls "$work/pages" | wc -l)

echo "corpus: $pages pages, $((bytes / 1000000)) MB (seed pages x $copies)"
bench_header
bench_measure "cat (I/O floor)" "$bytes" "$pages" sh -c "cat $work/pages/*.txt"
bench_measure "baokan normalize" "$bytes" "$pages" "$baokan" normalize --quiet "$work/pages"
bench_measure "baokan split" "$bytes" "$pages" "$baokan" split --quiet --threads 1 "$work/pages"
bench_measure "baokan split -j2" "$bytes" "$pages" "$baokan" split --quiet --threads 2 "$work/pages"
echo "(items are pages; per-core figures divide by user+sys CPU time; records/s counts output lines)"
