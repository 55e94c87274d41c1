// LayOutPdfPage: the seventh session's rules (docs/split.md, "PDF pages"):
// spaces a narrow space glyph leaves, brackets carried onto a flush-right
// line, a box's label over a centred headline. Word boxes made up for each.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "baokan/pdf.h"
#include "pdf/test_words.h"

namespace baokan {
namespace {

// Noto CJK's space glyph: 0.224 of an em.
constexpr double kNarrowSpace = 0.224;

TEST(PdfPageTextTest, ANarrowSpaceBetweenBylineNamesIsKept) {
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 20, "标题一则", 80));
  double x = 20;
  for (const std::string name : {"新华社记者", "卢萍杰", "沈桂"}) {
    const double width = kBody * static_cast<double>(name.size() / 3);
    PdfWord w = Word(x, 40, kBody, name, width);
    w.space_after = true;
    words.push_back(w);
    x += width + kNarrowSpace * kBody;
  }
  Body(&words, 0, 40 + kLead, "正文正文", 6);
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  EXPECT_NE(IndexOf(lines, "新华社记者 卢萍杰 沈桂"), lines.size()) << LayOutPdfPage(words).text;
}

TEST(PdfPageTextTest, AClosingBracketWrappedFlushRightIsOneParagraph) {
  // A reporters' bracket set flush right over two lines: its second line
  // starts far from the column's edge, and goes on with the first.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 10, 20, "标题一则", 80));
  Body(&words, 0, 40, "正文正文", 6);
  const double y = 40 + 6 * kLead;
  words.push_back(Word(20, y, kBody, "（本报记者 甲某 乙某 丙某", kColumn));
  words.push_back(Word(20 + kColumn - 30, y + kLead, kBody, "丁某）", 30));
  // An indented line under a line whose brackets are closed opens a paragraph.
  words.push_back(Word(20 + 2 * kBody, y + 2 * kLead, kBody, "下一段（有括号）", kColumn - 20));
  words.push_back(Word(20, y + 3 * kLead, kBody, "下一段续行", kColumn));
  const std::vector<std::string> lines = Lines(LayOutPdfPage(words).text);
  EXPECT_NE(IndexOf(lines, "丁某）"), lines.size()) << LayOutPdfPage(words).text;
  EXPECT_NE(IndexOf(lines, "  下一段（有括号）"), lines.size()) << LayOutPdfPage(words).text;
}

TEST(PdfPageTextTest, ABoxLabelOverACentredHeadlineIsNoTitle) {
  // 简讯 at the box's left edge, the first brief's headline centred under
  // it (overlapping it in nothing), 4 points lower: one stack whose title is
  // the headline, not the label.
  std::vector<PdfWord> words;
  Body(&words, 0, 20, "上文正文", 5);
  const double box = 20 + 5 * kLead + 20;
  words.push_back(Word(20, box, 13, "简讯", 26));
  words.push_back(Word(20 + 40, box + 13 * 1.2 + 4, 12, "第一则简讯标题", 84));
  Body(&words, 0, box + 13 * 1.2 + 4 + 12 * 1.2 + 4, "简讯正文", 5);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const int title = static_cast<int>(IndexOf(lines, "第一则简讯标题")) + 1;
  EXPECT_EQ(page.title_lines, (std::vector<int>{title})) << page.text;
  const size_t label = IndexOf(lines, "简讯");
  ASSERT_LT(label, lines.size()) << page.text;
  // The label is the stack's first line: nothing but the blank of its change
  // of type size between it and the headline.
  EXPECT_EQ(static_cast<int>(label) + 3, title) << page.text;
}

TEST(PdfPageTextTest, ABoxLabelInItsHeadlinesTypeIsABlockOfItsOwn) {
  // 本地快讯 over the first brief's headline, both in 13-point type: the
  // label is written apart, and only the headline is a title line.
  std::vector<PdfWord> words;
  words.push_back(Word(20, 20, 13, "本地快讯", 52));
  words.push_back(Word(20, 20 + 13 * 1.2 + 3, 13, "清瘦一圈眼袋变小", 104));
  Body(&words, 0, 20 + 2 * 13 * 1.2 + 8, "简讯正文", 6);
  const PdfPageText page = LayOutPdfPage(words);
  const std::vector<std::string> lines = Lines(page.text);
  const size_t label = IndexOf(lines, "本地快讯");
  ASSERT_LT(label + 2, lines.size()) << page.text;
  EXPECT_EQ(lines[label + 1], "") << page.text;
  EXPECT_EQ(lines[label + 2], "清瘦一圈眼袋变小") << page.text;
  EXPECT_EQ(page.title_lines, (std::vector<int>{static_cast<int>(label) + 3})) << page.text;
}

}  // namespace
}  // namespace baokan
