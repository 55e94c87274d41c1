// Names that head a kind of thing, stand in a comparison, or say where
// someone comes from (issue 14, fifth pass; docs/region.md). The texts are
// written for these tests.

#include <string>

#include "baokan/region.h"
#include "gtest/gtest.h"
#include "region/test_region.h"

namespace baokan {
namespace {

using testing_region::Codes;
using testing_region::Place;
using testing_region::PlaceText;

TEST(RegionKindsTest, ANameHeadingAKindOfThingIsNoPlace) {
  EXPECT_TRUE(PlaceText("她在电话里说着一口地道的长沙话。").empty());
  EXPECT_TRUE(PlaceText("老人的河南口音很重，孙子常常听不懂。").empty());
  EXPECT_TRUE(PlaceText("这道湖北菜讲究鲜香，做法并不复杂。").empty());
  EXPECT_TRUE(PlaceText("晚饭吃了一份南京烤鸭和两个烧饼。").empty());
  EXPECT_TRUE(PlaceText("货架上摆满了青海啤酒和各色饮料。").empty());
  EXPECT_TRUE(PlaceText("台上的老艺人唱起了山东梆子。").empty());
  EXPECT_TRUE(PlaceText("民宿的院子按照云南风格布置。").empty());
  // A word that only starts with a head's character: the place stays.
  EXPECT_EQ(Codes(PlaceText("北京话剧院新排了一部戏。")), "110000/110100/-");
  EXPECT_EQ(Codes(PlaceText("江苏菜价连续三周回落。")), "320000/-/-");
  EXPECT_EQ(Codes(PlaceText("上海菜市场里的蔬菜供应充足。")), "310000/310100/-");
  // A festival of a food or drink is held at its home.
  EXPECT_EQ(Codes(PlaceText("青岛啤酒节今晚开幕。")), "370000/370200/-");
  // The same name elsewhere in the text still counts.
  EXPECT_EQ(Codes(PlaceText("成都小吃节在成都举行，游客品尝了各地美食。")), "510000/510100/-");
}

TEST(RegionKindsTest, TradeWordsOfCompaniesEndTheirName) {
  EXPECT_TRUE(PlaceText("湖北电器推出新款空调。").empty());
  EXPECT_TRUE(PlaceText("山西铝业与下游企业签订供货合同。").empty());
}

TEST(RegionKindsTest, BroadcastersAndSponsoredTeamsAreOrganisations) {
  EXPECT_TRUE(PlaceText("深圳卫视推出新栏目。").empty());
  EXPECT_TRUE(PlaceText("这档节目由吉林广播电视台制作。").empty());
  EXPECT_TRUE(PlaceText("广州某某淘宝队更名后首场比赛获胜。").empty());
  EXPECT_TRUE(PlaceText("北京医疗队已经抵达。").empty());
  // 电视 without 台, 队伍 and 队列 are no organisation.
  EXPECT_EQ(Codes(PlaceText("北京电视剧展播季开幕。")), "110000/110100/-");
  EXPECT_EQ(Codes(PlaceText("江苏交警队伍开展夏季练兵。")), "320000/-/-");
  EXPECT_EQ(Codes(PlaceText("北京消防总队发布安全提示。")), "110000/110100/-");
  // After a foreign name the country's own broadcaster or unit is no team.
  EXPECT_TRUE(Place("", "驻阿富汗北约部队称将撤离", "").abroad.has_value());
}

TEST(RegionKindsTest, TheStandardOfAComparisonIsNoPlace) {
  EXPECT_TRUE(PlaceText("这座小城的房价已经比深圳还高。").empty());
  EXPECT_TRUE(PlaceText("当地人说，这条老街的热闹程度堪比成都。").empty());
  EXPECT_TRUE(PlaceText("和广州一样，这里的早茶文化历史悠久。").empty());
  EXPECT_TRUE(PlaceText("与当年的开封相比，今天的小镇冷清了许多。").empty());
  EXPECT_EQ(Codes(PlaceText("广州的早茶文化历史悠久。")), "440000/440100/-");
  EXPECT_EQ(Codes(PlaceText("比赛在南京举行。")), "320000/320100/-");
  EXPECT_EQ(Codes(PlaceText("今年北京相比去年多了两成游客。")), "110000/110100/-");
}

TEST(RegionKindsTest, AnOriginDoesNotVote) {
  EXPECT_EQ(Codes(PlaceText("来自河南洛阳的志愿者在甘肃张掖植树。")), "620000/620700/-");
  EXPECT_EQ(Codes(PlaceText("这位老人祖籍福建，在湖北宜昌生活了六十年。")), "420000/420500/-");
  EXPECT_EQ(Codes(PlaceText("一位广西籍的厨师在云南昆明开了餐馆。")), "530000/530100/-");
  EXPECT_EQ(Codes(PlaceText("他出生于江苏南京，后来到北京工作。")), "110000/110100/-");
  // Where something comes from, alone, is not where the story is.
  EXPECT_TRUE(PlaceText("这批小商品产自浙江义乌。").empty());
  // A place phrase that is no origin still counts.
  EXPECT_EQ(Codes(PlaceText("记者来到浙江义乌的小商品市场。")), "330000/330700/330782");
}

TEST(RegionKindsTest, ATitleBeforeASurnameAndANameIsAPerson) {
  EXPECT_TRUE(PlaceText("演员高唐山的新剧开播。").empty());
  EXPECT_TRUE(PlaceText("小说家马鞍山的作品获奖。").empty());
  // A verb or a function word after the title: the name is a place.
  EXPECT_EQ(Codes(PlaceText("导演在上海拍摄新片。")), "310000/310100/-");
  EXPECT_EQ(Codes(PlaceText("院士回浙江讲学。")), "330000/-/-");
}

TEST(RegionKindsTest, AStoryOpeningWithAChainAbroadIsAbroad) {
  Region r = PlaceText("肯尼亚内罗毕的一所医院用上了中国捐赠的设备。");
  ASSERT_TRUE(r.abroad.has_value());
  EXPECT_EQ(r.abroad->iso, "KE");
  Region later = PlaceText("据报道。智利圣地亚哥举行的书展上，中国图书受到欢迎。");
  ASSERT_TRUE(later.abroad.has_value());
  EXPECT_EQ(later.abroad->iso, "CL");
  // A chain after a Chinese place, or inside a sentence, is a partner.
  EXPECT_EQ(Codes(PlaceText("杭州一家企业与美国纽约的一家公司签约。")), "330000/330100/-");
  EXPECT_FALSE(PlaceText("我国企业和美国纽约的一家公司签约。").abroad.has_value());
}

}  // namespace
}  // namespace baokan
