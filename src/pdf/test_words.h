// Word boxes made up for the PDF layout tests (src/pdf/*_test.cc): body
// lines in columns, headlines, and the laid-out text's lines.

#ifndef BAOKAN_PDF_TEST_WORDS_H_
#define BAOKAN_PDF_TEST_WORDS_H_

#include <string>
#include <vector>

#include "baokan/pdf.h"

namespace baokan::pdf_test {

constexpr double kBody = 10;     // body type size
constexpr double kLead = 13;     // line pitch of body text
constexpr double kColumn = 150;  // column width
constexpr double kGutter = 12;

inline PdfWord Word(double x, double y, double size, std::string text, double width = 0) {
  PdfWord w;
  w.x0 = x;
  w.y0 = y;
  w.x1 = x + (width > 0 ? width : kColumn);
  w.y1 = y + size * 1.2;
  w.size = size;
  w.text = std::move(text);
  return w;
}

// Lines of body text in column `col` (0-based) from `y`, named prefix1, prefix2...
inline void Body(std::vector<PdfWord>* words, int col, double y, const std::string& prefix, int n,
                 double left = 20) {
  for (int i = 0; i < n; ++i) {
    words->push_back(Word(left + col * (kColumn + kGutter), y + i * kLead, kBody,
                          prefix + std::to_string(i + 1)));
  }
}

inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

inline size_t IndexOf(const std::vector<std::string>& lines, const std::string& line) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] == line) return i;
  }
  return lines.size();
}

}  // namespace baokan::pdf_test

// The PDF layout tests (the only files that include this header) use these
// names unqualified.
namespace baokan {
using pdf_test::Body;
using pdf_test::IndexOf;
using pdf_test::kBody;
using pdf_test::kColumn;
using pdf_test::kGutter;
using pdf_test::kLead;
using pdf_test::Lines;
using pdf_test::Word;
}  // namespace baokan

#endif  // BAOKAN_PDF_TEST_WORDS_H_
