// JoinVerticalRuns: a headline set top to bottom (writing-mode vertical-rl,
// a column of characters) as the text layer gives it, one box per
// character, joined into one word read top to bottom (include/baokan/pdf.h).

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "baokan/pdf.h"

namespace baokan {
namespace {

// A run of at least this many characters makes a vertical line.
constexpr size_t kMinVerticalChars = 3;
// Boxes of one run: left and right edges within this share of an em of each
// other, and each next box's top one em (between these shares of one) below
// the previous one's.
constexpr double kEdgeSlack = 0.15;
constexpr double kMinStep = 0.8;
constexpr double kMaxStep = 1.15;

// The number of characters of `w` when all are CJK (three or four bytes in
// UTF-8, a glyph one em wide), else 0.
size_t CjkChars(const PdfWord& w) {
  const std::string& t = w.text;
  size_t n = 0;
  for (size_t i = 0; i < t.size(); ++n) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0xE0) return 0;
    i += c < 0xF0 ? 3 : 4;
  }
  return n;
}

// Whether `w` is one CJK character: the box a vertical run starts with (a
// box of one character shows the em).
bool OneCharacter(const PdfWord& w) { return CjkChars(w) == 1 && w.x1 > w.x0; }

// Whether `next` continues the vertical run whose last box is `last`, in
// type `em` wide: its edges are the run's, it is CJK, and it starts one em
// per character of `last` below `last`'s top (the text layer may give two
// characters of the column as one box, an em wide and two tall).
bool Below(const PdfWord& last, const PdfWord& next, double em) {
  const size_t chars = CjkChars(last);
  const double step = next.y0 - last.y0;
  return CjkChars(next) > 0 && std::abs(next.x0 - last.x0) <= kEdgeSlack * em &&
         std::abs(next.x1 - last.x1) <= kEdgeSlack * em && step >= kMinStep * em * chars &&
         step <= kMaxStep * em * chars;
}

}  // namespace

void JoinVerticalRuns(std::vector<std::string>* fonts, std::vector<PdfWord>* words) {
  std::vector<size_t> order;  // the CJK boxes, by left edge
  for (size_t i = 0; i < words->size(); ++i) {
    if (CjkChars((*words)[i]) > 0) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return (*words)[a].x0 < (*words)[b].x0; });
  std::vector<size_t> starts;  // the one-character boxes, top first: a run starts at its top
  for (size_t i : order) {
    if (OneCharacter((*words)[i])) starts.push_back(i);
  }
  std::stable_sort(starts.begin(), starts.end(),
                   [&](size_t a, size_t b) { return (*words)[a].y0 < (*words)[b].y0; });
  std::vector<bool> used(words->size(), false);
  std::vector<PdfWord> joined;
  std::vector<std::string> joined_fonts;
  for (size_t start : starts) {
    const PdfWord& first = (*words)[start];
    if (used[start]) continue;
    const double em = first.x1 - first.x0;  // a CJK glyph is one em wide
    // The boxes that may continue the run: left edges within kEdgeSlack ems.
    auto by_x = [&](size_t i, double x) { return (*words)[i].x0 < x; };
    const size_t lo = std::lower_bound(order.begin(), order.end(), first.x0 - kEdgeSlack * em, by_x) - order.begin();
    const size_t hi = std::lower_bound(order.begin(), order.end(), first.x0 + kEdgeSlack * em + 1e-9, by_x) - order.begin();
    std::vector<size_t> run = {start};
    size_t chars = 1;
    for (bool grew = true; grew;) {
      grew = false;
      for (size_t j = lo; j < hi && !grew; ++j) {
        const size_t w = order[j];
        if (used[w] || std::find(run.begin(), run.end(), w) != run.end()) continue;
        if (Below((*words)[run.back()], (*words)[w], em)) {
          run.push_back(w);
          chars += CjkChars((*words)[w]);
          grew = true;
        }
      }
    }
    if (chars < kMinVerticalChars) continue;
    PdfWord v;
    v.x0 = first.x0;
    v.x1 = first.x1;
    v.y0 = first.y0;
    v.y1 = (*words)[run.back()].y0 + em * static_cast<double>(CjkChars((*words)[run.back()]));
    v.size = em;
    v.vertical = true;
    for (size_t i : run) {
      v.text += (*words)[i].text;
      used[i] = true;
    }
    joined.push_back(std::move(v));
    joined_fonts.push_back((*fonts)[run.front()]);
  }
  if (joined.empty()) return;
  std::vector<PdfWord> kept;
  std::vector<std::string> kept_fonts;
  for (size_t i = 0; i < words->size(); ++i) {
    if (used[i]) continue;
    kept.push_back(std::move((*words)[i]));
    kept_fonts.push_back(std::move((*fonts)[i]));
  }
  for (size_t i = 0; i < joined.size(); ++i) {
    kept.push_back(std::move(joined[i]));
    kept_fonts.push_back(std::move(joined_fonts[i]));
  }
  *words = std::move(kept);
  *fonts = std::move(kept_fonts);
}

}  // namespace baokan
