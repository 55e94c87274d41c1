#!/usr/bin/env bash
# score_conventions.sh [--set 1|2|3|all] [--half tune|held|all] [BUILD_DIR] [REF_BUILD_DIR]
#
# Writes the pages of a conventions set into a temporary directory, splits them with
# BUILD_DIR/baokan (and REF_BUILD_DIR/baokan beside it when given) and prints
# ../shared/tools/score-seeds's pooled figures for each.
#
#   --set 1     conventions_pages.py, rp-001..030 (the default; tuned on)
#   --set 2     conventions_pages2.py, rp2-001..030
#   --set 3     conventions_pages3.py, rp3-001..030
#   --set all   the three sets pooled
#   --half      which half of sets 2 and 3 is scored: tune (rpN-001..015, may be read to write
#               rules), held (rpN-016..030, held out: score only, never read its misses), all
#               (default).  Set 1's pages are always scored whole.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
set_=1
half=all
args=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --set) set_=${2:?--set needs 1, 2, 3 or all}; shift 2 ;;
    --half) half=${2:?--half needs tune, held or all}; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) args+=("$1"); shift ;;
  esac
done
case $set_ in 1|2|3|all) ;; *) echo "score_conventions.sh: --set is 1, 2, 3 or all, not '$set_'" >&2; exit 2 ;; esac
case $half in tune|held|all) ;; *) echo "score_conventions.sh: --half is tune, held or all, not '$half'" >&2; exit 2 ;; esac
build=${args[0]:-build}
ref=${args[1]:-}
scorer=${SCORE_SEEDS:-$repo/../shared/tools/score-seeds}
[[ -x $scorer ]] || scorer=/work/shared/tools/score-seeds
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/text"
: > "$out/gold.all.jsonl"
gen() {  # gen SCRIPT: writes the set into $out/<script>/, then gathers its pages and gold
  local d=$out/${1%.py}
  python3 "$here/$1" "$d" > /dev/null || { echo "$1: its pages have problems" >&2; exit 1; }
  cp "$d"/text/*.txt "$out/text/"
  cat "$d/gold.jsonl" >> "$out/gold.all.jsonl"
}
[[ $set_ != 1 && $set_ != all ]] || gen conventions_pages.py
[[ $set_ != 2 && $set_ != all ]] || gen conventions_pages2.py
[[ $set_ != 3 && $set_ != all ]] || gen conventions_pages3.py
# Keep the gold of the pages asked for; the scorer counts predictions only on pages in gold.
python3 - "$half" "$out/gold.all.jsonl" "$out/gold.jsonl" <<'EOF'
import json, re, sys
half, src, dst = sys.argv[1:]
TUNE_LAST = 15  # rpN-001..015 are the tune half, rpN-016..030 the held-out half (sets 2, 3)
def keep(page):
    m = re.fullmatch(r"rp[23]-(\d+)", page)
    if not m or half == "all":
        return True
    return (int(m.group(1)) <= TUNE_LAST) == (half == "tune")
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as o:
    for line in f:
        if keep(json.loads(line)["page"]):
            o.write(line)
EOF
echo "set $set_, half $half: $(cut -d'"' -f4 "$out/gold.jsonl" | sort -u | wc -l) pages, $(wc -l < "$out/gold.jsonl") gold articles"
for b in "$build" ${ref:+"$ref"}; do
  [[ -x $b/baokan ]] || { echo "no $b/baokan: build it first" >&2; exit 1; }
  "$b/baokan" split --quiet "$out/text" > "$out/split.jsonl"
  echo "== $b"
  "$scorer" --gold "$out/gold.jsonl" "$out/split.jsonl" | sed -n '1,9p'
done
