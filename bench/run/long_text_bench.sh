#!/usr/bin/env bash
# One long text through normalize, region, label and split: is the time
# linear in its size? The seed pages are repeated into one text of each size
# (a page file for split and normalize, one article record for region and
# label); each row prints CPU seconds, peak memory and the CPU time per MB.
# Linear stages keep s/MB flat from the smallest size to the largest.
#
# With REF_BUILD (another build, e.g. of the commit before a change) each
# stage is also run by the reference, on its row "ref STAGE".
#
#   bench/run/long_text_bench.sh [BUILD_DIR] [SIZES_MB] [REF_BUILD] [STAGES]
#   (default: build "10 30 100", no reference, "normalize region label split")
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
sizes=${2:-10 30 100}
ref=${3:-}
stages=${4:-normalize region label split}
bench_setup "$build"

printf '%-14s %6s %9s %9s %8s\n' stage MB "CPU s" "peak MB" "s/MB"
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
  for stage in $stages; do
    input=$work/long.jsonl
    [[ $stage == normalize || $stage == split ]] && input=$work/long.txt
    for who in "" ${ref:+ref}; do
      bin=$baokan models=()
      if [[ -n $who ]]; then
        bin=$ref/baokan
        # The reference reads the models of this checkout (the same files).
        [[ $stage == region || $stage == label ]] && models=(--gazetteer models)
      fi
      /usr/bin/time -f "%U %S %M" -o "$work/time" "$bin" "$stage" "${models[@]}" --quiet "$input" \
        -o /dev/null
      read -r user sys rss < "$work/time"
      python3 -c "
cpu = $user + $sys
print('%-14s %6d %9.2f %9.0f %8.3f' % ('${who:+ref }$stage', $mb, cpu, $rss / 1024, cpu / $mb))"
    done
  done
done
