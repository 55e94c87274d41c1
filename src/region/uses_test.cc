// What a name stands for in its phrase: people named after where they come
// from, a work's setting, goods and models, a part of a country abroad
// (issue 14, sixth pass; docs/region.md). The texts are written for these
// tests.

#include <string>

#include "baokan/region.h"
#include "gtest/gtest.h"
#include "region/test_region.h"

namespace baokan {
namespace {

using testing_region::Codes;
using testing_region::Place;
using testing_region::PlaceText;

std::string Iso(const Region& r) { return r.abroad ? r.abroad->iso : "-"; }

TEST(RegionUsesTest, PeopleNamedAfterTheirHomeAreAnOrigin) {
  EXPECT_TRUE(PlaceText("隔壁新搬来的邻居是个爽快的潍坊人。").empty());
  EXPECT_TRUE(PlaceText("决赛中，湖北选手发挥稳定，最终夺得金牌。").empty());
  EXPECT_TRUE(PlaceText("几位温州客商看中了这批货。").empty());
  // The place where the visitors are wins over where they come from.
  EXPECT_EQ(Codes(PlaceText("一群宁波游客在丽江拍照留念。")), "530000/530700/-");
  // Residents and longer words are the place itself.
  EXPECT_EQ(Codes(PlaceText("潍坊人民公园今天免费开放。")), "370000/370700/-");
  EXPECT_EQ(Codes(PlaceText("潍坊市民可以在网上预约。")), "370000/370700/-");
  EXPECT_EQ(Codes(PlaceText("潍坊人口普查工作顺利完成。")), "370000/370700/-");
  // An office away from home is where it stands.
  EXPECT_EQ(Codes(PlaceText("甘肃驻沪办事处组织了一场推介会。")), "310000/310100/-");
}

TEST(RegionUsesTest, AWorksSettingIsNoPlace) {
  EXPECT_TRUE(PlaceText("这部小说以民国时期的苏州为背景。").empty());
  EXPECT_TRUE(PlaceText("一部以青海为题材的话剧即将首演。").empty());
  EXPECT_TRUE(PlaceText("在诗人笔下的绍兴，雨总是下个不停。").empty());
  EXPECT_TRUE(PlaceText("诗人笔下的扬州，烟花三月最美。").empty());
  // 以…为中心 says where something is.
  EXPECT_EQ(Codes(PlaceText("以郑州为中心的高铁网络基本形成。")), "410000/410100/-");
}

TEST(RegionUsesTest, GoodsAndModelsNamedAfterTheirHome) {
  EXPECT_TRUE(PlaceText("她给家里寄了两盒福建白茶。").empty());
  EXPECT_TRUE(PlaceText("他从超市买回一箱山东苹果。").empty());
  EXPECT_TRUE(PlaceText("这款外套选用内蒙古羊绒，手感柔软。").empty());
  EXPECT_TRUE(PlaceText("会议提出要借鉴浙江经验，推进基层治理。").empty());
  // A name written right after the goods' name is part of it.
  EXPECT_TRUE(PlaceText("桌上放着一罐四川雅安的藏茶。").empty());
  EXPECT_TRUE(PlaceText("这只花瓶是景德镇瓷器。").empty());
  // Not after other classifiers or numbers.
  EXPECT_EQ(Codes(PlaceText("三名潍坊学生获得一等奖。")), "370000/370700/-");
  EXPECT_EQ(Codes(PlaceText("景德镇瓷器博览会今天开幕。")), "360000/360200/-");
}

TEST(RegionUsesTest, TwoThingsOfOneKind) {
  EXPECT_TRUE(PlaceText("年货清单上有安徽笋干和云南米线。").empty());
  // Only right before the second thing, with its own name between.
  EXPECT_EQ(Codes(PlaceText("记者在昆明看到，云南米线很受欢迎。")), "530000/530100/-");
}

TEST(RegionUsesTest, AFacilityNamedAfterItsPlaceStandsThere) {
  // A county's short form is weak alone; before a facility it is a place.
  EXPECT_EQ(Codes(PlaceText("义乌鲜花市场迎来采购高峰。")), "330000/330700/330782");
  EXPECT_EQ(Codes(PlaceText("晋江国际机场新开两条航线。")), "350000/350500/350582");
  EXPECT_EQ(Iso(PlaceText("泰国廊曼机场旅客吞吐量回升。")), "TH");
  EXPECT_TRUE(PlaceText("晋江今年雨水偏多。").empty());
}

TEST(RegionUsesTest, ATownNamedAfterItsCityIsPlacedAnywhere) {
  // A town-level unit without a town suffix counts only beside its parent,
  // unless its name opens with its parent's own name.
  EXPECT_EQ(Codes(PlaceText("天津港保税区内一家融资租赁公司开业。")), "120000/120100/120116");
  EXPECT_EQ(Codes(PlaceText("张家港保税区的一家企业扩建厂房。")), "320000/320500/320582");
}

TEST(RegionUsesTest, StreetsOfACityAreTheCity) {
  EXPECT_EQ(Codes(PlaceText("春节前夕，洛阳街头挂满了红灯笼。")), "410000/410300/-");
  EXPECT_TRUE(PlaceText("他在洛阳街开了一家小店。").empty());
}

TEST(RegionUsesTest, APartOfACountryOrAPlacePhraseStatesAStoryAbroad) {
  EXPECT_EQ(Iso(PlaceText("秘鲁南部发生山体滑坡，多条公路中断。")), "PE");
  EXPECT_EQ(Iso(PlaceText("智利阿塔卡马地区迎来罕见降雨，沙漠开满鲜花。")), "CL");
  EXPECT_EQ(Iso(PlaceText("一家中国企业在越南建成一座光伏电站。")), "VN");
  EXPECT_EQ(Iso(PlaceText("中国驻法国大使馆提醒中国公民注意出行安全。")), "FR");
  // A destination or a market abroad is no place of the story.
  EXPECT_EQ(Iso(PlaceText("这家航空公司新开一条飞往越南的航线。")), "-");
  EXPECT_EQ(Iso(PlaceText("国内企业加快开拓越南市场，今年出口增长一成。")), "-");
  // After a Chinese place, a country is a partner.
  EXPECT_EQ(Codes(Place("", "", "宁波一家企业在越南设立工厂，越南北部的员工已经上岗。")),
            "330000/330200/-");
}

}  // namespace
}  // namespace baokan
