#!/usr/bin/env python3
"""Writes made-up news articles with their place (gold) as JSON Lines, for
bench/region/quality.sh. The articles are written here from templates and
the gazetteer's names (models/regions.tsv, models/region_aliases.tsv); no
outside text is copied. Same seed, same articles.

    bench/region/news_gen.py [--seed N] [--per-kind N] > articles.jsonl

Each record is an article as `baokan split` writes it (id, page, title,
dateline, text, byline) plus `gold`: {"province", "city", "county"} codes
(null where the article does not say) and "abroad" (an ISO 3166 code or
null). The kinds are listed in KINDS below; `kind` is kept in the record.
"""

import argparse, json, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Foreign places (country ISO code, country, cities) written for this bench.
FOREIGN = [
    ("JP", "日本", ["东京", "大阪", "横滨", "名古屋"]),
    ("US", "美国", ["纽约", "华盛顿", "洛杉矶", "芝加哥"]),
    ("ZA", "南非", ["约翰内斯堡", "开普敦", "比勒陀利亚"]),
    ("FR", "法国", ["巴黎", "马赛", "里昂"]),
    ("GB", "英国", ["伦敦", "曼彻斯特", "爱丁堡"]),
    ("DE", "德国", ["柏林", "慕尼黑", "法兰克福"]),
    ("RU", "俄罗斯", ["莫斯科", "圣彼得堡"]),
    ("IN", "印度", ["新德里", "孟买", "加尔各答"]),
    ("BR", "巴西", ["里约热内卢", "圣保罗", "巴西利亚"]),
    ("EG", "埃及", ["开罗", "亚历山大"]),
    ("KR", "韩国", ["首尔", "釜山"]),
    ("AU", "澳大利亚", ["悉尼", "墨尔本", "堪培拉"]),
    ("KE", "肯尼亚", ["内罗毕"]),
    ("TH", "泰国", ["曼谷", "清迈"]),
    ("IT", "意大利", ["罗马", "米兰", "威尼斯"]),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜程苏魏吕丁任沈姚卢崔谭陆汪范廖"
SPORTS = ["足球", "篮球", "排球", "乒乓球", "羽毛球"]
VERBS = ["举办", "召开", "启动", "发布", "开展"]
EVENTS = ["乡村振兴现场会", "春季招聘会", "文化旅游节", "科技成果展", "安全生产培训"]
FILLER = ["活动吸引了众多市民参加。", "与会人员围绕发展问题进行了交流。",
          "据介绍，当地将继续加大投入。", "参观者纷纷表示收获很大。",
          "相关负责人介绍了具体情况。"]
WORDS_WITH_PLACES = ["三明治", "北京时间", "广东话", "朝阳产业", "小阳春", "中山装", "长治久安"]
ABBREVIATIONS = [("在京", "110000"), ("京郊", "110000"), ("沪上", "310000"), ("津门", "120000"),
                 ("来沪", "310000"), ("赴京", "110000")]


def load_units():
    units, aliases = {}, []
    with open(os.path.join(ROOT, "models", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            code, level, parent, name, al, flags = line.rstrip("\n").split("\t")
            if flags:
                continue
            units[code] = dict(code=code, level=level, parent=parent, name=name,
                               short=[a for a in al.split(",") if a])
    path = os.path.join(ROOT, "models", "region_aliases.tsv")
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("name\t"):
                continue
            name, code = line.split("\t")[:2]
            if code in units and units[code]["level"] == "city":
                aliases.append((name, code))
    return units, aliases


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.units, self.former = load_units()
        by = lambda lv: sorted(c for c, u in self.units.items() if u["level"] == lv)
        self.provinces = [c for c in by("province") if c[:2] not in ("71", "81", "82")]
        self.cities = [c for c in by("city") if self.units[c]["parent"] in self.provinces]
        self.counties = [c for c in by("county") if self.units[c]["parent"] in self.units]
        # Names written by one unit only (full and short), so that gold is unambiguous.
        count = {}
        for u in self.units.values():
            for n in [u["name"]] + u["short"]:
                count[n] = count.get(n, 0) + 1
        self.unique = lambda n: count.get(n, 0) == 1
        # Divisions abroad whose names hold a Chinese name (内华达州: 达州).
        names = sorted(n for n, k in count.items() if len(n) >= 2)
        self.foreign_regions = []
        with open(os.path.join(ROOT, "models", "foreign.tsv"), encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if len(c) == 4 and c[3] == "region" and any(n in c[0] for n in names):
                    self.foreign_regions.append((c[1], c[0]))
        self.n = 0
        self.towns = {}
        for u in self.units.values():
            if u["level"] == "town":
                self.towns.setdefault(u["parent"], []).append((u["name"], u))

    def chain(self, code):
        """(province, city, county) codes of a unit."""
        out = {"province": None, "city": None, "county": None}
        c = code
        while c:
            u = self.units[c]
            out[u["level"]] = c
            c = u["parent"]
        if out["province"] and out["province"][:2] in ("11", "12", "31", "50"):
            out["city"] = out["province"][:2] + "0100"
        return out

    def short(self, code):
        u = self.units[code]
        return self.r.choice(u["short"]) if u["short"] else u["name"]

    def record(self, kind, title, text, gold, dateline=None, byline=None):
        self.n += 1
        page = "gen%04d" % ((self.n - 1) // 6)
        g = dict(gold)
        g.setdefault("abroad", None)
        for k in ("province", "city", "county"):
            g.setdefault(k, None)
        return {"id": f"{page}#{self.n}", "page": page, "title": title, "dateline": dateline,
                "byline": byline, "text": text, "kind": kind, "gold": g}

    def fill(self, k=2):
        return "".join(self.r.choice(FILLER) for _ in range(k))

    def city_pick(self):
        return self.r.choice(self.cities)

    # --- kinds -------------------------------------------------------------
    def dateline_city(self):
        c = self.city_pick()
        p = self.units[c]["parent"]
        stray = self.units[self.city_pick()]["name"]
        dl = self.short(p) + self.short(c) if self.r.random() < 0.5 else self.short(c)
        text = f"日前，{self.r.choice(EVENTS)}在这里{self.r.choice(VERBS)}。来自{stray}的代表也参加了活动。" + self.fill()
        g = self.chain(c)
        g["county"] = None
        return self.record("dateline_city", self.r.choice(EVENTS), text, g, dateline=dl,
                           byline="本报记者 " + self.person())

    def body_chain(self):
        k = self.r.choice(self.counties)
        g = self.chain(k)
        if not g["city"] or g["city"] == k:
            return self.dateline_city()
        names = [self.units[g["province"]]["name"]]
        if self.units[g["city"]]["name"] != "市辖区":
            names.append(self.units[g["city"]]["name"])
        names.append(self.units[k]["name"])
        stray = self.units[self.city_pick()]["name"]
        text = (f"近日，{''.join(names)}{self.r.choice(VERBS)}{self.r.choice(EVENTS)}。"
                f"{self.fill(1)}产品远销{stray}等地。{self.fill(1)}")
        return self.record("body_chain", "产业发展见闻", text, g)

    def county_phrase(self):
        for _ in range(200):
            k = self.r.choice(self.counties)
            s = [a for a in self.units[k]["short"] if self.unique(a) and len(a) == 2]
            if s:
                break
        else:
            return self.dateline_city()
        name = s[0]
        g = self.chain(k)
        text = f"记者日前在{name}看到，{name}市场上人头攒动。{self.fill(2)}"
        return self.record("county_phrase", "小商品市场见闻", text, g)

    def dispatch_in_body(self):
        c = self.city_pick()
        g = self.chain(c)
        g["county"] = None
        text = (f"新华社{self.short(c)}{self.r.randint(1, 12)}月{self.r.randint(1, 28)}日电（记者 "
                f"{self.person()}）{self.r.choice(EVENTS)}日前{self.r.choice(VERBS)}。"
                f"{self.units[self.city_pick()]['name']}和{self.units[self.city_pick()]['name']}"
                f"的客商也来了。{self.fill()}")
        return self.record("dispatch_in_body", self.r.choice(EVENTS), text, g)

    def abbreviation(self):
        word, p = self.r.choice(ABBREVIATIONS)
        g = self.chain(p)
        text = f"{self.r.choice(EVENTS)}日前{word}举行。{self.fill()}"
        return self.record("abbreviation", "会议综述", text, g)

    def former_name(self):
        name, code = self.r.choice(self.former)
        g = self.chain(code)
        text = f"上世纪八十年代，{name}的纺织工业曾经十分兴旺。{self.fill()}"
        return self.record("former_name", "老厂新生", text, g)

    def hmt(self):
        p, text = self.r.choice([
            ("810000", "香港特区政府昨日宣布，将加大对创新科技的投入。"),
            ("820000", "澳门特区政府公布了新一年的施政报告。"),
            ("710000", "台湾省台北市的一家书店举办了两岸图书交流展。"),
            ("810000", "位于香港九龙的一家博物馆迎来了大批游客。"),
        ])
        return self.record("hmt", "资讯", text + self.fill(), {"province": p})

    def county_town(self):
        k = self.r.choice(self.counties)
        g = self.chain(k)
        town = self.r.choice(["张湾乡", "新华镇", "城关镇", "开发区", "经济技术开发区"])
        text = f"{self.units[k]['name']}{town}的农民正在抢收小麦。{self.fill()}"
        return self.record("county_town", "夏收忙", text, g)

    def address(self):
        """An address as on a form: province, city and county, some left out or short."""
        k = self.r.choice(self.counties)
        g = self.chain(k)
        if not g["city"] or g["city"] == k:
            return self.dateline_city()
        p, c = g["province"], g["city"]
        parts = []
        if self.r.random() < 0.8:
            parts.append(self.units[p]["name"] if self.r.random() < 0.6 else self.short(p))
        if self.units[c]["name"] != "市辖区" and self.r.random() < 0.85:
            parts.append(self.units[c]["name"] if self.r.random() < 0.7 else self.short(c))
        parts.append(self.units[k]["name"])
        towns = [t for t, u in self.towns.get(k, [])]
        if towns and self.r.random() < 0.5:
            parts.append(self.r.choice(towns))
        road = self.r.choice(["人民路", "解放大道", "建设街", "文化路", "中山路", "和平巷"])
        parts.append(f"{road}{self.r.randint(1, 300)}号")
        parts.append(self.r.choice(["", "金华大厦", "阳光小区3栋", "长安花园", "海南村委会"]))
        return self.record("address", "", "".join(parts), g)

    def sport(self):
        a, b = self.r.sample(self.provinces, 2)
        sa, sb = self.short(a), self.short(b)
        if a[:2] in ("11", "12", "31", "50") or len(sa) < 2 or len(sb) < 2:
            sa, sb = "江苏", "山东"
        text = (f"北京时间昨晚，{sa}队在{self.r.choice(SPORTS)}联赛中以3比1战胜{sb}队。"
                f"{sa}队主教练赛后表示，{sa}队员发挥出色。{sb}队将在下一轮迎战强敌。")
        return self.record("sport", f"{sa}队取得三连胜", text, {})

    def person(self):
        return self.r.choice(SURNAMES) + self.r.choice("建国伟华明军丽静敏强磊芳勇")

    def person_place_name(self):
        c = self.city_pick()
        s = [a for a in self.units[c]["short"] if len(a) == 2]
        name = self.r.choice(SURNAMES) + (s[0] if s else "晓东")
        text = (f"象棋特级大师{name}日前接受采访时说，棋手要耐得住寂寞。"
                f"{name}九段认为，年轻棋手进步很快。{self.fill(1)}")
        return self.record("person", f"{name}：棋道如人生", text, {})

    def words(self):
        w = self.r.sample(WORDS_WITH_PLACES, 2)
        text = f"早餐吃一份{w[0]}已成为不少年轻人的习惯。有人说，这就是{w[1]}的魅力。{self.fill(1)}"
        return self.record("words", "生活小记", text, {})

    def titles_and_buildings(self):
        c = self.units[self.city_pick()]
        s = c["short"][0] if c["short"] else c["name"]
        text = (f"电影《{s}！{s}！》近日重映。影迷们在{s}路的一家影院排起长队，"
                f"附近的{s}大厦也挂出了海报。{self.fill(1)}")
        return self.record("titles_buildings", "老电影重映", text, {})

    def company(self):
        c = self.units[self.city_pick()]
        s = c["short"][0] if c["short"] else c["name"]
        text = (f"{s}某某科技有限公司日前发布了新款手机。{s}证券报记者了解到，"
                f"这款手机将在全国上市。{self.fill(1)}")
        return self.record("company", "新品发布", text, {})

    def abroad_dateline(self):
        iso, country, cities = self.r.choice(FOREIGN)
        city = self.r.choice(cities)
        c = self.units[self.city_pick()]["name"]
        text = f"{country}政府日前宣布了新的经济刺激计划。一位曾在{c}工作的专家认为，计划效果有待观察。{self.fill(1)}"
        return self.record("abroad_dateline", f"{country}出台经济刺激计划", text,
                           {"abroad": iso}, dateline=city, byline="本报驻外记者 " + self.person())

    def abroad_body(self):
        iso, country, cities = self.r.choice(FOREIGN)
        city = self.r.choice(cities)
        c = self.units[self.city_pick()]["name"]
        text = (f"{country}{city}日前举行大规模游行。{country}总理表示将认真对待民众诉求。"
                f"{city}市长呼吁保持冷静。{country}媒体报道，另有一名来自{c}的游客受伤。")
        return self.record("abroad_body", f"{country}爆发游行", text, {"abroad": iso})

    def abroad_region(self):
        """A state or province abroad whose name holds a Chinese one (内华达州)."""
        iso, name = self.r.choice(self.foreign_regions)
        c = self.units[self.city_pick()]["name"]
        text = (f"{name}一处山谷日前发现大片古代岩画。{name}官员表示将加强保护。"
                f"一位来自{c}的游客也参观了岩画。")
        return self.record("abroad_region", f"{name}发现古代岩画", text, {"abroad": iso})

    def full_vs_short(self):
        """A county written out against a bare province name inside a shop's name."""
        k = self.r.choice([c for c in self.counties if self.unique(self.units[c]["name"])])
        g = self.chain(k)
        other = self.r.choice([p for p in self.provinces if p != g["province"]])
        text = (f"促销活动在{self.units[k]['name']}一家名叫{self.short(other)}城的商场举行。"
                f"{self.fill(1)}")
        return self.record("full_vs_short", "商场促销", text, g)

    def china_and_abroad(self):
        c = self.city_pick()
        iso, country, _ = self.r.choice(FOREIGN)
        g = self.chain(c)
        g["county"] = None
        text = (f"{self.units[c]['name']}与{country}企业签署合作协议。{self.units[c]['name']}"
                f"有关负责人表示，合作将带动当地就业。{self.fill(1)}")
        return self.record("china_and_abroad", "对外合作", text, g)


KINDS = ["dateline_city", "body_chain", "county_phrase", "dispatch_in_body", "abbreviation",
         "former_name", "hmt", "address", "county_town", "sport", "person_place_name", "words",
         "titles_and_buildings", "company", "abroad_dateline", "abroad_body", "china_and_abroad",
         "abroad_region", "full_vs_short"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--per-kind", type=int, default=60)
    a = ap.parse_args()
    g = Gen(a.seed)
    for kind in KINDS:
        fn = getattr(g, kind if kind != "person_place_name" else "person_place_name")
        for _ in range(a.per_kind):
            print(json.dumps(fn(), ensure_ascii=False))


if __name__ == "__main__":
    main()
