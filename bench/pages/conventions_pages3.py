#!/usr/bin/env python3
"""conventions_pages3.py OUT_DIR: a third set of 30 pages in the conventions of real papers.

Writes OUT_DIR/text/rp3-NNN.txt and OUT_DIR/gold.jsonl like conventions_pages.py and
conventions_pages2.py (the same page descriptions, renderer and gold writer,
conventions_lib.py), for kinds of paper and habits the first two sets have little of: pages in
traditional characters from Hong Kong, Taiwan and Macao papers (【本報訊】, 記者…報道,
中央社…電, 記者…／台北報導), run-in briefs whose title is followed by a colon or a full-width
space, headlines holding commas over byline lines, headlines with a source prefix (美媒：…,
外交部：…), notice pages (讣告, 启事, 声明, 招聘 with sign-offs and dates), supplement essays
with the bare author name under the title and the author's unit in brackets, evening papers,
sports papers with results and schedules, trade papers, military papers, education papers,
county papers, university and enterprise papers, commentary pages with several short signed
commentaries, lines hard-wrapped mid-word at a fixed width (headlines too), headlines printed
after their bodies, and page furniture (folio at the foot, 责任编辑, 版式, 本版邮箱, weather boxes,
adverts).  All text is invented for the project.

The pages were written without reading the splitter's rules and without running `baokan` on
them first.  Halves (score_conventions.sh --half): rp3-001..015 are the TUNE half, which rule
work may read; rp3-016..030 are the HELD-OUT half: score it, never read its misses or tune on it.

Gold conventions (as in sets 1 and 2): first/last anchors exclude headline, byline lines,
openers (本报讯（…）, 本報訊, （中央社記者…電）, 解放军报讯…报道：) and trailers (（作者…）,
（作者单位：…）, 摘自《…》, 来源：…, signatures); the dispatch place of an opener is the dateline;
a byline is the people as printed (role words kept, names with their inner spaces dropped); the
author of a supplement essay is its byline, the unit in brackets is not; source is the paper of
a 摘自 / 来源 trailer; family death notices, corrections and editor's notes are optional; 启事,
声明, 招聘, 公告 blocks, adverts, tables, schedules, folios, weather boxes and bare captions are
no articles.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conventions_lib import A, X, P, PAGES, write_set  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else "conventions-pages3"


# ================================================================ TUNE half: rp3-001..015
# rp3-001  evening paper, 城事 page: headline with a comma over a byline, 晚报讯 openers,
#          run-in colon briefs, a weather box and an advert, folio at the foot
P("rp3-001", date="2024-07-18", edition="A05", section="城事",
  wrap=0, indent=True, blank=True, items=[
  A(title="暴雨突袭，他们连夜守护地下通道", bl="晚报记者　黄晓东　实习生　宋　蕾", byline="晚报记者 黄晓东 实习生 宋蕾",
    body="""17日傍晚，一场短时强降雨让城区多处低洼路段积水。在火车站东广场地下通道入口，市政养护工人冒雨架设水泵，一直抽水到深夜11点多。
“通道里一旦积水超过二十厘米，就得马上封闭，不能让行人进去。”带班的老周说，他们这个班组今年汛期已经连续值守了二十多个夜晚。
据市城管部门统计，当晚全市共启用移动泵车46台，城区主要道路在雨停后一个半小时内恢复通行。""",
    note="headline with a comma, byline line with 实习生 under it"),
  A(title="老城厢菜场改造后重新开张", opener="晚报讯（记者 潘一鸣）", byline="记者 潘一鸣",
    body="""经过三个月的提升改造，老城厢菜场昨天重新开张。菜场新装了空调和排风系统，摊位统一更换为不锈钢台面，还增设了公平秤和农残快检室。
不少老顾客一早就来买菜。家住附近的王阿姨说：“地面干爽了，也没有怪味了，逛菜场成了享受。”""",
    note="evening-paper opener 晚报讯（记者 …）"),
  X("城事快递"),
  A(col="城事快递", title="北山隧道夜间封闭检修", runin="colon",
    body="""7月19日至7月25日每晚22时至次日5时，北山隧道将封闭检修，过往车辆请绕行环城北路。"""),
  A(col="城事快递", title="市民卡可乘坐城际列车", runin="colon",
    body="""即日起，市民卡乘车功能扩展至城际铁路，持卡乘客在闸机刷卡即可进站，票价与购票一致。"""),
  A(col="城事快递", title="游泳馆推出夜场学生票", runin="colon",
    body="""暑期期间，市体育中心游泳馆每晚7时至9时推出学生专场，凭学生证购票每场15元，须有成人陪同。"""),
  A(title="“城市书房”里的暑假", bl="晚报记者　蔡　琳　文／图", byline="晚报记者 蔡琳", note="byline line ending in 文／图",
    body="""上午九点，位于滨河公园旁的“城市书房”已经坐满了人，大多是放暑假的中小学生。有人埋头写作业，有人捧着绘本看得入神。
书房管理员介绍，暑假以来日均接待读者四百多人次，座位常常不够用，他们正在考虑延长开放时间。"""),
  X("今日天气", "多云转雷阵雨　26℃～33℃　东南风3级", "紫外线指数：强　　穿衣指数：炎热"),
  X("广告", "清凉一夏　空调清洗特惠　99元起　热线：0571-8888××××"),
  X("2024年7月18日　星期四　A05　城事　责任编辑：王　琦　版式：李　想　校对：陈　静"),
])

# rp3-002  sports paper: match report from a 特派记者, schedule and results as text,
#          briefs with a full-width space after the title
P("rp3-002", folio="竞技体育报　2024年8月5日　星期一　第6版　综合　主编：戴　伟　版式：罗　飞", date="2024-08-05", edition="6", section="综合",
  wrap=18, indent=True, blank=False, items=[
  A(kicker="亚洲青年羽毛球锦标赛", title="中国队时隔两年重夺混合团体冠军", opener="本报日惹8月4日电（特派记者 彭　程）", dl="日惹", byline="特派记者 彭程",
    body="""8月4日晚，亚洲青年羽毛球锦标赛混合团体决赛在印度尼西亚日惹落幕，中国队以3：1击败东道主，时隔两年重新捧起冠军奖杯。
首场男单比赛，中国队小将在先失一局的情况下连扳两局，为球队拿下开门红。随后的女单比赛中，对手凭借主场优势扳回一分。关键的男双和女双比赛，中国队均以直落两局取胜。
主教练赛后说，队员们顶住了现场的压力，这个冠军对年轻选手是很好的鼓励。""",
    note="本报+foreign place dispatch with 特派记者"),
  X("亚洲青年羽毛球锦标赛混合团体决赛", "中国　3：1　印度尼西亚", "男单　2：1　女单　0：2", "男双　2：0　女双　2：0"),
  A(title="省运会游泳比赛破两项纪录", bl="本报记者　金　涛", byline="本报记者 金涛",
    body="""第十七届省运会游泳比赛4日在奥体中心游泳馆结束。两天的比赛中，共有两项省运会纪录被打破，一名15岁小将包揽女子200米和400米自由泳金牌。
本届省运会游泳项目设置了青少年组和成年组，参赛选手人数创历届新高。"""),
  X("本周赛程", "8月6日　19:35　中超第23轮　海港　VS　泰山", "8月7日　19:35　CBA夏季联赛　辽宁　VS　广厦", "8月9日　20:00　女篮热身赛　中国　VS　澳大利亚"),
  A(title="全民健身日活动将在全市铺开", runin="space",
    body="""记者从市体育局获悉，“全民健身日”期间全市将举办健步走、广场舞、社区篮球赛等活动200余场，各公共体育场馆免费开放。"""),
  A(title="业余足球联赛报名开启", runin="space",
    body="""第五届城市业余足球联赛即日起接受报名，比赛分为企业组、社区组和高校组，每队限报20人，报名截至8月20日。"""),
  A(title="市马拉松赛名额抽签结果公布", runin="space",
    body="""2024城市马拉松赛组委会4日公布抽签结果，全程项目中签率约为三成，中签跑者须于8月15日前完成缴费确认。"""),
  A(title="国家队集训名单出炉", opener="本报讯　", tail=["（本报记者　金　涛）"], byline="本报记者 金涛",
    body="""中国篮协4日公布男篮新一期集训名单，共有16名球员入选，其中包括3名首次入选国家队的年轻球员。球队将于8月10日在北京集中。""",
    nfirst=14),
])

# rp3-003  trade paper (transport industry): source-prefix headlines, ■ byline lines,
#          本报讯 记者…报道 openers without brackets
P("rp3-003", folio="2024年11月12日　星期二　第3版　行业动态　责任编辑：卢　彬　本版邮箱：hydt@jtb.net.cn", date="2024-11-12", edition="3", section="行业动态",
  wrap=0, indent=True, blank=True, items=[
  A(title="交通运输部：四季度加快推进农村公路建设", opener="本报讯　记者周　航报道　", byline="记者 周航",
    body="""交通运输部11日召开例行新闻发布会。发布会透露，前三季度全国新改建农村公路12.6万公里，完成年度任务的九成以上，四季度将抢抓施工黄金期，确保年度目标全面完成。
同时，各地将加快推进农村公路养护体制改革，逐步实现“有路必养、养必到位”。""",
    note="source-prefix headline (交通运输部：…); opener 本报讯 记者…报道 with no brackets"),
  A(title="港口企业：集装箱吞吐量持续回升", bl="■本报记者　沈一凡", byline="本报记者 沈一凡",
    body="""记者从多家港口企业了解到，10月份沿海主要港口集装箱吞吐量同比增长7.3%，外贸航线运力投放明显增加。
港口企业负责人表示，随着年底消费旺季到来，预计11月份集装箱业务将继续保持较快增长。"""),
  A(title="首条城际铁路“公交化”运营线路开通", tl=["首条城际铁路", "“公交化”运营线路开通"], bl="■本报记者　程　静　通讯员　吴　昊", byline="本报记者 程静 通讯员 吴昊",
    body="""11月10日起，省内首条实行“公交化”运营的城际铁路开通，列车最小发车间隔缩短至15分钟，旅客可刷交通卡或扫码直接进站乘车。
该线路串联起省会与周边三座城市，全程运行时间约50分钟。"""),
  A(col="一线传真", title="收费站里的“暖心驿站”", bl="■田　野", byline="田野",
    body="""在北环高速一处收费站，一间不足20平方米的“暖心驿站”为过往货车司机提供热水、充电、休息等服务。驿站开设一年来，已接待司机1.2万人次。
“跑长途最怕没地方歇脚，这里能喝口热水、眯一会儿，心里暖和。”一位货车司机说。"""),
  A(title="我国民航旅客运输量创同期新高", body="""民航局最新数据显示，今年前10个月，全国民航完成旅客运输量6.1亿人次，同比增长18.3%，创历史同期新高。国际航线旅客运输量恢复至2019年同期的八成左右。""",
    tail=["（来源：中国民航网）"], src="中国民航网", nfirst=10, note="来源 trailer"),
  X("本版编辑：卢　彬　　版式设计：张　悦"),
])

# rp3-004  Hong Kong paper in traditional characters: 香港文匯報訊（記者…）, 【本報訊】,
#          記者…報道, 中新社 copy, 社評 signed with a pen name, 簡訊 in 【】
P("rp3-004", folio="香江時報　2024年9月19日　星期四　A10　港聞　責任編輯：何鳳儀　美術編輯：黃志強", date="2024-09-19", edition="A10", section="港聞",
  wrap=20, indent=True, blank=True, items=[
  A(title="港府推出新一輪人才入境計劃", sub="目標每年吸引逾三萬名專才", opener="【本報訊】記者梁家輝報道：", byline="記者梁家輝",
    body="""特區政府昨日公佈新一輪人才入境計劃，放寬部分專業人才的申請條件，並簡化審批程序，目標是每年吸引超過三萬名高端專才來港工作及生活。
勞工及福利局局長表示，香港要保持競爭力，必須「搶企業、搶人才」，政府會與各界緊密合作，為人才提供更好的配套支援。""",
    note="Hong Kong opener 【本報訊】記者某某報道："),
  A(title="中秋燈會吸引逾十萬人次", opener="香港文匯報訊（記者 鄭秀玲）", byline="記者 鄭秀玲",
    body="""中秋節晚上，維多利亞公園舉行大型綵燈會，逾十萬名市民及旅客入場賞燈。今年燈會以「月滿香江」為主題，展出大型綵燈裝置二十多組。
康文署表示，燈會將延續至本月二十二日，市民可免費入場。""",
    note="opener naming the paper: 香港文匯報訊（記者 …）"),
  A(title="粵港澳大灣區青年創業基地增至十二個", opener="中新社廣州9月18日電（記者 蔡敏婕）", dl="廣州", byline="記者 蔡敏婕",
    body="""記者18日從廣東省有關部門獲悉，截至目前，大灣區內地城市已建成港澳青年創新創業基地十二個，累計孵化港澳青年創業團隊逾四千個。"""),
  A(col="社評", title="搶人才更要留得住人才", tail=["（卓　言）"], byline="卓言",
    body="""吸引人才來港只是第一步，更重要的是讓人才留得住、發展得好。住屋、子女教育、專業認可，都是人才最關心的問題。
特區政府應從人才的實際需要出發，完善配套措施，讓香港真正成為人才匯聚之地。"""),
  A(title="九龍東新增兩條巴士路線", runin="【】",
    body="""運輸署公佈，九龍東將於下月起新增兩條巴士路線，來往觀塘、將軍澳及啟德，方便居民出行。"""),
  A(title="天文台：週末或受颱風影響", runin="【】",
    body="""天文台表示，一股熱帶氣旋正向南海北部移動，本週末或為本港帶來大風驟雨，市民應留意最新天氣消息。""",
    note="run-in 【】 brief whose title has a source prefix"),
])

# rp3-005  classified notices page of a city daily: 讣告 (optional), 启事, 声明, 招聘 blocks
#          with sign-offs and dates, and three news items among them
P("rp3-005", folio="2024年12月3日　星期二　第11版　公告·分类信息　责任编辑：蒋　宁", date="2024-12-03", edition="11", section="公告·分类信息",
  wrap=22, indent=True, blank=True, items=[
  A(title="讣　告", opt=True,
    body="""我们敬爱的父亲张国栋先生，因病医治无效，于2024年12月1日14时逝世，享年86岁。定于12月4日上午8时在市殡仪馆永安厅举行遗体告别仪式。谨此讣告。""",
    tail=["子：张建平　女：张秀兰　率全体亲属泣告", "2024年12月2日"], nfirst=10, note="family death notice: optional"),
  X("招领启事", "12月1日，我单位在人民路公交站台拾到黑色手提包一个，内有现金及证件若干。请失主携有效证件前来认领。", "联系人：刘先生　电话：0551-6321××××", "人民路街道综合执法队", "2024年12月2日", wrap=22),
  A(title="我市发布首批“放心消费”示范商圈", opener="本报讯（记者 卜　凡）", byline="记者 卜凡",
    body="""12月2日，市市场监管局发布首批“放心消费”示范商圈名单，万达广场、老街商业街等6个商圈入选。入选商圈将建立先行赔付、无理由退货等制度，消费者投诉处理时限缩短至3个工作日。"""),
  X("遗失声明", "合肥市某某建材有限公司遗失营业执照副本一份，统一社会信用代码：91340100××××××××，声明作废。", wrap=22),
  X("严正声明", "近期有不法分子冒用我公司名义，以招聘兼职为由收取培训费、押金等费用。我公司从未授权任何个人或机构以我公司名义对外招聘收费，敬请广大市民提高警惕，谨防上当受骗。", "特此声明。", "某某文化传媒有限公司", "2024年12月2日", wrap=22),
  A(title="冬季供暖投诉热线开通", opener="本报讯（记者 卜　凡 通讯员 钱　明）", byline="记者 卜凡 通讯员 钱明",
    body="""记者从市城管局获悉，冬季供暖投诉热线已于12月1日开通，市民遇到暖气不热、跑冒滴漏等问题可拨打热线反映，工作人员将在24小时内上门处理。"""),
  X("招　聘", "某某物流有限公司因业务发展需要，诚聘以下人员：", "一、货车司机10名，持A2以上驾照，3年以上驾龄；", "二、仓库管理员5名，高中以上学历，熟悉电脑操作。", "待遇：月薪6000元至9000元，缴纳五险一金。", "联系电话：0551-6555××××　地址：经开区物流园8号", wrap=22),
  A(title="寒假托管服务开始预报名", bl="本报记者　魏　然", byline="本报记者 魏然",
    body="""记者从市教育局了解到，今年寒假全市将有120所中小学提供托管服务，家长可于12月10日前通过“家校通”平台预报名。
托管服务以看护为主，学校将组织阅读、体育、艺术等活动，不得进行集体补课。"""),
  X("迁址启事", "因经营需要，本公司自2024年12月5日起迁至高新区科学大道66号办公，联系电话不变。给您带来的不便，敬请谅解。", "特此启事。", "某某会计师事务所", "2024年12月3日", wrap=22),
])

# rp3-006  literary supplement: essays with the bare author name under the title and the
#          author's unit in brackets, no 文/ and no □
P("rp3-006", folio="2024年4月14日　星期日　第8版　副刊·清风　责任编辑：石　岚", date="2024-04-14", edition="8", section="副刊·清风",
  wrap=0, indent=True, blank=True, items=[
  A(title="母亲的菜园", bl="王秀芝（江西省上饶市广丰区实验小学）", byline="王秀芝",
    body="""母亲的菜园在老屋后面，不大，却四季常青。春天是莴笋和韭菜，夏天是黄瓜、豆角爬满了架，秋天种萝卜白菜，冬天也有一畦菠菜顶着霜。
我进城工作以后，母亲总要托人捎来一袋袋青菜。她说，城里买的菜没有菜味。
前些年母亲腿脚不好了，我劝她别再种了。她嘴上答应，转身又扛着锄头去了后院。我知道，那片菜园是她跟土地之间的约定，也是她跟我们之间的牵挂。""",
    note="author under the title with the unit in brackets"),
  A(title="春到茶山", bl="刘　峰　（福建省武夷山市融媒体中心）", byline="刘峰",
    body="""清明前后，武夷山的茶山醒了。山路上，采茶的人背着竹篓，说说笑笑地上山去。
老茶农李伯说，做茶最要紧的是“看天做青”，天气不一样，做法也不一样。他做了一辈子茶，说起茶来眼睛发亮。
暮色里，焙房飘出阵阵茶香。这香气里，有山的味道，也有人的味道。"""),
  A(title="读《诗经》札记", bl="周明远", byline="周明远", tail=["（作者单位：南京某大学文学院）"],
    body="""重读《诗经》，最打动我的仍是那些写日常劳作和人间情感的篇章。采薇、伐檀、七月流火，写的是两千多年前的寻常日子，今天读来依然亲切。
古人说“诗言志”，而《诗经》里的志，常常就藏在一草一木、一饭一衣之中。""",
    note="author's unit in a trailer after the body"),
  A(title="清明雨", bl="孙晓雯（山东省青岛市第五十八中学）", byline="孙晓雯", verse=True,
    first="细雨落在山坡上落在", last="只是把思念种进泥土",
    body="""细雨落在山坡上
落在
祖父坟前的青草里

我们不说话
只是
把思念种进泥土""",
    note="poem; author under the title with the unit in brackets"),
  A(col="书边随笔", title="旧书摊上的意外", bl="赵　青", byline="赵青",
    body="""周末逛旧书摊，在一堆泛黄的杂志里翻出一本上世纪八十年代的《小说月报》，扉页上还有原主人的签名和购书日期。
五毛钱买下它，像是替一位陌生人保存了一段时光。"""),
  X("投稿邮箱：fukan_qf@163.com　来稿请注明作者真实姓名、工作单位及联系方式"),
])

# rp3-007  military paper: ■ byline lines with 特约记者 / 特约通讯员, run-in
#          解放军报讯 openers, headlines with commas
P("rp3-007", folio="2024年10月16日　星期三　第2版　要闻　责任编辑：常　军", date="2024-10-16", edition="2", section="要闻",
  wrap=21, indent=True, blank=True, items=[
  A(title="夜训场上，一场“背靠背”对抗打响", bl="■本报记者　马　骁　特约通讯员　宁　远", byline="本报记者 马骁 特约通讯员 宁远",
    body="""深秋时节，北疆某训练场寒风凛冽。随着一发红色信号弹升空，第某集团军某旅一场夜间实兵对抗演练拉开帷幕。
此次演练不预设剧情，不提前通报“敌情”，红蓝双方临机决策、自主对抗。“导调组只给任务，不给答案。”演练总导演介绍，他们把复杂电磁环境、夜间机动等难点都摆上了训练场。
经过6个多小时的激烈较量，红方在付出较大代价后完成任务。复盘会上，旅党委对暴露出的12个问题逐一明确整改措施。""",
    note="headline with a comma; byline line starting with ■"),
  A(title="某部组织新训骨干集中培训", opener="解放军报讯　记者刘　洋、通讯员陈志强报道：", byline="记者 刘洋 通讯员 陈志强",
    body="""新兵入营在即，第某集团军某旅日前组织新训骨干集中培训，围绕新兵心理特点、科学组训方法等内容进行授课辅导。
培训采取理论授课、情景模拟、现场示范相结合的方式，帮助骨干提升带兵能力。""",
    note="military opener run into the body: 解放军报讯 记者…、通讯员…报道："),
  A(title="高原哨所用上了“智慧菜棚”", bl="■孙　磊　本报特约记者　杨　帆", byline="孙磊 本报特约记者 杨帆",
    body="""海拔4800米的某边防哨所，一座新建的“智慧菜棚”里，青菜、萝卜、西红柿长势喜人。菜棚配有自动控温、补光和滴灌系统，官兵通过手机就能查看棚内温湿度。
哨所官兵说，以前冬天只能吃储存菜，现在一年四季都能吃上新鲜蔬菜。"""),
  A(col="军营观察", title="训练场上要敢于“亮短”", tail=["（作者单位：陆军某旅）"], bl="■王建军", byline="王建军",
    body="""有的单位组织训练，只愿意展示“长项”，回避“短板”，演练搞得顺顺当当，问题却藏了起来。
训练场上多“亮短”，战场上才能少“吃亏”。各级要鼓励官兵在训练中暴露问题、研究问题、解决问题，真正把功夫下在补短板上。"""),
  A(title="军地联合开展退役军人就业招聘会", opener="本报讯　", tail=["（周　新、何　亮）"], byline="周新 何亮",
    body="""日前，某省军区联合地方人社部门举办退役军人专场招聘会，120余家企业提供就业岗位3000余个，现场达成就业意向600余人。""",
    nfirst=14, note="names in a closing bracket, separated by 、"),
])

# rp3-008  education paper: source-prefix headline (教育部：…), 本报讯（记者 … 通讯员 …）,
#          a school story with a comma headline over its byline, a short commentary
P("rp3-008", folio="2024年9月10日　星期二　第3版　基础教育　主编：颜　华　编辑：何　苗　设计：王　丽", date="2024-09-10", edition="3", section="基础教育",
  wrap=19, indent=True, blank="items", items=[
  A(title="教育部：推动中小学科学教育提质增效", opener="本报北京9月9日讯（记者 任　静）", dl="北京", byline="记者 任静",
    body="""记者9日从教育部获悉，教育部近日印发通知，部署各地推动中小学科学教育提质增效，要求配齐配强科学类课程教师，用好校外科普资源。
通知提出，到2025年，各地中小学要普遍开设跨学科主题学习活动，学生动手实践能力明显提升。""",
    note="source-prefix headline; 本报北京X月X日讯 opener"),
  A(title="开学第一课，校长带学生种下一棵树", tl=["开学第一课，", "校长带学生种下一棵树"], bl="本报记者　陶　然　通讯员　邹文雅", byline="本报记者 陶然 通讯员 邹文雅",
    body="""9月2日上午，湖北省宜昌市某小学的开学第一课别开生面：校长带着一年级新生，在校园里种下一棵桂花树。
“这棵树和你们一起长大，六年后你们毕业时，它就开花了。”校长说。学校还为每个班级认领了一块“成长林”，由学生负责日常养护。""",
    note="headline with a comma wrapped over two lines, byline line under it"),
  A(title="县域高中“托底”工程见成效", opener="本报讯（记者 任　静 通讯员 庞　伟）", byline="记者 任静 通讯员 庞伟",
    body="""记者从甘肃省教育厅获悉，该省实施县域普通高中“托底”工程三年来，共投入资金18亿元，改善120所县中办学条件，县中本科上线率提高6.2个百分点。"""),
  A(col="教育时评", title="让科学教育“动”起来", tail=["（吴　迪）"], byline="吴迪",
    body="""科学教育不能只在黑板上讲、试卷上考。带孩子观察一株植物、做一次实验、拆一台旧收音机，往往比背诵十条定义更能点燃兴趣。
学校要给学生留出动手的时间和空间，也要让教师有开展探究教学的底气。"""),
  A(title="乡村教师支持计划新增名额", body="""教育部、财政部日前下达资金，支持中西部地区继续实施乡村教师支持计划，今年新增“特岗计划”教师招聘名额5000个，重点向边远艰苦地区倾斜。""",
    tail=["（本报记者　任　静）"], byline="本报记者 任静", nfirst=10),
  X("本版邮箱：jcjy@jyb.cn　新闻热线：010-8229××××"),
])
# rp3-009  county paper extracted with every line hard-wrapped at 15 (headlines broken
#          mid-word too), no indents, no blank lines, folio and editor line at the foot
P("rp3-009", date="2024-10-22", edition="2", section="综合新闻",
  wrap=15, indent=False, blank=False, items=[
  A(title="全县秋粮收购工作全面展开", tl=["全县秋粮收购工作全面", "展开"], opener="本报讯（记者 曾　敏）", byline="记者 曾敏",
    body="""10月20日，记者从县粮食和物资储备局获悉，全县秋粮收购工作已全面展开，共设立收购网点23个，启用烘干设备41台套，日收购能力达到5000吨。
为方便农民售粮，各收购网点实行预约售粮、延时收购，并公开收购价格和质量标准，做到明码标价、按质论价。""",
    note="headline hard-wrapped mid-word at the page width"),
  A(title="桃源镇千亩油茶迎来丰收", tl=["桃源镇千亩油茶迎来丰", "收"], bl="通讯员　谭　立　记者　曾　敏", byline="通讯员 谭立 记者 曾敏",
    body="""霜降将至，桃源镇油茶基地里一派繁忙，村民们穿梭在油茶林间，采摘饱满的油茶果。
今年基地油茶挂果率高，预计鲜果产量比去年增加两成。基地负责人说，油茶从种下到丰产要六七年，如今终于到了收获的时候，一亩能收入三千多元。"""),
  A(title="县人民医院开设“无陪护”病房", opener="本报讯（通讯员 邓　芳）", byline="通讯员 邓芳",
    body="""近日，县人民医院在骨科、神经内科试点开设“无陪护”病房，由经过培训的护理员为患者提供生活照护，家属无须陪床。试点病房收费标准经物价部门核定后向社会公示。"""),
  A(title="城区新增公共停车泊位八百个", tl=["城区新增公共停车泊位", "八百个"], opener="本报讯（记者 向　阳）", byline="记者 向阳",
    body="""记者从县住建局了解到，今年以来，县城利用边角地、闲置地新建改建公共停车场9处，新增停车泊位800个，城区“停车难”问题有所缓解。"""),
  A(title="全县开展冬季消防安全大检查", tl=["全县开展冬季消防安全", "大检查"], body="""即日起至明年2月底，县消防救援大队联合应急、住建等部门开展冬季消防安全大检查，重点检查人员密集场所、高层建筑和“九小场所”。""",
    tail=["（记者　向　阳　通讯员　胡　杰）"], byline="记者 向阳 通讯员 胡杰", nfirst=10),
  X("2024年10月22日　星期二　第2版　综合新闻", "责任编辑：唐　敏　校对：龙　飞　排版：李　琼"),
])

# rp3-010  commentary page of a city daily: several short commentaries, each signed with a
#          pen name (at the end in brackets, under the title after ■, or as 作者：…)
P("rp3-010", folio="2024年6月5日　星期三　第4版　评论　责任编辑：易　安　本版邮箱：pinglun@csrb.cn", date="2024-06-05", edition="4", section="评论",
  wrap=23, indent=True, blank=True, items=[
  A(col="本报评论", title="高考护考，需要每一份细心", tail=["（江　南）"], byline="江南",
    body="""高考临近，各地纷纷推出护考措施：交警开辟绿色通道，考点周边工地暂停施工，出租车司机免费接送考生……这些举措，温暖了考生和家长的心。
护考是一项系统工程，容不得半点马虎。从考场设置到交通保障，从防暑降温到应急处置，每一个环节都要想在前面、做在细处。""",
    note="commentary signed with a pen name in brackets"),
  A(col="街谈巷议", title="“口袋公园”别成了“摆设”", bl="■何　必", byline="何必",
    body="""不少城市建起了“口袋公园”，但也有一些公园建成后疏于管理，健身器材坏了没人修，座椅落满灰尘，市民不愿去。
建好更要管好。“口袋公园”的生命力，在于真正融入居民生活。"""),
  A(col="街谈巷议", title="别让“低价团”坑了老人", bl="■林　间", byline="林间",
    body="""“一元游”“免费游”，这样的广告总能吸引一些老年人。可一上车，就被拉进购物店，不买东西还要被冷嘲热讽。
治理“低价团”，监管要跟上，子女也要多提醒父母，不贪小便宜，才不会吃大亏。"""),
  A(col="来论", title="社区食堂如何“叫好又叫座”", tail=["作者：邓卫东（市社会科学院研究员）"], byline="邓卫东",
    body="""社区食堂解决了不少老年人的吃饭难题，但也有一些社区食堂开业时热热闹闹，没过多久就冷冷清清。
社区食堂要办得长久，一要算好经济账，引入专业运营主体；二要摸清居民口味，饭菜要可口；三要用好政策，对老年人等群体给予精准补贴。""",
    note="author line 作者：某某（单位） after the body"),
  A(col="一语中的", title="网购退货运费险，别成了“糊涂险”", tail=["（秦　风）"], byline="秦风",
    body="""不少消费者网购时并不清楚自己买了退货运费险，费用被默认勾选、悄悄扣除。保险本是为消费者提供便利，不能变成“糊涂账”。平台应当明示费用，把选择权交给消费者。""",
    nfirst=14),
  X("漫画　“免费”的午餐　作者：马　良"),
])

# rp3-011  Taiwan paper in traditional characters: 記者…／台北報導, （中央社記者…電）,
#          一 headline with a comma, 報導 at the end of a feature, 小檔案 box (noise)
P("rp3-011", folio="2024年5月21日　星期二　A6　生活　編輯：林佩君", date="2024-05-21", edition="A6", section="生活",
  wrap=0, indent=True, blank=True, items=[
  A(title="梅雨鋒面報到，北台灣明起防豪雨", bl="記者林宜蓁／台北報導", byline="記者林宜蓁", dl="台北",
    body="""中央氣象署表示，今年第一道梅雨鋒面明天起影響台灣，北部及東北部地區將有局部大雨或豪雨發生，民眾外出應攜帶雨具，並留意山區坍方及落石。
氣象署預報員指出，鋒面預計停留三到四天，週末過後水氣減少，各地天氣逐漸轉為多雲到晴。""",
    note="Taiwan byline line 記者某某／台北報導 under a headline with a comma"),
  A(title="國內旅遊補助延長至年底", opener="（中央社記者陳家倫台北20日電）", byline="中央社記者陳家倫", dl="台北",
    body="""交通部觀光署今天宣布，國內旅遊住宿補助方案延長至今年12月底，每房每晚補助新台幣800元，並擴大適用至偏鄉民宿。
觀光署表示，今年前四個月國內旅遊人次較去年同期成長約一成，希望透過延長補助，帶動淡季旅遊市場。""",
    note="CNA opener in brackets: （中央社記者某某台北20日電）"),
  A(title="老街百年糕餅店 第四代接棒創新", bl="記者張雅婷／彰化報導", byline="記者張雅婷", dl="彰化",
    body="""走進鹿港老街，一家百年糕餅店前總是排著人龍。今年三十歲的店主是家族第四代，從台北辭職返鄉接手家業。
她保留傳統鳳眼糕、綠豆糕的做法，也推出少糖、小包裝的新口味，吸引不少年輕客人。「老味道不能丟，但也要讓年輕人願意吃。」她說。"""),
  X("小檔案　鹿港老街", "位置：彰化縣鹿港鎮", "特色：清代街屋、傳統糕餅、廟宇"),
  A(title="雙北共享單車騎乘量創新高", body="""台北市交通局今天公布，上月雙北共享單車騎乘量突破九百萬人次，創下歷年同期新高。交通局表示，將持續增設租借站，並改善部分熱門站點的調度。""",
    tail=["（中央社）"], nfirst=14, note="CNA credit in brackets at the end, no reporter"),
  A(title="夏季用電高峰 台電籲節約", bl="記者黃志明／綜合報導", byline="記者黃志明",
    body="""隨著氣溫升高，用電量逐步攀升。台電公司呼籲民眾，冷氣溫度設定在攝氏26至28度，並搭配電扇使用，可有效節省電費。
台電表示，今年夏季供電預計穩定，但仍將密切觀察氣溫與機組運轉情形。"""),
])

# rp3-012  university paper: 本报讯（通讯员 … 学生记者 …）, 文/图 bylines, （供稿：…）
#          and （审核：…）trailers, a student essay with the class in brackets
P("rp3-012", folio="江城理工大学报　2024年11月30日　第4期（总第612期）　第2版　校园新闻　责任编辑：田　芳", date="2024-11-30", edition="2", section="校园新闻",
  wrap=20, indent=True, blank=True, items=[
  A(title="我校获批两个国家级一流本科专业建设点", opener="本报讯（通讯员 龚小林）", byline="通讯员 龚小林",
    body="""近日，教育部公布2024年度国家级一流本科专业建设点名单，我校机械设计制造及其自动化、土木工程两个专业获批。至此，我校国家级一流本科专业建设点达到9个。""",
    tail=["（供稿：教务处　审核：彭　立）"], nfirst=14, note="（供稿：…　审核：…）trailer"),
  A(title="第十二届“挑战杯”校赛落幕", opener="本报讯（通讯员 何晓菲 学生记者 吴思远）", byline="通讯员 何晓菲 学生记者 吴思远",
    body="""11月26日，第十二届“挑战杯”大学生课外学术科技作品竞赛校赛决赛在图书馆报告厅举行，来自12个学院的36件作品进入决赛，最终评出特等奖3项、一等奖8项。"""),
  A(title="冬日校园里的“暖心饭”", bl="文／图　学生记者　郑佳怡", byline="学生记者 郑佳怡",
    body="""初冬的清晨，第二食堂的窗口前已经排起了长队。今年入冬后，食堂推出“一元早餐”和“暖心套餐”，还在考试周延长夜宵供应时间。
“早上七点就能喝上热豆浆、吃上刚出锅的包子，上课都更有精神了。”土木学院大二学生小刘说。"""),
  A(col="学子心声", title="在实验室度过的第一个深夜", bl="李晨阳（化学工程学院2023级）", byline="李晨阳",
    body="""那是我第一次在实验室待到凌晨。反应釜里的温度要每隔半小时记录一次，师兄把记录本交给我，说：“数据不会骗人，但会考验人。”
走出实验楼时，校园里很安静，只有路灯和我。那一刻我忽然明白，科研不只是灵光一现，更多的是日复一日的坚持。""",
    note="student essay: author with school and class in brackets under the title"),
  A(title="校史馆新增“老教授口述史”展区", body="""11月28日，校史馆“老教授口述史”展区正式开放。展区收录了30位退休老教授的访谈视频和手稿，讲述学校建校以来的发展历程。""",
    tail=["（文／校史馆　向　东）"], byline="向东", nfirst=10),
  X("投稿信箱：xiaobao@jclg.edu.cn　地址：学校行政楼305室"),
])

# rp3-013  enterprise paper (power grid company): 本报讯 （通讯员…）, ■ bylines,
#          （作者单位：…）trailers, a safety column with a pen name, a 简讯 run of colon briefs
P("rp3-013", folio="2024年8月23日　星期五　第3版　基层动态　责任编辑：郝　亮　电话：0371-6790××××", date="2024-08-23", edition="3", section="基层动态",
  wrap=24, indent=True, blank=True, items=[
  A(title="迎峰度夏，他们守在变电站最前沿", tl=["迎峰度夏，", "他们守在变电站最前沿"], bl="■通讯员　吕　强　张　旭", byline="通讯员 吕强 张旭",
    body="""8月的午后，地表温度超过50摄氏度。某供电公司运维人员穿着厚重的工作服，在220千伏变电站内逐台检查设备，用红外测温仪测量接头温度。
“高温大负荷期间，每天要巡视两遍，发现问题立即处理。”运维班班长说。入夏以来，该公司已累计开展特巡1300余次，消除设备缺陷86处。""",
    note="headline with a comma over two lines, ■ byline"),
  A(title="公司举办青年员工技能比武", opener="本报讯　（通讯员 孟　娟）", byline="通讯员 孟娟",
    body="""8月20日至22日，公司第五届青年员工技能比武在培训中心举行，来自12个基层单位的96名青年员工参加了配电运维、电力调度等5个项目的比拼。"""),
  A(col="安全之声", title="“差不多”就是差很多", tail=["（作者单位：某供电公司安全监察部）"], bl="■石　磊", byline="石磊",
    body="""在一些现场，“差不多就行了”的想法时有出现：安全带挂得“差不多”，接地线装得“差不多”，工作票填得“差不多”。
安全生产没有“差不多”。每一个细节的疏忽，都可能埋下事故的隐患。"""),
  X("简　讯"),
  A(col="简讯", title="供电所开展“电力进万家”活动", runin="colon",
    body="""8月19日，城郊供电所走进社区开展用电安全宣传，为居民检查家用线路，发放宣传资料300余份。（陈　楠）""",
    last="发放宣传资料300余份。", byline="陈楠"),
  A(col="简讯", title="光伏并网服务提速", runin="colon",
    body="""今年以来，公司优化分布式光伏并网流程，居民光伏并网办理时间压缩至5个工作日。（许　航）""",
    last="压缩至5个工作日。", byline="许航", note="brief signed in brackets at the end of its one line"),
  X("电力服务热线：95598"),
])

# rp3-014  evening paper 社会 page: a run of items whose headlines are printed after their
#          bodies (PDF reading order), an advert and a lottery box between them
P("rp3-014", folio="B02　社会新闻　2024年3月27日　星期三　编辑：郭　蓉　美编：赵　文", date="2024-03-27", edition="B02", section="社会新闻",
  wrap=16, indent=True, blank=True, items=[
  A(title="八旬老人迷路，民警一路护送回家", layout="title_after", opener="本报讯（晚报记者 胡　斌 通讯员 关　平）", byline="晚报记者 胡斌 通讯员 关平",
    body="""3月25日晚，一名八旬老人在街头徘徊，神情焦急，路过的市民见状报警。民警赶到后发现，老人记不清家庭住址，只记得“家门口有座桥”。
民警根据线索一路寻找，终于在两小时后把老人送回了家。""",
    note="headline with a comma printed under its body"),
  A(title="共享充电宝“套路”多，消费者需当心", layout="title_after", bl="晚报记者　关　雯", byline="晚报记者 关雯",
    body="""近期，不少市民反映，共享充电宝归还后仍被持续扣费，有的甚至被扣满99元。
市消保委提醒，使用共享充电宝前应仔细查看收费规则，归还后及时确认订单状态，遇到纠纷可拨打12315投诉。"""),
  X("福彩3D　第2024079期　开奖号码：5　2　8"),
  A(title="小区电梯困人，物业半小时才到场", layout="title_after", opener="本报讯（晚报记者 胡　斌）", byline="晚报记者 胡斌",
    body="""3月24日下午，春华小区一部电梯突然停运，5名居民被困。物业维修人员半小时后才赶到，居民对此很不满意。
市场监管部门表示，将对该小区电梯维保情况进行调查。""",
    after=["图为被困居民走出电梯。　晚报记者　胡　斌　摄"], note="headline after the body, then a photo caption"),
  X("广告", "春季家装节　全屋定制限时8折", "地址：建材城B区2楼　电话：400-6××-8888"),
  A(title="“失而复得”的毕业证", layout="title_after", body="""3月26日，市民刘女士在公交车上遗失了装有毕业证和求职材料的文件袋。公交驾驶员收车时发现后交到调度室，刘女士当天就拿回了文件袋。""",
    tail=["（晚报记者　关　雯）"], byline="晚报记者 关雯", nfirst=10),
  A(title="明起气温回升 周末有小雨", opener="本报讯（晚报记者 庞　洁）", byline="晚报记者 庞洁",
    body="""据市气象台预报，明天起我市气温逐步回升，最高气温可达22℃，周末受冷空气影响将有一次小雨过程。""", nfirst=10,
    note="a normal item (headline over the body) after the run"),
])

# rp3-015  international page: source-prefix headlines (美媒：…, 外交部：…), 新华社 dispatches,
#          据…报道 bodies, 综合…报道 credits, a headline with a comma over a byline
P("rp3-015", folio="2024年7月3日　星期三　第5版　国际新闻　责任编辑：孟　琪　版式：于　洁", date="2024-07-03", edition="5", section="国际新闻",
  wrap=25, indent=True, blank=True, items=[
  A(title="外交部：中方愿同各方一道维护地区和平稳定", opener="本报北京7月2日电（记者 卢　涛）", dl="北京", byline="记者 卢涛",
    body="""外交部发言人2日在例行记者会上表示，中方始终致力于维护地区和平稳定，愿同各方一道，通过对话协商妥善处理分歧。
发言人表示，中方支持地区国家加强团结合作，共同应对各类挑战，推动构建开放包容的地区合作架构。""",
    note="source-prefix headline (外交部：…)"),
  A(title="美媒：美国多地遭遇极端高温", opener="据新华社华盛顿7月1日电　", dl="华盛顿",
    body="""据美国有线电视新闻网报道，美国西部和南部多地近日遭遇极端高温天气，部分地区气温超过45摄氏度，多地发布高温警报。
报道说，高温导致多地用电负荷创下新高，一些城市开放了避暑中心，供无家可归者和老年人纳凉。""",
    note="source-prefix headline (美媒：…) over a 据新华社 opener"),
  A(title="欧盟与东盟举行经贸部长会议", opener="新华社雅加达7月2日电（记者 许　冉）", dl="雅加达", byline="记者 许冉",
    body="""欧盟与东盟经贸部长会议2日在印度尼西亚首都雅加达举行。双方同意加快推进数字经济、绿色能源等领域合作，探讨商签区域自由贸易协定的可能性。"""),
  A(title="日媒：日本今年上半年破产企业数量增加", body="""据日本共同社报道，日本一家信用调查机构2日发布数据显示，今年上半年日本破产企业数量同比增加约两成，创近十年同期新高。人手不足和原材料价格上涨是主要原因。""",
    tail=["（综合新华社、央视新闻报道）"], nfirst=14, note="source-prefix headline; 综合…报道 credit in brackets"),
  A(title="站在高温下，迪拜建筑工人的“午休令”", tl=["站在高温下，", "迪拜建筑工人的“午休令”"], bl="本报驻迪拜记者　孔令安", byline="本报驻迪拜记者 孔令安",
    body="""每年6月中旬至9月中旬，阿联酋实行户外工作“午休令”：每天中午12点半至下午3点，禁止在阳光直射下从事户外作业。
在迪拜一处建筑工地，工人们中午躲进装有空调的休息棚里。工地负责人说，违反规定的企业将被处以罚款，“午休令”已经实施了二十年。"""),
])


# ================================================================ HELD-OUT half: rp3-016..030
# Score only: do not read these pages' misses to write rules, do not tune on them.

# rp3-016  evening paper 都市 page: headlines with commas over byline lines, run-in briefs
#          with a full-width space, a weather box and a folio at the foot
P("rp3-016", date="2025-01-09", edition="A04", section="都市",
  wrap=0, indent=True, blank=True, items=[
  A(title="寒潮来袭，环卫工人凌晨四点上路除冰", bl="晚报记者　吕文博　通讯员　韦　珊", byline="晚报记者 吕文博 通讯员 韦珊",
    body="""8日凌晨4点，气温降至零下6摄氏度。在解放大道高架桥上，十几名环卫工人挥动铁锹，把融雪剂均匀撒在桥面上。
“桥面最容易结冰，必须赶在早高峰之前处理好。”环卫所所长说。当天，全市共出动除冰人员2800余人次，撒布融雪剂160吨，主要道路未出现大面积结冰。""",
    note="headline with a comma over a byline line"),
  A(title="“年货大集”提前开张，老字号摊位前排长队", tl=["“年货大集”提前开张，", "老字号摊位前排长队"], bl="晚报记者　尚　游", byline="晚报记者 尚游",
    body="""离春节还有二十多天，位于城南的年货大集已经提前开张。糖葫芦、腊肉、春联、窗花，两百多个摊位一字排开，逛集的市民摩肩接踵。
一家老字号酱肉摊前排起了二十多米长的队伍。摊主说，这几天每天能卖出五六百斤酱肉。"""),
  X("都市速览"),
  A(col="都市速览", title="地铁春运期间延长运营", runin="space",
    body="""春运期间，地铁1号线、2号线在火车站方向的末班车延后至23时30分，具体安排以车站公告为准。"""),
  A(col="都市速览", title="公园冰雪节周六开幕", runin="space",
    body="""第八届冰雪文化节将于本周六在滨湖公园开幕，设有冰滑梯、雪地摩托、冰雕展等项目，持续至2月底。"""),
  A(col="都市速览", title="年夜饭预订已近七成", runin="space",
    body="""记者走访发现，城区多家中高档餐馆除夕年夜饭预订率已近七成，部分热门餐馆已经订满。"""),
  A(title="独居老人家中摔倒，智能手环“喊来”救援", tl=["独居老人家中摔倒，", "智能手环“喊来”救援"], opener="本报讯（晚报记者 尚　游 通讯员 柯　敏）", byline="晚报记者 尚游 通讯员 柯敏",
    body="""7日上午，家住东风社区的82岁独居老人起床时不慎摔倒。他佩戴的智能手环检测到异常后，自动向社区养老服务中心发出警报，工作人员10分钟内赶到，及时将老人送医。""",
    note="headline with a comma wrapped over two lines, over an opener"),
  X("天气", "今天：晴　-7℃～2℃　北风3～4级", "明天：晴转多云　-6℃～3℃", "提示：早晚道路结冰，出行注意防滑"),
  X("2025年1月9日　星期四　A04　都市　编辑：杜　衡　美编：宋　扬　校对：严　青"),
])

# rp3-017  sports paper: a league round's results and next round's schedule as text, a match
#          report with a 发自 byline, colon briefs, a reporter in a closing bracket
P("rp3-017", folio="2024年12月16日　星期一　第2版　篮球·排球　编辑：曲　直　美编：潘　婷", date="2024-12-16", edition="2", section="篮球·排球",
  wrap=20, indent=True, blank="items", items=[
  A(title="末节逆转，浙江主场终结对手七连胜", bl="本报记者　秦　岭　发自杭州", byline="本报记者 秦岭", dl="杭州",
    body="""15日晚，CBA常规赛第17轮，浙江队主场以98：94逆转取胜，终结了对手的七连胜。
前三节，浙江队一度落后13分。末节比赛，浙江队加强防守，连续打出反击，在比赛还剩1分08秒时反超比分，并最终守住胜果。""",
    note="headline with a comma; byline line 本报记者 某某 发自某地"),
  X("CBA常规赛第17轮赛果", "浙江　98：94　上海", "北京　87：90　山东", "广东　112：101　吉林", "第18轮赛程", "12月17日　19:35　辽宁　VS　北京", "12月17日　20:00　广厦　VS　广东"),
  A(title="女排超级联赛第二阶段抽签揭晓", opener="本报讯　记者秦　岭报道　", byline="记者 秦岭",
    body="""中国女子排球超级联赛第二阶段比赛抽签仪式15日举行。12支球队分成两组进行双循环比赛，各组前四名晋级季后赛。
第二阶段比赛将于12月20日开赛，赛期一个月。"""),
  A(title="上海男排豪取九连胜", runin="colon",
    body="""15日进行的男排联赛中，上海队以3：0战胜对手，取得九连胜，继续领跑积分榜。""",
    note="run-in brief: title, colon, text on the same line"),
  A(title="三人篮球总决赛深圳收官", runin="colon",
    body="""三人篮球城市联赛年终总决赛14日晚在深圳收官，东道主球队获得男子组冠军。"""),
  A(title="青少年篮球训练营开营", body="""全国青少年篮球冬令营15日在长沙开营，来自全国各地的120名小球员将接受为期两周的集中训练。""",
    tail=["（本报记者　马　驰）"], byline="本报记者 马驰", nfirst=10),
])

# rp3-018  trade paper (agriculture and rural affairs): source-prefix headlines, 本报记者 某某
#          通讯员 某某 byline lines, a market-price table (noise), 本报讯 记者…报道
P("rp3-018", folio="2024年10月9日　星期三　第6版　产业·市场　责任编辑：范　涛　本版邮箱：cyscb@nmrb.com.cn", date="2024-10-09", edition="6", section="产业·市场",
  wrap=0, indent=True, blank=True, items=[
  A(title="农业农村部：秋冬种各项准备工作基本就绪", opener="本报讯　记者段　然报道　", byline="记者 段然",
    body="""记者从农业农村部获悉，当前秋收已进入扫尾阶段，秋冬种各项准备工作基本就绪。全国冬小麦种子供应总量充足，化肥、农药等农资储备比上年有所增加。
农业农村部要求，各地要抢抓墒情适时播种，大力推广小麦宽幅精播、种肥同播等技术，确保冬小麦面积稳定。""",
    note="source-prefix headline; 本报讯 记者…报道 without brackets"),
  A(title="果品批发市场迎来“柑橘季”", bl="本报记者　甘　露　通讯员　石　勇", byline="本报记者 甘露 通讯员 石勇",
    body="""国庆节后，南方柑橘陆续上市。在某大型果品批发市场，来自江西、广西、湖南的柑橘堆满了交易区，每天交易量超过800吨。
批发商说，今年柑橘品相好、糖度高，批发价比去年同期略有上涨。"""),
  X("10月8日部分农产品批发价格", "品种　　单位　　均价　　环比", "大白菜　元/公斤　1.36　　-2.1%", "土豆　　元/公斤　2.84　　+0.7%", "猪肉　　元/公斤　26.10　 -1.3%", "鸡蛋　　元/公斤　9.92　　+0.4%"),
  A(title="专家：生猪产能调控要“早发现、早调整”", tl=["专家：生猪产能调控", "要“早发现、早调整”"], bl="本报记者　段　然", byline="本报记者 段然",
    body="""近期生猪价格小幅回落。业内专家表示，生猪产能总体处于合理区间，养殖场户要密切关注市场信号，避免盲目扩栏或恐慌性出栏。
专家建议，各地要落实好生猪产能调控措施，稳定能繁母猪存栏，防止生产大起大落。""",
    note="source-prefix headline (专家：…) wrapped over two lines"),
  A(title="“稻渔综合种养”带动农民增收", body="""湖北省潜江市推广“虾稻共作”模式，全市稻渔综合种养面积达90万亩，带动10万余农户增收，亩均纯收入超过4000元。""",
    tail=["（来源：湖北日报）"], src="湖北日报", nfirst=10),
  A(col="市场观察", title="预制菜“下乡”要守好质量关", tail=["（禾　言）"], byline="禾言",
    body="""随着冷链物流向县乡延伸，预制菜在农村市场越来越常见。便利之外，质量安全不能放松。
生产企业要严格执行标准，监管部门要加强抽检，让农村消费者吃得放心。"""),
])

# rp3-019  Macao paper in traditional characters: 【本報消息】, 【本報訊】 with 記者 at the end,
#          澳廣視 / 新華社 copy, 簡訊 with a full-width space after the title
P("rp3-019", folio="澳門僑報　2024年12月20日　星期五　B3　澳聞　責任編輯：區嘉敏", date="2024-12-20", edition="B3", section="澳聞",
  wrap=18, indent=True, blank=True, items=[
  A(title="回歸二十五周年慶祝活動陸續展開", opener="【本報消息】", 
    body="""慶祝澳門回歸祖國二十五周年系列活動陸續展開。各社團舉辦文藝匯演、圖片展覽、體育競賽等活動逾百項，市民踴躍參與。
特區政府表示，慶祝活動將持續至月底，其間多個公共場所將免費開放，歡迎市民和旅客共同慶祝。""",
    note="Macao opener 【本報消息】 with no reporter"),
  A(title="輕軌東線工程進展順利", opener="【本報訊】", tail=["（記者　黃嘉慧）"], byline="記者 黃嘉慧",
    body="""運輸基建辦表示，輕軌東線隧道工程已完成約六成，預計明年完成主體結構。東線建成後，將連接關閘、東區及氹仔，市民往來澳門半島與離島將更加便捷。""",
    nfirst=14, note="【本報訊】 opener, the reporter in a closing bracket"),
  A(title="國務院港澳辦發言人發表談話", opener="新華社北京12月19日電　", dl="北京",
    body="""國務院港澳辦發言人19日表示，澳門回歸祖國二十五年來，「一國兩制」實踐取得舉世公認的成功，澳門經濟社會發展取得長足進步，居民生活持續改善。"""),
  A(title="本澳十一月旅客逾三百萬人次", bl="本報記者　梁　穎", byline="本報記者 梁穎",
    body="""統計暨普查局公佈，十一月入境旅客約三百零五萬人次，按年上升一成半。其中，內地旅客約二百二十萬人次，留宿旅客平均逗留時間為二點三日。"""),
  X("本澳簡訊"),
  A(col="本澳簡訊", title="冬至前後街市供應充足", runin="space",
    body="""市政署表示，冬至前後街市鮮活食品供應充足，價格平穩，將加強巡查，打擊哄抬價格行為。"""),
  A(col="本澳簡訊", title="跨境巴士增加班次", runin="space",
    body="""為應付節日客流，往來澳門與珠海、中山的跨境巴士將由本週六起增加班次，每日加開約四十班。"""),
])

# rp3-020  notices page of a provincial daily: 讣告 (optional), 致歉声明 (optional), 招聘
#          启事, 遗失声明, 拍卖公告 (noise) and three news items among them
P("rp3-020", folio="2024年8月15日　星期四　第12版　声明·公告　责任编辑：卓　然　电话：0771-5600×××", date="2024-08-15", edition="12", section="声明·公告",
  wrap=19, indent=False, blank=True, items=[
  A(title="省交通运输厅发布暑运出行提示", opener="本报讯（记者 岑　峰）", byline="记者 岑峰",
    body="""记者从省交通运输厅获悉，暑运以来全省道路客运量、铁路客运量均保持增长。交通部门提醒，8月下旬为返校高峰，请旅客提前购票、错峰出行。"""),
  X("招聘启事", "某某职业技术学院因教学需要，面向社会公开招聘专任教师15名，具体岗位及条件详见学校官网。", "报名时间：2024年8月15日至8月30日", "联系人：黄老师　电话：0771-3210××××", "某某职业技术学院人事处", "2024年8月15日", wrap=19),
  A(title="讣　告", opt=True,
    body="""李桂芳女士于2024年8月12日因病逝世，享年92岁。遵照其生前遗愿，丧事从简，不举行遗体告别仪式。谨此讣告，并向生前友好致谢。""",
    tail=["李桂芳治丧小组", "2024年8月14日"], nfirst=10, note="family death notice: optional"),
  X("遗失声明", "黄某某遗失残疾人证，证号：450103××××××××××，声明作废。", wrap=19),
  A(title="全省新增绿色食品认证产品120个", opener="本报讯（记者 严　冬 通讯员 覃　丽）", byline="记者 严冬 通讯员 覃丽",
    body="""今年上半年，全省新增绿色食品认证产品120个，有效用标产品总数达到1260个，涵盖粮油、茶叶、水果、水产等类别。"""),
  A(title="致歉声明", opt=True,
    body="""本报8月13日第4版刊发的《小镇夜市烟火旺》一文，误将摊主“韦小红”写为“韦小宏”。特此致歉。""",
    nfirst=10, note="correction printed as a 声明: optional"),
  X("拍卖公告", "受委托，我公司定于2024年8月28日上午10时在本公司拍卖厅公开拍卖车辆一批。", "展示时间：8月26日至27日", "某某拍卖有限公司", "2024年8月15日", wrap=19),
  A(title="中小学秋季开学时间确定", bl="本报记者　严　冬", byline="本报记者 严冬",
    body="""省教育厅日前发布通知，全省中小学秋季学期于8月31日开学，学生报到时间由各地统一安排。
通知要求，各地要做好开学前校园安全排查，确保校舍、食堂、饮水等设施安全。"""),
])

# rp3-021  literary supplement: essays with bare author names under their titles (unit in
#          brackets, or place only), a 散文诗 in short paragraphs, a book note
P("rp3-021", folio="2024年11月17日　星期日　第7版　副刊·乡土　责任编辑：裴　远", date="2024-11-17", edition="7", section="副刊·乡土",
  wrap=24, indent=True, blank=False, items=[
  A(title="父亲的扁担", bl="邹德明（湖南省邵阳市新宁县文联）", byline="邹德明",
    body="""家里的那根扁担，是父亲年轻时从山上砍来的青冈木做的，用了四十多年，被肩膀磨得油光发亮。
父亲挑过谷子、挑过柴火，也挑过我和妹妹上学的行李。那年我考上县一中，父亲挑着被子和一箱子书，走了三十里山路送我去学校。
后来村里通了公路，扁担就靠在了墙角。父亲说，扁担不能扔，它挑过一家人的日子。""",
    note="author under the title with the unit in brackets"),
  A(title="晒秋的村庄", bl="唐晓芬（江西婺源）", byline="唐晓芬",
    body="""深秋的篁岭，家家户户的屋顶和窗台上都摆满了竹晒匾，红的辣椒、黄的玉米、褐的菊花，在阳光下铺成一幅斑斓的画。
村里的老人说，晒秋是祖上传下来的习惯，山里平地少，只能把庄稼晒在屋顶上。谁能想到，这寻常的农事，如今成了远近闻名的风景。"""),
  A(title="秋夜书简", bl="向　晴", byline="向晴", tail=["（作者系重庆市某中学语文教师）"],
    body="""窗外下着小雨，我给远方的朋友写信。已经很多年没有用笔写信了，一笔一画，竟有些生疏。
信里没写什么要紧的事，只说院子里的桂花开了，说新读了一本书，说你那里是不是也下雨了。信寄出去，心里像放下了一件东西，又像多了一份惦念。""",
    note="bare name under the title, the author's unit in a trailer"),
  A(col="枕边书", title="一本写给乡村的书", bl="潘明辉（广西南宁）", byline="潘明辉",
    body="""读完这本讲述西南山村四十年变迁的非虚构作品，我久久不能平静。作者用五年时间回到故乡，记录下一个个普通村民的命运。
书里没有宏大叙事，只有一户户人家的柴米油盐。正是这些细节，让读者看见了真实的乡村。"""),
  X("本版投稿邮箱：xiangtu@hnrb.cn"),
])

# rp3-022  military paper: ■ byline lines, 特约记者 and 通讯员, a 前线日记 sidebar (optional),
#          headlines with commas, 军营新闻 briefs with the writers in brackets
P("rp3-022", folio="2024年5月28日　星期二　第4版　部队新闻　责任编辑：祁　峰　版式：关　山", date="2024-05-28", edition="4", section="部队新闻",
  wrap=20, indent=True, blank="items", items=[
  A(title="海上风浪起，舰艇编队远海砺兵", tl=["海上风浪起，", "舰艇编队远海砺兵"], bl="■本报特约记者　邢　海　通讯员　石宇航", byline="本报特约记者 邢海 通讯员 石宇航",
    body="""5月下旬，南部战区海军某驱逐舰支队舰艇编队在远海某海域展开多课目训练。
训练中，编队连续组织防空反导、对海突击、损管堵漏等课目演练，全程不预设条件、不打招呼。“远海训练就是要把官兵放到最复杂的环境中去摔打。”编队指挥员说。""",
    note="headline with a comma wrapped over two lines, ■ byline line"),
  A(title="前线日记", opt=True, bl="■石宇航", byline="石宇航",
    body="""凌晨三点，舰艇在风浪中剧烈摇晃。机电兵小王已经在机舱里值守了四个小时，汗水湿透了作训服。他说，只要机器不停，他就不离开岗位。""",
    note="reporter's diary sidebar of the lead story: optional"),
  A(title="某旅创新开展“兵教兵”活动", opener="本报讯　特约记者周　鹏、通讯员韩晓东报道：", byline="特约记者 周鹏 通讯员 韩晓东",
    body="""第某集团军某旅近日在训练中推行“兵教兵”活动，由训练尖子担任小教员，采取示范教学、结对帮带等方式传授技能。活动开展以来，全旅有30余名小教员脱颖而出。""",
    note="run-in opener 本报讯 特约记者…、通讯员…报道："),
  A(col="基层之声", title="让每一名战士都有出彩机会", tail=["（作者单位：武警某部）"], bl="■陈德胜", byline="陈德胜",
    body="""连队是个大家庭，每名战士都有自己的长处。有的擅长射击，有的精于维修，有的能写会画。
带兵人要善于发现战士的闪光点，为他们搭建展示才华的舞台，让每一名战士都有出彩的机会。"""),
  A(title="卫勤分队野外救护演练", body="""5月25日，某卫勤分队在野外组织战伤救护演练，设置了火线抢救、伤员后送等多个课目，检验分队快速救治能力。（杨　威、齐　乐）""",
    last="检验分队快速救治能力。", byline="杨威 齐乐", note="writers in brackets at the end of the one paragraph"),
])

# rp3-023  education paper: 教育部 source-prefix headline, school feature with a comma headline,
#          a principal's talk with the author's unit in brackets, a short commentary
P("rp3-023", folio="2025年3月18日　星期二　第2版　教育新闻　编辑：封　林　设计：唐　悦　校对：纪　明", date="2025-03-18", edition="2", section="教育新闻",
  wrap=0, indent=True, blank=True, items=[
  A(title="教育部：今年将新建改扩建一批公办幼儿园", opener="本报讯（记者 郁　青）", byline="记者 郁青",
    body="""记者从教育部获悉，今年将继续实施学前教育发展提升行动计划，在人口流入地区新建改扩建一批公办幼儿园，扩大普惠性学前教育资源供给。
教育部有关负责人表示，将加强幼儿园保育教育质量评估，坚决纠正“小学化”倾向。""",
    note="source-prefix headline over an opener"),
  A(title="一所山区小学的“足球梦”", bl="本报记者　卫　东", byline="本报记者 卫东",
    body="""贵州省黔东南州一所山区小学，全校只有200多名学生，却有一支远近闻名的女子足球队。
七年前，体育老师带着孩子们在泥土操场上踢起了足球。如今，学校建起了人造草坪球场，球队多次在全省比赛中获奖，还有两名队员入选了省青少年队。"""),
  A(col="校长论坛", title="让劳动教育回归生活", bl="陶建华（江苏省苏州市某实验小学校长）", byline="陶建华",
    body="""劳动教育不是偶尔组织一次大扫除，也不是在课表上多排一节劳动课。
我们学校把劳动教育融入学生的日常生活：每个班级认领一块菜地，每名学生在家承担一项家务，每学期开展一次职业体验。孩子们在劳动中学会了责任与合作。""",
    note="principal's piece: author with the unit in brackets under the title"),
  A(col="教育观察", title="“双减”之后，作业如何设计", tl=["“双减”之后，", "作业如何设计"], tail=["（莫　言　之）"], byline="莫言之",
    body="""作业少了，不等于要求低了。好的作业设计，应当少而精、活而实，既能巩固知识，又能激发兴趣。
教师要把作业设计当作教研的重要内容，多布置探究性、实践性作业，让学生在完成作业中有所思、有所得。"""),
  A(title="全国中小学生“开学安全第一课”启动", opener="新华社北京3月17日电　", dl="北京",
    body="""教育部等部门17日联合启动2025年全国中小学生“开学安全第一课”活动，围绕防溺水、交通安全、网络安全等主题，通过视频课程、主题班会等形式开展安全教育。"""),
])

# rp3-024  county paper hard-wrapped at 14 with headlines broken mid-word, no indents, no blank
#          lines; 本报讯 openers, a photo-news item, folio and editors at the foot
P("rp3-024", date="2025-04-08", edition="3", section="乡村振兴",
  wrap=14, indent=False, blank=False, items=[
  A(title="茶园春来采茶忙", opener="本报讯（记者 陆晓峰 通讯员 黎　珊）", byline="记者 陆晓峰 通讯员 黎珊",
    body="""清明前后，正是采摘春茶的好时节。在金溪乡万亩生态茶园，茶农们穿梭在茶垄间，手指翻飞，一片片嫩芽落入竹篓。
今年全县春茶开采时间比去年提前一周，预计春茶产量可达1200吨，产值3.6亿元。"""),
  A(title="龙潭村“共享菜园”让闲地变宝地", tl=["龙潭村“共享菜园”让闲", "地变宝地"], bl="通讯员　罗　敏", byline="通讯员 罗敏",
    body="""龙潭村把村里零散的撂荒地整理出来，建成“共享菜园”，以每年每分地200元的价格租给城里人种菜，村民负责日常管护。
菜园开园一个月，60块地全部租完，村集体年增收4万余元。""",
    note="headline hard-wrapped mid-word"),
  A(title="全县高标准农田建设项目开工", tl=["全县高标准农田建设项", "目开工"], opener="本报讯（记者 陆晓峰）", byline="记者 陆晓峰",
    body="""4月5日，全县2025年高标准农田建设项目集中开工，今年计划建设高标准农田3.5万亩，总投资约5200万元，建设内容包括土地平整、灌溉排水、田间道路等。"""),
  A(title="油菜花开引客来", body="""4月6日，白石镇万亩油菜花进入盛花期，吸引大批游客前来踏青赏花。""",
    tail=["记者　陆晓峰　摄"], byline="记者 陆晓峰 摄", first="4月6日，白石镇万亩", note="photo news: headline, caption, credit"),
  A(title="电商培训进村入户", tl=["电商培训进村入", "户"], body="""4月3日至5日，县商务局在3个乡镇举办农村电商培训班，为200余名农民讲授直播带货、网店运营等知识。""",
    tail=["（通讯员　黎　珊）"], byline="通讯员 黎珊", nfirst=10),
  X("2025年4月8日　星期二　第3版　乡村振兴　责任编辑：韦　明　版式：黄　丹"),
])

# rp3-025  commentary page: 本报评论员 signed at the end, several short commentaries with pen
#          names (□ under the title, in brackets at the end, 作者： lines), a 漫画 caption
P("rp3-025", folio="2024年9月25日　星期三　第5版　观点　责任编辑：原　野　版式：苗　青　本版邮箱：guandian@dzrb.cn", date="2024-09-25", edition="5", section="观点",
  wrap=22, indent=True, blank=True, items=[
  A(title="以更大力度推动消费提质扩容", tail=["本报评论员"], byline="本报评论员",
    body="""消费是经济增长的重要引擎。近期，各地围绕以旧换新、服务消费、县域商业等领域推出一系列举措，消费市场回暖向好。
推动消费提质扩容，关键是让群众“能消费、敢消费、愿消费”。要多渠道增加居民收入，完善社会保障，稳定消费预期；要丰富消费场景，提升服务质量，让群众消费更便利、更舒心。""",
    note="评论员文章 signed at the end"),
  A(col="观点碰撞", title="“反向旅游”火了，小城准备好了吗", bl="□　张　弛", byline="张弛",
    body="""避开热门景点，到小城市、小县城去旅游，正成为不少年轻人的选择。
“反向旅游”火了，小城要接得住。交通接驳、住宿餐饮、景区服务，哪一个环节跟不上，都可能让游客乘兴而来、败兴而归。"""),
  A(col="观点碰撞", title="别让景区“限流”成了“限客”", bl="□　舒　扬", byline="舒扬",
    body="""假日期间，不少景区实行预约限流，这是保障安全和游览体验的必要之举。但有的景区预约渠道单一，老年人不会操作，到了门口也进不去。
限流要有温度。保留人工窗口、设置适老通道，才能让每一位游客都有机会看到风景。"""),
  A(col="快评", title="外卖“幽灵厨房”必须整治", tail=["（晓　风）"], byline="晓风",
    body="""一些外卖平台上的商家，店铺照片光鲜亮丽，实际却藏身于居民楼里的小作坊，卫生条件堪忧。平台要严把入驻关，监管部门要加大抽查力度，让“幽灵厨房”无处藏身。""",
    nfirst=14),
  A(col="来论", title="发展银发经济要听老人怎么说", tail=["作者：庞春燕（省老龄科学研究中心）"], byline="庞春燕",
    body="""发展银发经济，不能只站在企业的角度想老人需要什么，更要听听老人自己怎么说。
适老化产品要好用、易用，价格要合理，售后要跟得上。只有真正满足老人需求，银发经济才能行稳致远。"""),
  X("漫画：“预约”　作者：王　铎"),
])

# rp3-026  Hong Kong paper in traditional characters: 大公報記者 byline lines, 香港文匯報訊,
#          本報記者 某某報道, 中通社 copy, a 短評 with a pen name, ads
P("rp3-026", folio="2025年2月26日　星期三　A8　經濟　責任編輯：蘇志明", date="2025-02-26", edition="A8", section="經濟",
  wrap=0, indent=True, blank=True, items=[
  A(title="財政預算案：推多項措施撐中小企", bl="大公報記者　陳　敏", byline="大公報記者 陳敏",
    body="""財政司司長昨日發表新年度財政預算案，推出多項措施支援中小企業，包括延長政府擔保貸款計劃申請期、寬減利得稅及商業登記費等。
多個商會表示歡迎，認為措施有助企業渡過難關。有學者指出，政府在控制開支的同時兼顧民生，預算案整體務實。""",
    note="source-prefix headline (財政預算案：…) over a 大公報記者 byline line"),
  A(title="恒指半日升逾四百點", opener="香港文匯報訊（記者 周曉峰）", byline="記者 周曉峰",
    body="""港股昨日高開高走，恒生指數半日升逾四百點，科技股及內銀股造好。分析師認為，預算案措施提振市場情緒，短期大市或維持反覆向上格局。"""),
  A(title="深港跨境金融合作再提速", opener="中通社深圳2月25日電　", dl="深圳",
    body="""深圳市金融部門25日表示，今年將推動深港兩地在跨境理財、綠色金融、金融科技等領域深化合作，便利兩地居民及企業開展跨境投資。"""),
  A(col="短評", title="撐企業就是撐就業", tail=["（文　心）"], byline="文心",
    body="""中小企業佔本港企業總數九成以上，僱用近半數私營機構僱員。撐中小企，就是撐就業、撐民生。
支援措施要落得快、落得準，讓企業真正受惠。"""),
  A(title="零售業界期望旅客消費回升", bl="本報記者　何家欣報道", byline="本報記者 何家欣",
    body="""零售管理協會表示，一月份零售業總銷貨價值按年微跌，但農曆新年期間旅客增加，部分商戶生意有所改善。協會期望政府繼續舉辦大型盛事，吸引旅客來港消費。"""),
  X("廣告", "置業首選　地鐵上蓋　兩房單位　首期低至5%", "查詢熱線：2888 ××××"),
])

# rp3-027  enterprise paper (steel group): 本报讯 通讯员 openers, ■ bylines, 作者单位 trailers,
#          a 一线风采 feature with a comma headline, colon briefs signed in brackets
P("rp3-027", folio="钢城报　2024年6月14日　星期五　第2版　生产经营　责任编辑：冯　刚　组版：许　霞", date="2024-06-14", edition="2", section="生产经营",
  wrap=22, indent=True, blank=True, items=[
  A(title="炼钢厂5月份产量创历史新高", opener="本报讯　通讯员　安　琪　", byline="通讯员 安琪",
    body="""5月份，炼钢厂完成钢产量68.2万吨，创建厂以来月产最高纪录。该厂通过优化转炉冶炼节奏、缩短出钢时间，平均冶炼周期比上月缩短1.2分钟。""",
    note="opener 本报讯 通讯员 某某 with no brackets"),
  A(col="一线风采", title="十年磨一剑，他成了“设备医生”", tl=["十年磨一剑，", "他成了“设备医生”"], bl="■通讯员　贺　明", byline="通讯员 贺明",
    body="""在热轧厂，提起设备点检员郝建国，工友们都说他是“设备医生”。设备运转时发出的一点异响，他一听就能判断出问题所在。
十年来，郝建国累计排除设备隐患600余项，总结出的“听、看、摸、测”点检法在全公司推广。""",
    note="headline with a comma over two lines, ■ byline"),
  A(title="公司召开节能降耗推进会", opener="本报讯（记者 汪　洋）", byline="记者 汪洋",
    body="""6月12日，公司召开节能降耗推进会，通报前5个月能耗指标完成情况，部署下阶段重点工作。会议要求，各单位要盯紧吨钢综合能耗等关键指标，深挖降耗潜力。"""),
  A(col="职工论坛", title="小改小革也能出大效益", tail=["（作者单位：冷轧厂）"], bl="■宋志刚", byline="宋志刚",
    body="""一个工装的改进、一道工序的优化，看似不起眼，却能实实在在降低成本、提高效率。去年，我们车间职工提出的小改小革项目有40多项，创效200余万元。
鼓励职工立足岗位创新，企业就多了一份活力。"""),
  X("简　讯"),
  A(col="简讯", title="焦化厂完成干熄焦检修", runin="colon",
    body="""6月10日，焦化厂提前8小时完成干熄焦系统年度检修，检修期间未发生任何安全事故。（柳　青）""",
    last="未发生任何安全事故。", byline="柳青"),
  A(col="简讯", title="物流公司开通铁水联运新线路", runin="colon",
    body="""近日，物流公司开通至沿海港口的铁水联运新线路，每吨钢材物流成本降低约15元。（季　帆）""",
    last="每吨钢材物流成本降低约15元。", byline="季帆"),
])

# rp3-028  university paper: 本报讯（记者团 …）, 文/ and 图/ credits at the end, 学院动态 briefs
#          run in after a full-width space, an alumnus essay with the year in brackets
P("rp3-028", folio="2025年4月25日　第6期　总第589期　第3版　综合新闻　主编：刘　晨　责任编辑：孟子涵　美编：林　琳", date="2025-04-25", edition="3", section="综合新闻",
  wrap=21, indent=True, blank=True, items=[
  A(title="我校举办第二十届科技文化节", opener="本报讯（大学生记者团 陈思琪 周　宇）", byline="大学生记者团 陈思琪 周宇",
    body="""4月20日，我校第二十届科技文化节开幕。本届科技文化节为期一个月，将举办机器人大赛、创新创业路演、科普讲座等活动40余项，覆盖全校各学院。"""),
  A(title="春日校园，一场特别的“毕业照”", tl=["春日校园，", "一场特别的“毕业照”"],
    body="""4月22日，樱花大道上，一群头发花白的老人穿上学位服，和在校学生一起拍下了“毕业照”。他们是学校1965届毕业生，毕业六十年后重返母校。
“当年没有拍毕业照，今天终于圆梦了。”一位老校友说。""",
    tail=["（文／肖　雨　图／韩　笑）"], byline="肖雨 韩笑", note="headline with a comma; 文／ 图／ credits in a closing bracket"),
  X("学院动态"),
  A(col="学院动态", title="机械学院举办就业双选会", runin="space",
    body="""4月19日，机械工程学院举办专场就业双选会，86家企业提供岗位1200余个，现场达成签约意向300余人。"""),
  A(col="学院动态", title="外国语学院获省级比赛一等奖", runin="space",
    body="""在近日举行的全省大学生英语演讲比赛中，外国语学院学生获得一等奖2项、二等奖3项。"""),
  A(col="校友来信", title="母校的那棵银杏", bl="钱卫国（机械系1982届校友）", byline="钱卫国",
    body="""离开母校四十多年，我最常想起的，是教学楼前那棵银杏树。每到深秋，满树金黄，我们常在树下背单词、讨论习题。
听说那棵银杏还在，而且越长越高了。真想再回去，站在树下看一看。""",
    note="alumnus essay: author with department and class year in brackets"),
  X("校报投稿：xb@hdnu.edu.cn　欢迎师生踊跃投稿"),
])

# rp3-029  evening paper 民生 page: items with headlines after their bodies, a weather box,
#          a hotline box and an advert, folio at the foot
P("rp3-029", date="2024-09-11", edition="A07", section="民生",
  wrap=17, indent=True, blank=True, items=[
  A(title="老人收到“退费短信”，银行柜员识破骗局", layout="title_after", opener="本报讯（晚报记者 祁　蒙 通讯员 单　宁）", byline="晚报记者 祁蒙 通讯员 单宁",
    body="""9月9日，一名七旬老人来到银行，要把10万元定期存款转到一个陌生账户。柜员询问得知，老人收到一条“医保退费”短信，对方让他先转账“验证身份”。
柜员当即识破骗局，和民警一起劝阻，保住了老人的养老钱。""",
    note="headline with a comma printed under its body"),
  X("晚报热线　新闻线索：968×××　投诉：12345"),
  A(title="社区开设“四点半课堂”", layout="title_after", sub="——双职工家庭不再为接娃发愁", bl="晚报记者　祁　蒙", byline="晚报记者 祁蒙",
    body="""下午4点半，放学铃响后，二十多个孩子来到幸福社区活动室，在志愿者的辅导下写作业、读绘本。
“我们下班晚，以前孩子放学没人管，现在放心多了。”一位家长说。""",
    note="title and dashed subtitle printed under the body"),
  A(title="中秋月饼礼盒“瘦身”了", layout="title_after", opener="本报讯（晚报记者 俞　静）", byline="晚报记者 俞静",
    body="""中秋将至，记者走访多家商超发现，今年的月饼礼盒普遍“瘦身”，过度包装明显减少，百元以内的礼盒成为主流。"""),
  X("天气", "今天　多云　22℃～30℃", "明天　小雨转阴　21℃～27℃"),
  A(title="菜场里的“公平秤”", layout="title_after", body="""在东门菜场入口，一台“公平秤”每天都有不少人使用。市场管理员说，自从设了公平秤，缺斤短两的投诉少了八成。""",
    tail=["（晚报记者　俞　静）"], byline="晚报记者 俞静", nfirst=10),
  X("广告", "秋季助听器验配节　免费测听", "地址：人民路118号　电话：0512-6566××××"),
  X("2024年9月11日　星期三　A07　民生　编辑：颜　青　美编：石　蕾　校对：王　萍"),
])

# rp3-030  Taiwan paper in traditional characters: 記者…／…報導 byline lines, （中央社…電）
#          openers, 【記者…／…報導】 run into the body, a headline with a comma, 報導 credits
P("rp3-030", folio="2025年3月4日　星期二　A9　地方新聞　編輯：蔡宜芳", date="2025-03-04", edition="A9", section="地方新聞",
  wrap=21, indent=True, blank=False, items=[
  A(title="春季賞櫻潮，阿里山實施交通管制", bl="記者吳俊賢／嘉義報導", byline="記者吳俊賢", dl="嘉義",
    body="""阿里山櫻花季即將登場，嘉義縣政府宣布，賞櫻期間週末及假日將實施交通管制，自行開車的遊客須在山下轉乘接駁車上山。
縣府表示，今年預估賞櫻人潮將超過四十萬人次，呼籲民眾多利用大眾運輸，避免塞車。""",
    note="headline with a comma over a 記者…／…報導 byline line"),
  A(title="高雄輕軌環狀線全線通車", opener="（中央社記者林巧璉高雄3日電）", byline="中央社記者林巧璉", dl="高雄",
    body="""高雄輕軌環狀線今天全線通車，全長約22公里，共設38座車站。市府表示，通車首月將提供搭乘優惠，盼吸引更多市民改搭大眾運輸。"""),
  A(title="偏鄉學童冬令營 大學生當老師", opener="【記者許雅琪／台東報導】", byline="記者許雅琪", dl="台東",
    body="""寒假期間，一群來自台北的大學生到台東偏鄉國小舉辦冬令營，帶領學童進行科學實驗、英語遊戲和戶外探索。
帶隊老師說，這些孩子平時接觸課外活動的機會不多，希望透過冬令營，為他們打開一扇看世界的窗。""",
    note="opener 【記者某某／台東報導】 run into the body"),
  A(title="台中花博舊址變身森林公園", bl="記者陳志豪／台中報導", byline="記者陳志豪", dl="台中",
    body="""台中花博舊址改建的森林公園昨天開放，園區保留部分展館作為藝文空間，並新增兒童遊戲場及自行車道，吸引不少親子遊客。"""),
  A(title="寒流發威 蔬菜價格看漲", body="""受寒流影響，部分葉菜類生長緩慢，近日批發市場蔬菜交易價格明顯上漲，其中小白菜每公斤批發價較上週上漲約三成。農業部表示，將視情況釋出冷藏蔬菜平抑菜價。""",
    tail=["（中央社）"], nfirst=14),
])


if __name__ == "__main__":
    sys.exit(write_set(OUT, PAGES))
