#!/usr/bin/env bash
# One long text through normalize, region, label and split: is the time
# linear in its size? The seed pages are repeated into one text of each size
# (a page file for split and normalize, one article record for region and
# label); each row prints CPU seconds, peak memory and the CPU time per MB.
# Linear stages keep s/MB flat from the smallest size to the largest.
#
#   bench/run/long_text_bench.sh [BUILD_DIR] [SIZES_MB]     (default: build "10 30 100")
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
sizes=${2:-10 30 100}
bench_setup "$build"

printf '%-10s %6s %9s %9s %8s\n' stage MB "CPU s" "peak MB" "s/MB"
for mb in $sizes; do
  python3 - "$mb" "$work" <<'PY'
import glob, json, sys
mb, work = int(sys.argv[1]), sys.argv[2]
pages = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("corpus/seeds/*.txt")))
n = mb * 1000000
text = (pages * (n // len(pages.encode()) + 1)).encode()[:n].decode("utf-8", "ignore")
open(f"{work}/long.txt", "w", encoding="utf-8").write(text)
with open(f"{work}/long.jsonl", "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "long#1", "page": "long", "text": text}, ensure_ascii=False) + "\n")
PY
  for stage in normalize region label split; do
    input=$work/long.jsonl
    [[ $stage == normalize || $stage == split ]] && input=$work/long.txt
    /usr/bin/time -f "%U %S %M" -o "$work/time" "$baokan" "$stage" --quiet "$input" -o /dev/null
    read -r user sys rss < "$work/time"
    python3 -c "
cpu = $user + $sys
print('%-10s %6d %9.2f %9.0f %8.3f' % ('$stage', $mb, cpu, $rss / 1024, cpu / $mb))"
  done
done
