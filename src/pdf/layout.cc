// LayOutPdfPage: words with boxes and type sizes -> page text in reading
// order (include/baokan/pdf.h, docs/split.md "PDF pages").

#include <algorithm>
#include <cmath>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "baokan/pdf.h"
#include "baokan/article_opener.h"

namespace baokan {
namespace {

// Type sizes are compared rounded to this step (points).
constexpr double kSizeStep = 0.5;
// Words whose baselines are closer than this many type sizes are on one line.
constexpr double kSameLine = 0.35;
// Words on a line closer than this many type sizes join one fragment; a wider
// gap is a column gutter.
constexpr double kWordGap = 0.5;
// The same after a word the text layer marks as followed by a space.
constexpr double kSpacedWordGap = 0.9;
// A vertical gap of more than this many type sizes between two lines of a
// column ends a segment (a picture, a box, the folio above the text).
constexpr double kSegmentGap = 2.5;
// A gap wider than this many type sizes between two joined words is a space
// (where the text layer marks one, or between Latin words): Noto CJK's space
// is 0.224 em wide, and a byline's names a space apart (新华社记者 甲某 乙某)
// run together without it.
constexpr double kSpaceGap = 0.2;
// A line starting this many type sizes right of its column's left edge opens
// a paragraph.
constexpr double kIndent = 1.0;
// Headline lines closer than this many type sizes (vertically) form a stack.
constexpr double kStackGap = 1.0;
// Lines whose left edges are within this many type sizes (a paragraph
// indent and some) start in one column.
constexpr double kColumnStart = 3.0;
// Headlines whose bottoms are within this many body type sizes stand side by
// side, each over its own columns.
constexpr double kSameBand = 2.0;
// Gaps between lines wider than this many body sizes are no ordinary line
// spacing (OrdinaryGap).
constexpr double kColumnBreakGap = 1.0;
// Type below this share of the body's is a caption or a note.
constexpr double kSmallRatio = 0.9;
// Share of a fragment's width that must lie under a headline for the
// headline to be its own; the same share of overlap puts two fragments in
// one column.
constexpr double kOverlapShare = 0.5;

double Round(double size) { return std::round(size / kSizeStep) * kSizeStep; }

// Whether a line opens more brackets （ than it closes. The line under it
// carries the bracket on, whatever its indent: a closing bracket set flush
// right (（本报记者 甲某 乙某 丙某 / 丁某）) wraps with its last line far from the
// column's edge, which is no paragraph's first line (docs/split.md "PDF
// pages", item 7).
bool LeavesBracketOpen(std::string_view text) {
  int open = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "（") == 0) ++open;
    if (text.compare(i, 3, "）") == 0 && open > 0) --open;
  }
  return open > 0;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool IsAsciiWordByte(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A run of words on one line with no gutter inside.
struct Fragment {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0, size = 0;
  std::string text;
  int words = 1;  // the PDF's words joined in it
  bool vertical = false;  // a line set top to bottom (JoinVerticalRuns)
  std::string font;       // its words' font; empty when they are in several
  double width() const { return x1 - x0; }
};

// The key with the largest count (the first of equal counts, in key order);
// a default key for an empty map.
template <typename Key>
Key MostFrequent(const std::map<Key, size_t>& counts) {
  Key best{};
  size_t most = 0;
  for (const auto& [key, n] : counts) {
    if (n > most) {
      most = n;
      best = key;
    }
  }
  return best;
}

// The body's type size: the size that sets the most characters.
double BodySize(const std::vector<PdfWord>& words) {
  std::map<double, size_t> chars;
  for (const PdfWord& w : words) chars[Round(w.size)] += CodePoints(w.text);
  return MostFrequent(chars);
}

// The body's font: the font that sets the most characters in body type;
// empty when the PDF names none.
std::string BodyFont(const std::vector<PdfWord>& words, double body_size) {
  std::map<std::string, size_t> chars;
  for (const PdfWord& w : words) {
    if (Round(w.size) == body_size) chars[w.font] += CodePoints(w.text);
  }
  return MostFrequent(chars);
}

double Overlap(double a0, double a1, double b0, double b1) {
  return std::max(0.0, std::min(a1, b1) - std::max(a0, b0));
}

// Words grouped into lines by baseline, top to bottom, each line left to
// right.
std::vector<std::vector<PdfWord>> WordLines(std::vector<PdfWord> words) {
  std::stable_sort(words.begin(), words.end(),
                   [](const PdfWord& a, const PdfWord& b) { return a.y1 < b.y1; });
  std::vector<std::vector<PdfWord>> lines;
  size_t i = 0;
  while (i < words.size()) {
    size_t j = i + 1;
    while (j < words.size() && words[j].y1 - words[i].y1 < kSameLine * words[i].size) ++j;
    std::vector<PdfWord> line(words.begin() + i, words.begin() + j);
    std::stable_sort(line.begin(), line.end(),
                     [](const PdfWord& a, const PdfWord& b) { return a.x0 < b.x0; });
    lines.push_back(std::move(line));
    i = j;
  }
  return lines;
}

// Left edges within this many points count as one edge.
constexpr double kEdgeStep = 1.0;
// A column's left edge is where at least this many body lines start.
constexpr size_t kMinEdgeLines = 3;

// The left edges of the page's columns from the left ends of its body lines:
// the x positions where kMinEdgeLines or more start, taking the most used
// first; one within kColumnStart type sizes of one taken is no edge of its
// own (a paragraph indent, a line that starts a little out of line, a box's
// inset), but moves that edge when it is left of it: a column's edge is the
// leftmost of its starts, even where a box of briefs inset in it holds more
// lines than the article over the box. Sorted left to right.
std::vector<double> ColumnEdges(const std::vector<double>& starts, double body_size) {
  std::map<long, size_t> count;  // left edge in kEdgeStep units -> lines
  for (double x : starts) count[std::lround(x / kEdgeStep)]++;
  std::vector<std::pair<size_t, long>> by_count;
  for (const auto& [x, n] : count) {
    if (n >= kMinEdgeLines) by_count.push_back({n, x});
  }
  std::stable_sort(by_count.begin(), by_count.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<double> edges;
  for (const auto& [n, x] : by_count) {
    const double at = static_cast<double>(x) * kEdgeStep;
    bool near = false;
    for (double& e : edges) {
      if (std::abs(e - at) > kColumnStart * body_size) continue;
      near = true;
      e = std::min(e, at);
      break;
    }
    if (!near) edges.push_back(at);
  }
  std::sort(edges.begin(), edges.end());
  return edges;
}

// Whether a word starting at `x` sits on a column's left edge that a word
// ending at `end` stops short of: for display type, a gutter whatever the
// width of the gap (a headline filling its column stops a gutter short of the
// next column's headline, a gap under one em of its type).
bool StartsColumn(double end, double x, const std::vector<double>& edges, double body_size) {
  const double tolerance = kSameLine * body_size;
  for (double e : edges) {
    if (std::abs(x - e) <= tolerance && end < e - tolerance) return true;
  }
  return false;
}

// Words -> fragments: words grouped into lines by baseline, each line cut at
// gutters (a wide gap, or a gap onto a column's left edge found from the body
// lines) and at changes of type size.
std::vector<Fragment> Fragments(const std::vector<PdfWord>& words, double body_size) {
  const std::vector<std::vector<PdfWord>> lines = WordLines(words);
  std::vector<double> starts;  // left ends of body-type runs, for the edges
  for (const std::vector<PdfWord>& line : lines) {
    const PdfWord* prev = nullptr;
    for (const PdfWord& w : line) {
      if (Round(w.size) == body_size && (!prev || w.x0 - prev->x1 >= kWordGap * w.size)) {
        starts.push_back(w.x0);
      }
      prev = &w;
    }
  }
  const std::vector<double> edges = ColumnEdges(starts, body_size);
  std::vector<Fragment> out;
  for (const std::vector<PdfWord>& line : lines) {
    Fragment* f = nullptr;
    bool space = false;
    for (const PdfWord& w : line) {
      const double gap = f ? w.x0 - f->x1 : 0;
      // A word the text layer says a space follows may be a space away.
      const double join = (space ? kSpacedWordGap : kWordGap) * w.size;
      const bool display = Round(w.size) > body_size;  // body runs cut by gap alone
      if (f && gap < join && Round(w.size) == Round(f->size) && !w.vertical && !f->vertical &&
          !(display && StartsColumn(f->x1, w.x0, edges, body_size))) {
        // A space where the text layer says so or between Latin words, but
        // not inside letter-spaced Chinese (characters a hair apart).
        const bool latin = !f->text.empty() && !w.text.empty() &&
                           IsAsciiWordByte(f->text.back()) && IsAsciiWordByte(w.text.front());
        if (gap > kSpaceGap * w.size && (space || latin)) {
          f->text.push_back(' ');
        }
        f->text += w.text;
        if (w.font != f->font) f->font.clear();
        ++f->words;
        f->x1 = std::max(f->x1, w.x1);
        f->y0 = std::min(f->y0, w.y0);
        f->y1 = std::max(f->y1, w.y1);
      } else {
        out.push_back({w.x0, w.y0, w.x1, w.y1, w.size, w.text, 1, w.vertical, w.font});
        f = &out.back();
      }
      space = w.space_after;
    }
  }
  return out;
}

// A headline stack: headline fragments close above one another.
struct Stack {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::vector<size_t> lines;  // indices into the fragments
  bool vertical = false;      // lines set top to bottom, side by side, tops level
};

// A break in a column: a vertical gap between two of its lines wider than
// this many body sizes (line spacing is well under one).
constexpr double kColumnBreak = 1.0;
// No text on a side of a headline: an endless gap.
constexpr double kEndless = 1e300;
// A headline sits closer to its own body than to the text on its other side:
// a gap under this share of the gap on the other side binds it (Bindings, and
// the stacks' first lines in Stacks).
constexpr double kCloserShare = 0.5;

// Which body lines have another body line over them within a column break:
// a headline trails a body, and a body is more than one line, so a folio
// line alone over a banner is nothing the banner could close.
std::vector<bool> InBlock(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                          double body_size) {
  const double tolerance = kSameLine * body_size;
  std::vector<bool> in_block(frags.size(), false);
  for (size_t m : body) {
    const Fragment& f = frags[m];
    for (size_t o : body) {
      const Fragment& g = frags[o];
      if (o != m && g.y1 <= f.y0 + tolerance && f.y0 - g.y1 < kColumnBreak * body_size &&
          Overlap(g.x0, g.x1, f.x0, f.x1) > 0) {
        in_block[m] = true;
        break;
      }
    }
  }
  return in_block;
}

// The gap from the top of `f` to the nearest line of a body (InBlock) over
// it that overlaps it; kEndless when there is none.
double GapToBodyAbove(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                      const std::vector<bool>& in_block, const Fragment& f, double body_size) {
  double gap = kEndless;
  for (size_t m : body) {
    const Fragment& g = frags[m];
    if (in_block[m] && g.y1 <= f.y0 + kSameLine * body_size &&
        Overlap(g.x0, g.x1, f.x0, f.x1) > 0) {
      gap = std::min(gap, std::max(f.y0 - g.y1, 0.0));
    }
  }
  return gap;
}

// A gap under this many type sizes between two headline lines is the
// leading of one headline wrapped, never a break between two.
constexpr double kStackBreak = 0.35;

// Headline fragments close above one another (within kStackGap of their
// type) and overlapping form a stack. **A headline under one body stacked
// onto the next one's headline** (docs/split.md "PDF pages", item 4): a stack
// whose first line sits under a body closer than kCloserShare of the gap
// from the stack's bottom to a line under it closes that body (it is printed
// under it); the line under it is the next item's headline, a stack of its
// own. A kicker sits closer to its title than to the item above it, and the
// lines of one headline wrapped are closer than kStackBreak.
std::vector<Stack> Stacks(const std::vector<Fragment>& frags, const std::vector<size_t>& heads,
                          const std::vector<size_t>& body, double body_size) {
  const std::vector<bool> in_block = InBlock(frags, body, body_size);
  std::vector<Stack> stacks;
  std::vector<double> above;  // each stack's first line's GapToBodyAbove
  for (size_t h : heads) {  // heads come in order of y
    const Fragment& f = frags[h];
    Stack* join = nullptr;
    for (size_t i = 0; i < stacks.size(); ++i) {
      Stack& s = stacks[i];
      if (f.vertical != s.vertical) continue;
      const double gap = f.y0 - s.y1;
      if (!f.vertical && gap >= kStackBreak * f.size && above[i] < kCloserShare * gap) continue;
      if (f.vertical) {
        // Lines set top to bottom side by side, tops level: one headline
        // wrapped over columns (read right to left, as vertical-rl sets it).
        const double gap = std::max(f.x0 - s.x1, s.x0 - f.x1);
        if (std::abs(f.y0 - s.y0) < kStackGap * f.size && gap < kStackGap * f.size) join = &s;
      } else if (f.y0 - s.y1 < kStackGap * f.size && f.y0 >= s.y0 &&
                 Overlap(s.x0, s.x1, f.x0, f.x1) > 0) {
        join = &s;
      }
    }
    if (join == nullptr) {
      stacks.push_back({f.x0, f.y0, f.x1, f.y1, {}, f.vertical});
      above.push_back(GapToBodyAbove(frags, body, in_block, f, body_size));
      join = &stacks.back();
    }
    join->lines.push_back(h);
    join->x0 = std::min(join->x0, f.x0);
    join->x1 = std::max(join->x1, f.x1);
    join->y1 = std::max(join->y1, f.y1);
  }
  std::stable_sort(stacks.begin(), stacks.end(), [](const Stack& a, const Stack& b) {
    return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0;
  });
  return stacks;
}

bool LabelShaped(const Fragment& f, double body_size);
constexpr size_t kMaxBoxLabelChars = 4;

// A box's label over a centred headline (docs/split.md "PDF pages", item 4):
// a box of briefs puts its label (简讯, 新闻速览) at the box's left edge, and
// a page that centres its headlines centres the first brief's under it, so
// the two overlap in nothing and were two stacks: the label, read as a title
// with no body, took the brief's headline for its subtitle. A stack of one
// label-shaped line of at most kMaxBoxLabelChars characters joins the stack
// right under it (within kStackGap of the label's type) that starts at or
// right of the label's start, within the headline's own width of it.
void JoinBoxLabels(const std::vector<Fragment>& frags, double body_size, std::vector<Stack>* stacks) {
  std::vector<bool> gone(stacks->size());
  for (size_t s = 0; s < stacks->size(); ++s) {
    Stack& label = (*stacks)[s];
    if (label.vertical || label.lines.size() != 1) continue;
    const Fragment& f = frags[label.lines[0]];
    if (CodePoints(f.text) > kMaxBoxLabelChars || !LabelShaped(f, body_size)) continue;
    const double tolerance = kSameLine * f.size;
    for (size_t t = s + 1; t < stacks->size(); ++t) {
      Stack& head = (*stacks)[t];
      const double gap = head.y0 - label.y1;
      if (head.vertical || gap < -tolerance || gap >= kStackGap * f.size ||
          head.x0 < label.x0 - tolerance || head.x0 - label.x0 >= head.x1 - head.x0) {
        continue;
      }
      head.lines.insert(head.lines.begin(), label.lines[0]);
      head.x0 = std::min(head.x0, label.x0);
      head.y0 = std::min(head.y0, label.y0);
      gone[s] = true;
      break;
    }
  }
  std::vector<Stack> kept;
  for (size_t s = 0; s < stacks->size(); ++s) {
    if (!gone[s]) kept.push_back(std::move((*stacks)[s]));
  }
  *stacks = std::move(kept);
}

// A box label or column name set over a headline (今日谈, 人民时评, 乡村振兴一线)
// is short, at least body size (a caption or a note is smaller) and sits at
// most kLabelGap body sizes above the stack it names, starting inside the
// stack's span, and kLabelApart or more below any text over it. Longer lines, lines that end a sentence or a bracket, photo
// credits, and lines that open with a bracket (a byline in brackets) are not
// labels.
constexpr size_t kMaxLabelChars = 8;
constexpr double kLabelGap = 2.0;
// ... and at least this many body sizes below any text over it.
constexpr double kLabelApart = 1.0;

// Whether `t` ends with one of `last` or opens with one of `first`.
bool EndsOrOpensWithAny(std::string_view t, std::span<const std::string_view> last,
                        std::span<const std::string_view> first) {
  for (std::string_view e : last) {
    if (t.ends_with(e)) return true;
  }
  for (std::string_view b : first) {
    if (t.starts_with(b)) return true;
  }
  return false;
}

bool LabelShaped(const Fragment& f, double body_size) {
  if (Round(f.size) < body_size || f.text.empty()) return false;
  const size_t n = CodePoints(f.text);
  if (n < 2 || n > kMaxLabelChars) return false;
  // 摄 ends a photo credit (某某 摄), which sits under its picture.
  static constexpr std::string_view kNotLast[] = {"。", "，", "；", "）", ")", "！", "？", "”", "摄"};
  static constexpr std::string_view kNotFirst[] = {"（", "(", "“", "【"};
  return !EndsOrOpensWithAny(f.text, kNotLast, kNotFirst);
}

// Moves the labels over stacks (LabelShaped, close above a stack, starting
// within its span) from `body` into their stacks, as their first lines.
void AttachLabels(const std::vector<Fragment>& frags, double body_size, std::vector<Stack>* stacks,
                  std::vector<size_t>* body) {
  const double tolerance = kSameLine * body_size;
  std::vector<size_t> kept;
  for (size_t m : *body) {
    const Fragment& f = frags[m];
    Stack* owner = nullptr;
    if (LabelShaped(f, body_size)) {
      for (Stack& st : *stacks) {
        const double gap = st.y0 - f.y1;
        if (gap >= -tolerance && gap <= kLabelGap * body_size && f.x0 >= st.x0 - tolerance &&
            f.x0 < st.x1) {
          owner = &st;
        }
      }
    }
    if (owner != nullptr) {
      // A label is set apart from the text above it (a box's edge, a
      // picture); a subhead closing a body's column is not.
      for (size_t o : *body) {
        const Fragment& above = frags[o];
        if (o != m && above.y1 <= f.y0 + tolerance && f.y0 - above.y1 < kLabelApart * body_size &&
            Overlap(above.x0, above.x1, f.x0, f.x1) > 0) {
          owner = nullptr;
          break;
        }
      }
    }
    if (owner == nullptr) {
      kept.push_back(m);
      continue;
    }
    owner->lines.insert(owner->lines.begin(), m);
    owner->y0 = std::min(owner->y0, f.y0);
  }
  *body = std::move(kept);
}

// A kicker or subtitle set centred over or under a centred headline in type
// between the body's and the headline's (10.5 points under a 9-point body)
// starts on no column's edge, so SmallHeadlines does not see it. A body
// fragment in type larger than the body's, within kCentredGap body sizes
// above or below a stack, whose centre is within kCentredGap body sizes of
// the stack's centre, joins the stack (docs/split.md "PDF pages", item 4).
constexpr double kCentredGap = 1.0;

void AttachCentredLines(const std::vector<Fragment>& frags, double body_size, std::vector<Stack>* stacks,
                        std::vector<size_t>* body) {
  const double tolerance = kSameLine * body_size;
  const double near = kCentredGap * body_size;
  std::vector<size_t> kept;
  for (size_t m : *body) {  // top to bottom: a second subtitle line follows the first
    const Fragment& f = frags[m];
    Stack* owner = nullptr;
    if (Round(f.size) > body_size) {
      for (Stack& st : *stacks) {
        if (st.vertical || std::abs((f.x0 + f.x1) - (st.x0 + st.x1)) / 2 > near) continue;
        const double below = f.y0 - st.y1, above = st.y0 - f.y1;
        if ((below >= -tolerance && below <= near) || (above >= -tolerance && above <= near)) owner = &st;
      }
    }
    if (owner == nullptr) {
      kept.push_back(m);
      continue;
    }
    owner->lines.push_back(m);
    owner->y0 = std::min(owner->y0, f.y0);
    owner->y1 = std::max(owner->y1, f.y1);
  }
  *body = std::move(kept);
}

// A box of briefs is headed by its label (简讯, 短讯, 本地快讯, 新闻速览) in
// type as large as a headline's or larger, over the first brief's own
// headline. A stack (lines top to bottom) whose first line is at most
// kMaxBoxLabelChars characters, set at least as large as every other line,
// with a line under it that is no subtitle (——…), starts with such a label:
// returns 1, else 0.
// A subtitle opens with a dash.
constexpr std::string_view kDash = "——";

size_t BoxLabelLines(const std::vector<Fragment>& frags, const std::vector<size_t>& lines) {
  if (lines.size() < 2) return 0;
  const Fragment& first = frags[lines[0]];
  if (CodePoints(first.text) > kMaxBoxLabelChars) return 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (Round(frags[lines[i]].size) > Round(first.size)) return 0;
  }
  const std::string& next = frags[lines[1]].text;
  if (next.rfind(kDash, 0) == 0) return 0;
  return 1;
}

// The nearest fragment above and below each fragment that overlaps it in x
// (-1: none).
struct Neighbours {
  std::vector<int> above, below;
};

Neighbours VerticalNeighbours(const std::vector<Fragment>& frags, double body_size) {
  const double tolerance = kSameLine * body_size;
  Neighbours n{std::vector<int>(frags.size(), -1), std::vector<int>(frags.size(), -1)};
  for (size_t i = 0; i < frags.size(); ++i) {
    const Fragment& f = frags[i];
    for (size_t j = 0; j < frags.size(); ++j) {
      const Fragment& g = frags[j];
      if (j == i || Overlap(f.x0, f.x1, g.x0, g.x1) <= 0) continue;
      int& up = n.above[i];
      int& down = n.below[i];
      if (g.y1 <= f.y0 + tolerance && (up < 0 || g.y1 > frags[up].y1)) up = static_cast<int>(j);
      if (g.y0 >= f.y1 - tolerance && (down < 0 || g.y0 < frags[down].y0))
        down = static_cast<int>(j);
    }
  }
  return n;
}

// The ordinary vertical gap between two lines of body type in a column (the
// median), from which a break between items is told.
double OrdinaryGap(const std::vector<Fragment>& frags, const Neighbours& n, double body_size) {
  const double tolerance = kSameLine * body_size;
  std::vector<double> gaps;
  for (size_t i = 0; i < frags.size(); ++i) {
    const int b = n.below[i];
    if (b < 0 || Round(frags[i].size) != body_size || Round(frags[b].size) != body_size) continue;
    const double gap = frags[b].y0 - frags[i].y1;
    if (gap > -tolerance && gap < kColumnBreakGap * body_size) gaps.push_back(gap);
  }
  if (gaps.empty()) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
  return std::max(0.0, gaps[gaps.size() / 2]);
}

// Headlines in type near the body's (docs/split.md "PDF pages", item 4): a
// one-column headline is often set a little larger than the body, or in the
// body's size in another (bold) face. Such a line (SmallHeadlineShaped) is
// one: when it is flush under a headline's first line or over it (a
// subtitle, a kicker), or when it is set apart, with a break between items
// (kItemGap body sizes more than the ordinary gap between lines) above it (it
// leads its body) or below it (it trails it); a subhead inside a body has a
// narrower gap on both sides. A line right over an article's opener or byline
// line (OpensArticle: 本报讯（记者 某某）…) is one whatever the gaps: a
// brief's headline in body type is often set no further from the text than a
// subhead is. It starts on a column's left edge (a box's label
// is indented by the box), is not the first line under another headline (a
// subhead at the top of a column), and runs over at most
// kMaxSmallHeadlineLines lines.
constexpr double kItemGap = 0.6;
constexpr size_t kMaxSmallHeadlineChars = 40;
constexpr size_t kMaxSmallHeadlineLines = 3;

// A headline line holds at least this many characters; the last line of a
// wrapped one may hold a single character (印度足协正式宣布霍顿辞 / 职).
constexpr size_t kMinSmallHeadlineChars = 2;
constexpr size_t kMinWrappedTailChars = 1;

bool SmallHeadlineShaped(const Fragment& f, double body_size, const std::string& body_font,
                         size_t min_chars) {
  if (f.vertical) return false;
  const double size = Round(f.size);
  const bool larger = size > body_size;
  // Another face: the PDF names its font otherwise than the body's. A font it
  // names none for (Type 3, as bold headline faces are often embedded) is a
  // face of its own beside a body font it names; two unnamed ones tell
  // nothing apart.
  const bool other_face = size == body_size && f.font != body_font;
  if (!larger && !other_face) return false;
  const size_t n = CodePoints(f.text);
  if (n < min_chars || n > kMaxSmallHeadlineChars) return false;
  // A clause or a sentence ends in these; a bracket opens a byline or a jump.
  static constexpr std::string_view kNotLast[] = {"。", "，", "；", "、", "："};
  static constexpr std::string_view kNotFirst[] = {"（", "(", "【"};
  return !EndsOrOpensWithAny(f.text, kNotLast, kNotFirst);
}

// Marks the fragments that are headlines in type near the body's.
// `is_head` holds those in headline type; `edges` the columns' left edges.
std::vector<bool> SmallHeadlines(const std::vector<Fragment>& frags,
                                 const std::vector<bool>& is_head, const Neighbours& n,
                                 double ordinary, const std::vector<double>& edges,
                                 double body_size, const std::string& body_font) {
  const double tolerance = kSameLine * body_size;
  auto shaped = [&](int i, size_t min_chars) {
    return i >= 0 && !is_head[i] && SmallHeadlineShaped(frags[i], body_size, body_font, min_chars);
  };
  auto on_edge = [&](size_t i) {
    for (double e : edges) {
      if (std::abs(frags[i].x0 - e) <= tolerance) return true;
    }
    return false;
  };
  std::vector<bool> out(frags.size(), false), seen(frags.size(), false);
  const double item = ordinary + kItemGap * body_size;
  for (size_t i = 0; i < frags.size(); ++i) {
    if (seen[i] || !shaped(static_cast<int>(i), kMinSmallHeadlineChars)) continue;
    // On a column's edge, or (for the opener test below) flush with the line
    // over it, body or a box's label: the items of a box are inset from the
    // column's edge.
    const int over = n.above[i];
    const bool edge = on_edge(i);
    if (!edge && !(over >= 0 && std::abs(frags[over].x0 - frags[i].x0) <= tolerance)) continue;
    // A run of such lines under one another, flush left, in one type size.
    std::vector<size_t> run{i};
    for (int b = n.below[i]; shaped(b, kMinWrappedTailChars) && run.size() <= kMaxSmallHeadlineLines;
         b = n.below[b]) {
      const Fragment& last = frags[run.back()];
      const Fragment& next = frags[b];
      if (Round(next.size) != Round(last.size) || std::abs(next.x0 - last.x0) > tolerance ||
          next.y0 - last.y1 > ordinary + tolerance) {
        break;
      }
      run.push_back(static_cast<size_t>(b));
    }
    for (size_t r : run) seen[r] = true;
    if (run.size() > kMaxSmallHeadlineLines) continue;
    const Fragment& first = frags[run.front()];
    const Fragment& last = frags[run.back()];
    const int up = n.above[run.front()];
    const int down = n.below[run.back()];
    const double above = up < 0 ? 1e300 : first.y0 - frags[up].y1;
    const double below = down < 0 ? 1e300 : frags[down].y0 - last.y1;
    // Set apart from the items around it, or right over the opener or the
    // byline line of an article (its own, or the next one's when it closes
    // the item above).
    const bool over_opener = down >= 0 && !is_head[down] && OpensArticle(frags[down].text);
    bool head = (edge && (above >= item || below >= item)) || over_opener;
    if (up >= 0 && is_head[up]) {
      if (std::abs(frags[up].x0 - first.x0) <= tolerance && above < kStackGap * first.size) {
        head = true;  // a subtitle
      } else if (above < kSegmentGap * body_size && !over_opener) {
        continue;  // the first line under another headline (over an opener: a box's first brief)
      }
    }
    if (down >= 0 && is_head[down] && std::abs(frags[down].x0 - last.x0) <= tolerance &&
        below < kStackGap * last.size) {
      head = true;  // a kicker
    }
    if (!head) continue;
    for (size_t r : run) out[r] = true;
  }
  return out;
}

// A column of the page: body fragments whose x-ranges overlap, top to bottom.
struct Column {
  double x0 = 0, x1 = 0;
  std::vector<size_t> lines;
};

std::vector<Column> PageColumns(const std::vector<Fragment>& frags, std::vector<size_t> body,
                                double body_size) {
  // A column is where many lines start (ColumnEdges); a line belongs to the
  // nearest edge at or left of its start, within a paragraph indent and
  // some (kColumnStart). A line starting elsewhere (a caption, a byline set
  // flush right, a column of fewer than kMinEdgeLines lines) joins the
  // column whose span it starts in, or else, as before, a column of lines
  // that start near it.
  std::vector<double> starts;
  for (size_t m : body) starts.push_back(frags[m].x0);
  const std::vector<double> edges = ColumnEdges(starts, body_size);
  const double tolerance = kSameLine * body_size;
  std::vector<Column> cols;
  for (double e : edges) cols.push_back({e, e, {}});
  std::vector<size_t> stray;
  auto near_edge = [&](const Fragment& f) -> int {
    int best = -1;
    for (size_t c = 0; c < edges.size(); ++c) {
      if (edges[c] <= f.x0 + tolerance && f.x0 - edges[c] <= kColumnStart * f.size) {
        best = static_cast<int>(c);
      }
    }
    return best;
  };
  for (size_t m : body) {
    const int c = near_edge(frags[m]);
    if (c >= 0) {
      cols[c].lines.push_back(m);
    } else {
      stray.push_back(m);
    }
  }
  // The x-range of a column comes from its lines, wide ones (a caption
  // across columns) aside.
  auto set_right = [&](Column& c) {
    if (c.lines.empty()) return;
    std::vector<double> rights;
    for (size_t m : c.lines) rights.push_back(frags[m].x1);
    std::nth_element(rights.begin(), rights.begin() + rights.size() / 2, rights.end());
    c.x1 = rights[rights.size() / 2];
  };
  for (Column& c : cols) set_right(c);
  std::stable_sort(stray.begin(), stray.end(),
                   [&](size_t a, size_t b) { return frags[a].x0 < frags[b].x0; });
  std::vector<Column> extra;
  for (size_t m : stray) {
    const Fragment& f = frags[m];
    Column* home = nullptr;
    for (Column& c : cols) {
      if (c.x0 <= f.x0 && f.x0 < c.x1) home = &c;
    }
    if (home == nullptr) {
      if (extra.empty() || f.x0 - extra.back().x0 > kColumnStart * f.size) {
        extra.push_back({f.x0, f.x0, {}});
      }
      home = &extra.back();
    }
    home->lines.push_back(m);
  }
  for (Column& c : extra) set_right(c);
  cols.insert(cols.end(), extra.begin(), extra.end());
  std::stable_sort(cols.begin(), cols.end(),
                   [](const Column& a, const Column& b) { return a.x0 < b.x0; });
  for (Column& c : cols) {
    std::stable_sort(c.lines.begin(), c.lines.end(), [&](size_t a, size_t b) {
      return frags[a].y0 != frags[b].y0 ? frags[a].y0 < frags[b].y0 : frags[a].x0 < frags[b].x0;
    });
  }
  std::vector<Column> out;
  for (Column& c : cols) {
    if (!c.lines.empty()) out.push_back(std::move(c));
  }
  return out;
}

// Whether a headline stack is over a column: it covers kOverlapShare of the
// column's width, or, when it is narrower than the column (a short title),
// that share of its own width lies over the column.
bool Crosses(const Stack& st, const Column& col) {
  const double narrower = std::min(col.x1 - col.x0, st.x1 - st.x0);
  return Overlap(st.x0, st.x1, col.x0, col.x1) >= kOverlapShare * narrower;
}

// A run of one column's lines between headlines that cross the column.
struct Segment {
  double x0 = 0, y0 = 0;  // the column's left edge, the segment's top
  double x1 = 0;          // the column's right edge
  double y1 = 0;          // the segment's bottom
  double left = 0;        // the leftmost start of its lines (a paragraph indent is right of it)
  double text_y0 = 0;     // the top of its first line not in small type (a caption above it aside)
  std::vector<size_t> lines;
};

// Of two stacks on the segment's side of it, whether the one whose edge
// toward the segment is at `near` (measured along the column, larger is
// nearer) and whose left edge is at `x0` is closer than the other (`near_b`,
// `x0_b`): the nearer along the column; for stacks set left of the column
// (not crossing it), one at about the same height (within kSameBand body
// sizes) and further right is closer: a headline owns the text right of it
// only up to the next headline at its height.
bool Closer(double near, double x0, double near_b, double x0_b, bool crossing, double body_size) {
  if (!crossing && std::abs(near - near_b) <= kSameBand * body_size && x0 != x0_b) {
    return x0 > x0_b;
  }
  return near > near_b;
}

// Which stack a segment belongs to: the nearest stack above it that crosses
// its column; else, or when a stack that starts left of the column (a
// headline set flush left over a block wider than itself) lies lower than
// that by more than kSameBand type sizes, the nearest such stack (of two at
// about the same height, the one further right: Closer); else none (-1).
// Only stacks marked in `eligible` count.
int OwnerOf(const Segment& seg, const Column& col, const std::vector<Stack>& stacks,
            const std::vector<bool>& eligible, double body_size) {
  const double tolerance = kSameLine * body_size;
  int crossing = -1, left = -1;
  for (size_t s = 0; s < stacks.size(); ++s) {
    const Stack& st = stacks[s];
    if (!eligible[s] || st.y1 > seg.y0 + tolerance) continue;
    const bool crosses = Crosses(st, col);
    int& best = crosses ? crossing : left;
    if (!crosses && st.x0 > col.x0 + tolerance) continue;
    if (best < 0 || Closer(st.y1, st.x0, stacks[best].y1, stacks[best].x0, crosses, body_size)) {
      best = static_cast<int>(s);
    }
  }
  if (crossing < 0) return left;
  if (left >= 0 && stacks[left].y1 - stacks[crossing].y1 > kSameBand * body_size) return left;
  return crossing;
}

// OwnerOf for pages that print headlines under their bodies: the nearest
// stack below the segment that crosses its column, else the nearest one below
// that starts left of the column and closes the segment's block: the segment
// ends within kColumnStart body sizes above it, or starts level with the
// segment the stack closes in its own width (`block_tops[s]`, the top of the
// segment ending right above stack s; the columns of a block start level and
// end unevenly; tops of their first lines not in small type, a caption over
// one column aside), with the same preference as OwnerOf. Only stacks marked in
// `eligible` count.
int OwnerBelow(const Segment& seg, const Column& col, const std::vector<Stack>& stacks,
               const std::vector<bool>& eligible, const std::vector<double>& block_tops,
               double body_size) {
  const double tolerance = kSameLine * body_size;
  int crossing = -1, left = -1;
  for (size_t s = 0; s < stacks.size(); ++s) {
    const Stack& st = stacks[s];
    if (!eligible[s] || st.y0 < seg.y1 - tolerance) continue;
    const bool crosses = Crosses(st, col);
    int& best = crosses ? crossing : left;
    if (!crosses &&
        (st.x0 > col.x0 + tolerance || (st.y0 - seg.y1 > kColumnStart * body_size &&
                                        std::abs(seg.text_y0 - block_tops[s]) > tolerance))) {
      continue;
    }
    if (best < 0 || Closer(-st.y0, st.x0, -stacks[best].y0, stacks[best].x0, crosses, body_size)) {
      best = static_cast<int>(s);
    }
  }
  if (crossing < 0) return left;
  if (left >= 0 && stacks[crossing].y0 - stacks[left].y0 > kSameBand * body_size) return left;
  return crossing;
}

// A headline sits closer to its own body than to the text on its other side:
// a stack whose gap to the text above it is under kCloserShare of its gap to
// the text below trails its body (printed under it); one whose gap below is
// under that share of its gap above leads its body. Gaps are measured to body
// lines that overlap the stack's span (BlockSpan); no text on a side is an
// endless gap. `spans` holds each stack's BlockSpan.
enum class Binding { kUnclear, kLeads, kTrails };

// The x-range a stack's gaps are measured over: its own width, widened to
// the right over the neighbouring columns of the block next to it. Columns
// of one block start level, but end unevenly (the last column of a balanced
// body is the shortest), and a headline printed under its body sits under
// the block's lowest line, which may be in a column the headline's width
// does not reach. So a column right of the span joins it when its first
// line under the stack starts level with the first line under the stack in
// the span (within kSameLine body sizes), that line is a column break
// (kColumnBreak) below the line over it, and it starts within kColumnStart
// body sizes of the span's right end (the right end of the lines under the
// stack, or of the column last added).
std::pair<double, double> BlockSpan(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                                    const Stack& st, double body_size) {
  const double tolerance = kSameLine * body_size;
  double x1 = st.x1;
  double level = 1e300;  // the top of the first line under the stack in its span
  for (size_t m : body) {
    const Fragment& f = frags[m];
    if (Overlap(f.x0, f.x1, st.x0, st.x1) > 0 && f.y0 >= st.y1 - tolerance) level = std::min(level, f.y0);
  }
  if (level == 1e300) return {st.x0, x1};
  std::vector<size_t> firsts;  // lines starting level with it, right of the stack
  for (size_t m : body) {
    const Fragment& f = frags[m];
    if (std::abs(f.y0 - level) > tolerance) continue;
    if (Overlap(f.x0, f.x1, st.x0, st.x1) > 0) {
      x1 = std::max(x1, f.x1);  // the span's own columns
    } else if (f.x0 >= st.x1 - tolerance) {
      firsts.push_back(m);
    }
  }
  std::stable_sort(firsts.begin(), firsts.end(), [&](size_t a, size_t b) { return frags[a].x0 < frags[b].x0; });
  for (size_t m : firsts) {
    const Fragment& f = frags[m];
    if (f.x0 - x1 > kColumnStart * body_size) break;
    double over = -1e300;  // the bottom of the line over it in its column
    for (size_t o : body) {
      const Fragment& g = frags[o];
      if (g.y1 <= f.y0 + tolerance && o != m && Overlap(g.x0, g.x1, f.x0, f.x1) > 0) over = std::max(over, g.y1);
    }
    if (f.y0 - over <= kColumnBreak * body_size) break;
    x1 = std::max(x1, f.x1);
  }
  return {st.x0, x1};
}

// A headline centred over its module (docs/split.md "PDF pages", item 6)
// starts on no column's edge and may cover less than half of the module's
// outer columns. A stack that starts more than kColumnStart body sizes
// from every column edge and whose block (BlockSpan) reaches right of it is
// taken as wide as the module it is centred on: the block's right end
// mirrored about the stack's centre, snapped to a column edge within
// kColumnStart body sizes of it, is its left end.
void WidenCentredStacks(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                        const std::vector<double>& edges, double body_size, std::vector<Stack>* stacks) {
  const double near = kColumnStart * body_size;
  for (Stack& st : *stacks) {
    if (st.vertical) continue;
    const bool on_edge =
        std::any_of(edges.begin(), edges.end(), [&](double e) { return std::abs(e - st.x0) <= near; });
    if (on_edge) continue;
    const double right = BlockSpan(frags, body, st, body_size).second;
    if (right <= st.x1) continue;
    const double mirrored = st.x0 + st.x1 - right;
    double left = st.x0;
    for (double e : edges) {
      if (std::abs(e - mirrored) <= near && e < left) left = e;
    }
    if (left < st.x0) {
      st.x0 = left;
      st.x1 = right;
    }
  }
}

// A stack whose binding is unclear follows its column of items: the clear
// stacks that start at its left edge, the nearest above it and the nearest
// below it, when there is one or both agree (a column of briefs keeps one
// habit). Others stay unclear.
void FollowColumnOfItems(const std::vector<Stack>& stacks, double body_size,
                         std::vector<Binding>* binding) {
  const double tolerance = kSameLine * body_size;
  const std::vector<Binding> clear = *binding;
  for (size_t s = 0; s < stacks.size(); ++s) {
    if (clear[s] != Binding::kUnclear || stacks[s].vertical) continue;
    int up = -1, down = -1;
    for (size_t t = 0; t < stacks.size(); ++t) {
      if (clear[t] == Binding::kUnclear || stacks[t].vertical ||
          std::abs(stacks[t].x0 - stacks[s].x0) > tolerance) {
        continue;
      }
      if (stacks[t].y0 < stacks[s].y0 && (up < 0 || stacks[t].y0 > stacks[up].y0))
        up = static_cast<int>(t);
      if (stacks[t].y0 > stacks[s].y0 && (down < 0 || stacks[t].y0 < stacks[down].y0))
        down = static_cast<int>(t);
    }
    if (up >= 0 && down >= 0 && clear[up] != clear[down]) continue;
    if (up >= 0 || down >= 0) (*binding)[s] = clear[up >= 0 ? up : down];
  }
}

// Whether the item that ends with body line `last` opens with an article's
// opener (OpensArticle) under no headline: its lines, up from `last`, are
// each within kColumnBreak body sizes of the one over them, and no stack
// ends within kSegmentGap body sizes over its first line. Such an item's
// headline is printed under it.
bool OpensUnderNoHeadline(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                          const std::vector<Stack>& stacks, size_t last, double body_size) {
  const double tolerance = kSameLine * body_size;
  size_t top = last;
  for (bool moved = true; moved;) {
    moved = false;
    for (size_t o : body) {
      const Fragment& g = frags[o];
      const Fragment& f = frags[top];
      if (o != top && g.y1 <= f.y0 + tolerance && f.y0 - g.y1 < kColumnBreak * body_size &&
          g.y0 < f.y0 && Overlap(g.x0, g.x1, f.x0, f.x1) > 0) {
        top = o;
        moved = true;
        break;
      }
    }
  }
  if (!OpensArticle(frags[top].text)) return false;
  const Fragment& t = frags[top];
  for (const Stack& st : stacks) {
    if (Overlap(st.x0, st.x1, t.x0, t.x1) > 0 && st.y1 <= t.y0 + tolerance &&
        t.y0 - st.y1 < kSegmentGap * body_size) {
      return false;
    }
  }
  return true;
}

std::vector<Binding> Bindings(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                              const std::vector<Stack>& stacks,
                              const std::vector<std::pair<double, double>>& spans, double body_size) {
  const double tolerance = kSameLine * body_size;
  const std::vector<bool> in_block = InBlock(frags, body, body_size);
  std::vector<Binding> out;
  for (size_t s = 0; s < stacks.size(); ++s) {
    const Stack& st = stacks[s];
    const auto [x0, x1] = spans[s];
    double above = kEndless, below = kEndless;
    int over = -1;  // the body line right over the stack
    for (size_t m : body) {
      const Fragment& f = frags[m];
      if (Overlap(f.x0, f.x1, x0, x1) <= 0) continue;
      if (f.y1 <= st.y0 + tolerance && in_block[m] && st.y0 - f.y1 < above) {
        above = st.y0 - f.y1;
        over = static_cast<int>(m);
      }
      if (f.y0 >= st.y1 - tolerance) below = std::min(below, f.y0 - st.y1);
    }
    above = std::max(above, 0.0);
    below = std::max(below, 0.0);
    Binding b = Binding::kUnclear;
    if (below < kEndless && below < kCloserShare * above) b = Binding::kLeads;
    if (above < kEndless && above < kCloserShare * below) b = Binding::kTrails;
    // Gaps alike: the item over it opening under no headline tells.
    if (b == Binding::kUnclear && over >= 0 && above < kColumnBreak * body_size &&
        OpensUnderNoHeadline(frags, body, stacks, static_cast<size_t>(over), body_size)) {
      b = Binding::kTrails;
    }
    out.push_back(b);
  }
  return out;
}

// A headline set top to bottom stands beside its body, whose lines start
// level with it or lower, down to its foot: it owns the segments that start
// within its height in the columns next to it on the side of the nearest
// body text (left or right), column after column while each is within
// kColumnStart body sizes of the last, unless a headline below its top owns
// them already (a horizontal headline inside its height has a body of its
// own). `owned[s]` holds the segments of stack s, the last entry those under
// no headline.
void GiveToVerticalHeadlines(const std::vector<Fragment>& frags, const std::vector<size_t>& body,
                             const std::vector<Stack>& stacks, double body_size,
                             std::vector<std::vector<Segment>>* owned) {
  const double tolerance = kSameLine * body_size;
  for (size_t v = 0; v < stacks.size(); ++v) {
    const Stack& st = stacks[v];
    if (!st.vertical) continue;
    double left = 1e300, right = 1e300;  // gaps to the nearest body text
    for (size_t m : body) {
      const Fragment& f = frags[m];
      if (Overlap(f.y0, f.y1, st.y0, st.y1) <= 0) continue;
      if (f.x1 <= st.x0 + tolerance) left = std::min(left, st.x0 - f.x1);
      if (f.x0 >= st.x1 - tolerance) right = std::min(right, f.x0 - st.x1);
    }
    if (left == 1e300 && right == 1e300) continue;
    const bool on_left = left <= right;
    // The candidates: (distance of the column's near edge, owner, index).
    std::vector<std::tuple<double, size_t, size_t>> near;
    for (size_t o = 0; o < owned->size(); ++o) {
      const bool banner_or_none =
          o == stacks.size() || (!stacks[o].vertical && stacks[o].y0 < st.y0 - tolerance);
      if (!banner_or_none) continue;
      for (size_t i = 0; i < (*owned)[o].size(); ++i) {
        const Segment& seg = (*owned)[o][i];
        if (seg.y0 < st.y0 - tolerance || seg.y0 > st.y1) continue;
        if (on_left && seg.x1 <= st.x0 + tolerance) near.emplace_back(st.x0 - seg.x1, o, i);
        if (!on_left && seg.x0 >= st.x1 - tolerance) near.emplace_back(seg.x0 - st.x1, o, i);
      }
    }
    std::sort(near.begin(), near.end());
    double reach = 0;  // how far from the headline the block goes so far
    std::vector<std::pair<size_t, size_t>> taken;
    for (const auto& [distance, o, i] : near) {
      const Segment& seg = (*owned)[o][i];
      if (distance > reach + kColumnStart * body_size) break;
      reach = std::max(reach, distance + (seg.x1 - seg.x0));
      taken.emplace_back(o, i);
    }
    std::sort(taken.rbegin(), taken.rend());  // erase from the back
    for (const auto& [o, i] : taken) {
      (*owned)[v].push_back((*owned)[o][i]);
      (*owned)[o].erase((*owned)[o].begin() + static_cast<long>(i));
    }
  }
}

// Type sizes checked against widths: a Chinese character is one em wide (a
// Latin letter or digit about half), so a run of at least kMinCharsToMeasure
// characters shows the size it was set in. Type 3 fonts (Chromium's Noto CJK,
// many real papers) report sizes scaled by their font matrix, up to twice the
// true size. Per font, the kScaleQuantile of reported / measured over its measurable
// words gives the font's scale; when that exceeds kSizeSlack, every word of
// the font (short ones too) has its size and its box's height divided by it.
constexpr size_t kMinCharsToMeasure = 4;
// A justified line is stretched to its column's width, so it measures wide
// and its reported / measured ratio comes out low; lines set at their
// natural width (a paragraph's last line, a headline) give the true ratio,
// the top of the distribution. A font's scale is this quantile of its words'
// ratios.
constexpr double kScaleQuantile = 0.9;
constexpr double kSizeSlack = 1.3;
// A font that states no ascent and descent (a Type 3 font) gets boxes from
// this many ems above its baseline to this many below in poppler's text
// layer, so its baseline lies kUnstatedAscent / (kUnstatedAscent +
// kUnstatedDescent) of the way down a box.
constexpr double kUnstatedAscent = 0.95;
constexpr double kUnstatedDescent = 0.35;

// The words of an unnamed font are grouped by their reported size, in steps
// of kSizeStep (a scaled body at 20 points, an unscaled headline at 14).
constexpr char kUnnamedMark = '\x01';  // font names never start with it
std::string UnnamedFontKey(double reported_size) {
  return kUnnamedMark + std::to_string(std::lround(reported_size / kSizeStep));
}

// The em of `utf8` set `width` wide, or 0 when it is too short to tell.
double MeasuredEm(const std::string& utf8, double width) {
  size_t half_ems = 0, chars = 0;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    half_ems += n >= 3 ? 2 : 1;  // CJK and full-width forms are 3 or 4 bytes
    ++chars;
    i += n;
  }
  if (chars < kMinCharsToMeasure || half_ems == 0) return 0;
  return 2 * width / static_cast<double>(half_ems);
}

}  // namespace

// Divides the sizes of the words of each font whose reported sizes run
// kSizeSlack times or more above their measured ones by that font's scale.
// Fonts the PDF gives no name (Type 3) cannot be told apart by name: a
// scaled body and an unscaled headline face may both be unnamed. Their
// words are grouped by reported size (UnnamedFontKey), and each group is
// scaled or not by its own ratio (font_scale); a reported size with no
// measurable word goes by all unnamed words. The scaled groups are divided by
// one scale, taken over all their words, so that they keep their sizes
// relative to one another (a justified body line measures a little wide).
void CorrectScaledFonts(const std::vector<std::string>& fonts, std::vector<PdfWord>* words) {
  const std::string unnamed;  // the key of all unnamed words
  std::vector<std::string> keys(words->size());
  for (size_t i = 0; i < words->size(); ++i) {
    keys[i] = fonts[i].empty() ? UnnamedFontKey((*words)[i].size) : fonts[i];
  }
  std::map<std::string, std::vector<double>> ratios;
  for (size_t i = 0; i < words->size(); ++i) {
    const PdfWord& w = (*words)[i];
    const double em = w.vertical ? 0 : MeasuredEm(w.text, w.x1 - w.x0);
    if (em <= 0 || w.size <= 0) continue;
    ratios[keys[i]].push_back(w.size / em);
    if (fonts[i].empty()) ratios[unnamed].push_back(w.size / em);
  }
  auto font_scale = [](std::vector<double> r) {  // the kScaleQuantile of r
    const size_t at = static_cast<size_t>(kScaleQuantile * static_cast<double>(r.size() - 1));
    std::nth_element(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(at), r.end());
    return r[at];
  };
  std::map<std::string, double> scale;
  std::vector<double> scaled_unnamed;  // the ratios of the unnamed groups that are scaled
  for (const auto& [key, r] : ratios) {
    scale[key] = font_scale(r);
    if (key != unnamed && key.front() == kUnnamedMark && scale[key] >= kSizeSlack) {
      scaled_unnamed.insert(scaled_unnamed.end(), r.begin(), r.end());
    }
  }
  const double unnamed_scale = scaled_unnamed.empty() ? 0 : font_scale(scaled_unnamed);
  for (size_t i = 0; i < words->size(); ++i) {
    auto it = scale.find(keys[i]);
    if (it == scale.end() && fonts[i].empty()) it = scale.find(unnamed);
    if (it == scale.end() || it->second < kSizeSlack || (*words)[i].vertical) continue;
    const double by = fonts[i].empty() && unnamed_scale > 0 ? unnamed_scale : it->second;
    // The box's height is scaled as the size is, toward its baseline, so
    // that lines no longer overlap and gaps between lines are the printed
    // ones.
    PdfWord& w = (*words)[i];
    w.size /= by;
    const double base = w.y0 + (w.y1 - w.y0) * kUnstatedAscent / (kUnstatedAscent + kUnstatedDescent);
    w.y0 = base - (base - w.y0) / by;
    w.y1 = base + (w.y1 - base) / by;
  }
}

PdfPageText LayOutPdfPage(const std::vector<PdfWord>& words) {
  PdfPageText page;
  if (words.empty()) return page;
  const double body_size = BodySize(words);
  const std::vector<Fragment> frags = Fragments(words, body_size);
  std::vector<bool> is_head(frags.size());
  std::vector<double> starts;  // of the lines in body type, for the columns' edges
  for (size_t i = 0; i < frags.size(); ++i) {
    is_head[i] = Round(frags[i].size) >= body_size * kHeadlineRatio;
    if (!is_head[i]) starts.push_back(frags[i].x0);
  }
  const Neighbours neighbours = VerticalNeighbours(frags, body_size);
  const double ordinary = OrdinaryGap(frags, neighbours, body_size);
  const std::vector<double> edges = ColumnEdges(starts, body_size);
  const std::vector<bool> small =
      SmallHeadlines(frags, is_head, neighbours, ordinary, edges, body_size, BodyFont(words, body_size));
  std::vector<size_t> heads, body;
  for (size_t i = 0; i < frags.size(); ++i) {
    if (is_head[i] || small[i]) {
      heads.push_back(i);
    } else {
      body.push_back(i);
    }
  }
  std::vector<Stack> stacks = Stacks(frags, heads, body, body_size);
  JoinBoxLabels(frags, body_size, &stacks);
  AttachLabels(frags, body_size, &stacks, &body);
  AttachCentredLines(frags, body_size, &stacks, &body);
  WidenCentredStacks(frags, body, edges, body_size, &stacks);
  // Each column is cut into segments at the headlines that cross it and at
  // wide gaps.
  struct Placed {
    Segment seg;
    const Column* col;
  };
  const std::vector<Column> columns = PageColumns(frags, body, body_size);
  std::vector<std::pair<double, double>> spans;  // each stack's BlockSpan
  for (const Stack& st : stacks) spans.push_back(BlockSpan(frags, body, st, body_size));
  std::vector<Placed> segments;
  const double tolerance = kSameLine * body_size;
  for (const Column& col : columns) {
    Segment seg;
    auto flush = [&] {
      if (seg.lines.empty()) return;
      seg.left = frags[seg.lines.front()].x0;
      seg.text_y0 = seg.y0;
      for (auto it = seg.lines.rbegin(); it != seg.lines.rend(); ++it) {
        if (Round(frags[*it].size) >= body_size * kSmallRatio) seg.text_y0 = frags[*it].y0;
      }
      for (size_t m : seg.lines) seg.left = std::min(seg.left, frags[m].x0);
      segments.push_back({seg, &col});
      seg = Segment();
    };
    double prev_y1 = -1e300;
    for (size_t m : col.lines) {
      const Fragment& f = frags[m];
      for (size_t s = 0; s < stacks.size(); ++s) {
        const Stack& st = stacks[s];
        // A headline cuts the columns it crosses and those of its block.
        const bool cuts = !st.vertical && (Crosses(st, col) || Overlap(spans[s].first, spans[s].second,
                                                                      col.x0, col.x1) >=
                                                              kOverlapShare * (col.x1 - col.x0));
        if (cuts && st.y0 >= prev_y1 - tolerance && st.y1 <= f.y0 + tolerance) flush();
      }
      // A picture, a box, the folio; or a break between items.
      if (f.y0 - prev_y1 > std::min(kSegmentGap * f.size, ordinary + kItemGap * body_size)) flush();
      if (seg.lines.empty()) {
        seg.x0 = col.x0;
        seg.x1 = col.x1;
        seg.y0 = f.y0;
      }
      seg.lines.push_back(m);
      seg.y1 = f.y1;
      prev_y1 = f.y1;
    }
    flush();
  }
  // Every segment goes to a headline above it that leads its body (OwnerOf)
  // or to one below it that trails its body (OwnerBelow), the nearer when
  // both exist. Which stacks lead and which trail: their Bindings; a stack
  // whose binding is unclear follows the page: the binding most of its clear
  // stacks have; with as many of each, leading unless reading the unclear
  // ones as trailing leaves fewer segments under no headline.
  std::vector<Binding> binding = Bindings(frags, body, stacks, spans, body_size);
  const size_t leads = std::count(binding.begin(), binding.end(), Binding::kLeads);
  const size_t trails = std::count(binding.begin(), binding.end(), Binding::kTrails);
  FollowColumnOfItems(stacks, body_size, &binding);
  // The top of the segment each stack closes in its own width: the one that
  // ends right above it (within kColumnStart body sizes) in a column it crosses.
  std::vector<double> block_tops(stacks.size(), -1e300);
  for (size_t s = 0; s < stacks.size(); ++s) {
    double foot = -1e300;
    for (const Placed& p : segments) {
      const double gap = stacks[s].y0 - p.seg.y1;
      if (gap >= -tolerance && gap <= kColumnStart * body_size && Crosses(stacks[s], *p.col) &&
          p.seg.y1 > foot) {
        foot = p.seg.y1;
        block_tops[s] = p.seg.text_y0;
      }
    }
  }
  auto assign = [&](const std::vector<bool>& leads, size_t* orphans) {
    std::vector<bool> trails(leads.size());
    for (size_t s = 0; s < leads.size(); ++s) trails[s] = !leads[s] && !stacks[s].vertical;
    std::vector<std::vector<Segment>> owned(stacks.size() + 1);  // last: no headline
    *orphans = 0;
    for (const Placed& p : segments) {
      const int up = OwnerOf(p.seg, *p.col, stacks, leads, body_size);
      const int down = OwnerBelow(p.seg, *p.col, stacks, trails, block_tops, body_size);
      int owner = up >= 0 ? up : down;
      if (up >= 0 && down >= 0 &&
          stacks[down].y0 - p.seg.y1 < p.seg.y0 - stacks[up].y1) {
        owner = down;
      }
      *orphans += owner < 0;
      owned[owner < 0 ? stacks.size() : static_cast<size_t>(owner)].push_back(p.seg);
    }
    return owned;
  };
  auto leading = [&](bool unclear_leads) {
    std::vector<bool> leads(stacks.size());
    for (size_t s = 0; s < stacks.size(); ++s) {
      leads[s] = !stacks[s].vertical && (binding[s] == Binding::kLeads ||
                                         (binding[s] == Binding::kUnclear && unclear_leads));
    }
    return leads;
  };
  size_t orphans_above = 0, orphans_below = 0;
  std::vector<std::vector<Segment>> owned = assign(leading(true), &orphans_above);
  if (trails > leads) {
    owned = assign(leading(false), &orphans_below);
  } else if (trails == leads) {
    std::vector<std::vector<Segment>> under = assign(leading(false), &orphans_below);
    if (orphans_below < orphans_above) owned = std::move(under);
  }
  GiveToVerticalHeadlines(frags, body, stacks, body_size, &owned);
  for (std::vector<Segment>& segs : owned) {
    std::stable_sort(segs.begin(), segs.end(), [](const Segment& a, const Segment& b) {
      return a.x0 != b.x0 ? a.x0 < b.x0 : a.y0 < b.y0;
    });
  }
  std::string& out = page.text;
  int number = 0;  // of the last line written
  auto line = [&](const std::string& text, int words = 0) {
    out += text;
    out.push_back('\n');
    page.line_words.push_back(words);
    ++number;
  };
  auto blank = [&] {
    if (!out.empty() && out.size() >= 2 && out.substr(out.size() - 2) != "\n\n") line("");
  };
  auto body_lines = [&](const std::vector<Segment>& segs) {
    for (const Segment& seg : segs) {
      bool open_bracket = false;  // the line above left a bracket open
      for (size_t m : seg.lines) {
        const Fragment& f = frags[m];
        const bool carried = open_bracket;
        open_bracket = LeavesBracketOpen(f.text);
        if (Round(f.size) < body_size * kSmallRatio) {
          blank();  // a caption or a note: a block of its own
          line(f.text, f.words);
          blank();
        } else if (f.x0 - seg.left > kIndent * f.size && !carried) {
          line("  " + f.text, f.words);
        } else {
          line(f.text, f.words);
        }
      }
    }
  };
  body_lines(owned[stacks.size()]);
  for (size_t s = 0; s < stacks.size(); ++s) {
    // A caption at the head of a segment under a headline belongs to a
    // picture between the headline and its body: it is written over the
    // headline, as a block of its own, so that the text rules do not read
    // it as the body's first lines (docs/split.md "PDF pages", item 7).
    for (Segment& seg : owned[s]) {
      size_t n = 0;
      while (n < seg.lines.size() && Round(frags[seg.lines[n]].size) < body_size * kSmallRatio) ++n;
      if (n == 0 || n == seg.lines.size()) continue;
      blank();
      for (size_t i = 0; i < n; ++i) line(frags[seg.lines[i]].text, frags[seg.lines[i]].words);
      seg.lines.erase(seg.lines.begin(), seg.lines.begin() + static_cast<std::ptrdiff_t>(n));
    }
    blank();
    std::vector<size_t> lines = stacks[s].lines;
    std::stable_sort(lines.begin(), lines.end(), [&](size_t a, size_t b) {
      if (stacks[s].vertical) return frags[a].x0 > frags[b].x0;  // right to left
      return frags[a].y0 != frags[b].y0 ? frags[a].y0 < frags[b].y0 : frags[a].x0 < frags[b].x0;
    });
    // The title is set in the stack's largest type, a box's label (简讯
    // over its first brief's headline) and subtitles (lines that open with
    // a dash, ——…, and the lines that carry it on in its type, which can
    // be set larger than a title in type near the body's) aside.
    // (A vertical headline's lines are one headline wrapped right to left.)
    const size_t label = stacks[s].vertical ? 0 : BoxLabelLines(frags, lines);
    double largest = 0, largest_undashed = 0;
    bool dashed = false;
    for (size_t i = label; i < lines.size(); ++i) {
      const Fragment& f = frags[lines[i]];
      dashed = f.text.rfind(kDash, 0) == 0 ||
               (dashed && Round(f.size) == Round(frags[lines[i - 1]].size));
      largest = std::max(largest, Round(f.size));
      if (!dashed) largest_undashed = std::max(largest_undashed, Round(f.size));
    }
    if (largest_undashed > 0) largest = largest_undashed;
    dashed = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      const Fragment& f = frags[lines[i]];
      const bool same_size = i > 0 && Round(f.size) == Round(frags[lines[i - 1]].size);
      // A box's label is a block of its own even in its headlines' type: run
      // into the first brief's headline it became part of that title
      // (本地快讯清瘦一圈眼袋变小).
      if (i > 0 && (!same_size || i == label)) blank();
      // A dashed subtitle in the title's type is still no title: its lines
      // are written as a block of their own.
      const bool dash = f.text.rfind(kDash, 0) == 0;
      if (dash && same_size) blank();
      dashed = dash || (dashed && same_size);
      line(f.text, f.words);
      page.headline_lines.push_back(number);
      if (i >= label && Round(f.size) == largest && !dashed) page.title_lines.push_back(number);
    }
    blank();
    body_lines(owned[s]);
  }
  return page;
}

}  // namespace baokan
