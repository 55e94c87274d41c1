#!/usr/bin/env bash
# Region on short news items in many registers (bench/region/registers.py:
# finance, sport, people, culture, idioms, stories abroad, local news), where
# city names that are also ordinary words, stage names, teams and brands
# stand in place-less items and the same names stand as places in others.
# Prints the figures of bench/region/score.py per register, beside a
# reference run, then the items this build gets wrong.
#
#   bench/region/registers.sh [BUILD_DIR] [--set tuned|heldout|heldout2|heldout3|heldout4]
#                             [--half tune|held] [--quiet-misses]
#                             [--reference BAOKAN [--reference-models DIR]]
#
# --set heldout runs bench/region/registers_heldout.py, items written before
# the rules of the third pass and never tuned on (default: tuned); --set
# heldout2 runs bench/region/registers_heldout2.py, written before the fourth;
# heldout3 runs bench/region/registers_heldout3.py, written before the fifth;
# heldout4 runs bench/region/registers_heldout4.py, written before the sixth,
# whose --half tune may be read while working and --half held only scored:
# --quiet-misses (implied by --half held) prints the figures without the
# list of wrong items.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=build ref="" ref_models="" set=tuned half="" misses=1
while (($#)); do
  case $1 in
    --reference) ref=$2; shift 2 ;;
    --reference-models) ref_models=$2; shift 2 ;;
    --set) set=$2; shift 2 ;;
    --half) half=$2; shift 2; [[ $half == held ]] && misses=0 ;;
    --quiet-misses) misses=0; shift ;;
    *) build=$1; shift ;;
  esac
done
bench_setup "$build"
python3 bench/region/registers.py --set "$set" ${half:+--half "$half"} > "$work/items.jsonl"
region_beside_reference "$work/items.jsonl"
# per kind only where the misses may be read
python3 bench/region/score.py "${outs[@]}" $( ((misses)) && echo --by-kind)
((misses)) || exit 0
python3 - "${outs[0]}" <<'PY'
import json, sys
print("wrong (kind, item -> this build's place):")
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    g, gold = r["region"], r["gold"]
    got = [(g[k] or {}).get("code") for k in ("province", "city")] + [(g["abroad"] or {}).get("iso")]
    want = [gold["province"], gold["city"], gold["abroad"]]
    if got[0] != want[0] or got[2] != want[2] or (got[1] and want[1] and got[1] != want[1]):
        where = " ".join((g[k] or {}).get("name", "") for k in ("province", "city", "county"))
        print(f"  {r['kind']}: {r['text'][:40]} -> {where.strip() or (got[2] or 'none')}")
PY
