#!/usr/bin/env bash
# Region tagging through `baokan region`, beside the reference pass over the
# same records in the same script: `baokan normalize --field text`, one
# character-level pass over every article's text. Also prints the library
# figures of bench_region_region_speed (gazetteer load time, MB/s).
#
#   bench/region/region_bench.sh [BUILD_DIR] [COPIES]
#
# The articles are the seed pages split by `baokan split`, copied COPIES
# times (default 300) under new page names.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
copies=${2:-300}
bench_setup "$build"

"$baokan" split --quiet corpus/seeds -o "$work/seeds.jsonl"
python3 - "$work/seeds.jsonl" "$copies" > "$work/articles.jsonl" <<'PY'
import json, sys
records = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for i in range(int(sys.argv[2])):
    for r in records:
        r2 = dict(r, page="c%05d_%s" % (i, r["page"]), id="c%05d_%s" % (i, r["id"]))
        print(json.dumps(r2, ensure_ascii=False))
PY
bytes=$(python3 -c "
import json,sys
print(sum(len((json.loads(l).get('text') or '').encode()) for l in open('$work/articles.jsonl', encoding='utf-8')))")
n=$(wc -l < "$work/articles.jsonl")
echo "articles: $n, $((bytes / 1000000)) MB of text"
bench_header
bench_measure "normalize --field text" "$bytes" "$n" "$baokan" normalize --quiet --field text "$work/articles.jsonl"
bench_measure "baokan region" "$bytes" "$n" "$baokan" region --quiet --threads 1 "$work/articles.jsonl"
echo "(items are articles; per-core figures divide by user+sys CPU time)"
if [[ -x $build/bench/bench_region_region_speed ]]; then
  echo "library: $($build/bench/bench_region_region_speed models "$work/articles.jsonl")"
fi
