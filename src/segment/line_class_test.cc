#include "segment/line_class.h"

#include <gtest/gtest.h>

namespace baokan::segment {
namespace {

TEST(JumpMarkerTest, FindsMarkersWithBracketsArrowsAndSpaces) {
  auto m = FindJumpMarker("（上接1版）");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->ref, "1版");
  EXPECT_TRUE(m->continued_from);
  EXPECT_EQ(m->span.begin, 0u);
  EXPECT_EQ(m->span.end, std::string_view("（上接1版）").size());

  m = FindJumpMarker("◀ 上接第一版");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->ref, "第一版");
  EXPECT_EQ(m->span.begin, 0u);

  m = FindJumpMarker("（上接 1版）助力学生");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->ref, "1版");

  const std::string line = "区政府召开常务会议（上接A2版）会议指出";
  m = FindJumpMarker(line);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->ref, "A2版");
  EXPECT_EQ(line.substr(0, m->span.begin), "区政府召开常务会议");
  EXPECT_EQ(line.substr(m->span.end), "会议指出");

  m = FindJumpMarker("（上接第2页）");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->ref, "第2页");

  m = FindJumpMarker("(下转3版)");
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->continued_from);
  EXPECT_EQ(m->ref, "3版");
}

TEST(JumpMarkerTest, IgnoresOrdinaryText) {
  EXPECT_FALSE(FindJumpMarker("他上接电话，下转身就走了。"));
  EXPECT_FALSE(FindJumpMarker("本报今日出版"));
  EXPECT_FALSE(FindJumpMarker(""));
}

TEST(SourceTrailerTest, FindsTrailersAtTheEndOnly) {
  auto s = FindSourceTrailer("探索基层治理新路径。 摘自《安徽日报》");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "安徽日报");
  s = FindSourceTrailer("（摘自《浙江日报》）");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "浙江日报");
  EXPECT_EQ(s->span.begin, 0u);
  s = FindSourceTrailer("来源：《人民日报》");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "人民日报");
  EXPECT_FALSE(FindSourceTrailer("摘自《安徽日报》的一篇文章说"));
  EXPECT_FALSE(FindSourceTrailer("他读了《安徽日报》"));
}

TEST(OpenerTest, ReadsTheBylineOfADispatch) {
  auto o = FindOpener("本报讯 （记者 姚延洋）5月31日，");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "记者 姚延洋");
  EXPECT_EQ(std::string("本报讯 （记者 姚延洋）5月31日，").substr(o->span.end), "5月31日，");

  o = FindOpener("本报讯 通讯员张三报道：某县通过");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "通讯员张三");
  EXPECT_EQ(std::string("本报讯 通讯员张三报道：某县通过").substr(o->span.end), "某县通过");

  o = FindOpener("本报北京5月1日电（记者 李四）");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "记者 李四");

  o = FindOpener("本报讯 近日，某市召开会议。");
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->byline.empty());

  EXPECT_FALSE(FindOpener("本报记者从市里获悉，"));
  EXPECT_FALSE(FindOpener("会议指出，本报讯"));
}

TEST(BylineTest, RecognizesTheForms) {
  auto b = ParseBylineLine("（中国妇女报全媒体记者 邵伟）");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kBracketed);
  EXPECT_EQ(b->value, "中国妇女报全媒体记者 邵伟");

  b = ParseBylineLine("■ 某某报全媒体记者 王五");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kMarked);
  EXPECT_EQ(b->value, "某某报全媒体记者 王五");

  b = ParseBylineLine("□本报记者 张三 实习生 李四");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kMarked);

  b = ParseBylineLine("■ 乐丁");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kMarked);

  b = ParseBylineLine("某报记者 赵六/钱七");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kPlain);

  b = ParseBylineLine("本报记者 张三 摄");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kCredit);
}

TEST(BylineTest, RejectsSentencesAndLists) {
  EXPECT_FALSE(ParseBylineLine("记者从市里获悉，今年以来"));
  EXPECT_FALSE(ParseBylineLine("中国妇女报全媒体记者从"));
  EXPECT_FALSE(ParseBylineLine("■3月20日~23日，组织部到北京开展对接。"));
  EXPECT_FALSE(ParseBylineLine("◀ 上接第一版"));
  EXPECT_FALSE(ParseBylineLine("基层短信"));
}

TEST(BylineTest, CleansRoleDecorations) {
  EXPECT_EQ(CleanByline("本报讯 通讯员张三报道："), "通讯员张三");
  EXPECT_EQ(CleanByline("■ 记者  张三 "), "记者 张三");
  EXPECT_EQ(CleanByline("（记者 李四）"), "记者 李四");
}

TEST(CaptionTest, SeesACreditAfterASentence) {
  EXPECT_TRUE(IsCreditedCaption("居民们在游戏中收获知识。 记者 张三 摄"));
  EXPECT_FALSE(IsCreditedCaption("本报记者 张三 摄"));
}

TEST(DatelineTest, RecognizesRegionLines) {
  EXPECT_TRUE(IsDatelineLine("湖南长沙："));
  EXPECT_TRUE(IsDatelineLine("西藏拉萨"));
  EXPECT_TRUE(IsDatelineLine("黑龙江东风"));
  EXPECT_TRUE(IsDatelineLine("甘肃省庆城县:"));
  EXPECT_TRUE(IsDatelineLine("某某县："));
  EXPECT_FALSE(IsDatelineLine("基层短信"));
  EXPECT_FALSE(IsDatelineLine("某某县"));  // no colon, no province
  EXPECT_FALSE(IsDatelineLine("湖南长沙召开全省妇女工作会议并部署下一步工作"));
  EXPECT_EQ(DatelineValue("甘肃省庆城县:"), "甘肃省庆城县");
  EXPECT_EQ(DatelineValue("湖南长沙："), "湖南长沙");
}

TEST(DebrisTest, RecognizesPageFurniture) {
  EXPECT_TRUE(IsDebrisLine("扫码看"));
  EXPECT_TRUE(IsDebrisLine("责任编辑：张三"));
  EXPECT_FALSE(IsDebrisLine("群众扫码即可办理业务，全程不超过五分钟，方便快捷又省心省力。"));
}

TEST(HeadlineShapeTest, SeparatesHeadlinesFromProse) {
  EXPECT_TRUE(IsHeadlineShape("妇女干部学校挂牌成立", 0));
  EXPECT_TRUE(IsHeadlineShape("五连冠! 松江再次荣膺“全国双拥模范城”", 0));
  EXPECT_TRUE(IsHeadlineShape("同心逐梦，情越太行——", 0));
  EXPECT_TRUE(IsHeadlineShape("湖南长沙：", 0));
  EXPECT_FALSE(IsHeadlineShape("何为“全科社工”?能起到什么作用?", 0));
  EXPECT_FALSE(IsHeadlineShape("会议还研究了其他事项。", 0));
  EXPECT_FALSE(IsHeadlineShape("去年以来，某县着眼于以自治增活力，以", 0));
  EXPECT_FALSE(IsHeadlineShape("推动工作，", 0));
  // On a page whose body lines are ~18 characters, a line as long with a
  // comma is a wrapped body line.
  EXPECT_FALSE(IsHeadlineShape("会议指出，安全生产工作是一场持久", 18));
  EXPECT_TRUE(IsHeadlineShape("会议指出，安全生产工作是一场持久", 0));
}

TEST(UndoubleTest, HalvesEachDoubledPart) {
  EXPECT_EQ(Undouble("游客同比增长七成多游客同比增长七成多 旅游收入增长四成旅游收入增长四成"),
            "游客同比增长七成多 旅游收入增长四成");
  EXPECT_EQ(Undouble("谢谢谢谢"), "谢谢谢谢");  // too short to tell
  EXPECT_EQ(Undouble("妇女干部学校挂牌成立"), "妇女干部学校挂牌成立");
  EXPECT_EQ(Undouble("  a  b "), "a b");
}

TEST(EndsAsKickerTest, DashOrColon) {
  EXPECT_TRUE(EndsAsKicker("景洪市创新普法形式——"));
  EXPECT_TRUE(EndsAsKicker("爱如潮涌——"));
  EXPECT_FALSE(EndsAsKicker("网球进校园"));
}

}  // namespace
}  // namespace baokan::segment
