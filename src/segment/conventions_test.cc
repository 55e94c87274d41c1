// SplitPage on made-up pages laid out with the conventions of national and
// local dailies that the seed pages do not show (docs/split.md, "Pages
// without blank lines" and the rules after it). Every page here is printed
// without blank lines, as pdftotext -raw gives them, unless a test says so.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "baokan/split.h"
#include "segment/test_pages.h"

namespace baokan {
namespace {

using segment::testing::FindByTitle;
using segment::testing::JoinLines;

// Body lines of about 20 characters, so that the page has a wrap width.
const std::vector<std::string> kBodyA = {
    "某市今年以来持续推进老旧小区改造工作，",
    "累计完成改造项目一百余个，惠及居民三万",
    "余户。改造后的小区环境整洁，设施完善。",
    "居民们纷纷表示，生活变得更加便利了。",
};
const std::vector<std::string> kBodyB = {
    "某地农业部门组织技术人员深入田间地头，",
    "指导农户开展春季田间管理，现场讲解病虫",
    "害防治要点，发放技术资料五百余份。",
};

std::vector<std::string> Concat(std::vector<std::vector<std::string>> parts) {
  std::vector<std::string> out;
  for (auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

TEST(ConventionsTest, HeadlineStackAfterAClosedArticleStartsANewOne) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA,
                        {"（本报记者 丙丁 戊己）", "多方专家——", "共商春耕生产大计",
                         "——某地推进农业技术服务纪实",
                         "据新华社某地3月9日电（记者 庚辛、壬癸）"},
                        kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title, "老旧小区焕新颜");
  EXPECT_EQ(a.dateline, "某市");
  EXPECT_EQ(a.byline, "记者 甲乙 本报记者 丙丁 戊己");
  EXPECT_EQ(a.text.substr(0, 12), "某市今年");
  const Article& b = r.articles[1];
  EXPECT_EQ(b.kicker, "多方专家——");
  EXPECT_EQ(b.title, "共商春耕生产大计");
  EXPECT_EQ(b.subtitle, "——某地推进农业技术服务纪实");
  EXPECT_EQ(b.dateline, "某地");
  EXPECT_EQ(b.byline, "记者 庚辛、壬癸");
  EXPECT_EQ(b.text.find("据新华社"), std::string::npos) << b.text;
}

TEST(ConventionsTest, FolioGivesEveryArticleItsPageFactsAndADispatchItsDay) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"国际", "2024年3月12日 星期二 第17版 责任编辑：甲乙", "老旧小区焕新颜",
                         "本报某市3月11日电（记者 甲乙）"},
                        kBodyA, {"（本报记者 丙丁）", "技术服务送到田间"}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].date, "2024-03-11");  // the dispatch's day
  EXPECT_EQ(r.articles[1].date, "2024-03-12");  // the page's
  for (const Article& a : r.articles) {
    EXPECT_EQ(a.edition, 17);
    EXPECT_EQ(a.section, "国际");
  }
  const SplitResult bare = SplitPage("p", JoinLines(kBodyA));
  ASSERT_EQ(bare.articles.size(), 1u);
  EXPECT_FALSE(bare.articles[0].date || bare.articles[0].edition || bare.articles[0].section);
}

TEST(ConventionsTest, TaggedTitleWithoutOpenerIsNotGluedToTheArticleAbove) {
  const SplitResult r =
      SplitPage("p", JoinLines(Concat({{"老旧小区焕新颜"}, kBodyA, {"守护共同家园（时评）"}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  const Article* b = FindByTitle(r, "守护共同家园（时评）");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->column, "时评");
  EXPECT_EQ(b->text.substr(0, 6), "某地");
}

TEST(ConventionsTest, BodiesBeforeTheirHeadlinesEachOpenAnArticle) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"本报讯（记者 甲乙）" + kBodyA[0]}, {kBodyA.begin() + 1, kBodyA.end()},
                        {"老旧小区改造惠及三万户", "本报讯（通讯员 丙丁）" + kBodyB[0]},
                        {kBodyB.begin() + 1, kBodyB.end()}, {"技术服务送到田间"}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "老旧小区改造惠及三万户");
  EXPECT_EQ(r.articles[0].byline, "记者 甲乙");
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
  EXPECT_EQ(r.articles[1].byline, "通讯员 丙丁");
}

TEST(ConventionsTest, LeadBoxBylineAndSidebarStayInOneArticle) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "核心阅读", "改造让老小区有了新面貌。", "本报记者 甲乙"},
                        kBodyA, {"记者手记", "改造只是开始，长效管理更重要。"}})));
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title, "老旧小区焕新颜");
  EXPECT_EQ(a.byline, "本报记者 甲乙");
  EXPECT_EQ(a.text.substr(0, 12), "核心阅读");
  EXPECT_NE(a.text.find("\n记者手记\n"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("长效管理更重要。"), std::string::npos);
}

TEST(ConventionsTest, LeadBoxThenADispatchOpenerIsOneArticle) {
  // 核心阅读 and its summary between the headline and the first paragraph,
  // which opens with the dispatch: one article, the opener's byline its own.
  const SplitResult r = SplitPage(
      "p", JoinLines({"老旧小区焕新颜", "", "核心阅读", "改造让老小区有了新面貌。", "",
                      "  本报长沙5月3日电（记者 甲乙）今年以来，全市改造老旧小区一百二十个，",
                      "惠及居民三万户。改造内容包括管网、电梯和停车设施。",
                      "  居民们说，小区的面貌一年一个样。"}));
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title, "老旧小区焕新颜");
  EXPECT_EQ(a.byline, "记者 甲乙");
  EXPECT_EQ(a.text.substr(0, 12), "核心阅读");
  EXPECT_NE(a.text.find("一年一个样。"), std::string::npos) << a.text;
}

TEST(ConventionsTest, LetterWithSalutationSignatureAndTitleBelow) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({kBodyA, kBodyB, {"春耕技术送到田间", "亲爱的女儿：", "见字如面。你离家已经一个月了。",
                                 "愿你健康快乐。", "爱你的爸爸", "2024年3月1日", "一封家书",
                                 "（作者为某中学教师）"}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "春耕技术送到田间");
  const Article& letter = r.articles[1];
  EXPECT_EQ(letter.title, "一封家书");
  EXPECT_EQ(letter.text.substr(0, 18), "亲爱的女儿：");
  EXPECT_NE(letter.text.find("2024年3月1日"), std::string::npos) << letter.text;
  EXPECT_EQ(letter.byline, "作者为某中学教师");
}

TEST(ConventionsTest, ALettersSignOffInABlockOfItsOwnEndsTheLetter) {
  // Blocks between blank lines: the sign-off 你的老师 after the letter's last
  // paragraph is the letter's, not the next article's headline.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"一封家书", "", "  亲爱的孩子们：", "  见字如面。你们离开学校已经一年了，",
                              "我常常想起你们在教室里读书的样子。", "", "  愿你们健康快乐。", "",
                              "你的老师", "", "街头篮球赛开赛", ""},
                             kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "一封家书");
  EXPECT_TRUE(r.articles[0].text.ends_with("你的老师")) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "街头篮球赛开赛");
  // Outside a letter the same shape is a headline.
  const SplitResult h = SplitPage("p", JoinLines(Concat({{"你的名字", ""}, kBodyB})));
  ASSERT_EQ(h.articles.size(), 1u);
  EXPECT_EQ(h.articles[0].title, "你的名字");
}

TEST(ConventionsTest, PhotoCreditsAndFolioAreNoHeadlines) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"2024年3月12日 星期二 第5版 责任编辑：甲乙", "老旧小区焕新颜"}, kBodyA,
                        {"图为改造后的小区一角。 本报记者 丙丁摄", "新华社发", "技术服务送到田间"},
                        kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
  EXPECT_EQ(r.articles[1].text.find("新华社"), std::string::npos);
  bool folio = false;
  for (const NoiseBlock& n : r.noise) folio |= n.text.find("第5版") != std::string::npos;
  EXPECT_TRUE(folio);
}

TEST(ConventionsTest, ReporterListWrappedOverTwoLinesClosesTheArticle) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜"}, kBodyA, {"（本报记者 甲乙 丙丁 戊己 庚辛", "壬癸 子丑）"},
                        {"技术服务送到田间"}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].byline, "本报记者 甲乙 丙丁 戊己 庚辛 壬癸 子丑");
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
}

TEST(ConventionsTest, BylineBracketWrappedAfterAnOpener) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报讯（记者 甲乙 通讯员 丙", "丁）" + kBodyA[0]},
                        {kBodyA.begin() + 1, kBodyA.end()}})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_EQ(r.articles[0].byline, "记者 甲乙 通讯员 丙丁");
  EXPECT_EQ(r.articles[0].text.substr(0, 6), "某市");
}

TEST(ConventionsTest, ForwardJumpEndsItsArticleAndContinuationStartsOne) {
  const SplitResult first = SplitPage(
      "p1", JoinLines(Concat({{"老旧小区焕新颜", "本报记者 甲乙"}, kBodyA, {"（下转第2版）", "技术服务送到田间"},
                         kBodyB})));
  ASSERT_EQ(first.articles.size(), 2u);
  EXPECT_EQ(first.articles[0].continued_to, "第2版");
  EXPECT_FALSE(first.articles[1].continued_to);
  for (const NoiseBlock& n : first.noise) EXPECT_NE(n.reason, "jump") << n.text;
  const SplitResult next =
      SplitPage("p2", JoinLines(Concat({{"老旧小区焕新颜", "（上接第1版）"}, kBodyB})));
  ASSERT_EQ(next.articles.size(), 1u);
  EXPECT_EQ(next.articles[0].continued_from, "第1版");
}

TEST(ConventionsTest, LinesTheLayoutSetsAsHeadlinesAreHeadlinesWhateverTheirShape) {
  const std::string page = JoinLines(Concat({{"小区改造惠及三万户！"}, kBodyA}));
  EXPECT_FALSE(SplitPage("p", page).articles[0].title);  // ends like a sentence
  SplitOptions options;
  options.headline_lines = {1};  // a PDF's large type
  const SplitResult r = SplitPage("p", page, options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "小区改造惠及三万户！");
}

TEST(ConventionsTest, ALayoutThatPutsHeadlinesAboveTheirBodiesIsTrusted) {
  // The headline shares words with the body above it; on a text page it is
  // that body's title printed under it, on a laid-out PDF page it is the
  // title of the body below.
  const std::string page =
      JoinLines(Concat({kBodyA, {"", "老旧小区改造工作惠及居民", ""}, {"本报讯（记者 甲乙）" + kBodyB[0]},
                   {kBodyB.begin() + 1, kBodyB.end()}}));
  const SplitResult text = SplitPage("p", page);
  ASSERT_EQ(text.articles.size(), 2u);
  EXPECT_EQ(text.articles[0].title, "老旧小区改造工作惠及居民");
  SplitOptions options;
  options.headlines_above = true;
  const SplitResult pdf = SplitPage("p", page, options);
  ASSERT_EQ(pdf.articles.size(), 2u);
  EXPECT_FALSE(pdf.articles[0].title);
  EXPECT_EQ(pdf.articles[1].title, "老旧小区改造工作惠及居民");
}

TEST(ConventionsTest, AHeadlineWithPunctuationIsNoColumnName) {
  // A short title over a body, then a headline over a 本报讯 body: the first
  // title stays (a column name would be plain Han characters).
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"", "某人：“大”战略", ""}, kBodyA,
                        {"", "春耕生产进行时", "", "本报讯（记者 甲乙）" + kBodyB[0]},
                        {kBodyB.begin() + 1, kBodyB.end()}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "某人：“大”战略");
  EXPECT_FALSE(r.articles[0].column);
  EXPECT_EQ(r.articles[1].title, "春耕生产进行时");
}

TEST(ConventionsTest, TitleWrappedWithARemainderOrAParticleIsOneTitle) {
  for (const auto& [l1, l2] : {std::pair<std::string, std::string>{"某大学校长力捧十三岁新", "生"},
                               std::pair<std::string, std::string>{"探寻某某楼盘逆市热销", "的真实原因"}}) {
    const SplitResult r = SplitPage("p", JoinLines(Concat({{"", l1, l2, ""}, kBodyA})));
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].title, l1 + l2);
    EXPECT_FALSE(r.articles[0].subtitle);
    EXPECT_FALSE(r.articles[0].kicker);
  }
}

TEST(ConventionsTest, AClosedArticlesNextHeadlineOpensTheNextOne) {
  // An untitled body closed by its dispatch note; the headline after it,
  // whose words are the body below's, goes with the 本报讯 body below, not up
  // as a title printed after the body.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({kBodyA, {"（本报某地3月1日电）", "", "技术人员指导春季田间管理", "",
                                 "本报讯（记者 甲乙）" + kBodyB[0]},
                        {kBodyB.begin() + 1, kBodyB.end()}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_FALSE(r.articles[0].title);
  EXPECT_EQ(r.articles[1].title, "技术人员指导春季田间管理");
}

TEST(ConventionsTest, AClosedArticlesTitleMayFollowItsClosingLine) {
  // On a page whose headlines come after their bodies, the title is printed
  // under the closing note; so it is where the headline's words are the
  // closed body's and not the next one's.
  for (bool after_page : {true, false}) {
    std::vector<std::string> page = Concat({kBodyA, {"（本报某地3月1日电）", "", "老旧小区改造惠及居民",
                                                     "", "本报讯（记者 甲乙）" + kBodyB[0]},
                                            {kBodyB.begin() + 1, kBodyB.end()}});
    if (after_page) page.push_back("农技服务进田间");
    const SplitResult r = SplitPage("p", JoinLines(page));
    ASSERT_EQ(r.articles.size(), 2u) << after_page;
    EXPECT_EQ(r.articles[0].title, "老旧小区改造惠及居民") << after_page;
    EXPECT_EQ(r.articles[0].dateline, "某地") << after_page;
    if (after_page) {
      EXPECT_EQ(r.articles[1].title, "农技服务进田间");
    }
  }
}

TEST(ConventionsTest, APlainBylineOnTopOfTheFirstParagraphOpensTheBody) {
  // 本报记者　某某 printed right above the body, no blank line between; and
  // an author's two-character name padded to three (李　华).
  for (const std::string byline : {"本报记者　丙丁", "李　华"}) {
    const SplitResult r = SplitPage(
        "p", JoinLines(Concat({{"老旧小区焕新颜", "", byline}, kBodyA})));
    ASSERT_EQ(r.articles.size(), 1u) << byline;
    EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜") << byline;
    EXPECT_EQ(r.articles[0].byline, byline == "李　华" ? "李 华" : "本报记者 丙丁");
    EXPECT_EQ(r.articles[0].text.substr(0, 6), "某市") << r.articles[0].text;
  }
}

TEST(ConventionsTest, ATitledArticleWithItsBylineKeepsItsTitle) {
  // A short plain title with a byline under it is no column name, even when
  // a short line and a 本报讯 body follow.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"", "王某筹钱去留学", "", "本报记者 丙丁", ""}, kBodyA,
                        {"", "简讯", "", "春耕生产进行时", "", "本报讯（记者 甲乙）" + kBodyB[0]},
                        {kBodyB.begin() + 1, kBodyB.end()}})));
  ASSERT_GE(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "王某筹钱去留学");
  EXPECT_FALSE(r.articles[0].column);
}

TEST(ConventionsTest, TitleLinesFromTheLayoutDecideColumnKickerAndTitle) {
  // As a PDF page gives it: label, kicker and title in three type sizes.
  const std::string page = JoinLines(Concat({{"简讯", "", "某某代表走访基层", "", "老旧小区焕新颜", ""}, kBodyA}));
  SplitOptions options;
  options.headline_lines = {1, 3, 5};
  options.title_lines = {5};
  options.headlines_above = true;
  const SplitResult r = SplitPage("p", page, options);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].column, "简讯");
  EXPECT_EQ(r.articles[0].kicker, "某某代表走访基层");
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
}

TEST(ConventionsTest, SubheadsOfAFeatureStayInItsText) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报记者 甲乙"}, kBodyA, {"改造惠及三万户"}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_NE(r.articles[0].text.find("\n改造惠及三万户\n"), std::string::npos)
      << r.articles[0].text;
}

TEST(ConventionsTest, AParagraphsFirstLineThatLostItsIndentIsNoHeadline) {
  // pdftotext drops paragraph indents: a paragraph's first line is then two
  // characters short of the column, and one broken before a quotation that
  // may not be split ends without punctuation. On a page with no indented
  // line, such a line is body text, not a headline.
  const std::string page = JoinLines({
      "春耕备耕有序推进",
      "——某县推进农业技术服务纪实",
      "本报记者 甲乙",
      "",
      "丙丁摄",
      "",
      "产业融合——农旅结合让乡村“活”起",
      "来，今年以来全县接待游客十余万人次，带动",
      "农民增收三千余万元，乡村面貌焕然一新。",
      "某地农业部门组织技术人员深入田间地头指导",
      "农户开展春季田间管理，现场讲解病虫害防治",
      "要点，发放技术资料五百余份，受到欢迎。",
      "据介绍，该县还将继续加大投入力度，推动",
      "农业产业链向纵深发展，助力乡村全面振兴。",
      "与此同时，当地积极引进龙头企业，打造特色",
      "品牌，让更多农产品走出大山、走向市场。",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "春耕备耕有序推进");
  EXPECT_EQ(r.articles[0].byline, "本报记者 甲乙");
  EXPECT_EQ(r.articles[0].text.substr(0, 12), "产业融合");
}

TEST(ConventionsTest, APhotoCreditBetweenHeadlineAndBodyIsTheCaptionOfAPicture) {
  // Headline, byline, then a picture (its credit on a line of its own),
  // then the body: the credit closes nothing and the headline keeps its body.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "——某市推进城市更新纪实", "本报记者 甲乙", "",
                              "丙丁摄", ""},
                             kBodyA, kBodyB, kBodyA})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_EQ(r.articles[0].byline, "本报记者 甲乙");
  EXPECT_EQ(r.articles[0].text.find("丙丁"), std::string::npos);
}

TEST(ConventionsTest, ALineIsMeasuredAgainstItsOwnColumnNotThePages) {
  // A page mixing a wide column (22 characters a line, most of the page)
  // with a narrow one (16): in the narrow article a paragraph's first line
  // that lost its indent is 14 characters, far short of the page's typical
  // line but one indent short of its own column's. It stays in its
  // paragraph, and the narrow article keeps its headline.
  const std::string wide_text =
      "某市今年以来持续推进老旧小区改造工作，累计完成改造项目一百余个，惠及居民三万余户。"
      "改造后的小区环境整洁，设施完善，居民们纷纷表示生活变得更加便利了。某地农业部门组织"
      "技术人员深入田间地头，指导农户开展春季田间管理，现场讲解病虫害防治要点，发放技术资"
      "料五百余份，受到当地群众的普遍欢迎。与此同时，当地积极引进龙头企业，打造特色品牌，"
      "让更多农产品走出大山、走向市场，带动农民持续增收。据介绍，该县还将继续加大投入力度"
      "，推动农业产业链向纵深发展，助力乡村全面振兴。";
  constexpr size_t kWideLineBytes = 22 * 3;  // every character above is 3 bytes of UTF-8
  std::vector<std::string> lines = {"春耕备耕有序推进", ""};
  for (int round = 0; round < 2; ++round) {
    for (size_t at = 0; at < wide_text.size(); at += kWideLineBytes) {
      lines.push_back(wide_text.substr(at, kWideLineBytes));
    }
  }
  const std::vector<std::string> narrow = {
      "",
      "妇女干部学校挂牌成立",
      "",
      "为加大女性人才培训力度，服务经济",
      "大局，为推动发展战略实施提供人才",
      "支撑，某市妇女干部学校近日在市委",
      "党校挂牌成立。",
      "",
      "某某市妇女干部学校的正式揭牌",
      "是该市妇女干部教育培训史上的一件",
      "大喜事，标志着该市培训事业步入了",
      "新阶段、翻开了新篇章，对于加强干",
      "部教育培训工作的集中统一领导、提",
      "高妇女干部教育培训水平具有重要意",
      "义。",
  };
  lines.insert(lines.end(), narrow.begin(), narrow.end());
  const SplitResult r = SplitPage("p", JoinLines(lines));
  ASSERT_EQ(r.articles.size(), 2u);
  const Article* a = FindByTitle(r, "妇女干部学校挂牌成立");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(a->text.find("\n某某市妇女干部学校的正式揭牌是该市妇女干部教育培训史上的一件大喜事"),
            std::string::npos)
      << a->text;
}

TEST(ConventionsTest, AFrontPagesIndexBoxIsNoArticle) {
  // 导读: headlines of stories printed on other pages, each with its page,
  // under the headline or after it; then the page's own first article.
  for (const bool blank_lines : {true, false}) {
    std::vector<std::string> lines = {"今日导读",
                                      "",
                                      "某市老旧小区改造惠及居民（第5版）",
                                      "春季旅游市场持续升温 →A3版",
                                      "",
                                      "某地粮食产量再创历史新高",
                                      "详见第2版",
                                      "",
                                      "某地推进农业技术服务",
                                      "详见第6版",
                                      "",
                                      "老旧小区焕新颜",
                                      "本报某市3月8日电（记者 甲乙）"};
    for (const auto* body : {&kBodyA, &kBodyB, &kBodyA}) {
      lines.insert(lines.end(), body->begin(), body->end());
    }
    if (!blank_lines) {
      lines.erase(std::remove(lines.begin(), lines.end(), std::string()), lines.end());
    }
    const SplitResult r = SplitPage("p", JoinLines(lines));
    ASSERT_EQ(r.articles.size(), 1u) << "blank lines: " << blank_lines;
    EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
    EXPECT_EQ(r.articles[0].subtitle, std::nullopt);
    EXPECT_EQ(r.articles[0].kicker, std::nullopt);
  }
  // A jump marker is no index entry: the article continues on page 3.
  std::vector<std::string> jumped = {"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"};
  jumped.insert(jumped.end(), kBodyA.begin(), kBodyA.end());
  jumped.push_back("（下转第3版）");
  const SplitResult j = SplitPage("p", JoinLines(jumped));
  ASSERT_EQ(j.articles.size(), 1u);
  EXPECT_EQ(j.articles[0].continued_to, "第3版");
}

TEST(ConventionsTest, AHeadlineWrappedOverTwoLinesIsNoSubhead) {
  // Between two bodies, a headline wrapped over two lines (the second the
  // shorter rest) opens a new article; a kicker-form subhead of a feature
  // (某某—— / 某某) and a one-line subhead stay in the text.
  for (const bool blank_lines : {true, false}) {
    std::vector<std::string> lines = {"老旧小区焕新颜", "本报记者 甲乙"};
    auto add = [&](std::vector<std::string> part) {
      if (blank_lines) lines.push_back("");
      lines.insert(lines.end(), part.begin(), part.end());
    };
    add(kBodyA);
    add({"项目牵动——", "精准实施让合作见真章出实效"});
    add(kBodyB);
    add({"改造惠及三万户"});
    add(kBodyA);
    add({"石化双雄掉头下挫 拖累沪指回吐", "早盘涨幅"});
    add(kBodyB);
    const SplitResult r = SplitPage("p", JoinLines(lines));
    ASSERT_EQ(r.articles.size(), 2u) << "blank lines: " << blank_lines;
    EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
    EXPECT_NE(r.articles[0].text.find("\n改造惠及三万户\n"), std::string::npos);
    EXPECT_NE(r.articles[0].text.find("精准实施让合作见真章出实效"), std::string::npos);
    // Which of the two lines is the title is AssignTwoLines' call; both are
    // the new article's headline, none is its text.
    const Article& b = r.articles[1];
    EXPECT_EQ(b.kicker.value_or("") + b.title.value_or("") + b.subtitle.value_or(""),
              "石化双雄掉头下挫 拖累沪指回吐早盘涨幅");
    EXPECT_EQ(b.text.substr(0, 12), "某地农业");
  }
}

TEST(ConventionsTest, WithTheLayoutsHeadlinesABodyTypeLineIsASubhead) {
  // A PDF page whose layout found its headlines by type size: a short line in
  // body type between two paragraphs (a feature's subhead) stays in the text
  // as a paragraph of its own. The text rules alone take it for the title of
  // a short piece, since a headline and a 本报讯 opener follow the paragraph
  // under it.
  std::vector<std::string> lines = {"老旧小区焕新颜", "本报记者 甲乙"};
  lines.insert(lines.end(), kBodyA.begin(), kBodyA.end());
  lines.push_back("绿色成为底色");
  lines.push_back("　　" + kBodyB[0]);
  lines.insert(lines.end(), kBodyB.begin() + 1, kBodyB.end());
  lines.push_back("");
  const int second_title = static_cast<int>(lines.size()) + 1;
  lines.push_back("春耕备耕有序推进");
  lines.push_back("本报讯（记者 丙丁）" + kBodyA[0]);
  lines.insert(lines.end(), kBodyA.begin() + 1, kBodyA.end());
  const std::string page = JoinLines(lines);
  SplitOptions options;
  options.headline_lines = {1, second_title};
  options.title_lines = {1, second_title};
  options.headlines_above = true;
  options.only_layout_headlines = true;
  const SplitResult pdf = SplitPage("p", page, options);
  ASSERT_EQ(pdf.articles.size(), 2u);
  EXPECT_EQ(pdf.articles[0].title, "老旧小区焕新颜");
  EXPECT_NE(pdf.articles[0].text.find("\n绿色成为底色\n"), std::string::npos)
      << pdf.articles[0].text;
  EXPECT_EQ(pdf.articles[1].title, "春耕备耕有序推进");
  // From the text alone, on a page that prints its headlines above their
  // bodies, the short line is a subhead too.
  options.only_layout_headlines = false;
  EXPECT_EQ(SplitPage("p", page, options).articles.size(), 2u);
}

TEST(ConventionsTest, WithTheLayoutsHeadlinesALayoutHeadlineIsNoSubhead) {
  // The layout set a one-line headline between two bodies in headline type:
  // where the layout tells all the headlines, it opens an article even with
  // no opener under it (a text page would keep it as a feature's subhead).
  std::vector<std::string> lines = {"老旧小区焕新颜", "本报记者 甲乙"};
  lines.insert(lines.end(), kBodyA.begin(), kBodyA.end());
  lines.push_back("");
  const int second_title = static_cast<int>(lines.size()) + 1;
  lines.push_back("改造惠及三万户");
  lines.push_back("");
  lines.insert(lines.end(), kBodyB.begin(), kBodyB.end());
  SplitOptions options;
  options.headline_lines = {1, second_title};
  options.title_lines = {1, second_title};
  options.headlines_above = true;
  options.only_layout_headlines = true;
  const SplitResult pdf = SplitPage("p", JoinLines(lines), options);
  ASSERT_EQ(pdf.articles.size(), 2u);
  EXPECT_EQ(pdf.articles[1].title, "改造惠及三万户");
  options.only_layout_headlines = false;
  EXPECT_EQ(SplitPage("p", JoinLines(lines), options).articles.size(), 1u);
}


// A photo item printed as a short paragraph that opens like a caption (a day
// and a comma, 图为…) with a credit alone on the line under it.
const std::vector<std::string> kPhotoItem = {"3月9日，游客在某地公园赏花。近年来，",
                                             "当地发展乡村旅游。", "新华社记者　甲乙摄"};

TEST(ConventionsTest, APhotoCaptionWithItsCreditIsNoArticle) {
  // Alone between two articles, with blank lines around it or none.
  for (bool blanks : {true, false}) {
    std::vector<std::string> page = Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA});
    if (blanks) page.push_back("");
    page.insert(page.end(), kPhotoItem.begin(), kPhotoItem.end());
    if (blanks) page.push_back("");
    page = Concat({page, {"技术服务送到田间", "本报讯（记者 丙丁）"}, kBodyB});
    const SplitResult r = SplitPage("p", JoinLines(page));
    ASSERT_EQ(r.articles.size(), 2u) << blanks;
    EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
    EXPECT_EQ(r.articles[0].text.find("赏花"), std::string::npos) << r.articles[0].text;
    EXPECT_EQ(r.articles[0].byline, "记者 甲乙");
    EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
    bool caption = false;
    for (const NoiseBlock& n : r.noise) {
      caption |= n.reason == "caption" && n.text.find("赏花") != std::string::npos;
    }
    EXPECT_TRUE(caption) << blanks;
  }
}

TEST(ConventionsTest, AHeadlinedPhotoStoryKeepsItsCaptionAsText) {
  // Headline, caption, credit: a photo story is an article of its own.
  const SplitResult r =
      SplitPage("p", JoinLines(Concat({{"春到公园花满枝", ""}, kPhotoItem})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "春到公园花满枝");
  EXPECT_NE(r.articles[0].text.find("赏花"), std::string::npos);
}

TEST(ConventionsTest, ACaptionNeedsItsCreditAndItsOpening) {
  // A short last paragraph with a day and a comma but no credit under it is
  // the article's; so is one with a credit that does not open as a caption.
  const SplitResult no_credit = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA,
                            {"", kPhotoItem[0], kPhotoItem[1]}})));
  ASSERT_EQ(no_credit.articles.size(), 1u);
  EXPECT_NE(no_credit.articles[0].text.find("赏花"), std::string::npos);
  const SplitResult no_opening = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA,
                            {"", "游客在某地公园赏花。", kPhotoItem[2]}})));
  ASSERT_EQ(no_opening.articles.size(), 1u);
  EXPECT_NE(no_opening.articles[0].text.find("赏花"), std::string::npos);
}

TEST(ConventionsTest, AnOpenerWrappedOverTwoLinesIsReadAsOne) {
  // A narrow column wraps the dispatch itself: 本报某地3月8日 / 电（记者 甲乙）.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "", "本报约翰内斯堡3月8日", "电（记者 甲乙）" + kBodyA[0]},
                            {kBodyA.begin() + 1, kBodyA.end()}})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_EQ(r.articles[0].dateline, "约翰内斯堡");
  EXPECT_EQ(r.articles[0].byline, "记者 甲乙");
  EXPECT_EQ(r.articles[0].text.substr(0, 6), "某市") << r.articles[0].text;
}

TEST(ConventionsTest, ATitleTagOnALineOfItsOwnStaysInTheTitle) {
  const SplitResult r =
      SplitPage("p", JoinLines(Concat({{"老旧小区焕新颜", "（人民时评）", "", "李　华"}, kBodyA})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜（人民时评）");
  EXPECT_EQ(r.articles[0].column, "人民时评");
  EXPECT_FALSE(r.articles[0].subtitle);
}

TEST(ConventionsTest, BylinesOfPaddedNamesAndOfLetterWriters) {
  // 赵　亮: a two-character name padded to three inside a reporters' byline;
  // 读者　某某 signs a letter, but 读者来信 is a column, no byline.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报记者　赵　亮　孙晓梅"}, kBodyA, {"", "读者来信", "",
                            "技术服务送到田间", "", "读者　王秀兰"}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].byline, "本报记者 赵 亮 孙晓梅");
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
  EXPECT_EQ(r.articles[1].byline, "读者 王秀兰");
}

TEST(ConventionsTest, OnAPageOfHeadlinesAboveBodiesAShortLineBeforeABylinedArticleIsASubhead) {
  // A feature's subhead over its last section, then the next article's
  // headline and byline: the section stays in the feature.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "", "本报记者　丙丁", ""}, kBodyA, {"", "多方发力", ""},
                            kBodyA, {"", "技术服务送到田间", "", "本报记者　戊己", ""}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_NE(r.articles[0].text.find("\n多方发力\n"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
}

TEST(ConventionsTest, ASeriesLabelOverATitleIsItsKicker) {
  // 某某观察 / title: a kicker without a dash; a short first line that is no
  // series label stays the wrapped title's first half.
  const SplitResult label =
      SplitPage("p", JoinLines(Concat({{"城市更新观察", "老旧小区改造惠及万户居民", ""}, kBodyA})));
  ASSERT_EQ(label.articles.size(), 1u);
  EXPECT_EQ(label.articles[0].kicker, "城市更新观察");
  EXPECT_EQ(label.articles[0].title, "老旧小区改造惠及万户居民");
  // Also as a block of its own, over a title above its body or under the body.
  const SplitResult above = SplitPage(
      "p", JoinLines(Concat({{"基层干部履职故事", "", "老旧小区改造惠及万户居民", ""}, kBodyA})));
  ASSERT_EQ(above.articles.size(), 1u);
  EXPECT_EQ(above.articles[0].kicker, "基层干部履职故事");
  EXPECT_EQ(above.articles[0].title, "老旧小区改造惠及万户居民");
  const SplitResult below = SplitPage(
      "p", JoinLines(Concat({kBodyA, {"", "城市更新观察", "", "老旧小区改造惠及万户居民"}})));
  ASSERT_EQ(below.articles.size(), 1u);
  EXPECT_EQ(below.articles[0].kicker, "城市更新观察");
  EXPECT_EQ(below.articles[0].title, "老旧小区改造惠及万户居民");
  const SplitResult wrapped =
      SplitPage("p", JoinLines(Concat({{"老旧小区改造", "惠及万户居民", ""}, kBodyA})));
  ASSERT_EQ(wrapped.articles.size(), 1u);
  EXPECT_EQ(wrapped.articles[0].title, "老旧小区改造惠及万户居民");
}

TEST(ConventionsTest, AHeadlineAsWideAsItsColumnStartsAPieceWhenAnOpenerFollows) {
  // Without blank lines, in a narrow column: the headline is as wide as a
  // body line, but 本报讯 or a byline under it says a new piece starts.
  for (const std::string opener : {"本报讯（记者 丙丁）", "本报记者　丙丁"}) {
    std::vector<std::string> page = Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA,
                                            {"技术人员下田指导春季管理"}});
    if (opener.starts_with("本报讯")) {
      page.push_back(opener + kBodyB[0]);
    } else {
      page.push_back(opener);
      page.push_back(kBodyB[0]);
    }
    page.insert(page.end(), kBodyB.begin() + 1, kBodyB.end());
    const SplitResult r = SplitPage("p", JoinLines(page));
    ASSERT_EQ(r.articles.size(), 2u) << opener;
    EXPECT_EQ(r.articles[1].title, "技术人员下田指导春季管理") << opener;
    // A short kicker over it: the column-wide title carries the shorter run on.
    std::vector<std::string> stacked = page;
    const auto title = std::find(stacked.begin(), stacked.end(), "技术人员下田指导春季管理");
    stacked.insert(title, "春耕观察");
    const SplitResult s = SplitPage("p", JoinLines(stacked));
    ASSERT_EQ(s.articles.size(), 2u) << opener;
    EXPECT_EQ(s.articles[1].kicker, "春耕观察") << opener;
    EXPECT_EQ(s.articles[1].title, "技术人员下田指导春季管理") << opener;
    EXPECT_EQ(r.articles[1].byline, opener.starts_with("本报讯") ? "记者 丙丁" : "本报记者 丙丁");
  }
}

TEST(ConventionsTest, TwoHeadlinesBetweenAnUntitledBodyAndTheNextGoOneEach) {
  // The first body's title printed under it, the next one's above it: with
  // no word to tell, each body takes the headline next to it.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({kBodyA, {"摘自《某某日报》", "", "城里人的日子越过越红火", "",
                                      "技术服务送到田间地头", "", "本报记者　丙丁"},
                             kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "城里人的日子越过越红火");
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间地头");
  EXPECT_FALSE(r.articles[1].subtitle);
  // A column name over the next title is no title of its own.
  const SplitResult column = SplitPage(
      "p", JoinLines(Concat({kBodyA, {"摘自《某某日报》", "", "社会传真", "", "技术服务送到田间地头", "",
                                      "本报记者　丙丁"},
                             kBodyB})));
  ASSERT_EQ(column.articles.size(), 2u);
  EXPECT_FALSE(column.articles[0].title);
  EXPECT_EQ(column.articles[1].title, "技术服务送到田间地头");
}

// `body` with `opener` printed before its first line (本报讯（记者 某某）…).
std::vector<std::string> Opened(const std::string& opener, std::vector<std::string> body) {
  body[0] = opener + body[0];
  return body;
}

TEST(ConventionsTest, AnArticleThatOpensWithoutAHeadlineTakesTheOneAfterIt) {
  // A page that starts with a headline and ends with a body (headlines
  // above their bodies), with a run of short items inside that
  // open with 本报讯 right after the body before them: each item's title is
  // printed under it, so the headline between two items is the upper one's,
  // down the run: an item whose headline before it went to the item above
  // has none before it either. (No headline shares a word with a body: only the order decides.)
  const std::vector<std::string> lines = Concat(
      {{"老旧小区焕新颜", ""}, Opened("本报讯（记者 甲乙）", kBodyA), {""},
       Opened("本报讯（记者 丙丁）", kBodyB), {"", "街头篮球赛开赛", ""},
       Opened("本报讯（记者 戊己）", kBodyA), {"", "图书馆延长开放时间", ""},
       Opened("本报讯（记者 庚辛）", kBodyB), {"", "春运返程客流平稳", "", "社区食堂开张", ""},
       Opened("本报讯（记者 壬癸）", kBodyA)});
  const SplitResult r = SplitPage("p", JoinLines(lines));
  ASSERT_EQ(r.articles.size(), 5u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_EQ(r.articles[1].title, "街头篮球赛开赛");
  EXPECT_EQ(r.articles[1].byline, "记者 丙丁");
  EXPECT_EQ(r.articles[2].title, "图书馆延长开放时间");
  EXPECT_EQ(r.articles[2].byline, "记者 戊己");
  EXPECT_EQ(r.articles[3].title, "春运返程客流平稳");
  EXPECT_EQ(r.articles[3].byline, "记者 庚辛");
  EXPECT_EQ(r.articles[4].title, "社区食堂开张");
  // A headline on the line right above an opener is set with that article:
  // the item before it stays untitled (its title was printed elsewhere).
  const std::vector<std::string> glued = Concat(
      {{"老旧小区焕新颜", ""}, Opened("本报讯（记者 甲乙）", kBodyA), {""},
       Opened("本报讯（记者 丙丁）", kBodyB), {"", "街头篮球赛开赛"},
       Opened("本报讯（记者 戊己）", kBodyA)});
  const SplitResult g = SplitPage("p", JoinLines(glued));
  ASSERT_EQ(g.articles.size(), 3u);
  EXPECT_FALSE(g.articles[1].title);
  EXPECT_EQ(g.articles[2].title, "街头篮球赛开赛");
}

TEST(ConventionsTest, AClosingNoteWrappedOntoTheLastLineEndsTheArticle) {
  // "…余户。（本报某市3月8" / "日电）": the paragraph is over, so the short
  // lines after it are the next article's column and headline, not body.
  std::vector<std::string> body = kBodyA;
  body.back() = "居民们纷纷表示，生活更便利了。（本报某市3月8";
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", ""}, body,
                             {"日电）", "", "简讯", "", "技术服务送到田间地头", ""},
                             Opened("本报讯（记者 丙丁）", kBodyB)})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].text.find("技术服务"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间地头");
  EXPECT_EQ(r.articles[1].byline, "记者 丙丁");
}

TEST(ConventionsTest, AHeadlineWrappedInsideAWordIsOneTitle) {
  // Two lines of one block, the first of more than ten characters: the break
  // cuts 工作, so the second line is the rest of the title, not a subtitle.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"全市中小学生暑期安全教育工", "作全面启动", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "全市中小学生暑期安全教育工作全面启动");
  EXPECT_FALSE(r.articles[0].subtitle);
  // A break between words keeps title and subtitle apart.
  const SplitResult s = SplitPage(
      "p", JoinLines(Concat({{"某地今年粮食总产量创历史新高", "引导农户科学种田", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(s.articles.size(), 1u);
  EXPECT_EQ(s.articles[0].title, "某地今年粮食总产量创历史新高");
  EXPECT_EQ(s.articles[0].subtitle, "引导农户科学种田");
}

TEST(ConventionsTest, ThreeHeadlineLinesOfTwoWrappedUnitsAreTitleAndSubtitle) {
  // 创历 / 史新高 is a wrap; 史新高 / 引导 is not: a title and a subtitle.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"某地粮食总产量创历", "史新高", "引导农户科学种田", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "某地粮食总产量创历史新高");
  EXPECT_EQ(r.articles[0].subtitle, "引导农户科学种田");
  // No break is surely a wrap: three lines of one title.
  const SplitResult t = SplitPage(
      "p", JoinLines(Concat({{"老旧小区改造工程", "惠及居民三万余户", "城市更有温度", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(t.articles.size(), 1u);
  EXPECT_EQ(t.articles[0].title, "老旧小区改造工程惠及居民三万余户城市更有温度");
  EXPECT_FALSE(t.articles[0].subtitle);
}

TEST(ConventionsTest, HeadlinesWrapAtThePagesHeadlineMeasure) {
  // Every two-line headline here breaks after 14 characters: that is the
  // page's headline measure, so a line that fills it and a shorter line are
  // one wrapped title, though no word is cut.
  const std::vector<std::vector<std::string>> heads = {
      {"某市城市公园今年起向广大市民", "免费开放"},
      {"某地举办科技活动周向公众展示", "多项创新成果"},
      {"某县农村公路建设今年再次提速", "乡村更通畅"},
      {"全市各图书馆周末延长开放时间", "方便读者"}};
  std::vector<std::string> lines;
  for (const auto& h : heads) {
    lines = Concat({lines, h, {""}, Opened("本报讯（记者 甲乙）", kBodyA), {""}});
  }
  const SplitResult r = SplitPage("p", JoinLines(lines));
  ASSERT_EQ(r.articles.size(), heads.size());
  for (size_t i = 0; i < heads.size(); ++i) {
    EXPECT_EQ(r.articles[i].title, heads[i][0] + heads[i][1]);
    EXPECT_FALSE(r.articles[i].subtitle);
  }
  // A line wider than the measure is no wrap at it: on the same page, a
  // headline of 16 characters over a shorter line is a title and a subtitle.
  const SplitResult wider = SplitPage(
      "p", JoinLines(Concat({lines, {"某市新开调整六条公交线路对接地铁", "市民出行更方便", ""},
                             Opened("本报讯（记者 甲乙）", kBodyB)})));
  ASSERT_EQ(wider.articles.size(), heads.size() + 1);
  EXPECT_EQ(wider.articles.back().title, "某市新开调整六条公交线路对接地铁");
  EXPECT_EQ(wider.articles.back().subtitle, "市民出行更方便");
  // Alone on a page (no measure), the same lines are a title and a subtitle.
  const SplitResult alone = SplitPage(
      "p", JoinLines(Concat({heads[3], {""}, Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(alone.articles.size(), 1u);
  EXPECT_EQ(alone.articles[0].title, heads[3][0]);
  EXPECT_EQ(alone.articles[0].subtitle, heads[3][1]);
}

TEST(ConventionsTest, AClosingNoteAfterTheLastSentenceOfALineClosesTheArticle) {
  // "…便利了。（本报记者 丙丁）" on one line: the note is the byline, the
  // article is over, and the short line after it is the next one's title.
  std::vector<std::string> body = kBodyA;
  body.back() = "居民们纷纷表示，生活更便利了。（本报记者 丙丁）";
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", ""}, body, {"", "街头篮球赛开赛", ""}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].byline, "本报记者 丙丁");
  EXPECT_EQ(r.articles[0].text.find("（"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "街头篮球赛开赛");
  // The same note opened there and wrapped onto the next line.
  body.back() = "居民们纷纷表示，生活更便利了。（作者为某大学教授，本报记者丙";
  const SplitResult w = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", ""}, body, {"丁采访整理）", "", "街头篮球赛开赛", ""},
                             kBodyB})));
  ASSERT_EQ(w.articles.size(), 2u);
  EXPECT_TRUE(w.articles[0].text.ends_with("生活更便利了。")) << w.articles[0].text;
  EXPECT_EQ(w.articles[1].title, "街头篮球赛开赛");
  // Brackets inside a sentence are no note.
  body.back() = "居民们纷纷表示（多数是老人），生活更便利了。";
  const SplitResult in = SplitPage("p", JoinLines(Concat({{"老旧小区焕新颜", ""}, body})));
  ASSERT_EQ(in.articles.size(), 1u);
  EXPECT_NE(in.articles[0].text.find("（多数是老人）"), std::string::npos);
}

TEST(ConventionsTest, AnUnindentedLineEndingInAnExclamationIsAHeadline) {
  // Paragraphs indented, the headline not: 一起向未来！ alone in its block is
  // the next article's title; an indented one-line paragraph stays body.
  std::vector<std::string> a = kBodyA;
  std::vector<std::string> b = Opened("  本报讯（记者 丙丁）", kBodyB);
  a[0] = "  " + a[0];
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat(
               {{"老旧小区改造惠及三万余户居民", ""}, a, {"", "  加油！", "", "一起向未来！", ""}, b})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_NE(r.articles[0].text.find("加油！"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "一起向未来！");
}

TEST(ConventionsTest, AColumnNameOverATitlePrintedBelowItsBody) {
  // The body first, then the column name and the title under it.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({Opened("本报讯（记者 甲乙）", kBodyA), {"", "百姓身边事", "", "街头篮球赛开赛"}})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].column, "百姓身边事");
  EXPECT_EQ(r.articles[0].title, "街头篮球赛开赛");
  EXPECT_FALSE(r.articles[0].subtitle);
}

TEST(ConventionsTest, AnOpenersBracketOnTheNextLineFollowedByAShortLine) {
  // 据新华社某地6月4日电 / （记者 甲乙、丙丁） / a short quoted line: the
  // bracket line is the opener's byline, the short line the body's start
  // (the bracket's end once fell on the short line and overran it).
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"某地举办科技活动周", "据新华社某地6月4日电", "（记者 甲乙、丙丁）", "“小和中”"},
                             kBodyB})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].byline, "记者 甲乙、丙丁");
  EXPECT_TRUE(r.articles[0].text.starts_with("“小和中”")) << r.articles[0].text;
}

TEST(ConventionsTest, AShortSubheadStaysInItsFeatureOnAPageOfTitlesBelowBodies) {
  // Titles printed under their bodies: a four-character line between two
  // sections is the feature's subhead, though a headline and a byline follow.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({kBodyA, {"", "多方发力", ""}, kBodyA,
                             {"", "老旧小区焕新颜", "", "本报记者　丙丁", ""}, kBodyB,
                             {"", "技术服务送到田间"}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_NE(r.articles[0].text.find("\n多方发力\n"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
}

TEST(ConventionsTest, AnOpenersBylineBracketWrappedOrOnTheNextLine) {
  // 本报讯（记者 甲乙 通讯员 丙 / 丁）…, and 本报讯 / （记者 甲乙）…, on pages
  // with blank lines and without.
  const std::vector<std::vector<std::string>> openers = {
      {"本报讯　（记者 甲乙 通讯员 丙", "丁）" + kBodyB[0]},
      {"据新华社某地3月9日电　（记者甲乙、", "丙丁）" + kBodyB[0]},
      {"本报讯", "（记者 甲乙）" + kBodyB[0]}};
  for (bool blanks : {true, false}) {
    for (const std::vector<std::string>& opener : openers) {
      std::vector<std::string> page = Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 戊己）"}, kBodyA});
      if (blanks) page.push_back("");
      page.push_back("技术服务送到田间");
      if (blanks) page.push_back("");
      page = Concat({page, opener, {kBodyB.begin() + 1, kBodyB.end()}});
      const SplitResult r = SplitPage("p", JoinLines(page));
      ASSERT_EQ(r.articles.size(), 2u) << opener[0];
      EXPECT_EQ(r.articles[1].title, "技术服务送到田间") << opener[0];
      EXPECT_NE(r.articles[1].byline.value_or("").find("甲乙"), std::string::npos) << opener[0];
      EXPECT_EQ(r.articles[1].text.substr(0, 6), "某地") << opener[0] << r.articles[1].text;
    }
  }
}

TEST(ConventionsTest, AHeadlineOverAPictureCaptionIsAPhotoStorysTitle) {
  // Without blank lines: 图为… under a column-wide headline opens the story.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA,
                             {"湿地公园迎来候鸟回家时节", "图为3月9日，白鹭在某地湿地公园觅食。",
                              "本报记者　丙丁摄"}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title, "湿地公园迎来候鸟回家时节");
  EXPECT_EQ(r.articles[0].text.find("湿地"), std::string::npos) << r.articles[0].text;
}

TEST(ConventionsTest, ATrailerCutBeforeItsBookTitleMarkIsReadAsOne) {
  // …。 摘自 / 《某某工人报》: the line breaks between the word and 《.
  std::vector<std::string> page = Concat({{"老旧小区焕新颜", "本报某市3月8日电（记者 甲乙）"}, kBodyA});
  page.back() += " 摘自";
  page.push_back("《某某工人报》");
  page = Concat({page, {"", "技术服务送到田间", "本报讯（记者 丙丁）"}, kBodyB});
  const SplitResult r = SplitPage("p", JoinLines(page));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].source, "某某工人报");
  EXPECT_EQ(r.articles[0].text.find("摘自"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
}

TEST(ConventionsTest, AHeadlineWrappedAtThePagesFootOverTheFolioIsNoSectionName) {
  // Titles printed under their bodies; the last one wraps its short rest
  // (题材) onto the line right over the folio at the foot of the page: the
  // rest is part of the headline, not a section name beside the folio.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({Opened("本报讯（记者 甲乙）", kBodyA), {"", "城里人的日子越过越红火", ""},
                             Opened("本报讯（记者 丙丁）", kBodyB),
                             {"", "某剧组将以本地抗洪故事为", "题材",
                              "2024年3月5日 星期二 第4版 要闻 责任编辑：某某"}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "城里人的日子越过越红火");
  EXPECT_EQ(r.articles[1].title, "某剧组将以本地抗洪故事为题材");
  EXPECT_NE(r.articles[1].section, "题材");
}

TEST(ConventionsTest, OneOrTwoCommonWordsSharedWithABodyDoNotMoveAHeadline) {
  // A page of titles under their bodies. The headline between the two items
  // shares only 教育 with the body below it, by chance: the page's habit
  // decides, and it goes with the body above.
  std::vector<std::string> below = kBodyB;
  below[0] = "教育部门" + below[0];
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({Opened("本报讯（记者 甲乙）", kBodyA), {"", "社区教育讲座开讲", ""},
                             Opened("本报讯（记者 丙丁）", below), {"", "城里人的日子越过越红火", ""}})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "社区教育讲座开讲");
  EXPECT_EQ(r.articles[1].title, "城里人的日子越过越红火");
}

// `body` printed with paragraph indents (two ideographic spaces).
std::vector<std::string> Indented(std::vector<std::string> body) {
  body[0] = "\u3000\u3000" + body[0];
  return body;
}

TEST(ConventionsTest, OnAnIndentedPageAnUnindentedLineBetweenParagraphsIsAHeadline) {
  // No blank lines; paragraphs indented. The unindented line after the
  // first article's short last line is as wide as a body line, yet it can
  // neither open a paragraph (they are indented) nor continue one (the one
  // above has ended): the next article's headline.
  const std::vector<std::string> ending = {"居民们纷纷表示，生活变得更加便利，", "小区环境整洁了。"};
  const std::string head = "某地春季田间管理技术指导工作全面展开";
  const auto page = [&](const std::vector<std::string>& last_paragraph) {
    return SplitPage("p", JoinLines(Concat({{"老旧小区焕新颜"}, Indented(kBodyA), Indented(kBodyA),
                                            Indented(last_paragraph), {head}, Indented(kBodyB),
                                            Indented(kBodyB)})));
  };
  const SplitResult r = page(ending);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title, head);
  EXPECT_EQ(r.articles[0].text.find("田间管理"), std::string::npos);
  // Under a line that fills its column the paragraph may go on: body text.
  const SplitResult go_on = page({"居民们纷纷表示，生活变得更加便利，小区", "环境整洁，设施完善，邻里关系也更和睦。"});
  ASSERT_EQ(go_on.articles.size(), 1u);
  EXPECT_NE(go_on.articles[0].text.find(head), std::string::npos);
}

TEST(ConventionsTest, TwoHeadlineLinesOfOneWidthOverAnOpenerAreAHeadline) {
  // Lines of one width read as text of a narrow box, unless a new piece
  // opens right under them (本报讯): then they are its headline.
  std::vector<std::string> body = kBodyA;
  body.back() = "居民们纷纷表示生活更便利。";
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区“焕新颜”"}, body, {"某地新开通两条", "国际货运航线"},
                             Opened("本报讯（记者 甲乙）", kBodyB)})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title, "某地新开通两条国际货运航线");
  EXPECT_EQ(r.articles[0].text.find("货运航线"), std::string::npos);
}

TEST(ConventionsTest, ALineOverATitleWithItsDashSubtitleIsTheKicker) {
  // 引题 / 主题 / ——副题, the kicker set apart by a blank line.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"农资供应充足 农技服务到位", "", "全国春播面积预计稳中有增",
                              "——来自春耕一线的观察", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].kicker, "农资供应充足 农技服务到位");
  EXPECT_EQ(r.articles[0].title, "全国春播面积预计稳中有增");
  EXPECT_EQ(r.articles[0].subtitle, "——来自春耕一线的观察");
  // Without the dash line the first block is the title.
  const SplitResult plain = SplitPage(
      "p", JoinLines(Concat({{"全国春播面积预计稳中有增", "", "来自春耕一线的观察", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(plain.articles.size(), 1u);
  EXPECT_EQ(plain.articles[0].title, "全国春播面积预计稳中有增");
}

TEST(ConventionsTest, ATablePrintedAsTextIsNoArticle) {
  // A table's title, rows of wide-spaced cells and its source line between
  // two articles: set aside, and the next headline keeps its article.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜"}, Opened("本报讯（记者 甲乙）", kBodyA),
                             {"前三季度某省外贸主要数据", "进出口总值\u30001.92万亿元\u3000+3.4%",
                              "出口\u3000\u30001.21万亿元\u3000+5.1%", "数据来源：某省海关",
                              "技术服务送到田间地头"},
                             Opened("本报讯（记者 丙丁）", kBodyB)})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间地头");
  for (const Article& a : r.articles) {
    EXPECT_EQ(a.text.find("万亿元"), std::string::npos) << a.text;
  }
}

TEST(ConventionsTest, AContinuedHeadlineEndsWithItsMarker) {
  // A page without blank lines continuing stories from page 1: the marker
  // closes the headline (wrapped or not) and the body follows; a headline
  // right under the folio is no folio of its own.
  std::vector<std::string> closed = kBodyB;
  closed.back() = "害防治要点，发放技术资料五百余份。";
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"某某日报　2024年4月3日　星期三", "责任编辑：某某",
                              "全力打造区域航运中心（上接第1版）"},
                             kBodyA, {"春季造林绿化工作", "全面展开（上接第1版）"}, closed})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "全力打造区域航运中心");
  EXPECT_EQ(r.articles[0].continued_from, "第1版");
  EXPECT_EQ(r.articles[1].title, "春季造林绿化工作全面展开");
  EXPECT_EQ(r.articles[1].continued_from, "第1版");
}

TEST(ConventionsTest, TwoLinesOverADashSubtitleAreKickerAndTitleUnlessTheSecondIsARemainder) {
  // 引题 / 主题 / ——副题: the title is as long as its kicker or longer.
  const SplitResult stack = SplitPage(
      "p", JoinLines(Concat({{"传统产业焕新升级", "纺织业向“智”向“绿”", "——某地印染产业转型调查", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(stack.articles.size(), 1u);
  EXPECT_EQ(stack.articles[0].kicker, "传统产业焕新升级");
  EXPECT_EQ(stack.articles[0].title, "纺织业向“智”向“绿”");
  // A shorter second line is the rest of a title wrapped in a narrow column.
  const SplitResult wrapped = SplitPage(
      "p", JoinLines(Concat({{"火星南极发现巨大", "干冰坑", "——某国探测器传回新图像", ""},
                             Opened("本报讯（记者 甲乙）", kBodyA)})));
  ASSERT_EQ(wrapped.articles.size(), 1u);
  EXPECT_FALSE(wrapped.articles[0].kicker);
  EXPECT_EQ(wrapped.articles[0].title, "火星南极发现巨大干冰坑");
}

TEST(ConventionsTest, BriefsRunIntoTheirBracketedTitlesAreArticlesOfTheirOwn) {
  // A column of briefs after an article: each paragraph opens with its title
  // in 【】 and is an article; an article's section label 【案情】 is not.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", ""}, Indented(kBodyA), {""},
                             {"\u3000\u3000【某湖荷花进入最佳观赏期】记者从景区获悉，目前湖内荷花竞相开放。", "",
                              "\u3000\u3000【某市地铁延长运营时间】自下周起，地铁末班车发车时间延后半小时。", "",
                              "\u3000\u3000【案情】2022年，刘某向朋友借款五万元，约定一年后归还。"}})));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[1].title, "某湖荷花进入最佳观赏期");
  EXPECT_EQ(r.articles[1].text.find("【"), std::string::npos);
  EXPECT_EQ(r.articles[2].title, "某市地铁延长运营时间");
  EXPECT_NE(r.articles[2].text.find("【案情】"), std::string::npos);
}

TEST(ConventionsTest, AHeadlineBrokenAfterItsFirstClauseIsOneTitle) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"暴雨夜，", "他们守在积水路口", "", "记者　甲乙　通讯员　丙丁", ""},
                             Indented(kBodyA), {""}, {"高温假怎么休", "", "记者　戊己", ""},
                             Indented(kBodyB)})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "暴雨夜，他们守在积水路口");
  EXPECT_EQ(r.articles[1].title, "高温假怎么休");
}

TEST(ConventionsTest, ABlockUnderTheAdvertLabelIsNoArticle) {
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", ""}, Opened("本报讯（记者 甲乙）", kBodyA),
                             {"", "广告", "新春钜惠 全场家电以旧换新", "活动时间：即日起至月底", "",
                              "技术服务送到田间地头", ""},
                             Opened("本报讯（记者 丙丁）", kBodyB)})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间地头");
  for (const Article& a : r.articles) EXPECT_EQ(a.text.find("钜惠"), std::string::npos);
}

}  // namespace
TEST(ConventionsTest, APaperNamingItselfOpensAnArticle) {
  // 某报讯 instead of 本报讯: the paper's own name opens the dispatch, and the
  // article under the next headline starts there, not inside the one above.
  const SplitResult r = SplitPage(
      "p", JoinLines(Concat({{"老旧小区焕新颜", "　　江城晚报讯（见习记者　冯佳　实习生　王乐）"}, kBodyA,
                        {"春耕生产忙", "　　江城晚报讯（通讯员　孙建华　融媒体记者　赵雪）"}, kBodyB})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "老旧小区焕新颜");
  EXPECT_EQ(r.articles[0].byline, "见习记者 冯佳 实习生 王乐");
  EXPECT_EQ(r.articles[1].title, "春耕生产忙");
  EXPECT_EQ(r.articles[1].byline, "通讯员 孙建华 融媒体记者 赵雪");
  EXPECT_EQ(r.articles[1].text.find("江城晚报讯"), std::string::npos) << r.articles[1].text;
}

TEST(ConventionsTest, AnEndMarkClosesItsArticleAndIsNoColumn) {
  // （完） under the last paragraph closes the article above as a closing
  // note does; it is not the next article's column, nor anyone's byline.
  for (const char* mark : {"（完）", "—完—"}) {
    const SplitResult r = SplitPage(
        "p", JoinLines(Concat({{"老旧小区焕新颜"}, kBodyA, {mark, "", "春耕生产忙"}, kBodyB})));
    ASSERT_EQ(r.articles.size(), 2u) << mark;
    EXPECT_EQ(r.articles[1].title, "春耕生产忙");
    EXPECT_FALSE(r.articles[1].column) << *r.articles[1].column;
    EXPECT_FALSE(r.articles[0].byline) << *r.articles[0].byline;
    EXPECT_EQ(r.articles[0].text.find(mark), std::string::npos) << r.articles[0].text;
  }
}

TEST(ConventionsTest, HeadlinesOverOtherOpenersStartArticles) {
  // On a page whose paragraphs keep their indents: 某网消息, a byline run into
  // 报道：, and an editor's note each open the piece under the headline.
  const std::vector<std::string> openers = {"　　东岭网消息　", "　　本报记者　孙青　通讯员　赵北　报道：",
                                            "　　编者按：本报今起推出系列报道，敬请关注。"};
  std::vector<std::string> lines;
  const std::vector<std::string> titles = {"老旧小区焕新颜", "春耕生产忙", "口袋公园进社区"};
  for (size_t i = 0; i < openers.size(); ++i) {
    lines.push_back(titles[i]);
    lines.push_back(openers[i] + kBodyA[0]);
    for (size_t k = 1; k < kBodyA.size(); ++k) lines.push_back(kBodyA[k]);
  }
  const SplitResult r = SplitPage("p", JoinLines(lines));
  ASSERT_EQ(r.articles.size(), 3u);
  for (size_t i = 0; i < titles.size(); ++i) EXPECT_EQ(r.articles[i].title, titles[i]);
  EXPECT_EQ(r.articles[0].text.find("东岭网消息"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].byline, "本报记者 孙青 通讯员 赵北");
  EXPECT_EQ(r.articles[2].text.substr(0, 9), "编者按");
}

TEST(ConventionsTest, APoemUnderItsTitleAndAuthorIsAnArticle) {
  // A literary page: a poem's stanzas are its text, one line per line, and
  // the next piece's title is not read as the poem's last stanza.
  const SplitResult r = SplitPage(
      "p", JoinLines({"春天的河流", "□ 林晓", "河水醒来的时候", "柳枝正在梳头", "一只燕子",
                      "把整个春天衔在嘴里", "", "远处的山", "披着薄薄的雾", "像一封没有寄出的信", "",
                      "乡愁是一碗粥", "◎ 王敏",
                      "　　小时候，母亲每天早上都会熬一锅白粥，米香慢慢飘满整个院子。",
                      "　　今年春节回家，母亲又熬了一锅粥。我捧着碗，忽然明白了什么是乡愁。"}));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "春天的河流");
  EXPECT_EQ(r.articles[0].byline, "林晓");
  EXPECT_EQ(r.articles[0].text, "河水醒来的时候\n柳枝正在梳头\n一只燕子\n把整个春天衔在嘴里\n远处的山\n"
                                "披着薄薄的雾\n像一封没有寄出的信");
  EXPECT_EQ(r.articles[1].title, "乡愁是一碗粥");
  EXPECT_EQ(r.articles[1].byline, "王敏");
  EXPECT_TRUE(r.noise.empty());
}

TEST(ConventionsTest, BriefsUnderAPaddedLabelWithBulletedRunInTitles) {
  // 简　讯 is the column, not an author's padded name; each ■title　text
  // paragraph is a brief of its own.
  const SplitResult r = SplitPage(
      "p", JoinLines({"让更多孩子爱上阅读", "本报记者　刘畅",
                      "　　近年来，市图书馆持续推进全民阅读，少儿借阅量逐年攀升。",
                      "简　讯",
                      "　　■全市春季植树活动启动　3月12日，全市春季义务植树活动启动，两千余人参加。",
                      "　　■第二届社区运动会开幕　本周六，社区运动会在市体育中心开幕。（李红）"}));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].byline, "本报记者 刘畅");
  EXPECT_EQ(r.articles[1].column, "简讯");
  EXPECT_EQ(r.articles[1].title, "全市春季植树活动启动");
  EXPECT_EQ(r.articles[1].text.substr(0, 9), "3月12日");
  EXPECT_EQ(r.articles[2].title, "第二届社区运动会开幕");
}

TEST(ConventionsTest, AnIndexBoxIsNoiseAndTheHeadlineUnderItIsRead) {
  // 今日导读 and its entries (>>>2版, 详见第3版, and a bare A4 under them) are
  // page furniture; the headline printed right under the box is a headline.
  const SplitResult r = SplitPage(
      "p", JoinLines({"今日导读", "全市春季植树活动启动　　>>>2版", "老年大学新学期开课　　详见第3版",
                      "社区运动会开幕　　A4", "城区管网改造收尾", "本报记者　王磊",
                      "　　城区的老旧管网改造已完成大半，剩余工程将在年底前全部完工。",
                      "　　据介绍，今年共改造管网一百二十公里，惠及居民五万余户。"}));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "城区管网改造收尾");
  EXPECT_EQ(r.articles[0].byline, "本报记者 王磊");
  ASSERT_EQ(r.noise.size(), 1u);
  EXPECT_EQ(r.noise[0].first_line, 1);
  EXPECT_EQ(r.noise[0].last_line, 4);
}

TEST(ConventionsTest, EnumeratedPointsAreSubheadsOfTheArticle) {
  // 一是… / 二是… after a paragraph that ends in a colon: the points of one
  // article, each a paragraph of its own, not new articles.
  const SplitResult r = SplitPage(
      "p", JoinLines({"全面推进乡村振兴", "本报记者　王磊",
                      "　　今年以来，我县坚持把乡村振兴作为头等大事，重点抓好以下几项工作：",
                      "　　一是加强组织领导", "　　县里成立了领导小组，每月召开一次调度会。",
                      "　　二是强化资金保障", "　　全年统筹涉农资金三亿元，重点投向产业发展。",
                      "口袋公园让城市更宜居",
                      "　　今年以来，全市新建口袋公园二十余处，居民出门五分钟就能走进绿地。"}));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "全面推进乡村振兴");
  EXPECT_NE(r.articles[0].text.find("工作：\n一是加强组织领导\n县里"), std::string::npos)
      << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "口袋公园让城市更宜居");
}

TEST(ConventionsTest, ADigestPageOfRetoldReportsWithBlankLinesBetweenPieces) {
  // Blank lines only between pieces; pieces open with a bracketed dispatch,
  // a digest's source line, or 据某某报道，; one has no opener at all.
  const SplitResult r = SplitPage(
      "p", JoinLines({"全球航运成本再度攀升", "【美联社纽约5月5日电】由于多条主要航线绕行，全球",
                      "集装箱运输成本近期再度上涨。", "",
                      "欧洲企业加快布局储能产业",
                      "【英国《金融时报》网站5月4日报道】题：电池工厂遍地开花（作者 汤姆·布朗）",
                      "欧洲多国正在兴建大型电池工厂，希望在储能产业中占据", "一席之地。", "",
                      "日本大米价格创近年新高", "据共同社5月5日报道，受去年夏季高温导致减产等因素",
                      "影响，日本国内大米价格持续上涨。", "（来源：《环球时报》）", "",
                      "德国小镇的修理咖啡馆", "每月第一个周六，小镇的社区中心都会变成一间咖啡馆。",
                      "志愿者现场免费修理居民带来的旧物。", "",
                      "新首都建设进展缓慢", "印度尼西亚新首都的建设进度不及预期，部分部门搬迁推迟。",
                      "（摘自《参考资料》5月6日一期　编译　王　岩）"}));
  ASSERT_EQ(r.articles.size(), 5u);
  EXPECT_EQ(r.articles[0].dateline, "纽约");
  EXPECT_EQ(r.articles[1].title, "欧洲企业加快布局储能产业");
  EXPECT_EQ(r.articles[1].byline, "汤姆·布朗");
  EXPECT_EQ(r.articles[1].text.substr(0, 12), "欧洲多国");
  EXPECT_EQ(r.articles[2].title, "日本大米价格创近年新高");
  EXPECT_EQ(r.articles[2].source, "环球时报");
  EXPECT_EQ(r.articles[3].title, "德国小镇的修理咖啡馆");
  EXPECT_EQ(r.articles[4].title, "新首都建设进展缓慢");
  EXPECT_EQ(r.articles[4].source, "参考资料");
}

TEST(ConventionsTest, AGroupOfPoemsUnderAFolioThatNamesItsSection) {
  // The folio names the section (大地副刊), so the title right under it is a
  // title; a group of poems (组诗) keeps its part titles and stanzas, however
  // long, and the next poem under its own title and author is a piece of its own.
  const SplitResult r = SplitPage(
      "p", JoinLines({"2024年10月20日　星期日　第7版　大地副刊　责任编辑：苏　禾", "", "老屋的灯", "",
                      "□　孙晓燕", "", "　　老屋拆掉的那天，我站在村口，心里空落落的。", "",
                      "秋日短章（组诗）", "", "□　林　野", "", "稻田", "", "风从田埂上走过", "稻穗低下头",
                      "", "归", "", "父亲扛着锄头回家", "夕阳扛着他", "他的背影", "又扛起了",
                      "一整个秋天", "", "致一位乡村教师", "", "□　何　苗", "", "你把粉笔", "磨成了",
                      "一条通往山外的路"}));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].title, "老屋的灯");
  EXPECT_EQ(r.articles[0].section, "大地副刊");
  EXPECT_EQ(r.articles[1].title, "秋日短章（组诗）");
  EXPECT_EQ(r.articles[1].byline, "林 野");
  EXPECT_EQ(r.articles[1].text.substr(0, 6), "稻田");
  EXPECT_NE(r.articles[1].text.find("\n归\n父亲扛着锄头回家\n"), std::string::npos) << r.articles[1].text;
  EXPECT_EQ(r.articles[2].title, "致一位乡村教师");
}

TEST(ConventionsTest, AnEssayHardWrappedInANarrowColumnIsProseNotVerse) {
  // Under a title and its author, like a poem, but its first line indented
  // and every line but the last filling the column: one paragraph of prose.
  const std::vector<std::string> essay = {"　　某市今年以来推进老旧小区改造，但资金",
                                          "缺口仍然不小，居民出资的意愿各不相同，", "需要细算。"};
  const SplitResult r = SplitPage(
      "p",
      JoinLines(Concat({{"老城更新的账本", "", "□　林　野", ""}, essay, {""}, kBodyA, kBodyB})));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_NE(
      r.articles[0].text.find("改造，但资金缺口仍然不小，居民出资的意愿各不相同，需要细算。\n"),
      std::string::npos)
      << r.articles[0].text;
}

TEST(ConventionsTest, AColumnNameOverATitleAsWideAsTheBody) {
  // pdftotext -raw prints a title spanning columns on one line, as wide as
  // the body's lines or wider; under a column name (or a dateline) a line
  // without any punctuation is that title. A quoted line start is no name.
  const SplitResult r =
      SplitPage("p", JoinLines(Concat({{"今日谈", "某市持续推进老旧小区改造惠及居民三万余户"},
                                       kBodyA,
                                       {"广西某地：", "某地农业技术服务下沉到田间地头"},
                                       kBodyB,
                                       {"“当我", "走进这个改造一新的小区时候感到"},
                                       kBodyA})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].column, "今日谈");
  EXPECT_EQ(r.articles[0].title, "某市持续推进老旧小区改造惠及居民三万余户");
  EXPECT_EQ(r.articles[1].title, "某地农业技术服务下沉到田间地头");
  EXPECT_EQ(r.articles[1].dateline, "广西某地");
  EXPECT_NE(r.articles[1].text.find("“当我走进"), std::string::npos) << r.articles[1].text;
}

TEST(ConventionsTest, AColumnNameOverATitleWrappedOnTwoLines) {
  const SplitResult r =
      SplitPage("p", JoinLines(Concat({kBodyB,
                                       {"乡村振兴一线", "某县推动窗口外的全科社工全员下沉", "网格",
                                        "本报讯（记者 甲乙）某县近日推动全科社工下沉，"},
                                       kBodyA})));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].column, "乡村振兴一线");
  EXPECT_EQ(r.articles[1].title, "某县推动窗口外的全科社工全员下沉网格");
  EXPECT_EQ(r.articles[1].byline, "记者 甲乙");
}

TEST(ConventionsTest, PenNamesAndCreditsAfterTheBodyCloseItAndTitleNothing) {
  // A commentary signed with a bracketed pen name, a school paper's
  // production credit, a compilation's credit: each closes its article; only
  // the pen name is a byline. The headline after each is the next title.
  const SplitResult r =
      SplitPage("p", JoinLines(Concat({{"让科学教育动起来", ""},
                                       kBodyA,
                                       {"（吴　迪）", "", "技术服务送到田间", ""},
                                       kBodyB,
                                       {"（供稿：教务处　审核：彭　立）", "", "老旧小区焕新颜", ""},
                                       kBodyA,
                                       {"（综合新华社、央视新闻报道）", "", "春耕生产正当时", ""},
                                       kBodyB})));
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_EQ(r.articles[0].byline, "吴 迪");
  EXPECT_EQ(r.articles[1].title, "技术服务送到田间");
  EXPECT_FALSE(r.articles[1].byline);
  EXPECT_EQ(r.articles[2].title, "老旧小区焕新颜");
  EXPECT_FALSE(r.articles[2].byline);
  EXPECT_EQ(r.articles[3].title, "春耕生产正当时");
}

TEST(ConventionsTest, AuthorsWithTheirUnitsAndAuthorLinesAfterTheText) {
  // A supplement prints the author under the title with the unit in
  // brackets; a commentary page prints 作者：某某（职务） after the text; a
  // note on the author's unit names no one.
  const SplitResult r = SplitPage("p", JoinLines({"母亲的菜园",
                                                  "",
                                                  "王秀芝（江西省某县实验小学）",
                                                  "",
                                                  "　　母亲的菜园在老屋后面，不大，却四季常青。",
                                                  "",
                                                  "春到茶山",
                                                  "",
                                                  "刘　峰　（福建省某市融媒体中心）",
                                                  "",
                                                  "　　清明前后，茶山醒了。",
                                                  "",
                                                  "（作者单位：某大学文学院）",
                                                  "",
                                                  "社区食堂如何叫好又叫座",
                                                  "",
                                                  "　　社区食堂解决了不少老年人的吃饭难题。",
                                                  "",
                                                  "作者：邓卫东（市社会科学院研究员）",
                                                  "",
                                                  "网购退货运费险别成了糊涂险",
                                                  "",
                                                  "　　不少消费者网购时并不清楚。"}));
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_EQ(r.articles[0].title, "母亲的菜园");
  EXPECT_EQ(r.articles[0].byline, "王秀芝");
  EXPECT_EQ(r.articles[1].title, "春到茶山");
  EXPECT_EQ(r.articles[1].byline, "刘 峰");
  EXPECT_EQ(r.articles[2].byline, "邓卫东");
  EXPECT_EQ(r.articles[3].title, "网购退货运费险别成了糊涂险");
  // A title with a short part note in brackets stays a title.
  const SplitResult poem =
      SplitPage("p", JoinLines({"故乡（外二首）", "", "　　村口的老槐树还在。"}));
  ASSERT_EQ(poem.articles.size(), 1u);
  EXPECT_EQ(poem.articles[0].title, "故乡（外二首）");
}

TEST(ConventionsTest, BriefsRunIntoTheirTitlesInABoxOfBriefs) {
  // Under a briefs label each paragraph opens with its title and a colon or
  // a wide space, and may end with its writer's pen name; outside such a
  // box a paragraph opening 某某说： is text.
  const SplitResult r = SplitPage(
      "p",
      JoinLines({"老旧小区焕新颜", "", "　　某市今年以来持续推进老旧小区改造工作。", "",
                 "　　家住附近的王阿姨说：“地面干爽了，也没有怪味了。”", "", "简　讯", "",
                 "　　供电所开展“电力进万家”活动：8月19日，城郊供电所走进社区开展用电",
                 "安全宣传，发放宣传资料300余份。（陈　楠）", "",
                 "　　秋季流感疫苗开打　市疾控中心提醒，今年秋季流感疫苗接种工作已经启动。", "",
                 "　　■光伏并网服务提速：今年以来，公司优化分布式光伏并网流程。", "（许　航）"}));
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_NE(r.articles[0].text.find("王阿姨说："), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "供电所开展“电力进万家”活动");
  EXPECT_EQ(r.articles[1].text.substr(0, 4), "8月");
  EXPECT_EQ(r.articles[1].byline, "陈 楠");
  EXPECT_EQ(r.articles[2].title, "秋季流感疫苗开打");
  EXPECT_EQ(r.articles[3].title, "光伏并网服务提速");
  EXPECT_EQ(r.articles[3].byline, "许 航");
}

TEST(ConventionsTest, NoticesAndAdvertsBetweenNewsAreNoise) {
  // A classified page: paid notices under their headings, an advert under
  // its label, news items between them. A short headline ending in 声明 over
  // a dispatch is news.
  const SplitResult r = SplitPage(
      "p", JoinLines({"诚聘",
                      "某物业公司现招聘保安、保洁员若干名，",
                      "待遇面议。联系电话：025-8666××××",
                      "",
                      "招领启事",
                      "12月1日，我单位在人民路公交站台拾到黑色手",
                      "提包一个，请失主携有效证件前来认领。",
                      "人民路街道综合执法队",
                      "2024年12月2日",
                      "",
                      "我市发布首批放心消费示范商圈",
                      "",
                      "　　本报讯（记者 卜　凡）12月2日，市市场监管局发布首批示范商圈名单。",
                      "",
                      "遗失声明",
                      "某某建材有限公司遗失营业执照副本一份，",
                      "统一社会信用代码：9134010，声明作废。",
                      "",
                      "广告",
                      "春季家装节　全屋定制限时8折",
                      "地址：建材城B区2楼　电话：400-6××-8888",
                      "",
                      "外交部声明",
                      "新华社北京12月2日电　外交部发言人2日发表声明。"}));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "我市发布首批放心消费示范商圈");
  EXPECT_EQ(r.articles[0].text.find("遗失"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "外交部声明");
  for (const char* printed : {"诚聘", "招领启事", "遗失声明", "地址：建材城B区2楼"}) {
    bool in_noise = false;
    for (const NoiseBlock& n : r.noise)
      in_noise = in_noise || n.text.find(printed) != std::string::npos;
    EXPECT_TRUE(in_noise) << printed;
  }
}

TEST(ConventionsTest, BylinesWrappedBeforeTheirReportWordOrSignedByTwoOrOverTheFooter) {
  const SplitResult r = SplitPage(
      "p",
      JoinLines(
          {"某部组织新训骨干集中培训", "", "　　解放军报讯　记者刘　洋、通讯员陈志强报",
           "道：新兵入营在即，某旅日前组织新训骨干集中培训。", "", "军地联合开展退役军人就业招聘会",
           "", "　　本报讯　日前，某省军区联合地方人社部门举办招聘会。", "", "（周　新、何　亮）",
           "", "全县开展冬季消防安全大检查", "", "　　即日起至明年2月底，县消防救援大队开展检查。",
           "（记者　向　阳　通讯员　胡　杰）", "2024年10月22日　星期二　第2版　综合新闻"}));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].byline, "记者刘 洋、通讯员陈志强");
  EXPECT_EQ(r.articles[0].text.substr(0, 6), "新兵");
  EXPECT_EQ(r.articles[1].byline, "周 新、何 亮");
  EXPECT_EQ(r.articles[2].byline, "记者 向 阳 通讯员 胡 杰");
}

TEST(ConventionsTest, IndentedBriefsRunInAfterASpaceWithoutALabel) {
  // After a schedule, briefs with no label: two indented paragraphs in a
  // row open with a title and a wide space. One such paragraph alone is text,
  // and a number wrapped at the line's end joins up again.
  const SplitResult r = SplitPage(
      "p", JoinLines({"省运会游泳比赛破两项纪录", "本报记者　金　涛",
                      "　　第十七届省运会游泳比赛4日在奥体", "中心游泳馆结束。两天的比赛中，共有两",
                      "项省运会纪录被打破。", "　　全民健身日活动将在全市铺开　记者",
                      "从市体育局获悉，全民健身日期间全", "市将举办活动200余场，场馆免费开放。",
                      "　　市马拉松赛名额抽签结果公布　20", "24城市马拉松赛组委会4日公布抽签结",
                      "果，全程项目中签率约为三成。", "", "老旧小区焕新颜",
                      "　　本报讯　某市推进老旧小区改造，累", "计完成改造项目一百余个，惠及居民三",
                      "万余户。", "　　居民代表李阿姨　说起变化，她连声",
                      "称赞，生活变得更加便利了。"}));
  ASSERT_EQ(r.articles.size(), 4u);
  EXPECT_EQ(r.articles[1].title, "全民健身日活动将在全市铺开");
  EXPECT_EQ(r.articles[1].text.substr(0, 6), "记者");
  EXPECT_EQ(r.articles[2].title, "市马拉松赛名额抽签结果公布");
  EXPECT_EQ(r.articles[2].text.substr(0, 7), "2024城");
  EXPECT_NE(r.articles[3].text.find("李阿姨"), std::string::npos) << r.articles[3].text;
}

TEST(ConventionsTest, AShorterUnmarkedFirstLineIsTheKickerOfALongerTitle) {
  // 引题 / 主题: the kicker names the event, the title (three or more
  // characters longer) the news. A subtitle is as long as its title or
  // shorter; a 原标题 note is never the title.
  const auto two_lines = [](const std::string& l1, const std::string& l2) {
    return SplitPage(
        "p",
        JoinLines({l1, l2, "", "　　本报讯（记者 甲乙）某地近日举行活动，吸引众多市民参加。"}));
  };
  const SplitResult kicked = two_lines("世预赛亚洲区第二阶段", "国足客场逼平对手保留出线希望");
  ASSERT_EQ(kicked.articles.size(), 1u);
  EXPECT_EQ(kicked.articles[0].kicker, "世预赛亚洲区第二阶段");
  EXPECT_EQ(kicked.articles[0].title, "国足客场逼平对手保留出线希望");
  const SplitResult sub = two_lines("地铁5号线南延段开始试运行", "预计6月底开通初期运营");
  ASSERT_EQ(sub.articles.size(), 1u);
  EXPECT_EQ(sub.articles[0].title, "地铁5号线南延段开始试运行");
  EXPECT_EQ(sub.articles[0].subtitle, "预计6月底开通初期运营");
  const SplitResult note =
      two_lines("城市微更新要多听居民意见", "原标题：城市更新，别忘了问问居民");
  ASSERT_EQ(note.articles.size(), 1u);
  EXPECT_EQ(note.articles[0].title, "城市微更新要多听居民意见");
  // The same set apart by a gap; there a longer line of two clauses is the
  // subtitle.
  const auto apart = [](const std::string& l1, const std::string& l2) {
    return SplitPage("p", JoinLines({l1, "", l2, "", "　　某地近日举行活动，吸引众多市民参加。"}));
  };
  const SplitResult kicked_apart = apart("小空间激活大治理", "社区“共享菜园”收获满满");
  ASSERT_EQ(kicked_apart.articles.size(), 1u);
  EXPECT_EQ(kicked_apart.articles[0].title, "社区“共享菜园”收获满满");
  const SplitResult sub_apart = apart("农户点点数字屏种杨梅", "某地杨梅抢鲜上市，产值大幅提升");
  ASSERT_EQ(sub_apart.articles.size(), 1u);
  EXPECT_EQ(sub_apart.articles[0].title, "农户点点数字屏种杨梅");
}

TEST(ConventionsTest, AHeadlineBrokenAfterItsCommaOverABylineLine) {
  const SplitResult r = SplitPage(
      "p", JoinLines({"　　某市今年以来持续推进老旧小区改造工作，累计完成改造项目一百余个。", "",
                      "开学第一课，", "校长带学生种下一棵树", "本报记者　陶　然　通讯员　邹文雅",
                      "　　9月2日上午，某小学的开学第一课别开生面。",
                      "　　校长带着一年级新生，在校园里种下一棵桂花树。"}));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[1].title, "开学第一课，校长带学生种下一棵树");
  EXPECT_EQ(r.articles[1].byline, "本报记者 陶 然 通讯员 邹文雅");
}

TEST(ConventionsTest, AResultsTableEndsTheArticleAboveItAndTheNextHeadlineFollows) {
  // Results and a standings table, with their titles and header row, are
  // noise; the headline printed right under the table opens the next piece.
  const SplitResult r = SplitPage(
      "p", JoinLines({"国足客场逼平对手", "　　本报多哈3月21日电（特派记者 孙凯）中国队客场战平对手。",
                      "　　赛后，主教练表示，进攻端的效率仍需提高。", "小组赛第三轮", "对手　　1：1　中国",
                      "韩国　　3：0　泰国", "小组积分榜", "球队　赛　胜　平　负　积分", "韩国　　3　3　0　0　9",
                      "中国　　3　1　1　1　4", "辽宁主场力克广东", "本报记者　吴　迪",
                      "　　20日晚，辽宁队在沈阳以102：95战胜广东队，取得三连胜。"}));
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "国足客场逼平对手");
  EXPECT_EQ(r.articles[0].text.find("积分"), std::string::npos) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "辽宁主场力克广东");
  EXPECT_EQ(r.articles[1].byline, "本报记者 吴 迪");
  ASSERT_FALSE(r.noise.empty());
  EXPECT_EQ(r.noise[0].text.substr(0, 18), "小组赛第三轮");
}

TEST(ConventionsTest, AShortColumnNameOverALongerTitleAndBracketedSections) {
  // 以案释法 over a title twice as long is the column, not the start of a
  // wrapped title; 【案情】 alone on its line is a section of the article.
  const SplitResult r = SplitPage(
      "p", JoinLines({"以案释法", "微信群“拼手气”红包也可能涉赌", "本报记者　吕　青", "　　【案情】",
                      "　　2023年春节前后，李某建立多个微信群，组织群成员以发红包的方式赌博。",
                      "　　【评析】", "　　法官表示，以营利为目的聚众赌博，可能构成赌博罪。"}));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].column, "以案释法");
  EXPECT_EQ(r.articles[0].title, "微信群“拼手气”红包也可能涉赌");
  EXPECT_EQ(r.articles[0].text.substr(0, 12), "【案情】");
  EXPECT_NE(r.articles[0].text.find("【评析】"), std::string::npos);
}

TEST(ConventionsTest, TwoShortHeadlineLinesAreOneTitleWrapped) {
  // Two short lines of about one length in one block: a title wrapped in a
  // narrow column, not a column name over a title.
  const SplitResult r = SplitPage(
      "p", JoinLines({"社区食堂", "开到家门口", "本报记者　吴　迪", "　　南门街社区的食堂日均就餐超过二百人次。"}));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "社区食堂开到家门口");
  // A short first line over a long one that goes on with its clause (是…).
  const SplitResult c = SplitPage(
      "p", JoinLines({"高质量发展", "是全面建设社会主义现代化国家的首要任务", "本报记者　吴　迪",
                      "　　文章指出，高质量发展是新时代的硬道理。"}));
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].title, "高质量发展是全面建设社会主义现代化国家的首要任务");
}

}  // namespace baokan
