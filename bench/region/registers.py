#!/usr/bin/env python3
"""Writes short news items in many registers (finance, sport, culture,
people, companies and brands, idioms, stories abroad, local news) with their
place (gold) as JSON Lines, for bench/region/registers.sh. Every sentence is
written here for this bench; the names that tempt a tagger (a city whose
name is also an ordinary word: 白银 silver, 大庆 a celebration, 中卫 a
defender, 江山, 东方, 平安; a stage name; a team or brand named after a
place) stand in place-less items, and the same names stand as places in
others, so that a rule that only silences a name shows up as lost recall.

    bench/region/registers.py [--set tuned|heldout|heldout2|heldout3|heldout4]
                              [--half tune|held] > items.jsonl

`tuned` (the default) is ITEMS below, which the rules were written against;
`heldout` is bench/region/registers_heldout.py, written before the third
pass on issue 14 and never tuned on; `heldout2` is
bench/region/registers_heldout2.py, written before the fourth pass;
`heldout3` is bench/region/registers_heldout3.py, written before the fifth;
`heldout4` is bench/region/registers_heldout4.py, written before the sixth,
split by --half into a half that may be read while tuning (tune: even
positions) and one that is only scored (held: odd positions).

Records as bench/region/news_gen.py writes them: id, page (one per item, so
that no page's home region fills in), title, dateline, text, kind, gold.
Gold is written as a path of official names ("甘肃省/白银市/景泰县"),
"abroad:ISO" or "" (no place), and resolved against models/regions.tsv.
"""

import argparse, json, os, sys

# Each set's prefix of the records' id and page.
PREFIX = {"tuned": "reg", "heldout": "held", "heldout2": "hold", "heldout3": "hthree",
          "heldout4": "hfour"}

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# (kind, title, text, gold). Place-less items first, then the places.
ITEMS = [
    # finance: metals, funds, listed companies
    ("finance", "贵金属早盘走弱", "国际现货白银价格周二下跌1.2%，黄金价格小幅回升。", ""),
    ("finance", "白银期货收涨", "白银期货主力合约收涨2%，市场避险情绪升温，分析人士认为短期内白银走势仍将震荡。", ""),
    ("finance", "", "投资者将目光转向白银和铂金，白银ETF持仓量连续三周增加。", ""),
    ("finance", "保险股走强", "中国平安一季度净利润同比增长，平安寿险新业务价值回升，保险板块集体走强。", ""),
    ("finance", "", "东方财富股价大涨逾5%，券商板块午后拉升。", ""),
    ("finance", "航空股回暖", "东方航空公布上月运营数据，客座率同比上升8个百分点。", ""),
    ("finance", "", "长安汽车发布公告称，上月新能源车销量创出新高。", ""),
    ("finance", "", "吉利汽车与合作伙伴签署协议，共同研发新一代动力电池。", ""),
    ("finance", "车企财报", "东风汽车集团上半年营收稳中有升，红旗品牌销量同比增长四成。", ""),
    ("finance", "基金周报", "上周偏股型基金平均上涨1.5%，华夏、易方达等大型基金公司产品表现居前。", ""),
    ("finance", "", "截至收盘，沪指涨0.8%，深成指涨1.1%，两市成交额超过九千亿元。", ""),
    # celebrations, idioms, ordinary words
    ("idiom", "母校七十华诞", "学校隆重举行建校七十周年大庆，数千名校友从各地赶回母校。", ""),
    ("idiom", "", "为迎接国庆大庆，街头巷尾张灯结彩，处处洋溢着节日气氛。", ""),
    ("idiom", "诗词里的家国", "“江山如此多娇”，这句诗道出了多少人的家国情怀。", ""),
    ("idiom", "", "打江山难，守江山更难，企业创业如此，守业亦然。", ""),
    ("idiom", "春节寄语", "祝愿大家新春快乐、出入平安，一家人平平安安就是最大的幸福。", ""),
    ("idiom", "", "保一方平安是人民警察的职责，他们守护着万家灯火。", ""),
    ("idiom", "日出", "一轮红日从东方升起，照亮了沉睡的大地。", ""),
    ("idiom", "", "这部作品融合了东方美学与西方技法，在展览中备受瞩目。", ""),
    ("idiom", "", "东方不亮西方亮，这家企业转型后找到了新的出路。", ""),
    ("idiom", "", "社会长治久安离不开法治，更离不开每个人的守法意识。", ""),
    ("idiom", "", "俄罗斯文学的白银时代诞生了一批杰出诗人。", ""),
    ("idiom", "", "大学一年级的学生要修普通化学和高等数学两门课。", ""),
    # sport: positions, teams, players
    ("sport", "年轻中卫获赞", "这位年轻中卫在比赛中表现出色，多次化解对方的进攻。", ""),
    ("sport", "", "主教练把中卫调整到后腰位置，收到了奇效。", ""),
    ("sport", "球队急需引援", "球队中卫线老化严重，俱乐部急需在转会窗口引进一名主力中卫。", ""),
    ("sport", "", "巴西中卫头球破门，帮助球队在补时阶段扳平比分。", ""),
    ("sport", "国安主帅谈新赛季", "北京国安主帅表示，新赛季球队的目标是争冠。", ""),
    ("sport", "", "上海申花宣布引进两名外援，新赛季阵容基本成型。", ""),
    ("sport", "", "山东泰山门将扑出点球，帮助球队晋级。", ""),
    ("sport", "老将破门", "老将刘江山第89分钟打入制胜球，全场球迷起立鼓掌。", ""),
    # people: stage names, given names that are places
    ("people", "小沈阳新作上映", "喜剧演员小沈阳主演的新片日前上映，首日票房过亿。", ""),
    ("people", "", "小品演员小沈阳在晚会上表演了新节目，观众笑声不断。", ""),
    ("people", "", "著名表演艺术家王平安今年八十岁，仍坚持登台演出。", ""),
    ("people", "", "科学家陈东方带领团队攻克了一项关键技术。", ""),
    ("people", "", "作家张太和的新书讲述了一个普通家庭三代人的故事。", ""),
    # culture: titles of works
    ("culture", "老剧重播", "电视剧《长安十二时辰》近日重播，收视率依然不俗。", ""),
    ("culture", "", "歌曲《成都》传唱大江南北，成为许多人的手机铃声。", ""),
    ("culture", "", "话剧《北京人》再度上演，观众反响热烈。", ""),
    # stories abroad
    ("abroad", "印日首脑会晤", "印度总理在新德里会见来访的日本首相，双方讨论了经贸合作。", "abroad:IN"),
    ("abroad", "美股下跌", "美联储宣布加息，纽约股市三大股指全线下跌。", "abroad:US"),
    ("abroad", "", "英国首相在伦敦发表讲话，呼吁各方保持克制。", "abroad:GB"),
    ("abroad", "", "巴西里约热内卢遭遇暴雨，多处道路被淹，一名来自沈阳的游客受困。", "abroad:BR"),
    # technology, health, education, entertainment: no place
    ("tech", "新机发布", "这款手机搭载新一代芯片，续航能力提升两成，起售价三千九百元。", ""),
    ("tech", "", "研究人员开发出一种新型电池材料，充电速度提高一倍。", ""),
    ("health", "秋季养生", "专家提醒，秋季气候干燥，老人应多喝水、少吃辛辣食物，保持心情平和。", ""),
    ("health", "", "医生建议，儿童每天户外活动时间不少于两小时，有助于预防近视。", ""),
    ("education", "考研报名", "今年考研报名人数再创新高，专业硕士报考人数增长明显。", ""),
    ("entertainment", "新剧开机", "这部古装剧讲述了一个大家族的兴衰，主演阵容日前公布。", ""),
    ("entertainment", "", "歌手在演唱会上演唱了多首经典老歌，全场大合唱。", ""),
    ("idiom", "", "面对困难，他始终保持乐观，相信风雨过后总会见到彩虹。", ""),
    ("idiom", "", "这家老字号坚持以诚待客，生意越做越红火，成为一方名店。", ""),
    ("finance", "", "上半年居民消费价格同比上涨，食品价格涨幅回落。", ""),
    ("finance", "", "央行宣布下调存款准备金率，释放长期资金约一万亿元。", ""),
    ("sport", "", "球员在比赛中受伤，预计将缺席六周。", ""),
    ("sport", "", "这名前锋本赛季已经打入十五球，领跑射手榜。", ""),
    # places, in the same registers: the names above used as places
    ("local", "光伏电站并网", "甘肃白银市景泰县新建的光伏电站日前并网发电。", "甘肃省/白银市/景泰县"),
    ("local", "", "白银市召开经济工作会议，部署明年的重点任务。", "甘肃省/白银市"),
    ("local", "油田稳产", "黑龙江大庆油田原油产量保持稳定，今年已生产原油三千万吨。", "黑龙江省/大庆市"),
    ("local", "", "在大庆，石油工人正加紧生产，确保冬季供应。", "黑龙江省/大庆市"),
    ("local", "沙漠旅游升温", "宁夏中卫沙坡头景区迎来旅游旺季，游客同比增长三成。", "宁夏回族自治区/中卫市/沙坡头区"),
    ("local", "猕猴桃丰收", "浙江江山的猕猴桃丰收了，果农们忙着采摘装箱。", "浙江省/衢州市/江山市"),
    ("local", "", "海南东方市遭遇强降雨，部分农田被淹。", "海南省/省直辖县级行政区划/东方市"),
    ("local", "葡萄酒节开幕", "吉林通化葡萄酒节日前开幕，来自各地的客商齐聚一堂。", "吉林省/通化市"),
    ("local", "", "第十届五金博览会在浙江永康开幕，展品涵盖电动工具和厨具。", "浙江省/金华市/永康市"),
    ("local", "", "安徽太和县中医院新院区正式启用。", "安徽省/阜阳市/太和县"),
    ("local", "", "青海海东市平安区新建的高铁站投入使用。", "青海省/海东市/平安区"),
    ("local", "地铁新线开通", "沈阳地铁四号线开通运营，沿线市民出行更加便利。", "辽宁省/沈阳市"),
    ("local", "", "北京市朝阳区新建的一所学校迎来首批学生。", "北京市/市辖区/朝阳区"),
    ("local", "", "陕西西安市长安区的一座古寺完成修缮，向游客开放。", "陕西省/西安市/长安区"),
    ("local", "", "新华社乌鲁木齐5月3日电 新疆今年将新建高标准农田五百万亩。", "新疆维吾尔自治区/乌鲁木齐市"),
    ("local", "", "记者从广东省深圳市获悉，当地将新建一批保障性住房。", "广东省/深圳市"),
    ("local", "", "湖南长沙的一家企业研发出新型农机，在浏阳试用效果良好。", "湖南省/长沙市"),
    ("local", "", "本报讯 江苏苏州工业园区昨日举办人才招聘会。", "江苏省/苏州市"),
    ("local", "义乌小商品出口增长", "今年前三季度，义乌小商品出口额同比增长一成。", "浙江省/金华市/义乌市"),
    ("local", "", "在昆山，一批外资企业扩大了投资规模。", "江苏省/苏州市/昆山市"),
    ("local", "", "贵州遵义的红色旅游持续升温。", "贵州省/遵义市"),
    ("local", "", "河南洛阳牡丹文化节开幕，各地游客纷至沓来。", "河南省/洛阳市"),
    ("local", "", "四川省成都市武侯区一家社区食堂开业，老人吃饭更方便了。", "四川省/成都市/武侯区"),
    ("local", "", "湖北宜昌三峡大坝迎来今年首次泄洪。", "湖北省/宜昌市"),
    ("local", "", "广西桂林漓江景区游客量创新高。", "广西壮族自治区/桂林市"),
    ("local", "", "山东青岛港集装箱吞吐量同比增长。", "山东省/青岛市"),
    ("local", "", "云南大理洱海保护治理取得明显成效。", "云南省/大理白族自治州"),
    ("local", "", "甘肃天水的苹果丰收，果农脸上笑开了花。", "甘肃省/天水市"),
    ("sport", "", "长沙市青少年足球联赛开幕，球员来自全市各个学校。", "湖南省/长沙市"),
    ("sport", "", "全国田径锦标赛在浙江绍兴举行，多名选手创造个人最好成绩。", "浙江省/绍兴市"),
    ("people", "", "在沈阳长大的他，从小就喜欢画画。", "辽宁省/沈阳市"),
    ("finance", "", "广东省深圳市前海自贸区新增注册企业三千家。", "广东省/深圳市"),
    ("culture", "", "第十届茶文化节在福建安溪开幕。", "福建省/泉州市/安溪县"),
    # third pass (2026-12-07): roles after a person's classifier, a chain
    # jieba lists as one word, foreign dispatch lines, short stories abroad,
    # a county that opens a headline
    ("sport", "", "队中三名中卫均已伤愈，周末可以出战。", ""),
    ("sport", "中卫告别", "这名老将中卫在告别赛后含泪离场。", ""),
    ("local", "", "吉林长春的冰雪旅游火了，滑雪场一票难求。", "吉林省/长春市"),
    ("abroad", "", "新华社利马5月8日电 秘鲁政府宣布延长紧急状态。", "abroad:PE"),
    ("abroad", "", "意大利威尼斯迎来旅游旺季，游客排起长队。", "abroad:IT"),
    ("local", "柯桥：纺织市场订单回暖", "不少企业的订单已经排到明年。", "浙江省/绍兴市/柯桥区"),
]


def load_units():
    units = {}
    with open(os.path.join(ROOT, "models", "regions.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("code\t"):
                continue
            code, level, parent, name = line.rstrip("\n").split("\t")[:4]
            units[code] = (level, parent, name)
    return units


def resolve(path, units):
    gold = {"province": None, "city": None, "county": None, "abroad": None}
    if path.startswith("abroad:"):
        gold["abroad"] = path[len("abroad:"):]
        return gold
    parent = ""
    for name in filter(None, path.split("/")):
        hits = [c for c, (lv, p, n) in units.items() if n == name and p == parent]
        if len(hits) != 1:
            sys.exit(f"registers.py: {path}: cannot resolve {name}")
        parent = hits[0]
        gold[units[parent][0]] = parent
    return gold


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="tuned", choices=sorted(PREFIX))
    ap.add_argument("--half", choices=("tune", "held"),
                    help="heldout4 only: the even (tune) or odd (held) positions")
    a = ap.parse_args()
    items = ITEMS
    if a.set != "tuned":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        items = __import__("registers_" + a.set).ITEMS
    if a.half and a.set != "heldout4":
        sys.exit("registers.py: --half splits only --set heldout4")
    prefix = PREFIX[a.set]
    units = load_units()
    for i, (kind, title, text, gold) in enumerate(items):
        if a.half and i % 2 != (a.half == "held"):
            continue
        rec = {"id": f"{prefix}{i:03d}", "page": f"{prefix}{i:03d}", "title": title, "dateline": None,
               "byline": None, "text": text, "kind": kind, "gold": resolve(gold, units)}
        print(json.dumps(rec, ensure_ascii=False))


if __name__ == "__main__":
    main()
