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
build=${1:-build}
copies=${2:-400}
baokan=$build/baokan
[[ -x $baokan ]] || { echo "build $baokan first (scripts/test.sh)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/pages"
for i in $(seq 1 "$copies"); do
  for f in corpus/seeds/*.txt; do
    cp "$f" "$work/pages/$(printf '%05d' "$i")_$(basename "$f")"
  done
done
bytes=$(cat "$work"/pages/*.txt | wc -c)
pages=$(ls "$work/pages" | wc -l)

# measure NAME COMMAND...: prints wall seconds, user+sys seconds and max RSS.
measure() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" 2>/dev/null
  read -r wall user sys rss < "$work/time"
  local cpu
  cpu=$(python3 -c "print(max($user + $sys, 0.001))")
  python3 - "$name" "$bytes" "$pages" "$wall" "$cpu" "$rss" "$(wc -l < "$work/out")" <<'PY'
import sys
name, nbytes, pages, wall, cpu, rss, lines = sys.argv[1:]
nbytes, pages, wall, cpu, rss, lines = int(nbytes), int(pages), float(wall), float(cpu), int(rss), int(lines)
print(f"{name:22} {nbytes/1e6/cpu:9.1f} {pages/cpu:10.0f} {lines/cpu:12.0f} {wall:8.2f} {rss/1024:9.1f}")
PY
}

echo "corpus: $pages pages, $((bytes / 1000000)) MB (seed pages x $copies)"
printf '%-22s %9s %10s %12s %8s %9s\n' run "MB/s/core" "pages/s" "records/s" "wall s" "peak MB"
measure "cat (I/O floor)" sh -c "cat $work/pages/*.txt"
measure "baokan normalize" "$baokan" normalize --quiet "$work/pages"
measure "baokan split" "$baokan" split --quiet --threads 1 "$work/pages"
measure "baokan split -j2" "$baokan" split --quiet --threads 2 "$work/pages"
echo "(per-core figures divide by user+sys CPU time; records/s counts output lines)"
