// Placing real-news articles (issue 14): word boundaries, stories abroad,
// stated chains, place phrases, abbreviations, dispatch lines. The texts are
// written for these tests.

#include <string>

#include "baokan/region.h"
#include "gtest/gtest.h"
#include "region/test_region.h"

namespace baokan {
namespace {

using testing_region::Code;
using testing_region::Codes;
using testing_region::Gaz;
using testing_region::Place;
Region Body(std::string_view text) { return Place("", "", text); }

TEST(RegionNewsTest, WordsThatContainAPlaceNameAreNotPlaces) {
  // Food, dialects, idioms and fixed phrases from the segmenter's dictionary.
  EXPECT_TRUE(Body("午餐是一份三明治和一杯咖啡。").empty());
  EXPECT_TRUE(Body("她说一口地道的广东话。").empty());
  EXPECT_TRUE(Body("新能源被称为朝阳产业。").empty());
  // A word straddling two names written together does not hide them.
  EXPECT_EQ(Codes(Body("陕西长安区的农民")), "610000/610100/610116");
}

TEST(RegionNewsTest, PeopleTeamsPapersAndCompaniesAreNotPlaces) {
  EXPECT_TRUE(Body("纪念孙中山先生诞辰的活动。").empty());
  EXPECT_TRUE(Body("特级大师许银川九段执红先行。").empty());  // surname + 银川
  EXPECT_TRUE(Body("山东队客场击败四川队，山东队主帅很满意。").empty());
  EXPECT_TRUE(Body("据上海证券报消息，股市回暖。").empty());
  EXPECT_TRUE(Body("福州某某电子科技有限公司推出新品。").empty());
  EXPECT_TRUE(Body("紫金矿业公布季度业绩，厦门航空新开两条航线。").empty());
  // A place's industry is no company: 广州汽车产业, 深圳科技创新.
  EXPECT_EQ(Codes(Body("深圳科技创新大会开幕。")), "440000/440300/-");
  // A verb between the name and 公司 keeps the place.
  EXPECT_EQ(Codes(Body("他在福州成立公司。")), "350000/350100/-");
  // 报道 is not a paper.
  EXPECT_EQ(Codes(Body("据福州报道，春耕已经开始。")), "350000/350100/-");
}

TEST(RegionNewsTest, TitlesBuildingsVillagesAndShipsAreNotPlaces) {
  EXPECT_TRUE(Body("话剧《洛阳！洛阳！》首演。").empty());
  EXPECT_TRUE(Body("会场设在临安大厦三楼。").empty());
  EXPECT_TRUE(Body("朝阳村的村民喜获丰收。").empty());
  EXPECT_TRUE(Body("街角新开了一家兰州拉面馆。").empty());
  EXPECT_TRUE(Body("参观中山舰纪念馆。").empty());
  EXPECT_EQ(Codes(Body("江西村民喜获丰收。")), "360000/-/-");  // 村民: villagers of 江西
}

TEST(RegionNewsTest, PlacesOfGamesFilmsAndNovelsAreNotPlaces) {
  EXPECT_TRUE(Body("在这款游戏里，玩家可以在长安城中自由探索。").empty());
  EXPECT_TRUE(Body("剧中，女主角从小在苏州长大。").empty());
  EXPECT_TRUE(Body("小说中的主人公出生在重庆。").empty());
  // Only the sentence with the cue: the next one is real.
  EXPECT_EQ(Codes(Body("小说中的主人公出生在重庆。作者本人住在苏州。")), "320000/320500/-");
  EXPECT_EQ(Codes(Body("记者在苏州看到，游戏产业园人头攒动。")), "320000/320500/-");
  // Longer words that hold a cue: 图书中心, 照片中, 话剧中心.
  EXPECT_EQ(Codes(Body("活动在苏州图书中心举行。")), "320000/320500/-");
  EXPECT_EQ(Codes(Body("照片中是苏州的老街。")), "320000/320500/-");
  EXPECT_EQ(Code(Body("上海话剧中心推出新戏。").province), "310000");
}

TEST(RegionNewsTest, ListsAcrossProvincesAreExamples) {
  EXPECT_TRUE(Body("北京、上海、广州、深圳等一线城市房价上涨。").empty());
  EXPECT_TRUE(Body("湖南、湖北、江西三省遭遇洪灾。").empty());
  EXPECT_TRUE(Body("湖南长沙、湖北武汉、江西南昌三地联动。").empty());
  // A list within one province names it; a list beside the story's own
  // place does not outvote it.
  EXPECT_EQ(Code(Body("长沙、株洲、湘潭三市联合举办招聘会。").province), "430000");
  EXPECT_EQ(Codes(Body("杭州将与北京、上海、广州加强合作。")), "330000/330100/-");
}

TEST(RegionNewsTest, InAMatchReportNamesAreTeams) {
  EXPECT_TRUE(Body("广州恒大主场2比0战胜山东泰山。").empty());
  EXPECT_TRUE(Body("辽宁男篮客场战胜广东宏远。").empty());
  // Where the match was played, and the dispatch line, are places.
  EXPECT_EQ(Code(Body("在北京举行的比赛中，中国队3比1战胜日本队。").province), "110000");
  Region d = Body("新华社沈阳3月5日电 辽宁男篮2比1战胜广东宏远。");
  EXPECT_EQ(Code(d.province), "210000");
  EXPECT_EQ(d.evidence, "dateline");
  // A tournament's name and a phrase such as 进京 say where it is played.
  EXPECT_EQ(Code(Body("海南公开赛首轮，丁俊晖2比0取胜。").province), "460000");
  EXPECT_EQ(Code(Body("客队进京挑战，双方1比1战平。").province), "110000");
  // 战胜 alone is no match: 战胜疫情.
  EXPECT_EQ(Code(Body("武汉人民战胜疫情，各行各业全面复工。").province), "420000");
}

TEST(RegionNewsTest, ANameBetweenTwoWordsThatReachIntoItIsNone) {
  // 普通 + 化学 around 通化, 锁定 + 西部 around 定西, 基金 + 华夏 around 金华.
  EXPECT_TRUE(Body("新生要修普通化学和高等数学。").empty());
  EXPECT_TRUE(Body("公司把目标锁定西部市场。").empty());
  EXPECT_TRUE(Body("他买入的基金华夏成长表现平稳。").empty());
  // One word alone does not do it (普通 + 化州), nor a word into another name.
  EXPECT_EQ(Codes(Body("记者来到化州，看到普通人的生活。")), "440000/440900/440982");
  EXPECT_EQ(Codes(Body("北京东城的胡同游很受欢迎。")), "110000/110100/110101");
}

TEST(RegionNewsTest, NamesThatAreAlsoOrdinaryWordsNeedAPlaceContext) {
  // 白银 silver, 江山 a realm, 平安 safe, 东方 the east (region_common.tsv).
  EXPECT_TRUE(Body("国际现货白银价格周二小幅下跌。").empty());
  EXPECT_TRUE(Body("打江山难，守江山更难。").empty());
  EXPECT_TRUE(Body("祝大家出入平安。").empty());
  EXPECT_TRUE(Body("我们的未来在东方。").empty());
  // Still a word of its own where it overlaps another name: 朝阳 + 江南.
  EXPECT_TRUE(Body("朝阳江南山水预计端午节前开盘。").empty());
  EXPECT_EQ(Code(Body("京城区新房稀缺，价格坚挺。").province), "110000");  // 京城 + 区
  // Written out, with a parent, with the province elsewhere, in a place
  // phrase (a city's name), they are places.
  EXPECT_EQ(Codes(Body("白银市召开经济工作会议。")), "620000/620400/-");
  EXPECT_EQ(Codes(Body("浙江江山的猕猴桃丰收了。")), "330000/330800/330881");
  EXPECT_EQ(Codes(Body("甘肃今年新建光伏电站十座，白银的两座已经并网。")), "620000/620400/-");
  EXPECT_EQ(Codes(Body("记者在白银看到，新建的光伏电站已经并网。")), "620000/620400/-");
}

TEST(RegionNewsTest, WordsForChinaAsAWholeAreNoCountysShortForm) {
  EXPECT_TRUE(Body("中方主张通过对话解决争端。").empty());  // not 中方县
  EXPECT_EQ(Codes(Body("湖南中方县的柑橘丰收了。")), "430000/431200/431221");
}

TEST(RegionNewsTest, StageNamesAndNicknamesWithSmallAreNotPlaces) {
  EXPECT_TRUE(Body("喜剧演员小沈阳主演的新片上映。").empty());
  EXPECT_TRUE(Body("这座小镇被誉为小香港。").empty());
  // 从小 is a word: the name after it is a place.
  EXPECT_EQ(Codes(Body("他从小沈阳长大，后来去了外地。")), "210000/210100/-");
}

TEST(RegionNewsTest, InASentenceAboutATeamsStaffAndPlaysShortFormsAreTeams) {
  EXPECT_TRUE(Body("北京国安主帅表示，新赛季的目标是争冠。").empty());
  EXPECT_TRUE(Body("山东泰山门将扑出点球，帮助球队晋级。").empty());
  // A name written out, or in a place phrase, is still a place.
  EXPECT_EQ(Codes(Body("长沙市青少年足球赛开幕，球员来自各个学校。")), "430000/430100/-");
  EXPECT_EQ(Codes(Body("球员们在昆明集训。")), "530000/530100/-");
}

TEST(RegionNewsTest, ACapitalSpeakingForItsGovernmentIsNoPlace) {
  EXPECT_TRUE(Body("美国总统在白宫发表讲话，称将与北京方面保持沟通。").empty());
  EXPECT_TRUE(Body("台北方面回应称，将研究有关提议。").empty());
}

TEST(RegionNewsTest, AFullNameOutweighsABareShortFormOnce) {
  // 宜都市 written out against 上海 inside a shop's name: no tie.
  EXPECT_EQ(Codes(Body("活动在宜都市陆城街道一家名叫上海城的商场举行。")), "420000/420500/420581");
  EXPECT_EQ(Code(Body("他从北京来到张掖市工作已经十年。").province), "620000");
  // 城市 is a word: 运城市 inside 亚运城市 gets no extra weight.
  EXPECT_NE(Code(Body("杭州亚运城市志愿者招募启动。").province), "140000");
  // Two bare mentions still outweigh one full name.
  EXPECT_EQ(Code(Body("北京的专家说，北京今年冬天较暖，张掖市也一样。").province), "110000");
}

TEST(RegionNewsTest, CitiesAbroadBelongToTheirOwnCountryAndTiesGoToTheFirstNamed) {
  // Zones whose time-zone id does not start with the country: 耶路撒冷 is in
  // Israel, 加沙 in the Palestinian territories.
  Region j = Place("耶路撒冷", "", "当地举行纪念活动。");
  ASSERT_TRUE(j.abroad.has_value());
  EXPECT_EQ(j.abroad->iso, "IL");
  Region g = Place("加沙", "", "当地医院收治大批伤员。");
  ASSERT_TRUE(g.abroad.has_value());
  EXPECT_EQ(g.abroad->iso, "PS");
  // Two countries with equal votes: the one named first.
  Region tie = Place("", "秘鲁总统将访问智利", "秘鲁与智利商讨渔业合作，双方签署备忘录。");
  ASSERT_TRUE(tie.abroad.has_value());
  EXPECT_EQ(tie.abroad->iso, "PE");
}

TEST(RegionNewsTest, StatesAndProvincesAbroadHideTheChineseNameInside) {
  // 内华达州 is a state of the United States, not 达州 of 四川; 北海道 is not
  // 北海 of 广西.
  EXPECT_FALSE(Body("内华达州一处沙漠发现古老岩画。").province.has_value());
  EXPECT_FALSE(Body("北海道迎来今冬第一场大雪。").province.has_value());
  // A Chinese place before 省 stays Chinese: 西宁 + 省级.
  EXPECT_EQ(Codes(Body("西宁省级示范区建设提速。")), "630000/630100/-");
  // An ordinary word before 省 is no foreign division: 高原省份.
  Region plateau = Body("青海是高原省份，西宁的夏天很凉爽。");
  EXPECT_FALSE(plateau.abroad.has_value());
  EXPECT_EQ(Code(plateau.province), "630000");
}

TEST(RegionNewsTest, ForeignDatelineOrMainPlaceIsAbroad) {
  Region d = Place("约翰内斯堡", "", "南非各地举行活动。一位在武汉留学的学生参加了。");
  ASSERT_TRUE(d.abroad.has_value());
  EXPECT_EQ(d.abroad->iso, "ZA");
  EXPECT_EQ(d.abroad->country, "南非");
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(d.evidence, "dateline");
  Region b = Body("印度多地暴雨。印度气象部门发布预警，孟买交通中断。一名曾在成都工作的工程师说…");
  ASSERT_TRUE(b.abroad.has_value());
  EXPECT_EQ(b.abroad->iso, "IN");
  EXPECT_TRUE(b.empty());
  EXPECT_NE(RegionToJson(b).find("\"abroad\":{\"country\":\"印度\",\"iso\":\"IN\"}"),
            std::string::npos);
  // A Chinese dateline wins; China named as a whole counts against abroad.
  EXPECT_FALSE(Place("北京", "", "日本、美国、英国代表出席。日本代表发言。").abroad);
  EXPECT_FALSE(Body("我国与日本、韩国开展合作，中国企业在日本设厂。").abroad);
  // Where people or goods come from does not move the story.
  EXPECT_FALSE(Body("来自越南的新娘，来自泰国的大米，来自日本的游客。").abroad);
  EXPECT_FALSE(Body("日本队与韩国队的比赛。").abroad);  // teams
}

TEST(RegionNewsTest, HongKongMacaoTaiwanAreProvinces) {
  EXPECT_EQ(Codes(Body("香港特别行政区政府宣布新措施。")), "810000/-/-");
  EXPECT_EQ(Codes(Body("澳门特区举办美食节。")), "820000/-/-");
  EXPECT_EQ(Codes(Body("台湾省台北市的一家书店。")), "710000/-/-");
  EXPECT_FALSE(Body("香港特区政府宣布新措施。").abroad);
}

TEST(RegionNewsTest, StatedChainOutweighsAStrayName) {
  EXPECT_EQ(Codes(Body("浙江省杭州市余杭区良渚街道，毗邻苏州。")), "330000/330100/330110");
  EXPECT_EQ(Codes(Body("货物从广州发往湖南省长沙市岳麓区。")), "430000/430100/430104");
}

TEST(RegionNewsTest, CountyShortFormsCountInPlacePhrases) {
  EXPECT_EQ(Codes(Body("记者在义乌看到，商户们忙着备货。")), "330000/330700/330782");
  EXPECT_EQ(Codes(Body("柯桥市场上的布料琳琅满目。")), "330000/330600/330603");
  // Without the phrase a bare short form is still too weak to count.
  EXPECT_TRUE(Body("东风吹来，满眼春色。").empty());
}

TEST(RegionNewsTest, TownAfterACountyIsThatCountysTown) {
  // A town name from elsewhere right after a county is the county's own.
  Region r = Body("开化县张湾乡的茶农正在采茶。");
  EXPECT_EQ(Codes(r), "330000/330800/330824");
  // Generic town names do not vote on their own.
  EXPECT_TRUE(Body("经济技术开发区新落户三家企业。").empty());
}

TEST(RegionNewsTest, ProvinceAbbreviationsInFixedPhrases) {
  EXPECT_EQ(Codes(Body("研讨会日前在京召开。")), "110000/110100/-");
  EXPECT_EQ(Codes(Body("京郊的果园迎来采摘季。")), "110000/110100/-");
  EXPECT_EQ(Codes(Body("沪上的咖啡馆越来越多。")), "310000/310100/-");
  EXPECT_EQ(Codes(Body("津门球迷热情高涨。")), "120000/120100/-");
  // A longer name wins over the phrase it overlaps.
  EXPECT_EQ(Codes(Body("我们在桂林度假。")), "450000/450300/-");
  EXPECT_TRUE(Body("他在新的岗位上。").empty());
}

TEST(RegionNewsTest, DispatchLineInsideTheBodyIsADateline) {
  Region r = Body("新华社长沙3月5日电（记者 李明）广州、深圳和珠海的企业代表参加了会议。");
  EXPECT_EQ(Codes(r), "430000/430100/-");
  EXPECT_EQ(r.evidence, "dateline");
  // 电 inside a word (电力) does not make a dispatch line.
  EXPECT_NE(Body("本报联合湖南电力公司开展活动。").evidence, "dateline");
}

TEST(RegionNewsTest, ARoleAfterAPersonsClassifierIsNoPlace) {
  // 名/位 after a number or a demonstrative opens a phrase about people; a
  // name ending it is a role (中卫, a defender), not the city.
  EXPECT_TRUE(Body("队里两名中卫都已伤愈归队。").empty());
  EXPECT_TRUE(Body("这位老练中卫在训练中扭伤了脚踝。").empty());
  EXPECT_TRUE(Body("教练说，3名中卫将轮换出场。").empty());
  // A name that modifies the people it counts is still a place.
  EXPECT_EQ(Codes(Body("两名沈阳市民在景区走失。")), "210000/210100/-");
  EXPECT_EQ(Codes(Body("一名到沈阳旅游的游客受困。")), "210000/210100/-");
  // Without a classifier, or written out, the name is a place.
  EXPECT_EQ(Codes(Body("宁夏中卫的枸杞丰收了。")), "640000/640500/-");
  EXPECT_EQ(Codes(Body("两名中卫市民见义勇为。")), "640000/640500/-");
  // One sense per article: the headline's bare name is the role too, unless
  // the article names the place as such.
  EXPECT_TRUE(Place("", "中卫伤愈", "这位年轻中卫已经恢复训练。").empty());
  EXPECT_EQ(Codes(Place("", "宁夏中卫迎来旅游旺季", "景区招聘了两名中卫籍导游。")),
            "640000/640500/-");
}

TEST(RegionNewsTest, WhatFollowsAnAnniversaryIsTheCelebration) {
  EXPECT_TRUE(Body("公司迎来三十周年大庆，员工们欢聚一堂。").empty());
  EXPECT_TRUE(Place("", "欢度大庆", "医院举行建院五十周年大庆活动。").empty());
  // The anniversary of a place keeps it.
  EXPECT_EQ(Codes(Body("黑龙江大庆迎来建市六十周年。")), "230000/230600/-");
}

TEST(RegionNewsTest, AChainThatTheDictionaryListsAsAWordStaysAPlace) {
  // jieba lists 吉林长春 (a province and its capital) as one word; a word
  // that is a place and a unit under it hides neither.
  EXPECT_EQ(Codes(Body("吉林长春的汽车工厂扩建了。")), "220000/220100/-");
}

TEST(RegionNewsTest, AForeignDispatchLineAndShortStoriesAbroad) {
  Region d = Body("新华社内罗毕4月1日电 当地政府宣布新建一座水电站。");
  ASSERT_TRUE(d.abroad.has_value());
  EXPECT_EQ(d.abroad->iso, "KE");
  EXPECT_EQ(d.evidence, "dateline");
  // With no Chinese place, a country and its capital decide.
  Region s = Body("意大利总理周一在罗马发表讲话。");
  ASSERT_TRUE(s.abroad.has_value());
  EXPECT_EQ(s.abroad->iso, "IT");
  // One foreign name alone does not; nor two against a Chinese place.
  EXPECT_FALSE(Body("韩国总统发表新年讲话。").abroad.has_value());
  EXPECT_FALSE(Body("意大利客商在罗马签约后，将到宁波考察。").abroad.has_value());
  // Where someone comes from (来自成都) is no vote against the story abroad.
  Region o = Body("阿根廷布宜诺斯艾利斯举行探戈节，一位来自成都的舞者获得第二名。");
  ASSERT_TRUE(o.abroad.has_value());
  EXPECT_EQ(o.abroad->iso, "AR");
}

TEST(RegionNewsTest, ACountyThatOpensAHeadlineIsItsPlace) {
  // A bare county short form counts when the headline opens with it, set off
  // by a colon, a bar or brackets, as a dateline.
  EXPECT_EQ(Codes(Place("", "正定：古城墙下游人如织", "周末的古城墙下热闹非凡。")),
            "130000/130100/130123");
  EXPECT_EQ(Codes(Place("", "【柯桥】纺织企业订单回暖", "企业负责人说，订单排到了明年。")),
            "330000/330600/330603");
  // Inside the headline it stays weak.
  EXPECT_TRUE(Place("", "游人如织的正定老街", "周末的老街上热闹非凡。").empty());
  // Named in both headline and body, it counts; in the body once, it does not.
  EXPECT_EQ(Codes(Place("", "柯桥纺织订单回暖", "柯桥的纺织企业订单已排到明年。")),
            "330000/330600/330603");
  EXPECT_TRUE(Place("", "纺织订单回暖", "柯桥的纺织企业订单已排到明年。").empty());
  // Not for a name that is also an ordinary word (东方, the east).
  EXPECT_TRUE(Place("", "东方欲晓", "一轮红日从东方升起。").empty());
}

TEST(RegionNewsTest, FormerNamesWhoseCodeDidNotChange) {
  EXPECT_EQ(Codes(Body("襄樊市的老工业基地焕发新生。")), "420000/420600/-");
}

}  // namespace
}  // namespace baokan
