#include "segment/line_class.h"

#include <gtest/gtest.h>

#include "segment/chars.h"

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

TEST(SourceTrailerTest, AnAuthorMayFollowTheNameAndJuOnlyInBrackets) {
  auto s = FindSourceTrailer("（摘自《科技日报》　张　悦）");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "科技日报");
  s = FindSourceTrailer("…销售尤其火爆。摘自《经济参考报》 陈静");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "经济参考报");
  s = FindSourceTrailer("（据《新民晚报》）");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->name, "新民晚报");
  // 据 in the body opens a sentence; a long run after the name is text.
  EXPECT_FALSE(FindSourceTrailer("据《新民晚报》"));
  EXPECT_FALSE(FindSourceTrailer("他说，据《新民晚报》）"));
  EXPECT_FALSE(FindSourceTrailer("摘自《经济参考报》的报道指出"));
}

TEST(OpenerTest, ABylineRunIntoTheTextAfterTheOpener) {
  const std::string line = "本报讯　记者张晨　通讯员杨帆　暑期将至，不少学生打算找份临时工作。";
  auto o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "记者张晨 通讯员杨帆");
  EXPECT_EQ(line.substr(o->span.end), "暑期将至，不少学生打算找份临时工作。");
  o = FindOpener("本报讯 本报记者李蕊");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "本报记者李蕊");
  // 记者 as the body's subject: no name set apart by white space.
  o = FindOpener("据新华社合肥4月2日电　记者从中国科学技术大学获悉，");
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->byline.empty());
  o = FindOpener("新华社北京3月4日电　记者4日从水利部获悉，");
  ASSERT_TRUE(o);
  EXPECT_TRUE(o->byline.empty());
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

TEST(OpenerTest, APaperMayNameItselfInItsDispatch) {
  auto o = FindOpener("江城日报讯（全媒体记者　周明远　通讯员　李文）今年以来，");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "全媒体记者 周明远 通讯员 李文");
  o = FindOpener("晚报讯（见习记者 冯佳）");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "见习记者 冯佳");
  o = FindOpener("东岭新闻讯 近日，");
  ASSERT_TRUE(o);
  o = FindOpener("据江城日报南湖3月5日电（记者 甲乙）");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->place, "南湖");
  EXPECT_EQ(o->byline, "记者 甲乙");
  // An outlet's name must end in 讯 or in a dated 电: sentences that open
  // with a word ending in 报 are no dispatch.
  EXPECT_FALSE(FindOpener("情报电子化工作已经完成。"));
  EXPECT_FALSE(FindOpener("画报社区版面今天出刊。"));
  EXPECT_FALSE(FindOpener("报讯"));  // no name before the outlet word
}

TEST(OpenerTest, XiaoxiEndsADispatchBeforeAColonABracketOrASpace) {
  std::string line = "央视网消息（新闻联播）：今天，";
  auto o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(line.substr(o->span.end), "今天，");
  EXPECT_TRUE(o->byline.empty());
  line = "本报综合消息　据统计，";
  o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->place, "");  // 综合 is no place
  EXPECT_EQ(line.substr(o->span.end), "　据统计，");
  EXPECT_FALSE(FindOpener("本报消息灵通人士说，"));
}

TEST(OpenerTest, ATextMayOpenWithItsBylineAndBaodao) {
  std::string line = "本报记者　孙青　通讯员　赵北　报道：今年以来，";
  auto o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "本报记者 孙青 通讯员 赵北");
  EXPECT_EQ(line.substr(o->span.end), "今年以来，");
  o = FindOpener("江城日报全媒体记者　李想　报道　今年以来，");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->byline, "江城日报全媒体记者 李想");
  // 报道 after no byline, or in a sentence: no opener.
  EXPECT_FALSE(FindOpener("据记者报道，今年以来"));
  EXPECT_FALSE(FindOpener("媒体记者纷纷报道，"));
  EXPECT_FALSE(FindOpener("记者　孙青　报道过这件事"));
}

TEST(EditorsNoteTest, OpensWithTheNoteWord) {
  EXPECT_TRUE(IsEditorsNote("编者按：城市更新是一篇大文章。"));
  EXPECT_TRUE(IsEditorsNote("【编者按】城市更新是一篇大文章。"));
  EXPECT_TRUE(IsEditorsNote("　　编者的话　城市更新"));
  EXPECT_FALSE(IsEditorsNote("编者按照要求修改了稿件。"));
  EXPECT_FALSE(IsEditorsNote("本报编者按："));
}

TEST(OpenerTest, TheRoleTongxunyuanIsNoDispatch) {
  // 讯 of 通讯员 does not end a dispatch: the line is a byline.
  EXPECT_FALSE(FindOpener("本报记者　陈东　通讯员　周小平"));
  EXPECT_EQ(ParseBylineLine("本报记者　陈东　通讯员　周小平")->value, "本报记者 陈东 通讯员 周小平");
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

  // A bullet before a name or an affiliation; before other text it marks a
  // headline or a subhead, not a byline.
  EXPECT_TRUE(ParseBylineLine("■ 欧阳晓明"));
  EXPECT_TRUE(ParseBylineLine("■ 江城日报融媒体"));
  EXPECT_FALSE(ParseBylineLine("◆社区老年课堂场场爆满"));
  EXPECT_FALSE(ParseBylineLine("● 绿地建设提速"));

  // Credit letters before a slash: 文/ the text, 图/ the pictures.
  b = ParseBylineLine("◎文/李可　图/王伟");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kMarked);
  EXPECT_EQ(b->value, "文/李可 图/王伟");
}

TEST(BylineTest, RejectsSentencesAndLists) {
  EXPECT_FALSE(ParseBylineLine("记者从市里获悉，今年以来"));
  EXPECT_FALSE(ParseBylineLine("中国妇女报全媒体记者从"));
  EXPECT_FALSE(ParseBylineLine("■3月20日~23日，组织部到北京开展对接。"));
  EXPECT_FALSE(ParseBylineLine("◀ 上接第一版"));
  EXPECT_FALSE(ParseBylineLine("基层短信"));
  // Padded two-character names, alone or among reporters; letter writers.
  EXPECT_EQ(ParseBylineLine("李　华")->value, "李 华");
  EXPECT_FALSE(ParseBylineLine("李华"));         // no padding: may be a headline
  EXPECT_FALSE(ParseBylineLine("简　讯"));       // a padded column label
  EXPECT_TRUE(IsPaddedLabel("要　闻"));
  EXPECT_FALSE(IsPaddedLabel("李　华"));
  EXPECT_FALSE(ParseBylineLine("李　华　王"));   // not one name
  EXPECT_EQ(ParseBylineLine("本报记者　赵　亮　孙晓梅")->value, "本报记者 赵 亮 孙晓梅");
  EXPECT_FALSE(ParseBylineLine("本报记者　赵　孙晓梅"));  // a lone character
  EXPECT_EQ(ParseBylineLine("读者　王秀兰")->form, BylineForm::kPlain);
  EXPECT_FALSE(ParseBylineLine("读者来信"));
  EXPECT_FALSE(ParseBylineLine("读者 们"));
  EXPECT_FALSE(ParseBylineLine("本报某地3月8日电（记者 甲乙、"));  // a bracket left open
  EXPECT_EQ(ParseBylineLine("本报评论员")->form, BylineForm::kPlain);  // names no one
  EXPECT_FALSE(ParseBylineLine("记者"));
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
  // Without a colon the place is a short city name or ends in a suffix: a
  // short headline opens with a province too.
  EXPECT_TRUE(IsDatelineLine("浙江安吉县"));
  EXPECT_FALSE(IsDatelineLine("辽宁主场力克广东"));
  EXPECT_FALSE(IsDatelineLine("广东出台新规"));
  EXPECT_EQ(DatelineValue("甘肃省庆城县:"), "甘肃省庆城县");
  EXPECT_EQ(DatelineValue("湖南长沙："), "湖南长沙");
}

TEST(DebrisTest, RecognizesPageFurniture) {
  EXPECT_TRUE(IsDebrisLine("扫码看"));
  EXPECT_TRUE(IsDebrisLine("责任编辑：张三"));
  EXPECT_TRUE(IsDebrisLine("编辑：郑　雯"));
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

TEST(OpenerTest, ReportedDispatchGivesPlaceAndByline) {
  const std::string line = "据新华社某城10月9日电（记者 甲乙、丙丁）某组织今天宣布";
  const auto o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->place, "某城");
  EXPECT_EQ(o->byline, "记者 甲乙、丙丁");
  EXPECT_EQ(line.substr(o->span.end), "某组织今天宣布");
  // 本报讯 names no place; a relative date is not part of the place.
  EXPECT_EQ(FindOpener("本报讯（记者 甲乙）近日")->place, "");
  EXPECT_EQ(FindOpener("本报某地今日电 近日")->place, "某地");
  // A place with a numeral in its name stops only at ASCII digits.
  EXPECT_EQ(FindOpener("本报三明3月1日电（记者 甲乙）")->place, "三明");
  EXPECT_FALSE(FindOpener("据了解，本报记者采访了多位专家"));
}

TEST(ClosingNoteTest, DispatchAuthorAndReporterLists) {
  EXPECT_TRUE(IsClosingNote("（本报某某堡2月9日电）"));
  EXPECT_TRUE(IsClosingNote("（作者为某某大学教授，本报记者甲乙采访整理）"));
  EXPECT_TRUE(IsClosingNote("（本报记者 甲乙 丙丁 戊己、庚辛 壬癸 子丑 寅卯 辰巳）"));
  EXPECT_TRUE(IsClosingNote("(作者系某研究院研究员)"));
  EXPECT_FALSE(IsClosingNote("（2023—2027年）"));
  EXPECT_FALSE(IsClosingNote("（以下简称某基地）"));
  EXPECT_FALSE(IsClosingNote("（记者在现场看到，人们排起长队。）"));
  EXPECT_FALSE(IsClosingNote("本报记者 甲乙"));  // not in brackets: a plain byline
  const auto d = FindDispatch("（本报某某堡2月9日电）");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "某某堡");
  EXPECT_EQ(d->byline, "");
}

TEST(PhotoCreditTest, CreditsAloneAndAfterACaption) {
  bool alone = false;
  EXPECT_TRUE(EndsWithPhotoCredit("甲乙丙摄", &alone));
  EXPECT_TRUE(alone);
  EXPECT_TRUE(EndsWithPhotoCredit("新华社记者 甲乙摄（影像中国）", &alone));
  EXPECT_TRUE(alone);
  EXPECT_TRUE(EndsWithPhotoCredit("新华社发", &alone));
  EXPECT_TRUE(EndsWithPhotoCredit("图为游客在景区游览。 新华社发", &alone));
  EXPECT_FALSE(alone);
  EXPECT_FALSE(EndsWithPhotoCredit("春日美景引游客纷纷拍摄"));
  EXPECT_FALSE(EndsWithPhotoCredit("某市出台措施支持企业出口先发"));
  EXPECT_TRUE(IsCreditedCaption("图为游客在景区游览。 新华社发"));
  EXPECT_TRUE(IsCreditedCaption("游客在景区游览。 本报记者 甲乙摄"));
  EXPECT_FALSE(IsCreditedCaption("甲乙丙摄"));
  const auto b = ParseBylineLine("新华社记者 甲乙摄");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kCredit);
  EXPECT_EQ(ParseBylineLine("甲乙丙摄")->form, BylineForm::kCredit);
}

TEST(LetterTest, SalutationsAndDates) {
  EXPECT_TRUE(IsSalutation("亲爱的女儿："));
  EXPECT_TRUE(IsSalutation("尊敬的各位来宾："));
  EXPECT_TRUE(IsSalutation("同学们："));
  EXPECT_FALSE(IsSalutation("某省某县："));  // a dateline
  EXPECT_FALSE(IsSalutation("亲爱的女儿"));
  EXPECT_TRUE(IsDateOnlyLine("2024年3月1日"));
  EXPECT_TRUE(IsDateOnlyLine("二〇二四年三月一日"));
  EXPECT_TRUE(IsDateOnlyLine("2024.3.1"));
  EXPECT_FALSE(IsDateOnlyLine("3月1日上午"));
  EXPECT_FALSE(IsDateOnlyLine("2024"));
}

TEST(SidebarLabelTest, LeadAndInnerBoxes) {
  bool leads = false;
  EXPECT_TRUE(IsSidebarLabel("核心阅读", &leads));
  EXPECT_TRUE(leads);
  EXPECT_TRUE(IsSidebarLabel("■ 记者手记", &leads));
  EXPECT_FALSE(leads);
  EXPECT_TRUE(IsSidebarLabel("延伸阅读："));
  EXPECT_FALSE(IsSidebarLabel("核心阅读材料汇编"));
  // A short label in lenticular brackets alone on its line; a longer one is
  // a brief's title.
  EXPECT_TRUE(IsSidebarLabel("【案情】"));
  EXPECT_TRUE(IsSidebarLabel("【基本案情】"));
  EXPECT_FALSE(IsSidebarLabel("【某湖荷花进入最佳观赏期】"));
  // A box label is no byline although it holds a role word.
  EXPECT_FALSE(ParseBylineLine("记者手记"));
}

TEST(FolioTest, PageFurnitureLines) {
  EXPECT_TRUE(IsFolioLine("2024年3月12日 星期二 第17版 责任编辑：甲 乙"));
  EXPECT_TRUE(IsFolioLine("第 3 版"));
  EXPECT_TRUE(IsFolioLine("责编：甲乙"));
  EXPECT_FALSE(IsFolioLine("（下转第2版）"));
  EXPECT_FALSE(IsFolioLine("第十届运动会开幕"));
  EXPECT_FALSE(IsFolioLine("星期二上午，记者来到某社区。"));
}

TEST(TitleTagTest, ColumnTagsAtTheEnd) {
  const std::string title = "共同守护蓝色家园（钟声）";
  const auto t = FindTitleTag(title);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->name, "钟声");
  EXPECT_EQ(title.substr(0, t->span.begin), "共同守护蓝色家园");
  EXPECT_EQ(FindTitleTag("某地见闻（代表委员履职故事）")->name, "代表委员履职故事");
  EXPECT_FALSE(FindTitleTag("乡村振兴纪实（上）"));       // a part number
  EXPECT_FALSE(FindTitleTag("（钟声）"));                  // nothing before it
  EXPECT_FALSE(FindTitleTag("某地开展活动（记者 甲乙）"));  // a byline
  EXPECT_FALSE(FindTitleTag("某基地建设规划（2024）"));
}

TEST(LineClassTest, ExclaimedHeadlines) {
  EXPECT_TRUE(IsExclaimedHeadline("一起向未来！"));
  EXPECT_TRUE(IsExclaimedHeadline("孩子的书包为何越来越重？"));
  EXPECT_TRUE(IsExclaimedHeadline("春天来了，出发！"));
  EXPECT_FALSE(IsExclaimedHeadline("一起向未来"));                 // no mark: IsHeadlineShape's
  EXPECT_FALSE(IsExclaimedHeadline("天晴了。我们出发吧！"));       // two sentences
  EXPECT_FALSE(IsExclaimedHeadline("他说，来了，走了，又来了！"));  // commas of a sentence
  EXPECT_FALSE(IsExclaimedHeadline(
      "这是一句很长很长的话它远远超过了一个新闻标题通常会有的长度而且还在继续！"));
}

TEST(LineClassTest, LetterSignOffNamesTheWriterThroughTheReader) {
  EXPECT_TRUE(IsLetterSignOff("你的老师"));
  EXPECT_TRUE(IsLetterSignOff("  永远爱你的妈妈 "));
  EXPECT_TRUE(IsLetterSignOff("您的学生 甲乙"));
  EXPECT_FALSE(IsLetterSignOff("你的"));                  // names nobody
  EXPECT_FALSE(IsLetterSignOff("我们都记得你的笑容"));    // 你的 too far in
  EXPECT_FALSE(IsLetterSignOff("你的努力，我们看得见。"));  // a sentence
  EXPECT_FALSE(IsLetterSignOff("技术服务送到田间地头"));
}

TEST(LineClassTest, ADispatchOpenerWithItsBodyWrappedAfterItIsNoBylineLine) {
  // 记者从… is the body's first words, cut by the line's end, not a name.
  EXPECT_FALSE(ParseBylineLine("据新华社合肥4月2日电　记者从中国科"));
  EXPECT_FALSE(ParseBylineLine("本报北京3月4日电　记者从水利"));
  // A byline with its agency and no dispatch is one.
  EXPECT_TRUE(ParseBylineLine("新华社记者　张三　李四"));
}

TEST(LineClassTest, RunInBracketedTitlesOfBriefs) {
  const std::string line = "【某湖荷花进入最佳观赏期】记者从景区获悉，荷花竞相开放。";
  std::optional<RunInTitle> r = FindRunInTitle(line);
  ASSERT_TRUE(r);
  EXPECT_EQ(line.substr(r->body), "记者从景区获悉，荷花竞相开放。");
  EXPECT_EQ(line.substr(r->title.begin, r->title.end - r->title.begin), "某湖荷花进入最佳观赏期");
  // After a bullet, up to white space.
  const std::string bulleted = "■全市春季植树活动启动　3月12日，植树活动在湿地公园启动。";
  r = FindRunInTitle(bulleted);
  ASSERT_TRUE(r);
  EXPECT_EQ(bulleted.substr(r->title.begin, r->title.end - r->title.begin), "全市春季植树活动启动");
  EXPECT_EQ(bulleted.substr(r->body), "3月12日，植树活动在湿地公园启动。");
  EXPECT_FALSE(FindRunInTitle("■全市春季植树活动启动"));              // no body
  EXPECT_FALSE(FindRunInTitle("■本报记者　王五"));                    // a short name, no text
  EXPECT_FALSE(FindRunInTitle("■3月12日，植树活动在湿地公园启动。"));  // a sentence
  // An article's section label, a title with no body, a sentence: none.
  EXPECT_FALSE(FindRunInTitle("【案情】2022年，刘某向朋友借款五万元。"));
  EXPECT_FALSE(FindRunInTitle("【某湖荷花进入最佳观赏期】"));
  EXPECT_FALSE(FindRunInTitle("【景区提醒游客错峰出行。】注意防暑。"));
  EXPECT_FALSE(FindRunInTitle("记者从景区获悉【某湖荷花进入最佳观赏期】"));
}

TEST(LineClassTest, HeadlinesBrokenAfterTheirFirstClause) {
  EXPECT_TRUE(IsClauseBreakHeadline("暴雨夜，", "他们守在积水路口"));
  EXPECT_TRUE(IsClauseBreakHeadline("稳就业、", "多地出台新举措"));
  // A long first line is body text; so is a second line that ends a sentence.
  EXPECT_FALSE(IsClauseBreakHeadline("一场强降雨突袭主城区部分路段出现积水，", "交警冒雨疏导交通"));
  EXPECT_FALSE(IsClauseBreakHeadline("暴雨夜，", "他们守在积水路口。"));
  EXPECT_FALSE(IsClauseBreakHeadline("暴雨夜", "他们守在积水路口"));
}

TEST(LineClassTest, ABylineOfTextAndPhotosIsNoPhotoCredit) {
  const auto b = ParseBylineLine("晚报记者　沈　悦　文/摄");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->form, BylineForm::kPlain);
  EXPECT_NE(b->value.find("沈"), std::string::npos);
  const auto credit = ParseBylineLine("晚报记者　沈悦　摄");
  ASSERT_TRUE(credit);
  EXPECT_EQ(credit->form, BylineForm::kCredit);
}

TEST(LineClassTest, AdvertLabels) {
  EXPECT_TRUE(IsAdvertLabel("广告"));
  EXPECT_TRUE(IsAdvertLabel("【广告】"));
  EXPECT_TRUE(IsAdvertLabel(" （广告） "));
  EXPECT_FALSE(IsAdvertLabel("广告法修订草案公开征求意见"));
  EXPECT_FALSE(IsAdvertLabel("虚假广告"));
}

TEST(LineClassTest, TableRowsStandApartInWideCells) {
  EXPECT_TRUE(IsTableRow("进出口总值　1.92万亿元　+3.4%"));
  EXPECT_TRUE(IsTableRow("出口    1.21万亿元    +5.1%"));
  // Cells must hold numbers, and stand apart by more than a word space.
  EXPECT_FALSE(IsTableRow("本报记者　张　华　王　明"));
  EXPECT_FALSE(IsTableRow("35倍长焦 某相机SX30 IS售价2780元"));
  EXPECT_FALSE(IsTableRow("地区　　人口　　面积"));
  // A sentence is no row, nor a letter-spaced line of text.
  EXPECT_FALSE(IsTableRow("全年增长　3.4%　高于预期　5.1%。"));
  EXPECT_FALSE(IsTableRow("种 植 脆 柿 黄 金 奈 李 200 亩 300"));
  // One-digit cells are numbers; a result row has its score between sides.
  EXPECT_TRUE(IsTableRow("韩国　　3　3　0　0　9"));
  EXPECT_TRUE(IsTableRow("对手　　1：1　中国"));
  EXPECT_TRUE(IsTableRow("辽宁　　102:95　广东"));
  EXPECT_FALSE(IsTableRow("比分　　1：　中国"));     // no score: a colon
  EXPECT_FALSE(IsTableRow("对手　　1：1　中国　　好"));  // a lone letter
}

TEST(LineClassTest, GraphicSourceLines) {
  EXPECT_TRUE(IsGraphicSourceLine("数据来源：国家统计局"));
  EXPECT_TRUE(IsGraphicSourceLine("资料来源: 某省海关"));
  EXPECT_TRUE(IsGraphicSourceLine("来源：某市统计局"));
  EXPECT_FALSE(IsGraphicSourceLine("来源："));
  EXPECT_FALSE(IsGraphicSourceLine("收入来源：主要靠外出务工。"));
  EXPECT_FALSE(IsGraphicSourceLine("群众反映的问题来源：多头管理造成推诿扯皮的现象仍然存在较多需要解决"));
}

}  // namespace
TEST(LineClassTest, SeriesLabels) {
  EXPECT_TRUE(IsSeriesLabel("聚焦春耕生产"));
  EXPECT_TRUE(IsSeriesLabel("乡村振兴观察"));
  EXPECT_TRUE(IsSeriesLabel("基层干部履职故事"));
  EXPECT_TRUE(IsSeriesLabel("读者来信"));
  EXPECT_FALSE(IsSeriesLabel("观察"));              // the word alone
  EXPECT_FALSE(IsSeriesLabel("老旧小区改造"));      // a title's first half
  EXPECT_FALSE(IsSeriesLabel("聚焦：春耕生产"));    // punctuation
  EXPECT_FALSE(IsSeriesLabel("走进千家万户的幸福生活故事"));  // too long
}

TEST(EndMarkTest, FindsMarksInBracketsAndDashesOnly) {
  for (const char* line : {"（完）", "(完)", "【全文完】", "—完—", "——完——", "（未完待续）", " （待续） "}) {
    EXPECT_TRUE(IsEndMark(line)) << line;
  }
  for (const char* line : {"完", "（完成）", "（完）本报讯", "——完善机制", "（上）"}) {
    EXPECT_FALSE(IsEndMark(line)) << line;
  }
}

TEST(PageReferenceTest, ArrowsMayRepeat) {
  const std::string line = "全市春季植树活动启动　>>>2版";
  const std::optional<size_t> at = FindPageReferenceTail(line);
  ASSERT_TRUE(at);
  EXPECT_EQ(TrimSpace(std::string_view(line).substr(0, *at)), "全市春季植树活动启动");
  EXPECT_TRUE(FindPageReferenceTail("全市春季植树活动启动　»3版"));
  EXPECT_FALSE(FindPageReferenceTail("全市春季植树活动启动　3版"));  // a folio's tail, maybe
}

TEST(EnumeratedSubheadTest, OrdinalsBracketsAndDigits) {
  for (const char* line : {"一是加强组织领导", "二、强化资金保障", "（三）突出产业带动", "(十二)抓好落实",
                           "1.加强组织领导", "２、强化资金保障", "十一是做好宣传"}) {
    EXPECT_TRUE(IsEnumeratedSubhead(line)) << line;
  }
  for (const char* line : {"一季度经济稳中向好", "1.5亿元资金到位", "二是", "一是加强领导。其余工作照常",
                           "三十年来的变迁", "第一书记的一天"}) {
    EXPECT_FALSE(IsEnumeratedSubhead(line)) << line;
  }
}

TEST(OpenerTest, AgenciesNamedByTheirOwnNameAndBracketedDispatches) {
  auto o = FindOpener("据路透社堪培拉5月6日电　澳大利亚政府6日表示，");
  ASSERT_TRUE(o);
  EXPECT_EQ(o->place, "堪培拉");
  std::string line = "【美联社纽约5月5日电】由于多条主要航线绕行，";
  o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->place, "纽约");
  EXPECT_EQ(line.substr(o->span.end), "由于多条主要航线绕行，");
  EXPECT_FALSE(FindOpener("【美联社纽约5月5日电"));  // the bracket must close on it
  EXPECT_FALSE(FindOpener("合作社电商平台上线"));    // no day before 电
}

TEST(OpenerTest, ADigestsSourceLineWithTheOriginalTitleAndAuthor) {
  const std::string line = "【英国《金融时报》网站5月4日报道】题：电池工厂遍地开花（作者 汤姆·布朗）";
  auto o = FindOpener(line);
  ASSERT_TRUE(o);
  EXPECT_EQ(o->span.end, line.size());
  EXPECT_EQ(o->byline, "汤姆·布朗");
  const std::string bare = "【日本《读卖新闻》5月3日报道】日本多地气温创新高。";
  o = FindOpener(bare);
  ASSERT_TRUE(o);
  EXPECT_EQ(bare.substr(o->span.end), "日本多地气温创新高。");
  EXPECT_FALSE(FindOpener("【链接】日本多地气温创新高。"));
}

TEST(AttributionLeadTest, NamesTheReportItRetells) {
  EXPECT_TRUE(IsAttributionLead("据共同社5月5日报道，受去年夏季高温影响，"));
  EXPECT_TRUE(IsAttributionLead("据新加坡《联合早报》5月5日报道，印度尼西亚"));
  EXPECT_TRUE(IsAttributionLead("据江城日报报道："));
  EXPECT_FALSE(IsAttributionLead("据统计，全县已发放技术资料五千余份，媒体报道，"));
  EXPECT_FALSE(IsAttributionLead("据了解报道，"));
  EXPECT_FALSE(IsAttributionLead("据共同社5月5日报道"));  // no comma: a headline
}

TEST(SourceTrailerTest, IssueAndTranslatorAfterThePapersName) {
  auto t = FindSourceTrailer("（摘自《参考资料》5月6日一期　编译　王　岩）");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->name, "参考资料");
  t = FindSourceTrailer("摘自《江城晚报》2024年第3期");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->name, "江城晚报");
  EXPECT_FALSE(FindSourceTrailer("摘自《江城晚报》的一篇文章说，"));
  // A paper's name after 来源 is an article's trailer, not a graphic's source.
  EXPECT_FALSE(IsGraphicSourceLine("（来源：《环球时报》）"));
  EXPECT_TRUE(IsGraphicSourceLine("数据来源：国家统计局"));
}

}  // namespace baokan::segment
