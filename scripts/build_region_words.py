#!/usr/bin/env python3
"""Builds models/region_words.tsv: ordinary words, people's names and
organisations that contain a place name (三明治, 广东话, 孙中山, 中山舰,
天津队, 福建日报), so that `baokan region` does not read the place inside
them (docs/region.md, "Word boundaries").

Source: the dictionary of Debian's python3-jieba 0.42.1-3 (MIT licence),
/usr/lib/python3/dist-packages/jieba/dict.txt: word, frequency, part of
speech. scripts/install-deps.sh installs it. A word is kept when
  - it is three characters or longer and properly contains a name of a
    province, city or county of models/regions.tsv (full or short form);
  - it is not tagged as a place (ns) and is not itself a gazetteer name;
  - it is no organ of government (香港特别行政区政府, 广东省公安厅);
  - it is not the place name plus a place or people suffix (吴江县, 安居镇,
    大理人, 天山路: those still say where), nor a one-character function word
    plus the name (于高平, 往南部 are two words);
  - it is not a place name followed by the name of a unit under it (吉林长春,
    福建厦门: a chain of two places, which jieba lists as a word).
Also kept, as edge words: two-character words of frequency EDGE_MIN_FREQ or
more that end in the first character of a two-character name or begin with
its last (普通, 化学 around 通化; 锁定, 西部 around 定西), unless they are
gazetteer names themselves. `baokan region` reads a two-character name that
sits between two of them (普通化学) as the end of one word and the start of
the next, not as a name.

    scripts/build_region_words.py            # write models/region_words.tsv
    scripts/build_region_words.py --check    # exit 1 if the file differs

Rows: word, part of speech (jieba's tag), frequency (jieba's count).
"""

import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import debian_model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACKAGE, VERSION = "python3-jieba", "0.42.1-3"
DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"
# Characters after a place name that keep the word a place (…县, …人, …路).
PLACE_SUFFIXES = set("省市县区镇乡村州府郡盟旗人路街巷")
# Organs of government keep their place (香港特别行政区政府, 广东省公安厅).
GOVERNMENT = ("政府", "党委", "省委", "市委", "县委", "区委", "人大", "政协", "公安", "法院",
              "检察院", "基本法")
# Least jieba frequency of an edge word (rarer words make chance edges).
EDGE_MIN_FREQ = 20
# One-character words that stand before a place name without forming a word.
FUNCTION_CHARS = set("于在和与向从到对往自由至经去来回赴抵离进出入上下游过达返住驻国帝特")


def place_units():
    """name -> codes of the provinces, cities and counties it names, and
    code -> parent code."""
    units, parent = {}, {}
    with open(os.path.join(ROOT, "models", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            c = line.rstrip("\n").split("\t")
            parent[c[0]] = c[2]
            if c[1] == "town" or c[5]:
                continue
            for n in [c[3]] + [a for a in c[4].split(",") if a]:
                if len(n) >= 2:
                    units.setdefault(n, set()).add(c[0])
    return units, parent


def place_names():
    return set(place_units()[0])


def is_chain(word, units, parent):
    """True when the word is a place name followed by the name of a unit
    under it (吉林长春, 福建厦门: jieba lists a few such pairs as words)."""
    def under(code, ancestor):
        while code:
            code = parent.get(code, "")
            if code == ancestor:
                return True
        return False
    for k in range(2, len(word) - 1):
        outer, inner = units.get(word[:k], ()), units.get(word[k:], ())
        if any(under(i, o) for o in outer for i in inner):
            return True
    return False


def keep(word, tag, names):
    if len(word) < 3 or tag == "ns" or word in names:
        return False
    inside = []
    for i in range(len(word)):
        for j in range(i + 2, len(word) + 1):
            if (i, j) != (0, len(word)) and word[i:j] in names:
                inside.append((i, j))
    if not inside or any(g in word for g in GOVERNMENT):
        return False
    for i, j in inside:
        if i == 0 and j < len(word) and word[j] in PLACE_SUFFIXES:
            return False
        if i == 1 and j == len(word) and word[0] in FUNCTION_CHARS:
            return False
    return True


def is_edge(word, freq, names, firsts, lasts):
    return (len(word) == 2 and int(freq) >= EDGE_MIN_FREQ and word not in names and
            (word[1] in firsts or word[0] in lasts))


def rows():
    units, parent = place_units()
    names = set(units)
    firsts = {n[0] for n in names if len(n) == 2}
    lasts = {n[1] for n in names if len(n) == 2}
    out = []
    with open(DICT, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            hides = keep(word, tag, names) and not is_chain(word, units, parent)
            if hides or is_edge(word, freq, names, firsts, lasts):
                out.append((word, tag, freq))
    return sorted(out)


def render(table):
    head = [
        "# baokan words that contain a place name but do not name the place (三明治, 孙中山,",
        f"# 天津队). Generated by scripts/build_region_words.py from the dictionary of Debian's",
        f"# {PACKAGE} {VERSION} (MIT); do not edit by hand. Columns: word, jieba part of",
        "# speech, jieba frequency. Two-character rows are edge words (普通, 化学: a name",
        "# between two of them, 普通化学, is none).",
        "word\ttag\tfreq",
    ]
    return debian_model.tsv_text(head, table)


def main():
    debian_model.run("build_region_words", __doc__.splitlines()[0], "region_words.tsv", PACKAGE, VERSION,
                     lambda: render(rows()), "words")


if __name__ == "__main__":
    main()
