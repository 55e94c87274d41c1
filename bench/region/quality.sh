#!/usr/bin/env bash
# Region quality: precision of placed articles, false-place rate on articles
# with no Chinese place, recall per level and abroad, on made-up news with
# gold (bench/region/news_gen.py), beside a reference run.
#
#   bench/region/quality.sh [BUILD_DIR] [--reference BAOKAN [--reference-models DIR]]
#                           [--per-kind N] [--by-kind]
#
# --reference runs another baokan (e.g. a build of main) on the same articles;
# its figures stand right of the slash in every cell.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=build
ref="" ref_models="" per_kind=60 by_kind=()
while (($#)); do
  case $1 in
    --reference) ref=$2; shift 2 ;;
    --reference-models) ref_models=$2; shift 2 ;;
    --per-kind) per_kind=$2; shift 2 ;;
    --by-kind) by_kind=(--by-kind); shift ;;
    *) build=$1; shift ;;
  esac
done
bench_setup "$build"
python3 bench/region/news_gen.py --per-kind "$per_kind" > "$work/articles.jsonl"
region_beside_reference "$work/articles.jsonl"
python3 bench/region/score.py "${outs[@]}" "${by_kind[@]}"
