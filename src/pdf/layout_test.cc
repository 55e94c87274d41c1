// LayOutPdfPage on word boxes made up for each layout rule (docs/split.md,
// "PDF pages").

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "baokan/pdf.h"
#include "pdf/test_words.h"

namespace baokan {
namespace {

TEST(PdfLayoutTest, HeadlineThenItsColumnsInOrder) {
  std::vector<PdfWord> words;
  // Added out of reading order on purpose.
  Body(&words, 1, 60, "乙", 5);
  Body(&words, 0, 60, "甲", 5);
  words.push_back(Word(20, 20, 22, "大字标题", 200));
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  ASSERT_EQ(lines[0], "大字标题");
  EXPECT_EQ(lines[1], "");  // a blank line sets the headline apart
  EXPECT_LT(IndexOf(lines, "甲5"), IndexOf(lines, "乙1"));  // column 1, then column 2
  EXPECT_EQ(IndexOf(lines, "甲1"), 2u);
}

TEST(PdfLayoutTest, FlushLeftHeadlineOwnsTheWiderBlockBelowIt) {
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, 22, "短标题", 120));  // over column 1 only
  Body(&words, 0, 60, "甲", 4);
  Body(&words, 1, 60, "乙", 4);
  Body(&words, 2, 60, "丙", 4);
  // A second article under its own headline in column 3, lower down.
  words.push_back(Word(20 + 2 * (kColumn + kGutter), 130, 20, "另一标题", 140));
  Body(&words, 2, 160, "丁", 3);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t other = IndexOf(lines, "另一标题");
  ASSERT_LT(other, lines.size());
  EXPECT_LT(IndexOf(lines, "丙4"), other);  // column 3's top belongs to the first article
  EXPECT_GT(IndexOf(lines, "丁1"), other);
  EXPECT_LT(IndexOf(lines, "乙4"), IndexOf(lines, "丙1"));
}

TEST(PdfLayoutTest, CaptionsIndentsAndSpacesBetweenWords) {
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, 22, "标题", 100));
  PdfWord first = Word(20 + 2 * kBody, 60, kBody, "段首", 60);  // indented
  first.space_after = true;
  words.push_back(first);
  words.push_back(Word(20 + 2 * kBody + 60 + 3, 60, kBody, "同行", 40));  // one space away
  Body(&words, 0, 60 + kLead, "续行文字", 6);  // the body: most characters
  words.push_back(Word(20, 60 + 7 * kLead + 4, 8, "图为某地风景。 甲乙摄", 140));  // small type
  Body(&words, 0, 60 + 9 * kLead, "尾", 1);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  EXPECT_NE(IndexOf(lines, "  段首 同行"), lines.size()) << LayOutPdfPage(words).text;
  const size_t cap = IndexOf(lines, "图为某地风景。 甲乙摄");
  ASSERT_LT(cap + 1, lines.size());
  EXPECT_EQ(lines[cap - 1], "");
  EXPECT_EQ(lines[cap + 1], "");
  // Every word is on one line: two on the joined one, none on blank lines.
  const PdfPageText page = LayOutPdfPage(words);
  ASSERT_EQ(page.line_words.size(), lines.size());
  EXPECT_EQ(page.line_words[IndexOf(lines, "  段首 同行")], 2);
  EXPECT_EQ(page.line_words[cap - 1], 0);
  int total = 0;
  for (int n : page.line_words) total += n;
  EXPECT_EQ(total, static_cast<int>(words.size()));
}

TEST(PdfLayoutTest, AStackSetsItsTitleApartFromLabelAndKicker) {
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 14, "简讯", 30));               // a box label
  words.push_back(Word(20, 30, 15, "某某代表走访基层", 120));   // a kicker
  words.push_back(Word(20, 50, 24, "大字标题", 100));           // the title
  Body(&words, 0, 90, "甲", 6);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  ASSERT_GE(lines.size(), 6u);
  EXPECT_EQ(lines[0], "简讯");
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(lines[2], "某某代表走访基层");
  EXPECT_EQ(lines[3], "");
  EXPECT_EQ(lines[4], "大字标题");
  EXPECT_EQ(page.headline_lines, (std::vector<int>{1, 3, 5}));
  EXPECT_EQ(page.title_lines, (std::vector<int>{5}));
}

TEST(PdfLayoutTest, SameInputSameText) {
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, 22, "标题", 100));
  Body(&words, 0, 60, "甲", 3);
  Body(&words, 1, 60, "乙", 3);
  std::vector<PdfWord> reversed(words.rbegin(), words.rend());
  EXPECT_EQ(LayOutPdfPage(words).text, LayOutPdfPage(reversed).text);
  EXPECT_EQ(LayOutPdfPage(words).headline_lines, (std::vector<int>{1}));
  EXPECT_EQ(LayOutPdfPage({}).text, "");
}

TEST(PdfLayoutTest, FontsThatReportDoubleSizesAreScaledBack) {
  // Font "T3" reports 20 for text set 10 points to the em; "TT" is right.
  std::vector<PdfWord> words = {Word(20, 20, 20, "五个中文字", 50), Word(20, 40, 20, "短", 10),
                                Word(20, 60, 20, "大字标题", 80), Word(20, 80, 10, "正文五个字", 50)};
  CorrectScaledFonts({"T3", "T3", "TT", "TT"}, &words);
  EXPECT_DOUBLE_EQ(words[0].size, 10);
  EXPECT_DOUBLE_EQ(words[1].size, 10);  // too short to measure, scaled with its font
  EXPECT_DOUBLE_EQ(words[2].size, 20);  // a true 20: four characters 80 points wide
  EXPECT_DOUBLE_EQ(words[3].size, 10);
  // The scaled words' boxes shrink with their sizes, toward their baselines
  // (0.95 of 1.3 of the way down a box of a font with no stated ascent).
  const double share = 0.95 / 1.3;
  EXPECT_NEAR(words[0].y1 - words[0].y0, 10 * 1.2, 1e-9);
  EXPECT_NEAR(words[0].y0 + 10 * 1.2 * share, 20 + 20 * 1.2 * share, 1e-9);
  EXPECT_DOUBLE_EQ(words[2].y0, 60);  // a font that is right keeps its box
}

TEST(PdfLayoutTest, UnnamedFontsAreScaledBySizeNotLumpedTogether) {
  // Two fonts without names (Type 3): a body that reports 20 for text set 10
  // points to the em, and a headline face that reports its true 14. Lumped
  // as one unnamed font, the headline would be halved into caption type.
  std::vector<PdfWord> words = {Word(20, 20, 20, "正文五个字", 50), Word(20, 40, 20, "正文再五字", 50),
                                Word(20, 60, 14, "标题四字", 56), Word(20, 80, 14, "短", 14),
                                Word(20, 100, 20, "段", 10), Word(20, 120, 16, "字", 8)};
  CorrectScaledFonts({"", "", "", "", "", ""}, &words);
  EXPECT_DOUBLE_EQ(words[0].size, 10);
  EXPECT_DOUBLE_EQ(words[2].size, 14);  // measured as it reports: left alone
  EXPECT_DOUBLE_EQ(words[3].size, 14);  // too short to measure: its reported size's group
  EXPECT_DOUBLE_EQ(words[4].size, 10);
  // A reported size with no measurable word takes the scale of all unnamed
  // words (the median of 2, 2 and 1).
  EXPECT_DOUBLE_EQ(words[5].size, 8);
}

TEST(PdfLayoutTest, AFontsScaleComesFromItsLinesAtNaturalWidth) {
  // A body reporting 20 for 10-point type: justified lines stretched to
  // their column measure wide (ten characters in 105 points, ratio 1.9);
  // the last lines of paragraphs are at their natural width (ratio 2). The
  // scale is 2, so the body is 10 points, not 10.5, and a 12-point
  // headline stays 1.2 times the body.
  std::vector<PdfWord> words;
  for (int i = 0; i < 8; ++i) words.push_back(Word(20, 20 + 13 * i, 20, "正文正文正文正文正文", 105));
  words.push_back(Word(20, 130, 20, "末行四字", 40));
  words.push_back(Word(20, 143, 20, "又一末行", 40));
  CorrectScaledFonts(std::vector<std::string>(words.size(), "T3"), &words);
  EXPECT_DOUBLE_EQ(words[0].size, 10);
  EXPECT_DOUBLE_EQ(words[8].size, 10);
}

TEST(PdfLayoutTest, AColumnIsWhereItsLinesStartNotWhereAStrayLineDoes) {
  // A folio line starts 15 points left of column 1 (within a paragraph
  // indent of it); column 1's paragraphs are indented two characters. The
  // indented lines stay in column 1, in order, not in a column of their own.
  std::vector<PdfWord> words;
  words.push_back(Word(5, 0, kBody, "第2版 要闻", 60));
  words.push_back(Word(20, 20, 22, "标题", 100));
  words.push_back(Word(20 + 2 * kBody, 60, kBody, "甲段一首", kColumn - 2 * kBody));
  Body(&words, 0, 60 + kLead, "甲段一行", 3);
  words.push_back(Word(20 + 2 * kBody, 60 + 4 * kLead, kBody, "甲段二首", kColumn - 2 * kBody));
  Body(&words, 0, 60 + 5 * kLead, "甲段二行", 3);
  Body(&words, 1, 60, "乙", 8);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t first = IndexOf(lines, "  甲段一首");
  ASSERT_LT(first, lines.size()) << LayOutPdfPage(words).text;
  EXPECT_EQ(lines[first + 1], "甲段一行1");
  EXPECT_EQ(IndexOf(lines, "  甲段二首"), IndexOf(lines, "甲段一行3") + 1);
  EXPECT_LT(IndexOf(lines, "甲段二行3"), IndexOf(lines, "乙1"));
}

TEST(PdfLayoutTest, HeadlinesSideBySideStayApartAcrossANarrowGutter) {
  // Two articles side by side: the left headline fills its column and stops
  // one gutter (less than an em of its type, a space's width) short of the
  // right one. They are two headlines over two bodies, not one.
  std::vector<PdfWord> words;
  const double right = 20 + kColumn + kGutter;
  PdfWord left_head = Word(20, 20, 18, "左边标题文字", kColumn);
  left_head.space_after = true;  // the text layer sees one line with a space
  words.push_back(left_head);
  words.push_back(Word(right, 20, 18, "右边标题", 72));
  Body(&words, 0, 60, "甲", 5);
  Body(&words, 1, 60, "乙", 5);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t left_at = IndexOf(lines, "左边标题文字");
  const size_t right_at = IndexOf(lines, "右边标题");
  ASSERT_LT(left_at, lines.size()) << page.text;
  ASSERT_LT(right_at, lines.size()) << page.text;
  EXPECT_LT(left_at, IndexOf(lines, "甲1"));
  EXPECT_LT(IndexOf(lines, "甲5"), right_at);
  EXPECT_LT(right_at, IndexOf(lines, "乙1"));
}

TEST(PdfLayoutTest, ABoxLabelOverAHeadlineJoinsItsStack) {
  // Article 1 fills column 1's top; a box below it carries the label 今日谈
  // (body type, set apart from the text above) over its own headline.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 22, "第一篇标题", 120));
  Body(&words, 0, 50, "甲", 6);
  words.push_back(Word(26, 50 + 6 * kLead + 20, kBody, "今日谈", 30));
  const double head_y = 50 + 6 * kLead + 20 + kLead + 4;
  words.push_back(Word(20, head_y, 16, "第二篇标题", 90));
  Body(&words, 0, head_y + 30, "乙", 4);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t label = IndexOf(lines, "今日谈");
  const size_t title = IndexOf(lines, "第二篇标题");
  ASSERT_LT(title, lines.size()) << page.text;
  EXPECT_LT(IndexOf(lines, "甲6"), label);
  EXPECT_LT(label, title);
  EXPECT_LT(title, IndexOf(lines, "乙1"));
  auto has = [](const std::vector<int>& v, size_t i) {
    return std::find(v.begin(), v.end(), static_cast<int>(i) + 1) != v.end();
  };
  EXPECT_TRUE(has(page.headline_lines, label));
  EXPECT_FALSE(has(page.title_lines, label));
  EXPECT_TRUE(has(page.title_lines, title));
}

TEST(PdfLayoutTest, ASubheadClosingAColumnIsNoLabel) {
  // A short line right under body text (one line pitch down) and right over
  // the next headline is the body's last line, not a label of that headline.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 22, "第一篇标题", 120));
  Body(&words, 0, 50, "甲", 6);
  words.push_back(Word(20, 50 + 6 * kLead, kBody, "小标题一行", 50));
  const double head_y = 50 + 7 * kLead + 4;
  words.push_back(Word(20, head_y, 16, "第二篇标题", 90));
  Body(&words, 0, head_y + 30, "乙", 4);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t sub = IndexOf(lines, "小标题一行");
  ASSERT_LT(sub, lines.size()) << page.text;
  EXPECT_EQ(sub, IndexOf(lines, "甲6") + 1);
  EXPECT_TRUE(std::find(page.headline_lines.begin(), page.headline_lines.end(),
                        static_cast<int>(sub) + 1) == page.headline_lines.end());
}

TEST(PdfLayoutTest, HeadlinesCloserToTheTextAboveCloseThatText) {
  // A banner leads its body in column 1; column 2 holds two briefs, each
  // body followed closely by its own headline (2 points below the body, 20
  // points above the next text).
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 22, "通栏标题", 120));
  Body(&words, 0, 10 + 22 * 1.2 + 6, "甲", 8);
  const double col2 = 20 + kColumn + kGutter;
  Body(&words, 1, 60, "乙", 3);
  const double head1 = 60 + 2 * kLead + kBody * 1.2 + 2;
  words.push_back(Word(col2, head1, 14, "简讯一标题", 70));
  Body(&words, 1, head1 + 14 * 1.2 + 20, "丙", 3);
  const double head2 = head1 + 14 * 1.2 + 20 + 2 * kLead + kBody * 1.2 + 2;
  words.push_back(Word(col2, head2, 14, "简讯二标题", 70));
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t banner = IndexOf(lines, "通栏标题");
  const size_t brief1 = IndexOf(lines, "简讯一标题");
  const size_t brief2 = IndexOf(lines, "简讯二标题");
  ASSERT_LT(brief2, lines.size()) << LayOutPdfPage(words).text;
  // Written headline first: the banner over 甲, brief 1 over 乙, brief 2 over 丙.
  EXPECT_LT(banner, IndexOf(lines, "甲1"));
  EXPECT_LT(IndexOf(lines, "甲8"), brief1);
  EXPECT_LT(brief1, IndexOf(lines, "乙1"));
  EXPECT_LT(IndexOf(lines, "乙3"), brief2);
  EXPECT_LT(brief2, IndexOf(lines, "丙1"));
}

TEST(PdfLayoutTest, ABoxLabelInLargeTypeIsNoTitle) {
  // 简讯 heads a box of briefs in type larger than the first brief's own
  // headline; a short title over its subtitle stays the title.
  for (const bool subtitle : {false, true}) {
    std::vector<PdfWord> words;
    words.push_back(Word(20, 10, 18, subtitle ? "春耕" : "简讯", 40));
    words.push_back(Word(20, 10 + 18 * 1.2 + 4, 14, subtitle ? "——某地见闻" : "某地召开春耕会", 100));
    Body(&words, 0, 10 + 18 * 1.2 + 4 + 14 * 1.2 + 6, "甲", 5);
    const PdfPageText page = LayOutPdfPage(words);
    const std::vector<std::string> lines = Lines(page.text);
    const size_t first = IndexOf(lines, subtitle ? "春耕" : "简讯");
    const size_t second = IndexOf(lines, subtitle ? "——某地见闻" : "某地召开春耕会");
    ASSERT_LT(second, lines.size()) << page.text;
    const std::vector<int> expected = {static_cast<int>((subtitle ? first : second) + 1)};
    EXPECT_EQ(page.title_lines, expected) << page.text;
  }
}

TEST(PdfLayoutTest, AHeadlineOwnsTextToItsRightOnlyUpToTheNextHeadline) {
  // Two boxes side by side, their headlines at the same height, each
  // shorter than its column: the left one over column 1, the right one over
  // a body in columns 2 and 3. Column 3 belongs to the nearer headline on
  // its left, the right one.
  std::vector<PdfWord> words;
  const double col2 = 20 + kColumn + kGutter;
  words.push_back(Word(20, 20, 14, "左框标题", 60));
  words.push_back(Word(col2, 20, 14, "右框标题", 60));
  Body(&words, 0, 50, "甲", 6);
  Body(&words, 1, 50, "乙", 6);
  Body(&words, 2, 50, "丙", 6);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t right = IndexOf(lines, "右框标题");
  ASSERT_LT(right, lines.size());
  EXPECT_LT(IndexOf(lines, "甲6"), right);
  EXPECT_LT(right, IndexOf(lines, "乙1"));
  EXPECT_LT(IndexOf(lines, "乙6"), IndexOf(lines, "丙1"));
}

TEST(PdfLayoutTest, AHeadlineUnderABodyInColumnsClosesItsLowestColumn) {
  // Two briefs whose bodies flow in two columns, each followed by its short
  // headline (column 1's width). Brief 1's column 2 runs longer than its
  // column 1; its headline sits right under column 2's last line, far under
  // column 1's. It closes brief 1 (2 points under the block), not opens
  // brief 2 (9 points over it).
  std::vector<PdfWord> words;
  Body(&words, 0, 60, "甲", 4);
  Body(&words, 1, 60, "乙", 6);  // ends at 60 + 5 * kLead + 12 = 137
  words.push_back(Word(20, 139, 12, "第一条标题", 60));
  Body(&words, 0, 162, "丙", 4);
  Body(&words, 1, 162, "丁", 4);  // ends at 213
  words.push_back(Word(20, 215, 12, "第二条标题", 60));
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t first = IndexOf(lines, "第一条标题");
  const size_t second = IndexOf(lines, "第二条标题");
  ASSERT_LT(second, lines.size()) << page.text;
  EXPECT_LT(first, IndexOf(lines, "甲1")) << page.text;
  EXPECT_LT(IndexOf(lines, "乙6"), second) << page.text;
  EXPECT_LT(second, IndexOf(lines, "丙1")) << page.text;
  EXPECT_LT(IndexOf(lines, "丙4"), IndexOf(lines, "丁1")) << page.text;
}

// The boxes the text layer gives for `text` set top to bottom in `size`
// point type from (x, y): one per character, an em apart, in `order`.
std::vector<PdfWord> VerticalBoxes(double x, double y, double size, const std::string& text,
                                   const std::vector<int>& order) {
  std::vector<std::string> chars;
  for (size_t i = 0; i < text.size(); i += 3) chars.push_back(text.substr(i, 3));  // CJK: 3 bytes
  std::vector<PdfWord> out;
  for (int i : order) out.push_back(Word(x, y + i * size, size, chars[static_cast<size_t>(i)], size));
  return out;
}

TEST(PdfLayoutTest, CharactersStackedAnEmApartAreOneLineReadDownwards) {
  std::vector<PdfWord> words = VerticalBoxes(300, 20, 24, "老旧小区改造", {3, 0, 5, 1, 4, 2});
  // Three one-character words ending body lines at one x, a line pitch
  // (1.35 ems) apart: no vertical line.
  for (int i = 0; i < 3; ++i) words.push_back(Word(20, 200 + i * 13.5, kBody, "甲", kBody));
  std::vector<std::string> fonts(words.size(), "F");
  JoinVerticalRuns(&fonts, &words);
  ASSERT_EQ(words.size(), 4u);
  ASSERT_EQ(fonts.size(), 4u);
  const PdfWord& v = words.back();
  EXPECT_EQ(v.text, "老旧小区改造");
  EXPECT_TRUE(v.vertical);
  EXPECT_DOUBLE_EQ(v.size, 24);
  EXPECT_DOUBLE_EQ(v.y0, 20);
  EXPECT_DOUBLE_EQ(v.y1, 20 + 6 * 24);
  EXPECT_FALSE(words[0].vertical);
}

TEST(PdfLayoutTest, AVerticalHeadlineOwnsTheColumnsBesideIt) {
  // A banner over the page; under it, a body in columns 1 and 2 with a
  // vertical headline at its right (vertical-rl), and column 3 beyond it
  // still under the banner.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 22, "通栏大标题", 300));
  Body(&words, 0, 50, "甲", 8);
  Body(&words, 1, 50, "乙", 8);
  const double vx = 20 + 2 * (kColumn + kGutter);
  // Wrapped over two lines: 竖排标题 on the right, 第二行 left of it.
  std::vector<PdfWord> v = VerticalBoxes(vx + 24, 50, 20, "竖排标题", {0, 1, 2, 3});
  const std::vector<PdfWord> second = VerticalBoxes(vx, 50, 20, "第二行", {2, 1, 0});
  v.insert(v.end(), second.begin(), second.end());
  std::vector<std::string> fonts(v.size(), "F");
  JoinVerticalRuns(&fonts, &v);
  ASSERT_EQ(v.size(), 2u);
  words.insert(words.end(), v.begin(), v.end());
  Body(&words, 2, 50, "丙", 8, 20 + 44 + 2 * kGutter);  // right of the headline, further
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t head = IndexOf(lines, "竖排标题");
  ASSERT_LT(head, lines.size()) << LayOutPdfPage(words).text;
  EXPECT_EQ(IndexOf(lines, "第二行"), head + 1);  // read right to left
  EXPECT_LT(head, IndexOf(lines, "甲1"));
  EXPECT_LT(IndexOf(lines, "甲8"), IndexOf(lines, "乙1"));
  EXPECT_LT(IndexOf(lines, "丙8"), head);  // column 3 stays under the banner
}

TEST(PdfLayoutTest, ABannerUnderTheFolioLeadsItsBodyAcrossAPhoto) {
  // The folio line, 2 points over the banner; a photo (no text) under the
  // banner, its caption, then the body in two columns. The folio is one
  // line, no body the banner could close: the banner leads.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 0, kBody, "2024年3月12日 星期二 第5版 要闻", 300));
  words.push_back(Word(20, 14, 22, "通栏大标题", 300));
  words.push_back(Word(20, 145, 8, "图为某地风景。 甲乙摄", 140));
  Body(&words, 0, 160, "甲", 6);
  Body(&words, 1, 160, "乙", 6);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  const size_t banner = IndexOf(lines, "通栏大标题");
  ASSERT_LT(banner, lines.size());
  EXPECT_LT(banner, IndexOf(lines, "甲1")) << LayOutPdfPage(words).text;
  EXPECT_LT(banner, IndexOf(lines, "乙1"));
}

TEST(PdfReaderTest, FilesThatAreNoReadablePdfAreNamed) {
  const StatusOr<std::vector<PdfPage>> missing = ReadPdfPages("/nonexistent/page.pdf");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/page.pdf"), std::string::npos);
}

}  // namespace
}  // namespace baokan
