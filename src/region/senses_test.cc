// Names used in another sense (issue 14, fourth pass): companies in stock
// market sentences, people after a title, positions on a team, festivals,
// resident correspondents abroad, and traditional characters. The texts are
// written for these tests.

#include <string>

#include "baokan/region.h"
#include "gtest/gtest.h"
#include "region/test_region.h"

namespace baokan {
namespace {

using testing_region::Codes;
using testing_region::Place;
Region InBody(std::string_view text) { return Place("", "", text); }

TEST(RegionSensesTest, InAStockMarketSentenceAShortFormOpeningANameIsACompany) {
  EXPECT_TRUE(InBody("早盘安徽合力股价走高，机械板块随之上扬。").empty());
  EXPECT_TRUE(InBody("四川路桥和浙江医药双双涨停。").empty());
  EXPECT_TRUE(InBody("大股东拟增持湖南黄金不超过一亿元。").empty());
  // Written out, in a place phrase or before a place suffix: the place.
  EXPECT_EQ(Codes(InBody("安徽省多只个股股价上涨。")), "340000/-/-");
  EXPECT_EQ(Codes(InBody("总部位于长沙的这家公司股价大涨。")), "430000/430100/-");
  EXPECT_EQ(Codes(InBody("湖南县域持有的个股数量上升。")), "430000/-/-");
  // Only in the market word's clause: a headline's clauses are set off by
  // spaces, a sentence's by commas.
  EXPECT_EQ(Codes(Place("", "杭州新房成交回暖 远郊楼盘领涨", "")), "330000/330100/-");
  EXPECT_EQ(Codes(InBody("澳门法院作出裁决，大股东表示接受。")), "820000/-/-");
  // Without a market word the name is a place as before.
  EXPECT_EQ(Codes(InBody("安徽合肥新建一座科技馆。")), "340000/340100/-");
}

TEST(RegionSensesTest, ANameAfterAPersonsTitleIsThePerson) {
  EXPECT_TRUE(InBody("球王阿里的故事被拍成了纪录片。").empty());
  EXPECT_TRUE(InBody("她的恩师、钢琴家海东林先生到场祝贺。").empty());
  EXPECT_TRUE(InBody("影帝黄山凭此片再获提名。").empty());
  // 记者 is no title here: 记者北京报道 stays a place.
  EXPECT_EQ(Codes(InBody("本报记者北京报道 首都文化活动丰富。")), "110000/110100/-");
}

TEST(RegionSensesTest, APositionOnATeamIsNoPlace) {
  EXPECT_TRUE(InBody("他在中卫位置上打满了全场。").empty());
  EXPECT_TRUE(InBody("他大学时改打中卫，从此一发不可收。").empty());
  // One sense per article: the headline's bare 中卫 is the position too.
  EXPECT_TRUE(Place("", "中卫之困", "老队长司职中卫多年，如今伤病缠身。").empty());
  // 位置 as the city's location: a place.
  EXPECT_EQ(Codes(InBody("宁夏中卫位置偏远，但风光秀丽。")), "640000/640500/-");
  EXPECT_EQ(Codes(InBody("中卫位置优越，交通便利。")), "640000/640500/-");
}

TEST(RegionSensesTest, AfterAFestivalOrJubileeWordIsTheCelebration) {
  EXPECT_TRUE(InBody("迎国庆大庆典礼在广场上彩排。").empty());
  EXPECT_TRUE(InBody("全校师生欢度校庆大庆。").empty());
  EXPECT_EQ(Codes(InBody("黑龙江大庆的石油工人欢度国庆。")), "230000/230600/-");
  // After a festival word only a name ending in 庆 is the celebration.
  EXPECT_EQ(Codes(InBody("国庆杭州西湖游人如织。")), "330000/330100/330106");
}

TEST(RegionSensesTest, AResidentCorrespondentAbroadIsAForeignDateline) {
  Region r = InBody("本报驻开罗记者 当地时间周日，一座新博物馆开门迎客，游客多来自北京。");
  ASSERT_TRUE(r.abroad.has_value());
  EXPECT_EQ(r.abroad->iso, "EG");
  // At home the line is a dateline too: it outweighs other names.
  Region home = InBody("本报驻杭州记者 来自宁波、温州的客商云集，绍兴的展位最多，绍兴人也最多。");
  EXPECT_EQ(Codes(home), "330000/330100/-");
  EXPECT_EQ(home.evidence, "dateline");
  // 驻 without 记者 is no such line.
  EXPECT_EQ(Codes(InBody("驻村干部在南京学到了新技术。")), "320000/320100/-");
}

TEST(RegionSensesTest, TraditionalCharactersMatchAsSimplifiedOnes) {
  EXPECT_EQ(Codes(InBody("臺灣高鐵今日加開班次。")), "710000/-/-");
  EXPECT_EQ(Codes(InBody("廣東省韶關市的丹霞山遊人如織。")), "440000/440200/-");
  EXPECT_EQ(Codes(InBody("灣仔會展中心舉行書展，香港市民踴躍入場。")), "810000/-/-");
  Region abroad = InBody("據報道，韓國首爾將舉辦國際電影節，日期定在十月。");
  ASSERT_TRUE(abroad.abroad.has_value());
  EXPECT_EQ(abroad.abroad->iso, "KR");
}

}  // namespace
}  // namespace baokan
