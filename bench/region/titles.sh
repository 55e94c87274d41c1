#!/usr/bin/env bash
# Region on real headlines nobody here wrote: the THUCNews title subset of
# ../shared/data (10 classes, 1,000 headlines each; read where it lies, never
# copied). There is no place gold, so the figures are shares per class: of
# the headlines, how many get a Chinese province and how many are placed
# abroad, beside a reference run. Classes whose headlines rarely name a place
# (game, finance, stocks, sports) show false places most; --sample N prints N
# placed headlines per class with their places, to read by hand.
#
#   bench/region/titles.sh [BUILD_DIR] [--reference BAOKAN [--reference-models DIR]]
#                          [--data DIR] [--split dev|test] [--sample N]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
build=build ref="" ref_models="" data=../shared/data/thucnews-titles split=dev sample=0
while (($#)); do
  case $1 in
    --reference) ref=$2; shift 2 ;;
    --reference-models) ref_models=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    --split) split=$2; shift 2 ;;
    --sample) sample=$2; shift 2 ;;
    *) build=$1; shift ;;
  esac
done
[[ -f $data/$split.txt ]] || { echo "no $data/$split.txt (give --data DIR)" >&2; exit 1; }
bench_setup "$build"
# One headline per page, so that no page's home region fills in.
python3 - "$data/$split.txt" > "$work/titles.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for i, line in enumerate(f):
        title, label = line.rstrip("\n").rsplit("\t", 1)
        print(json.dumps({"id": f"t{i}", "page": f"t{i}", "title": title, "text": "",
                          "class": int(label)}, ensure_ascii=False))
PY
region_beside_reference "$work/titles.jsonl"
python3 - "$data/class.txt" "$sample" "${outs[@]}" <<'PY'
import json, random, sys
names = open(sys.argv[1], encoding="utf-8").read().split()
sample = int(sys.argv[2])
runs = []
for path in sys.argv[3:]:
    rows = [json.loads(l) for l in open(path, encoding="utf-8")]
    runs.append(rows)
print(f"{'class':14} {'headlines':>9} {'placed':>15} {'abroad':>15}")
def share(rows, cls, key):
    sel = [r for r in rows if cls is None or r["class"] == cls]
    return sum(1 for r in sel if r["region"][key]) / len(sel), len(sel)
for cls in list(range(len(names))) + [None]:
    cells = []
    for key in ("province", "abroad"):
        figs = [share(rows, cls, key)[0] for rows in runs]
        cells.append(" / ".join(f"{x:.3f}" for x in figs))
    label = names[cls] if cls is not None else "all"
    print(f"{label:14} {share(runs[0], cls, 'province')[1]:9d} {cells[0]:>15} {cells[1]:>15}")
if len(runs) > 1:
    print("(this build / reference)")
if sample:
    rng = random.Random(20261207)
    for cls, name in enumerate(names):
        placed = [r for r in runs[0] if r["class"] == cls and r["region"]["province"]]
        for r in rng.sample(placed, min(sample, len(placed))):
            g = r["region"]
            where = " ".join((g[k] or {}).get("name", "") for k in ("province", "city", "county"))
            print(f"{name}\t{r['title']}\t{where.strip()}")
PY
