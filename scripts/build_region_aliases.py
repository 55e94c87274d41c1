#!/usr/bin/env python3
"""Builds models/region_aliases.tsv: former names of counties and cities that
resolve to today's unit (屯留县 -> 屯留区 140405, 长治县 -> 上党区 140404).

Source: result.csv of the public-domain (CC0 1.0) repository yescallop/areacodes,
the 1981-2024 history of division codes (Ministry of Civil Affairs lists and
change notices). The path is given on the command line; the file is read, not
copied. Each retired row is followed along its successor codes (the ones
without a "[year]" mark, which are the units that took it over when it was
retired) until a unit of models/regions.tsv is reached. A row whose successors
end in one unit, or in several of which exactly one keeps its short name
(抚宁县 -> 抚宁区), becomes an alias; other splits are left out. A unit
renamed under the same code (襄樊市 -> 襄阳市, 420600: a "变更" row under the
old name) gives its old name as an alias of the same code.

    scripts/build_region_aliases.py /path/to/areacodes/result.csv
"""

import argparse, csv, os, sys

from region_names import short_names

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEVELS = {"省级": "province", "地级": "city", "县级": "county"}


def read_gazetteer(path):
    units = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            code, level, parent, name, aliases, flags = line.rstrip("\n").split("\t")
            if level != "town" and flags != "placeholder":
                units[code] = (level, name, aliases.split(",") if aliases else [])
    return units


def successors(field):
    return [c for c in field.split(";") if c and "[" not in c]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("result_csv", help="areacodes result.csv")
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, "models", "regions.tsv"))
    ap.add_argument("--output", default=os.path.join(ROOT, "models", "region_aliases.tsv"))
    a = ap.parse_args()
    units = read_gazetteer(a.gazetteer)
    with open(a.result_csv, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    # The successors of a code when it was retired (its last retirement wins).
    retired = {}
    for r in rows:
        if r["状态"] == "弃用":
            retired[r["代码"]] = successors(r["新代码"])

    def resolve(code, seen=()):
        """Today's units that `code` ended in."""
        if code in units:
            return {code}
        if code in seen or code not in retired:
            return set()
        out = set()
        for nxt in retired[code]:
            out |= resolve(nxt, seen + (code,))
        return out

    # Renamed units whose code did not change (襄樊市 -> 襄阳市, 420600): a row
    # of the code under an older name ("变更") while today's unit keeps the code.
    renamed = {}
    for r in rows:
        level = LEVELS.get(r["级别"])
        code, name = r["代码"], r["名称"]
        if r["状态"] == "变更" and level and code in units and units[code][1] != name:
            renamed[(name, code)] = r

    current_names = {u[1] for u in units.values()}
    current_forms = current_names | {s for u in units.values() for s in u[2]}
    table, skipped = {}, 0
    for r in rows:
        level = LEVELS.get(r["级别"])
        name = r["名称"]
        if r["状态"] != "弃用" or level is None or name in current_names:
            continue
        if len(name) <= 2 and name.endswith("区"):
            continue  # 城区, 郊区, 矿区: not a name anyone writes alone.
        targets = set()
        for nxt in retired[r["代码"]] if r["代码"] in retired else []:
            targets |= resolve(nxt)
        mine = set(short_names(name, level))
        if len(targets) > 1:
            keep = {t for t in targets if mine & set(units[t][2])}
            targets = keep if len(keep) == 1 else set()
        if len(targets) != 1:
            skipped += 1
            continue
        (target,) = targets
        new_level, new_name, new_short = units[target]
        # A short form that names a unit of today (长治 for 长治县) stays with that unit.
        extra = [s for s in short_names(name, level) if s not in current_forms]
        years = f"{r['启用时间']}-{r['变更/弃用时间']}"
        key = (name, target)
        if key not in table or years > table[key][2]:
            table[key] = (r["代码"], ",".join(extra), years)
    # Short forms of renamed units that are ordinary words (渡口 "ferry", 东郊
    # "eastern suburbs" in Debian python3-jieba's dictionary, tagged other
    # than ns) are left out.
    words = set()
    jieba = "/usr/lib/python3/dist-packages/jieba/dict.txt"
    if os.path.exists(jieba):
        with open(jieba, encoding="utf-8") as f:
            words = {w for w, _, tag in (l.split() for l in f) if tag != "ns"}
    for (name, code), r in renamed.items():
        if name in current_names or (len(name) <= 2 and name.endswith("区")):
            continue
        level = LEVELS[r["级别"]]
        extra = [s for s in short_names(name, level) if s not in current_forms and s not in words]
        years = f"{r['启用时间']}-{r['变更/弃用时间']}"
        if (name, code) not in table:
            table[(name, code)] = (code, ",".join(extra), years)
    head = [
        "# baokan historical division names: units renamed or merged since 1981, resolved to",
        "# today's unit of models/regions.tsv. Derived by scripts/build_region_aliases.py from",
        "# result.csv of the CC0 repository yescallop/areacodes (division code history 1981-2024,",
        "# after the Ministry of Civil Affairs); do not edit by hand.",
        "# Columns: former name, today's code, former code, aliases (short forms of the former",
        "# name that today's unit does not already have), years the former code was in use.",
        "name\tcode\told_code\taliases\tyears",
    ]
    body = ["\t".join((n, t) + v) for (n, t), v in sorted(table.items(), key=lambda kv: (kv[0][1], kv[0][0]))]
    with open(a.output, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head + body) + "\n")
    print(f"build_region_aliases: wrote {a.output} ({len(body)} names, {skipped} splits left out)")


if __name__ == "__main__":
    main()
