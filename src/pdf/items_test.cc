// LayOutPdfPage on columns of items (docs/split.md, "PDF pages", items 4 to
// 8): headlines in type near the body's, breaks between items, headlines
// under their bodies, subtitles. Word boxes made up for each rule.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "baokan/pdf.h"
#include "pdf/test_words.h"

namespace baokan {
namespace {

constexpr double kLine = kBody * 1.2;  // a body line's box height (1 point apart at kLead)
constexpr double kSmall = 11;          // headline type near the body's (1.1 times it)

// Column 1: five lines of one article, then `head` in `size` type, set
// `above` points under them, then five lines of the next, `below` points
// under it. Returns the words.
std::vector<PdfWord> TwoItems(const std::string& head, double size, double above, double below,
                              double x = 20) {
  std::vector<PdfWord> words;
  Body(&words, 0, 20, "甲", 5);
  const double y = 20 + 4 * kLead + kLine + above;
  words.push_back(Word(x, y, size, head, size * 6));
  Body(&words, 0, y + size * 1.2 + below, "乙", 5);
  return words;
}

bool IsHeadline(const PdfPageText& page, const std::string& line) {
  const std::vector<std::string> lines = Lines(page.text);
  const int number = static_cast<int>(IndexOf(lines, line)) + 1;
  for (int h : page.headline_lines) {
    if (h == number) return true;
  }
  return false;
}

TEST(PdfItemsTest, AHeadlineNearBodySizeSetApartLeadsItsBody) {
  // 11-point type over a 10-point body, 10 points under the article above
  // and 3 over its own: a one-column headline, not a subhead.
  const PdfPageText page = LayOutPdfPage(TwoItems("小字标题一则", kSmall, 10, 3));
  const std::vector<std::string> lines = Lines(page.text);
  const size_t head = IndexOf(lines, "小字标题一则");
  ASSERT_LT(head, lines.size()) << page.text;
  EXPECT_TRUE(IsHeadline(page, "小字标题一则")) << page.text;
  EXPECT_EQ(page.title_lines, (std::vector<int>{static_cast<int>(head) + 1}));
  EXPECT_LT(IndexOf(lines, "甲5"), head);
  EXPECT_LT(head, IndexOf(lines, "乙1"));
}

TEST(PdfItemsTest, AHeadlineNearBodySizeSetApartBelowTrailsItsBody) {
  // 2 points under its body, 10 over the next item: printed under its body.
  const PdfPageText page = LayOutPdfPage(TwoItems("小字标题一则", kSmall, 2, 10));
  EXPECT_TRUE(IsHeadline(page, "小字标题一则")) << page.text;
}

TEST(PdfItemsTest, ASubheadInsideABodyStaysBody) {
  // The same line 3 points from the text on either side: a subhead.
  const PdfPageText page = LayOutPdfPage(TwoItems("小字标题一则", kSmall, 3, 3));
  EXPECT_TRUE(page.headline_lines.empty()) << page.text;
  const std::vector<std::string> lines = Lines(page.text);
  EXPECT_LT(IndexOf(lines, "甲5"), IndexOf(lines, "小字标题一则"));
  EXPECT_LT(IndexOf(lines, "小字标题一则"), IndexOf(lines, "乙1"));
}

TEST(PdfItemsTest, ABoxLabelIndentedByItsBoxIsNoHeadline) {
  // Set apart, but 5 points in from the column's edge: a box's label.
  const PdfPageText page = LayOutPdfPage(TwoItems("记者手记", kSmall, 10, 3, 25));
  EXPECT_TRUE(page.headline_lines.empty()) << page.text;
}

TEST(PdfItemsTest, AClauseSetApartIsNoHeadline) {
  const PdfPageText page = LayOutPdfPage(TwoItems("一句话说完。", kSmall, 10, 3));
  EXPECT_TRUE(page.headline_lines.empty()) << page.text;
}

// Whether a body-size line set apart (TwoItems) in `head_font`, over a body
// in `body_font`, is read as a headline.
bool BodySizeLineIsHeadline(const std::string& head_font, const std::string& body_font) {
  std::vector<PdfWord> words = TwoItems("粗体标题一则", kBody, 10, 3);
  for (PdfWord& w : words) w.font = w.text == "粗体标题一则" ? head_font : body_font;
  return IsHeadline(LayOutPdfPage(words), "粗体标题一则");
}

TEST(PdfItemsTest, ABodySizeLineInAnotherFaceSetApartIsAHeadline) {
  // In body type, but in a bold face where the body is set in another.
  EXPECT_TRUE(BodySizeLineIsHeadline("Hei-Bold", "Song"));
  // The same line in the body's face is body text.
  EXPECT_FALSE(BodySizeLineIsHeadline("Song", "Song"));
}

TEST(PdfItemsTest, ABodySizeLineInAnUnnamedFaceBesideANamedBodyIsAHeadline) {
  // A Type 3 font has no name: beside a body in a named font it is another
  // face; where the body's font is unnamed too, the two are not told apart.
  EXPECT_TRUE(BodySizeLineIsHeadline("", "Song"));
  EXPECT_FALSE(BodySizeLineIsHeadline("", ""));
}

TEST(PdfItemsTest, ABodySizeLineInAnotherFaceOverAnOpenerIsAHeadline) {
  // A brief's headline in bold body type, no further from the text around
  // it than a subhead (3 points either side), right over the brief's opener.
  std::vector<PdfWord> words = TwoItems("粗体标题一则", kBody, 3, 3);
  for (PdfWord& w : words) {
    if (w.text == "乙1") w.text = "本报讯（记者 某某）乙1";
    w.font = w.text == "粗体标题一则" ? "Hei-Bold" : "Song";
  }
  EXPECT_TRUE(IsHeadline(LayOutPdfPage(words), "粗体标题一则")) << LayOutPdfPage(words).text;
  // Over an ordinary paragraph it is a subhead.
  for (PdfWord& w : words) {
    if (w.text == "本报讯（记者 某某）乙1") w.text = "乙1";
  }
  EXPECT_TRUE(LayOutPdfPage(words).headline_lines.empty()) << LayOutPdfPage(words).text;
}

// Column 1: item 甲 (three lines, the first `first`), a 14-point headline 5
// points under it, item 丙 5 points under that: the gaps do not tell which
// item the headline belongs to.
PdfPageText HeadlineBetweenItems(const std::string& first) {
  std::vector<PdfWord> words;
  Body(&words, 0, 20, "甲", 3);
  words[0].text = first;
  const double head = 20 + 2 * kLead + kLine + 5;
  words.push_back(Word(20, head, 14, "标题一则", 4 * 14));
  Body(&words, 0, head + 14 * 1.2 + 5, "丙", 3);
  return LayOutPdfPage(words);
}

TEST(PdfItemsTest, AnItemOpeningUnderNoHeadlineHasItsHeadlineUnderIt) {
  // 甲 opens with 本报讯 and has no headline over it: the headline closes it.
  PdfPageText page = HeadlineBetweenItems("本报讯（记者 某某）甲1");
  std::vector<std::string> lines = Lines(page.text);
  EXPECT_LT(IndexOf(lines, "丙1"), IndexOf(lines, "标题一则")) << page.text;
  EXPECT_LT(IndexOf(lines, "标题一则"), IndexOf(lines, "本报讯（记者 某某）甲1")) << page.text;
  // Without the opener the headline leads 丙, as most do.
  page = HeadlineBetweenItems("甲1");
  lines = Lines(page.text);
  EXPECT_LT(IndexOf(lines, "甲1"), IndexOf(lines, "标题一则")) << page.text;
  EXPECT_LT(IndexOf(lines, "标题一则"), IndexOf(lines, "丙1")) << page.text;
}

// Column 1: five lines of 甲, then two 14-point headline lines, 上标题 set
// `above` points under 甲 and 下标题 `between` points under 上标题, then five
// lines of 乙 3 points under 下标题.
PdfPageText TwoHeadlinesBetweenItems(double above, double between) {
  constexpr double kHead = 14;
  std::vector<PdfWord> words;
  Body(&words, 0, 20, "甲", 5);
  const double y = 20 + 4 * kLead + kLine + above;
  words.push_back(Word(20, y, kHead, "上标题一则", 5 * kHead));
  const double y2 = y + kHead * 1.2 + between;
  words.push_back(Word(20, y2, kHead, "下标题一则", 5 * kHead));
  Body(&words, 0, y2 + kHead * 1.2 + 3, "乙", 5);
  return LayOutPdfPage(words);
}

TEST(PdfItemsTest, AHeadlineUnderOneBodyIsNoKickerOfTheNextHeadline) {
  // 2 points under 甲, 8 over the next headline: 上标题 closes 甲, and
  // 下标题 is 乙's headline alone.
  PdfPageText page = TwoHeadlinesBetweenItems(2, 8);
  std::vector<std::string> lines = Lines(page.text);
  EXPECT_LT(IndexOf(lines, "上标题一则"), IndexOf(lines, "甲1")) << page.text;
  EXPECT_LT(IndexOf(lines, "甲5"), IndexOf(lines, "下标题一则")) << page.text;
  EXPECT_LT(IndexOf(lines, "下标题一则"), IndexOf(lines, "乙1")) << page.text;
  // 10 points under 甲, 3 over the headline under it: a kicker and its
  // title, one stack over 乙.
  page = TwoHeadlinesBetweenItems(10, 3);
  lines = Lines(page.text);
  EXPECT_EQ(IndexOf(lines, "下标题一则"), IndexOf(lines, "上标题一则") + 1) << page.text;
  EXPECT_LT(IndexOf(lines, "甲5"), IndexOf(lines, "上标题一则")) << page.text;
  // One headline wrapped right under 甲 (1 point of leading): one stack.
  page = TwoHeadlinesBetweenItems(0, 1);
  lines = Lines(page.text);
  EXPECT_EQ(IndexOf(lines, "下标题一则"), IndexOf(lines, "上标题一则") + 1) << page.text;
}

TEST(PdfItemsTest, ADashedSubtitleLargerThanItsTitleIsNoTitle) {
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, kSmall, "小字标题", 4 * kSmall));
  words.push_back(Word(20, 20 + kSmall * 1.2 + 1, 12, "——较大的副题", 7 * 12));
  Body(&words, 0, 20 + kSmall * 1.2 + 1 + 12 * 1.2 + 4, "甲", 6);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  ASSERT_EQ(lines[0], "小字标题") << page.text;
  EXPECT_EQ(page.title_lines, (std::vector<int>{1}));
  EXPECT_TRUE(IsHeadline(page, "——较大的副题"));
}

TEST(PdfItemsTest, ABreakBetweenItemsEndsTheBodyAbove) {
  // A banner leads 甲; 10 points under 甲 (one line is 1 point apart), the
  // brief 乙, closed by its headline 2 points under it; then brief 丙, the
  // same. The break puts 乙 under its own headline, not the banner's.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 22, "通栏标题", 120));
  double y = 10 + 22 * 1.2 + 6;
  Body(&words, 0, y, "甲", 6);
  y += 5 * kLead + kLine + 10;
  Body(&words, 0, y, "乙", 3);
  y += 2 * kLead + kLine + 2;
  words.push_back(Word(20, y, 14, "简讯一标题", 70));
  y += 14 * 1.2 + 15;
  Body(&words, 0, y, "丙", 3);
  y += 2 * kLead + kLine + 2;
  words.push_back(Word(20, y, 14, "简讯二标题", 70));
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t brief1 = IndexOf(lines, "简讯一标题");
  ASSERT_LT(brief1, lines.size()) << page.text;
  EXPECT_LT(IndexOf(lines, "通栏标题"), IndexOf(lines, "甲1"));
  EXPECT_LT(IndexOf(lines, "甲6"), brief1) << page.text;
  EXPECT_LT(brief1, IndexOf(lines, "乙1"));
  EXPECT_LT(IndexOf(lines, "简讯二标题"), IndexOf(lines, "丙1"));
}

TEST(PdfItemsTest, AHeadlineUnderABodyLeftOfAColumnClosesOnlyTextEndingAboveIt) {
  // Column 1: 甲, closed by its headline; column 2: a headline over a
  // picture, then its body 乙 of two lines, which ends far above column 1's
  // headline: it stays with the headline over it.
  std::vector<PdfWord> words;
  const double col2 = 20 + kColumn + kGutter;
  words.push_back(Word(col2, 20, 22, "右栏标题", 100));
  Body(&words, 1, 150, "乙", 2);
  Body(&words, 0, 60, "甲", 12);
  words.push_back(Word(20, 60 + 11 * kLead + kLine + 2, 16, "左栏尾题", 64));
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t left = IndexOf(lines, "左栏尾题");
  ASSERT_LT(left, lines.size()) << page.text;
  EXPECT_LT(IndexOf(lines, "右栏标题"), IndexOf(lines, "乙1"));
  EXPECT_LT(IndexOf(lines, "乙2"), left) << page.text;
  EXPECT_LT(left, IndexOf(lines, "甲1"));
}

TEST(PdfItemsTest, AnUnclearHeadlineFollowsItsColumnOfItems) {
  // Columns 2 to 4 each lead with a headline (three leading stacks); column
  // 1 is a run of briefs, each closed by its headline. The middle one sits
  // 4 points under its brief and 7 over the next: unclear by its gaps, it
  // trails like the clear ones over and under it in its column.
  std::vector<PdfWord> words;
  for (int c = 1; c <= 3; ++c) {
    const double x = 20 + c * (kColumn + kGutter);
    words.push_back(Word(x, 20, 18, "栏" + std::to_string(c) + "标题", 100));
    Body(&words, c, 20 + 18 * 1.2 + 4, "栏" + std::to_string(c) + "文", 20);
  }
  double y = 20;
  const std::string prefix[] = {"甲", "乙", "丙"};
  const double gap_above[] = {2, 4, 2};
  const double gap_below[] = {15, 7, 15};
  for (int i = 0; i < 3; ++i) {
    Body(&words, 0, y, prefix[i], 3);
    y += 2 * kLead + kLine + gap_above[i];
    words.push_back(Word(20, y, 14, prefix[i] + "简讯标题", 70));
    y += 14 * 1.2 + gap_below[i];
  }
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t middle = IndexOf(lines, "乙简讯标题");
  ASSERT_LT(middle, lines.size()) << page.text;
  EXPECT_LT(IndexOf(lines, "甲简讯标题"), IndexOf(lines, "甲1"));
  EXPECT_LT(middle, IndexOf(lines, "乙1")) << page.text;
  EXPECT_LT(IndexOf(lines, "乙3"), IndexOf(lines, "丙简讯标题"));
  EXPECT_LT(IndexOf(lines, "丙简讯标题"), IndexOf(lines, "丙1"));
}

TEST(PdfItemsTest, ABoxInsetInAColumnKeepsTheColumnsEdge) {
  // An article of four lines (the third opens a paragraph, indented 20
  // points) over a box of briefs inset 6 points, with more lines than the
  // article: the column's edge stays the article's, so the indented line
  // stays in its place.
  std::vector<PdfWord> words;
  Body(&words, 0, 20, "甲", 4);
  words[2].x0 += 20;
  Body(&words, 0, 20 + 4 * kLead + 10, "乙", 8, 26);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  EXPECT_LT(IndexOf(lines, "甲2"), IndexOf(lines, "  甲3")) << LayOutPdfPage(words).text;
  EXPECT_LT(IndexOf(lines, "  甲3"), IndexOf(lines, "甲4"));
  EXPECT_LT(IndexOf(lines, "甲4"), IndexOf(lines, "乙1"));
}

// Four columns of body text from y = 60, named 甲 乙 丙 丁, under a 22-point
// headline 200 points wide starting at `head_x`.
std::vector<PdfWord> FourColumnsUnder(double head_x) {
  std::vector<PdfWord> words;
  words.push_back(Word(head_x, 20, 22, "居中大字标题", 200));
  const char* names[] = {"甲", "乙", "丙", "丁"};
  for (int c = 0; c < 4; ++c) Body(&words, c, 60, names[c], 5);
  return words;
}

TEST(PdfItemsTest, ACentredHeadlineOwnsTheOuterColumnsOfItsModule) {
  // Module 20..656, headline centred on it (238..438): it covers columns 2
  // and 3 and starts on no column's edge; columns 1 and 4 are its body too.
  const PdfPageText page = LayOutPdfPage(FourColumnsUnder(238));
  const std::vector<std::string> lines = Lines(page.text);
  const size_t head = IndexOf(lines, "居中大字标题");
  ASSERT_LT(head, lines.size()) << page.text;
  EXPECT_LT(head, IndexOf(lines, "甲1")) << page.text;
  EXPECT_LT(IndexOf(lines, "甲5"), IndexOf(lines, "乙1")) << page.text;
  EXPECT_LT(head, IndexOf(lines, "丁1")) << page.text;
}

TEST(PdfItemsTest, AFlushLeftHeadlineDoesNotReachLeftOfItsEdge) {
  // The same headline set flush with column 2's edge (182): column 1 is no
  // part of its module.
  const PdfPageText page = LayOutPdfPage(FourColumnsUnder(182));
  const std::vector<std::string> lines = Lines(page.text);
  EXPECT_LT(IndexOf(lines, "甲1"), IndexOf(lines, "居中大字标题")) << page.text;
}

TEST(PdfItemsTest, ACentredSubtitleInTypeNearTheBodysJoinsItsHeadline) {
  // 11-point subtitle centred 3 points under a centred 22-point title, over
  // three columns of 10-point body: a headline line, not the title.
  std::vector<PdfWord> words;
  words.push_back(Word(157, 20, 22, "居中大字标题", 200));
  words.push_back(Word(192, 20 + 22 * 1.2 + 3, 11, "居中的小字副题一行", 130));
  Body(&words, 0, 70, "甲", 5);
  Body(&words, 1, 70, "乙", 5);
  Body(&words, 2, 70, "丙", 5);
  const PdfPageText page = LayOutPdfPage(words);
  EXPECT_TRUE(IsHeadline(page, "居中的小字副题一行")) << page.text;
  const std::vector<std::string> lines = Lines(page.text);
  const int title = static_cast<int>(IndexOf(lines, "居中大字标题")) + 1;
  EXPECT_EQ(page.title_lines, (std::vector<int>{title})) << page.text;
}

TEST(PdfItemsTest, ACaptionBetweenAHeadlineAndItsBodyIsWrittenOverTheHeadline) {
  // A headline, a picture (a gap), its caption in 8-point type, then the
  // body: the caption goes over the headline, the body right under it.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, 22, "图片下方的正文标题", 200));
  words.push_back(Word(20, 150, 8, "图为某地居民在社区活动室下棋。", 120));
  words.push_back(Word(20, 161, 8, "本报记者 某某摄", 60));
  Body(&words, 0, 176, "甲段正文正文正文", 8);  // the most characters: body type
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t head = IndexOf(lines, "图片下方的正文标题");
  ASSERT_LT(head, lines.size());
  EXPECT_LT(IndexOf(lines, "本报记者 某某摄"), head);
  EXPECT_EQ(IndexOf(lines, "甲段正文正文正文1"), head + 2);  // a blank line between
}

TEST(PdfItemsTest, ABoxsFirstBriefHeadlineInBodyTypeUnderItsLabel) {
  // A box of briefs inset 6 points from column 1's edge: its label 简讯 in
  // 16-point type, then the first brief's headline in bold body type (a face
  // the body does not use) 8 points under it, flush with it, over the
  // brief's opener: a headline, though it is the first line under another.
  std::vector<PdfWord> words;
  Body(&words, 0, 20, "上文正文正文", 6);
  const double box = 20 + 6 * kLead + 20;
  words.push_back(Word(26, box, 16, "简讯", 32));
  PdfWord head = Word(26, box + 16 * 1.2 + 8, kBody, "第一则简讯标题", 70);
  head.font = "BoldFace";
  words.push_back(head);
  words.push_back(Word(26, box + 16 * 1.2 + 8 + kLine + 3, kBody, "本报讯（记者 某某）简讯正文", 140));
  for (int i = 1; i <= 4; ++i) {
    words.push_back(Word(26, box + 16 * 1.2 + 8 + kLine + 3 + i * kLead, kBody,
                         "简讯正文正文" + std::to_string(i), 140));
  }
  for (PdfWord& w : words) {
    if (w.font.empty()) w.font = "BodyFace";
  }
  const PdfPageText page = LayOutPdfPage(words);
  EXPECT_TRUE(IsHeadline(page, "第一则简讯标题")) << page.text;
}

TEST(PdfItemsTest, ADashedSubtitleInTheTitlesTypeIsNoTitle) {
  // Title and dashed subtitle in one 18-point type: only the title is one.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, 18, "主标题在这一行", 126));
  words.push_back(Word(20, 20 + 18 * 1.2 + 2, 18, "——副题也是同样字号", 162));
  Body(&words, 0, 80, "甲段正文正文", 6);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const int title = static_cast<int>(IndexOf(lines, "主标题在这一行")) + 1;
  EXPECT_EQ(page.title_lines, (std::vector<int>{title})) << page.text;
  EXPECT_TRUE(IsHeadline(page, "——副题也是同样字号")) << page.text;
}

}  // namespace
}  // namespace baokan
