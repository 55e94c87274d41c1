#!/usr/bin/env bash
# score.sh BUILD_DIR OUT_DIR [PAGES_PER_FILE] [SEED] [SET]
#
# Lays the hand-written articles of bench/prose/SET (articles, the default, or held-out) out as
# text pages (layout_pages.py),
# splits them with BUILD_DIR/baokan and scores the output against the pages' gold with
# ../shared/tools/score-seeds: one row per articles file, per headline order (above / mixed /
# below their bodies) and per blank-line habit (blank lines between blocks or none), and all.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[[ $# -ge 2 ]] || { echo "usage: $0 BUILD_DIR OUT_DIR [PAGES_PER_FILE] [SEED] [SET]" >&2; exit 2; }
build=$1 out=$2 pages=${3:-20} seed=${4:-1} set=${5:-articles}
[[ -d $here/$set ]] || { echo "no article set $here/$set" >&2; exit 2; }
baokan=$build/baokan
[[ -x $baokan ]] || { echo "no $baokan: build it first" >&2; exit 1; }
scorer=${SCORE_SEEDS:-$repo/../shared/tools/score-seeds}
[[ -x $scorer ]] || scorer=/work/shared/tools/score-seeds
rm -rf "$out/text" "$out/gold.jsonl" "$out/pages.tsv"
python3 "$here/layout_pages.py" --out "$out" --pages "$pages" --seed "$seed" "$here/$set"/*.txt
"$baokan" split --quiet "$out/text" > "$out/split.jsonl"

python3 - "$out" "$scorer" <<'PY'
import json, subprocess, sys, tempfile, os
out, scorer = sys.argv[1:]
choices = {}
with open(os.path.join(out, "pages.tsv")) as f:
    next(f)
    for line in f:
        page, width, blank, below = line.rstrip("\n").split("\t")
        below = float(below)
        order = "above" if below == 0 else "below" if below == 1 else "mixed"
        choices[page] = (page.rsplit("-", 1)[0], order, "blank lines" if blank == "1" else "no blank lines")
gold = [json.loads(l) for l in open(os.path.join(out, "gold.jsonl"))]
pred = [json.loads(l) for l in open(os.path.join(out, "split.jsonl"))]

def score(pages):
    with tempfile.TemporaryDirectory() as d:
        g, p = os.path.join(d, "g.jsonl"), os.path.join(d, "p.jsonl")
        with open(g, "w") as f:
            f.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in gold if x["page"] in pages)
        with open(p, "w") as f:
            f.writelines(json.dumps(x, ensure_ascii=False) + "\n" for x in pred if x["page"] in pages)
        r = subprocess.run([scorer, "--json", "--gold", g, p], capture_output=True, text=True, check=True)
        return json.loads(r.stdout)

def fmt(x):
    return "-" if x is None else f"{x:.3f}"

rows = [("all", set(choices))]
for k, name in ((0, "file"), (1, "headlines"), (2, "blanks")):
    for v in sorted({c[k] for c in choices.values()}):
        rows.append((f"{name}: {v}", {p for p, c in choices.items() if c[k] == v}))
print(f"{'pages':28} {'n':>4} {'F1':>6} {'title':>6} {'byline':>6} {'dateline':>8} {'source':>6}")
for label, pages in rows:
    s = score(pages)
    print(f"{label:28} {len(pages):4d} {fmt(s.get('article_f1')):>6} {fmt(s.get('title')):>6} "
          f"{fmt(s.get('byline')):>6} {fmt(s.get('dateline')):>8} {fmt(s.get('source')):>6}")
PY
