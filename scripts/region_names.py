"""Rules that turn an official division name into the shorter names people write.

Shared by build_gazetteer.py and build_region_aliases.py so that current and
historical names are shortened the same way. Standard library only.

    short_names("黔东南苗族侗族自治州", "city") == ["黔东南", "黔东南州"]
    short_names("沙市区", "county") == ["沙市"]      # never down to one character
"""

import re

# The 55 recognised minority nationalities (plus 汉), without 族: suffixes of
# autonomous units are stripped of these names.
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 汉"
).split()
# Longest first, so that 哈尼 is tried before 尼 would ever be.
_ETHNIC_RE = re.compile("(?:" + "|".join(sorted(ETHNIC, key=len, reverse=True)) + ")族?$")

# Placeholder units that carry a code but no place name of their own.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# Generic suffixes by level, longest first; only one is stripped.
_SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"),
}


def _strip_ethnic(stem):
    """Removes trailing nationality names (苗族侗族 ...) from an autonomous unit's stem."""
    while True:
        m = _ETHNIC_RE.search(stem)
        # Keep at least two characters: 白族 in 大理白族 goes, but a name that
        # is only a nationality stays as it is.
        if not m or len(stem) - len(m.group(0)) < 2:
            # 鄂温克族自治旗: the stem is a nationality itself; drop only 族.
            if m and m.start() == 0 and stem.endswith("族") and len(stem) > 2:
                return stem[:-1]
            return stem
        stem = stem[: m.start()]


def short_names(name, level):
    """The short forms of `name` (level: province, city, county, town), in a
    fixed order, without `name` itself. Towns and placeholders get none; a
    form shorter than two characters is never produced."""
    if level == "town" or name in PLACEHOLDERS:
        return []
    out = []
    for suffix in _SUFFIXES[level]:
        if not name.endswith(suffix) or len(name) - len(suffix) < 2:
            continue
        stem = name[: -len(suffix)]
        autonomous = suffix.startswith("自治")
        if autonomous:
            stem = _strip_ethnic(stem)
        out.append(stem)
        # 黔东南州, 长阳县, 鄂温克旗: the form local papers use for autonomous units.
        if autonomous and level != "province" and len(stem) >= 2:
            out.append(stem + suffix[-1])
        break
    return [s for i, s in enumerate(out) if s != name and s not in out[:i]]
