#!/usr/bin/env python3
"""Scores `baokan region` output against the `gold` of each record (as
bench/region/news_gen.py writes it), for bench/region/quality.sh.

    bench/region/score.py OUT.jsonl [REFERENCE_OUT.jsonl] [--by-kind] [--json]

Figures (one column per output file, the reference beside it):
  precision   share of the articles placed (a Chinese province, or abroad)
              that are right: the province (and the city where both give
              one) or the country
  false place share of the articles whose gold has no Chinese place that get
              a province
  recall      per level, share of the articles whose gold has that level
              that get it right; abroad: share of gold-abroad articles with
              the right country
"""

import argparse, json, sys


def code(unit):
    return unit["code"] if unit else None


def read(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            reg = r.get("region") or {}
            ab = reg.get("abroad")
            out.append((r.get("kind", "-"), r["gold"], {
                "province": code(reg.get("province")), "city": code(reg.get("city")),
                "county": code(reg.get("county")), "abroad": ab["iso"] if ab else None}))
    return out


def figures(rows):
    placed = right = noplace = false_place = 0
    rec = {k: [0, 0] for k in ("province", "city", "county", "abroad")}
    for _, g, o in rows:
        if o["province"] or o["abroad"]:
            placed += 1
            if o["abroad"]:
                ok = o["abroad"] == g["abroad"]
            else:
                ok = o["province"] == g["province"] and not (
                    o["city"] and g["city"] and o["city"] != g["city"])
            right += ok
        if not g["province"]:
            noplace += 1
            false_place += bool(o["province"])
        for k in rec:
            if g[k]:
                rec[k][0] += 1
                rec[k][1] += o[k] == g[k]
    f = {"articles": len(rows),
         "precision": right / placed if placed else None,
         "false_place": false_place / noplace if noplace else None}
    for k, (n, ok) in rec.items():
        f["recall_" + k] = ok / n if n else None
    return f


def fmt(x):
    return "   -  " if x is None else f"{x:6.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outputs", nargs="+", help="region output(s); the second is the reference")
    ap.add_argument("--by-kind", action="store_true", help="also one table per kind of article")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    runs = [read(p) for p in a.outputs]
    groups = [("all", [r for r in runs])]
    if a.by_kind:
        kinds = sorted({k for k, _, _ in runs[0]})
        groups += [(k, [[x for x in run if x[0] == k] for run in runs]) for k in kinds]
    result = {name: [figures(run) for run in rs] for name, rs in groups}
    if a.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    keys = ["precision", "false_place", "recall_province", "recall_city", "recall_county",
            "recall_abroad"]
    print(f"{'set':22} {'n':>5} " + " ".join(f"{k[:13]:>13}" for k in keys))
    for name, figs in result.items():
        cells = []
        for k in keys:
            cells.append("/".join(fmt(f[k]).strip() for f in figs).rjust(13))
        print(f"{name:22} {figs[0]['articles']:5} " + " ".join(cells))
    if len(runs) > 1:
        print("(cells: this run / reference run)")


if __name__ == "__main__":
    main()
