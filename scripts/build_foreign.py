#!/usr/bin/env python3
"""Builds models/foreign.tsv: names of countries and major foreign cities in
Chinese, by which `baokan region` tells a story abroad (docs/region.md).

Sources:
  - Debian's unicode-cldr-core 41-0.1 (CLDR 41, Unicode licence), as installed
    under /usr/share/unicode/cldr (scripts/install-deps.sh installs it):
    common/main/zh.xml gives the territory names (日本, 美国 ...) and the
    exemplar city of every time zone (东京, 约翰内斯堡 ...); the zone's country
    is its territory in common/supplemental/windowsZones.xml, else the first
    two letters of its five-letter BCP 47 id in common/bcp47/timezone.xml
    (jptyo: JP); common/subdivisions/zh.xml gives the states, provinces and
    prefectures of other countries (内华达州, 北海道, 马哈拉施特拉邦), written
    in simplified characters by OpenCC's t2s (Debian's opencc; CLDR has some
    in traditional ones: 西寧省 is 西宁省 and left out below), kept when
    they end in an administrative suffix (SUBDIVISION_SUFFIXES) after a stem of
    two or more characters that is not a mere direction (西部省, 中央州), a
    Chinese place name before a suffix that Chinese text also puts after one
    (西宁省, 太原省: in Chinese news more likely 西宁 + 省级; but 北海道
    stays, SUFFIXES_NEVER_CHINESE) or an ordinary word of jieba's dictionary (高原省, 盆地省: 高原省份);
    so that 内华达州 hides the 达州 inside it.
  - the dictionary of Debian's python3-jieba 0.42.1-3 (MIT), only to tell
    ordinary words: a word tagged other than a name, or any word as frequent as
    COMMON_FREQUENCY (its tags are loose: 高原 and 湖泊 are tagged places).
  - EXTRA_CITIES below, a short list written by hand for this project:
    capitals and large cities that have no time zone of their own.
China's own territory (CN, and HK, MO, TW, which are province-level units of
models/regions.tsv) is left out, and so is any name that models/regions.tsv
already uses, so that a foreign name never hides a Chinese one.

    scripts/build_foreign.py            # write models/foreign.tsv
    scripts/build_foreign.py --check    # exit 1 if models/foreign.tsv differs

Rows: name, iso (ISO 3166-1 alpha-2), country (its Chinese name), kind
(country|city|region).
"""

import os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import debian_model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLDR = "/usr/share/unicode/cldr/common"
PACKAGE, VERSION = "unicode-cldr-core", "41-0.1"
DOMESTIC = {"CN", "HK", "MO", "TW"}
# Exemplar cities that are mostly something else in Chinese text (people's
# names, common words): left out.
NOT_CITIES = {"达尔文", "林德曼", "丘吉尔", "圣诞岛", "复活节岛", "麦格理", "诺福克", "凯西",
              "戴维斯", "莫森", "沃斯托克", "罗瑟拉", "特罗尔", "帕默尔", "麦克默多", "迪蒙迪维尔",
              "西昂", "布兰克萨布隆", "马伦戈", "维韦", "温森斯", "彼得斯堡", "塔科马", "诺克斯",
              "贝拉", "昭和", "库利", "威克", "卡塞", "朱诺", "道森", "图勒", "诺姆", "中部", "东部", "西部", "北部", "南部"}
# Suffixes of first-level divisions abroad, longest first.
SUBDIVISION_SUFFIXES = ("边疆区", "大区", "州", "省", "县", "邦", "郡", "府", "道")
# Characters of direction and position: a stem made only of them (西部, 中)
# names no particular place.
DIRECTIONS = set("东西南北中上下内外前后部央")
# Suffixes that never follow a Chinese place name in Chinese text.
SUFFIXES_NEVER_CHINESE = {"道", "邦", "郡"}
# Capitals and large cities without a time zone of their own (hand-written).
EXTRA_CITIES = [
    ("US", "华盛顿"), ("US", "旧金山"), ("US", "休斯敦"), ("US", "西雅图"), ("US", "波士顿"),
    ("IN", "新德里"), ("IN", "孟买"), ("IN", "班加罗尔"), ("VN", "河内"), ("AU", "堪培拉"),
    ("CA", "渥太华"), ("BR", "巴西利亚"), ("BR", "里约热内卢"), ("ZA", "比勒陀利亚"),
    ("ZA", "开普敦"), ("JP", "大阪"), ("JP", "横滨"), ("JP", "名古屋"), ("JP", "京都"),
    ("JP", "福冈"), ("JP", "札幌"), ("JP", "神户"), ("GB", "曼彻斯特"), ("GB", "爱丁堡"),
    ("GB", "利物浦"), ("GB", "伯明翰"), ("DE", "慕尼黑"), ("DE", "法兰克福"), ("DE", "汉堡"),
    ("RU", "圣彼得堡"), ("FR", "马赛"), ("FR", "里昂"), ("IT", "米兰"), ("IT", "威尼斯"),
    ("IT", "佛罗伦萨"), ("KR", "釜山"), ("KR", "仁川"), ("TH", "清迈"), ("CH", "日内瓦"),
    ("CH", "苏黎世"), ("NL", "海牙"), ("NL", "鹿特丹"), ("ES", "巴塞罗那"), ("TR", "安卡拉"),
    ("PK", "伊斯兰堡"), ("NG", "阿布贾"), ("MM", "内比都"), ("KZ", "阿斯塔纳"),
    ("AE", "阿布扎比"), ("SA", "吉达"), ("IL", "特拉维夫"), ("EG", "开罗"),
]


def chinese_names():
    names = set()
    with open(os.path.join(ROOT, "models", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            c = line.rstrip("\n").split("\t")
            names.add(c[3])
            names.update(a for a in c[4].split(",") if a)
    return names


JIEBA_DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"
# jieba's tags of names of places and people (a stem with one of these may
# still be a foreign place).
NAME_TAGS = {"ns", "nr", "nrt", "nrfg"}
COMMON_FREQUENCY = 1000


def ordinary_words():
    """Words of jieba's dictionary tagged other than a name, or common."""
    words = set()
    with open(JIEBA_DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and (parts[2] not in NAME_TAGS or
                                    int(parts[1]) >= COMMON_FREQUENCY):
                words.add(parts[0])
    return words


def cjk(s):
    return bool(s) and all("\u4e00" <= ch <= "\u9fff" for ch in s)


def simplified(names):
    """The names in simplified characters (CLDR writes some divisions in
    traditional ones, 西寧省): OpenCC's t2s, Debian's `opencc` 1.1.6, so that
    the rules above see them as `baokan region` does, which matches
    traditional text as simplified."""
    text = subprocess.run(["opencc", "-c", "t2s"], input="\n".join(names) + "\n",
                          capture_output=True, text=True, check=True).stdout
    out = text.split("\n")[:len(names)]
    if len(out) != len(names):
        sys.exit("build_foreign: opencc changed the number of names")
    return out


def rows():
    with open(os.path.join(CLDR, "main", "zh.xml"), encoding="utf-8") as f:
        zh = f.read()
    with open(os.path.join(CLDR, "bcp47", "timezone.xml"), encoding="utf-8") as f:
        tz = f.read()
    countries = {}
    out = {}
    for iso, alt, name in re.findall(
            r'<territory type="([A-Z]{2})"(?: alt="(\w+)")?(?: draft="\w+")?>([^<]+)<', zh):
        if iso in DOMESTIC or iso in ("EU", "EZ", "UN", "ZZ", "QO"):
            continue
        if not alt:
            countries[iso] = name
        if cjk(name) and len(name) >= 2:
            out.setdefault(name, (iso, "country"))
    # A zone's country: its territory in supplemental/windowsZones.xml, else
    # the first two letters of a five-letter BCP 47 id (jptyo: JP). Longer or
    # shorter ids do not start with a country (gazastrp is Gaza, PS; jeruslm
    # is Jerusalem, IL).
    zone_country = {}
    for short, alias in re.findall(r'<type name="([a-z]{2})[a-z0-9]{3}"[^>]*alias="([^" ]+)', tz):
        zone_country[alias] = short.upper()
    with open(os.path.join(CLDR, "supplemental", "windowsZones.xml"), encoding="utf-8") as f:
        for territory, zones in re.findall(r'<mapZone [^>]*territory="([A-Z]{2})" type="([^"]+)"',
                                           f.read()):
            for zone in zones.split():
                zone_country[zone] = territory
    for zone, city in re.findall(
            r'<zone type="([^"]+)">(?:(?!</zone>).)*?<exemplarCity>([^<]+)</exemplarCity>', zh,
            re.S):
        iso = zone_country.get(zone)
        if iso in DOMESTIC or iso not in countries or city in NOT_CITIES:
            continue
        if cjk(city) and len(city) >= 2:
            out.setdefault(city, (iso, "city"))
    for iso, city in EXTRA_CITIES:
        out.setdefault(city, (iso, "city"))
    with open(os.path.join(CLDR, "subdivisions", "zh.xml"), encoding="utf-8") as f:
        subdivisions = f.read()
    taken, words = chinese_names(), ordinary_words()
    found = re.findall(r'<subdivision type="([a-z]{2})[a-z0-9]+"[^>]*>([^<]+)<', subdivisions)
    for (iso, _), name in zip(found, simplified([n for _, n in found])):
        iso = iso.upper()
        suffix = next((s for s in SUBDIVISION_SUFFIXES if name.endswith(s)), None)
        if iso in DOMESTIC or iso not in countries or not cjk(name) or suffix is None:
            continue
        stem = name[:-len(suffix)]
        chinese = stem in taken and suffix not in SUFFIXES_NEVER_CHINESE
        if len(stem) >= 2 and not set(stem) <= DIRECTIONS and not chinese and stem not in words:
            out.setdefault(name, (iso, "region"))
    return sorted((n, iso, countries[iso], kind) for n, (iso, kind) in out.items()
                  if n not in taken and iso in countries)


def render(table):
    head = [
        "# baokan foreign places: countries and major cities abroad, by their Chinese names.",
        f"# Generated by scripts/build_foreign.py from Debian's {PACKAGE} {VERSION} (CLDR 41:",
        "# territory names and time-zone exemplar cities of common/main/zh.xml, divisions of",
        "# common/subdivisions/zh.xml) and a short hand-written list of capitals in the",
        "# script, in simplified characters (OpenCC's t2s); do not edit by hand. Names used by",
        "# models/regions.tsv are left out. Columns: name, ISO 3166-1 code, country, kind.",
        "name\tiso\tcountry\tkind",
    ]
    return debian_model.tsv_text(head, table)


def main():
    debian_model.run("build_foreign", __doc__.splitlines()[0], "foreign.tsv", PACKAGE, VERSION,
                     lambda: render(rows()), "names")


if __name__ == "__main__":
    main()
