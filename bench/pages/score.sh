#!/usr/bin/env bash
# score.sh BUILD_DIR OUT_DIR [--json FILE]
#
# Splits every extractor's pages of a corpus made by make_corpus.sh with BUILD_DIR/baokan and
# scores them against OUT_DIR/gold.jsonl with ../shared/tools/score-seeds: one row per template
# and extractor (tuned templates, then the held-out and the fresh ones under their own
# headings), an "all tuned", "all held-out" and "all fresh" row per extractor (the pages
# pooled), and the seed pages (corpus/seeds against corpus/gold/seeds.gold.jsonl).
# --json FILE writes the table as JSON.
# Column "anchors": share of gold articles whose first and last anchors both occur in the
# extracted page text, i.e. what the extractor left for the splitter to find.
# Split output stays in OUT_DIR/split/<extractor>.jsonl for a look at the misses.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
[[ $# -ge 2 ]] || { echo "usage: $0 BUILD_DIR OUT_DIR [--json FILE]" >&2; exit 2; }
build=$1 out=$2; shift 2
json=
if [[ ${1:-} == --json ]]; then json=${2:?--json needs a file}; fi
baokan=$build/baokan
[[ -x $baokan ]] || { echo "no $baokan: build it first" >&2; exit 1; }
scorer=${SCORE_SEEDS:-$repo/../shared/tools/score-seeds}
[[ -x $scorer ]] || scorer=/work/shared/tools/score-seeds
[[ -s $out/gold.jsonl ]] || { echo "no $out/gold.jsonl: run make_corpus.sh first" >&2; exit 1; }

mkdir -p "$out/split"
extractors=()
for x in text pdftotext pdftotext-raw pdfminer; do
  [[ -d $out/$x ]] || continue
  "$baokan" split --quiet "$out/$x" > "$out/split/$x.jsonl"
  extractors+=("$x")
done
# baokan's own PDF path: split reads the PDFs (words, boxes, type sizes).
# Speed, in CPU seconds on one core (user + system), beside pdftotext with
# the text path on the same PDFs: pages per second per core.
cpu_seconds() {  # cpu_seconds FILE COMMAND...: runs COMMAND, CPU seconds to FILE
  local f=$1; shift
  /usr/bin/time -f "%U %S" -o "$f.time" "$@"
  awk '{printf "%.3f\n", $1 + $2}' "$f.time" > "$f"; rm -f "$f.time"
}
if [[ -d $out/pdf ]]; then
  cpu_seconds "$out/split/baokan-pdf.cpu" \
    "$baokan" split --quiet "$out/pdf" --output "$out/split/baokan-pdf.jsonl"
  extractors+=("baokan-pdf")
  if command -v pdftotext > /dev/null; then
    speed_dir=$(mktemp -d)
    trap 'rm -rf "$speed_dir"' EXIT
    cpu_seconds "$out/split/pdftotext.cpu" bash -c '
      for f in "$1"/*.pdf; do pdftotext -enc UTF-8 "$f" "$2/$(basename "$f" .pdf).txt"; done
      "$3" split --quiet "$2" > /dev/null' _ "$out/pdf" "$speed_dir" "$baokan"
  fi
fi
"$baokan" split --quiet "$repo/corpus/seeds" > "$out/split/seeds.jsonl"

PAGES_DIR=$here python3 - "$out" "$scorer" "$repo/corpus/gold/seeds.gold.jsonl" "$json" "${extractors[@]}" <<'PY'
import json, os, subprocess, sys, tempfile
out, scorer, seeds_gold, json_path, *extractors = sys.argv[1:]
here = os.environ.get("PAGES_DIR")
sys.path.insert(0, here)
from gen_pages import FRESH, HELD_OUT

gold = [json.loads(l) for l in open(os.path.join(out, "gold.jsonl"), encoding="utf-8") if l.strip()]
tpl = lambda page: page.rsplit("-", 1)[0]
templates = sorted({tpl(g["page"]) for g in gold})
tuned = [t for t in templates if t not in HELD_OUT and t not in FRESH]
held = [t for t in templates if t in HELD_OUT]
fresh = [t for t in templates if t in FRESH]
tmp = tempfile.mkdtemp()

import re, unicodedata
def squeeze(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))

def reachable(x, gold_recs):
    """Share of gold articles whose first and last anchors both occur in the extracted page:
    what the extractor left for the splitter to find (an upper bound on recall). None for
    baokan's own PDF path, which has no text files to look in."""
    if not os.path.isdir(os.path.join(out, x)):
        return None
    pages, n = {}, 0
    for g in gold_recs:
        if g["page"] not in pages:
            path = os.path.join(out, x, g["page"] + ".txt")
            pages[g["page"]] = squeeze(open(path, encoding="utf-8").read()) if os.path.exists(path) else ""
        t = pages[g["page"]]
        n += squeeze(g["first"]) in t and squeeze(g["last"]) in t
    return round(n / len(gold_recs), 3) if gold_recs else None

def score(pred, gold_recs):
    pp, gp = os.path.join(tmp, "p.jsonl"), os.path.join(tmp, "g.jsonl")
    with open(pp, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in pred)
    with open(gp, "w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in gold_recs)
    r = subprocess.run([scorer, pp, "--gold", gp, "--json"], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)

rows = []
for x in extractors:
    pred = [json.loads(l) for l in open(os.path.join(out, "split", x + ".jsonl"), encoding="utf-8") if l.strip()]
    for group, names in (("tuned", tuned), ("held-out", held), ("fresh", fresh)):
        for t in names + (["all " + group] if names else []):
            keep = set(names) if t.startswith("all ") else {t}
            gk = [g for g in gold if tpl(g["page"]) in keep]
            s = score([p for p in pred if tpl(p["page"]) in keep], gk)
            s["anchors"] = reachable(x, gk)
            rows.append(dict(group=group, template=t, extractor=x,
                             pages=len({g["page"] for g in gold if tpl(g["page"]) in keep}), **s))
pred = [json.loads(l) for l in open(os.path.join(out, "split", "seeds.jsonl"), encoding="utf-8") if l.strip()]
rows.append(dict(group="seeds", template="seeds", extractor="-", pages=5, anchors=None,
                 **score(pred, [json.loads(l) for l in open(seeds_gold, encoding="utf-8") if l.strip()])))

cols = [("article_f1", "F1"), ("article_recall", "recall"), ("article_precision", "prec"),
        ("title", "title"), ("byline", "byline"), ("dateline", "dateline"), ("source", "source"),
        ("continued_from", "cont"), ("anchors", "anchors")]
def fmt(v):
    return "-" if v is None else f"{v:.3f}"
head = f"{'template':14} {'extractor':14} {'pages':>5} {'found':>9} " + " ".join(f"{c[1]:>8}" for c in cols)
for group, title in (("tuned", "Tuned templates"), ("held-out", "Held-out templates (not for tuning)"),
                     ("fresh", "Fresh templates (scored once per round of rule work)"),
                     ("seeds", "Seed pages (corpus/seeds)")):
    sel = [r for r in rows if r["group"] == group]
    if not sel:
        continue
    print(f"\n## {title}\n")
    print(head)
    # by template, extractors together; the pooled rows last
    order = sorted(sel, key=lambda r: (r["template"].startswith("all "), r["template"],
                                      extractors.index(r["extractor"]) if r["extractor"] in extractors else 0))
    prev = None
    for r in order:
        if prev is not None and r["template"] != prev:
            print()
        prev = r["template"]
        print(f"{r['template']:14} {r['extractor']:14} {r['pages']:>5} {r['articles_found']:>9} "
              + " ".join(f"{fmt(r[c[0]]):>8}" for c in cols))
# Speed of the PDF paths on the same PDFs (CPU seconds, one core).
pdfs = len([f for f in os.listdir(os.path.join(out, "pdf")) if f.endswith(".pdf")]) \
    if os.path.isdir(os.path.join(out, "pdf")) else 0
speed = {}
for name, label in (("baokan-pdf", "baokan split FILE.pdf"), ("pdftotext", "pdftotext + baokan split")):
    path = os.path.join(out, "split", name + ".cpu")
    if pdfs and os.path.exists(path):
        cpu = float(open(path).read())
        speed[name] = pdfs / cpu if cpu > 0 else None
        print(f"\n{label:26} {pdfs} PDF pages in {cpu:.2f} s CPU: "
              f"{speed[name]:.1f} pages/s per core" if speed[name] else f"\n{label}: too fast to time")
if json_path:
    rows.append(dict(group="speed", pages_per_second_per_core=speed))
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump([{k: v for k, v in r.items()} for r in rows], f, ensure_ascii=False, indent=1)
PY
