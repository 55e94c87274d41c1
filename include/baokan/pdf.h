// Newspaper pages from PDF files: the words of each page with their boxes and
// type sizes, laid out in reading order as page text for SplitPage
// (docs/split.md, "PDF pages").

#ifndef BAOKAN_PDF_H_
#define BAOKAN_PDF_H_

#include <string>
#include <vector>

#include "baokan/status.h"

namespace baokan {

// A run of text on one line of a PDF page, as the PDF's text layer gives it.
// Coordinates in points, y growing downwards (top of the page is 0).
struct PdfWord {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the box
  double size = 0;                         // type size in points
  std::string text;                        // UTF-8
  bool space_after = false;                // a space follows it on its line
  // The font's name as the PDF gives it (empty where it gives none, as for
  // Type 3 fonts): a line in a font other than the body's can be a headline
  // in body type (docs/split.md "PDF pages", item 4).
  std::string font;
  // Set top to bottom (JoinVerticalRuns): `text` reads downwards, `size` is
  // measured (the box's width), and the box spans the whole column.
  bool vertical = false;
};

// Lays out one page's words in reading order, as text the text splitter
// reads: headlines (type at least kHeadlineRatio times the body's) each on
// a line of their own with a blank line above and below the stack; the
// body lines under each headline, column by column (the columns whose
// x-range the headline's overlaps, nearest headline above); text under no
// headline first; captions and notes in smaller type as blocks of their own;
// a paragraph's first line (indented within its column) starts with two
// spaces. Lines of one stack in different type sizes are set apart by a
// blank line too (a label or kicker over the title), and the lines in the
// stack's largest type are its title. Deterministic.
inline constexpr double kHeadlineRatio = 1.2;
struct PdfPageText {
  std::string text;
  std::vector<int> headline_lines;  // 1-based numbers of the headline lines in `text`
  std::vector<int> title_lines;     // ... of those set in their stack's largest type
  // The PDF's words on each line of `text` (index 0: line 1): every word
  // given is on exactly one line, so these add up to the number of words.
  std::vector<int> line_words;
};
PdfPageText LayOutPdfPage(const std::vector<PdfWord>& words);

// Type 3 fonts (Chromium's Noto CJK, many real papers) report type sizes
// scaled by their font matrix, up to twice the true size. A Chinese
// character is one em wide (a Latin letter or digit half of one), so the
// words of four or more characters show the size they were set in; for each
// font (`fonts[i]` is the font of (*words)[i]) whose reported / measured
// ratio (the 0.9 quantile over its words: justified lines measure wide) is
// 1.3 or more, every word's size is divided by it. Unnamed fonts (empty
// names) are told apart by reported size (docs/split.md "PDF pages", item 1).
void CorrectScaledFonts(const std::vector<std::string>& fonts, std::vector<PdfWord>* words);

// Headlines set top to bottom (vertical-rl, common over Chinese news): the
// text layer gives one box per character, stacked. A run of three or more
// one-character CJK boxes with the same left and right edges (within 0.15
// em), each next one an em below the previous (0.8 to 1.15 ems; an em is the
// box's width, a CJK glyph being one em wide), is joined into one vertical
// word, read top to bottom, whose size is that em. `fonts[i]` is the font
// of (*words)[i] and follows the words. Call before CorrectScaledFonts,
// which leaves vertical words alone (their size is measured already).
void JoinVerticalRuns(std::vector<std::string>* fonts, std::vector<PdfWord>* words);

// One page of a PDF file.
struct PdfPage {
  std::string name;  // the page's name: STEM for a one-page file, STEM-N for page N
  std::string text;  // LayOutPdfPage of its words
  std::vector<int> headline_lines;  // ... and its headline lines (SplitOptions)
  std::vector<int> title_lines;     // ... and its title lines (SplitOptions)
  std::vector<int> line_words;      // ... and the words on each of its lines
  size_t words = 0;
};

// Reads every page of `path`. Errors (naming the file, and the page where
// it is one page's fault): the file cannot be opened or is no PDF, it is
// encrypted, a page has no text layer (a scan: "no text layer").
StatusOr<std::vector<PdfPage>> ReadPdfPages(const std::string& path);

}  // namespace baokan

#endif  // BAOKAN_PDF_H_
