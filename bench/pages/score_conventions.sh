#!/usr/bin/env bash
# score_conventions.sh [BUILD_DIR] [REF_BUILD_DIR]
#
# Writes the 30 pages of conventions_pages.py into a temporary directory, splits them with
# BUILD_DIR/baokan (and REF_BUILD_DIR/baokan beside it when given) and prints
# ../shared/tools/score-seeds's figures for each.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
build=${1:-build}
ref=${2:-}
scorer=${SCORE_SEEDS:-$repo/../shared/tools/score-seeds}
[[ -x $scorer ]] || scorer=/work/shared/tools/score-seeds
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 "$here/conventions_pages.py" "$out"
for b in "$build" ${ref:+"$ref"}; do
  [[ -x $b/baokan ]] || { echo "no $b/baokan: build it first" >&2; exit 1; }
  "$b/baokan" split --quiet "$out/text" > "$out/split.jsonl"
  echo "== $b"
  "$scorer" --gold "$out/gold.jsonl" "$out/split.jsonl" | sed -n '1,9p'
done
