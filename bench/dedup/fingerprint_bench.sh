#!/usr/bin/env bash
# Fingerprint speed per core beside datasketch, on two kinds of text:
#   real   the seed pages' articles (`baokan split corpus/seeds`), real news
#          text, repeated under new ids to about 60 MB;
#   gen    a generated corpus (bench/dedup/gen_corpus.py, 30 000 articles).
# For each: `baokan fingerprint --threads 1` (MB/s of text per second of CPU),
# the steps of it (bench_dedup_signature_speed: parse, compared form,
# signature, and the K-minima scheme for comparison), and datasketch's
# MinHash(128) on the same texts (../shared/peers/datasketch on PYTHONPATH;
# needs Debian's python3-numpy and python3-scipy), with the ratio.
#
#   bench/dedup/fingerprint_bench.sh [BUILD_DIR] [DATASKETCH_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=${1:-build}
datasketch=${2:-../shared/peers/datasketch}
bench_setup "$build"
speed=$build/bench/bench_dedup_signature_speed
[[ -x $speed ]] || { echo "build $speed first" >&2; exit 1; }
python=/usr/bin/python3  # Debian's, where python3-numpy and python3-scipy live
[[ -x $python ]] || python=python3

"$baokan" split --quiet corpus/seeds -o "$work/seeds.jsonl"
python3 - "$work/seeds.jsonl" "$work/real.jsonl" <<'PY'
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if json.loads(l).get("text")]
size = sum(len(r["text"].encode()) for r in recs)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for copy in range(max(1, 60_000_000 // size)):
        for r in recs:
            f.write(json.dumps(dict(r, id="r%05d_%s" % (copy, r["id"])), ensure_ascii=False) + "\n")
PY
python3 bench/dedup/gen_corpus.py --articles 30000 --out "$work/gen" 2>/dev/null
mv "$work/gen/articles.jsonl" "$work/gen.jsonl"

for corpus in real gen; do
  file=$work/$corpus.jsonl
  text_bytes=$(python3 -c "
import json, sys
print(sum(len((json.loads(l).get('text') or '').encode()) for l in open(sys.argv[1], encoding='utf-8')))
" "$file")
  echo "== $corpus: $(wc -l < "$file") articles, $((text_bytes / 1000000)) MB of text"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$baokan" fingerprint --quiet --threads 1 \
    "$file" -o "$work/$corpus.sig"
  read -r wall user sys rss < "$work/time"
  ours=$(python3 -c "print(round($text_bytes / 1e6 / ($user + $sys), 1))")
  echo "baokan fingerprint --threads 1: $ours MB/s of text per core (${wall} s wall, peak $((rss / 1024)) MB)"
  "$speed" "$file" | sed 's/^/  step: /'
  theirs=$(PYTHONPATH=$datasketch "$python" bench/dedup/datasketch_speed.py "$file" --limit 3000)
  echo "$theirs"
  python3 -c "print('ratio baokan / datasketch: %.0fx' % ($ours / float('$theirs'.split()[-4])))"
done
