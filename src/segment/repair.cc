// Repairs after assembly: a body split around another article's headline,
// and headlines printed away from their body (see docs/split.md).

#include <algorithm>

#include "segment/chars.h"
#include "segment/headline.h"
#include "segment/layout.h"
#include "segment/line_class.h"
#include "segment/similarity.h"

namespace baokan::segment {
namespace {

// Share of a headline's words that decide where its body is.
constexpr double kOrphanMatch = 0.4;
// How much more a paragraph must share with the article below than with its
// own to move there.
constexpr double kLean = 0.05;

std::string ParagraphText(const PageModel& m, const Paragraph& p) {
  std::string s;
  for (const Piece& pc : p.pieces) s.append(PieceText(m, pc));
  return s;
}

std::string ParagraphsText(const PageModel& m, const std::vector<Paragraph>& ps, size_t from,
                           size_t to) {
  std::string s;
  for (size_t i = from; i < to && i < ps.size(); ++i) s += ParagraphText(m, ps[i]);
  return s;
}

// A paragraph that ends a sentence, or a letter's sign-off line (你的老师),
// which ends the letter without a full stop.
bool Complete(const PageModel& m, const Paragraph& p) {
  const std::string_view last = PieceText(m, p.pieces.back());
  return !p.subhead && (EndsSentence(last) || (p.pieces.size() == 1 && IsLetterSignOff(last)));
}

std::string HeadlineText(const PageModel& m, const Draft& d) {
  std::string s = TitleValue(m, d);
  for (const Piece& p : d.subtitle) s.append(PieceText(m, p));
  for (const Piece& p : d.kicker) s.append(PieceText(m, p));
  return s;
}

size_t Width(const PageModel& m, const Paragraph& p) {
  size_t w = 0;
  for (const Piece& pc : p.pieces) w = std::max(w, VisibleLength(PieceText(m, pc)));
  return w;
}

// Moves byline and trailer pieces of `from` printed after line index
// `after` (the new end of its body) to `to`.
void MoveTrailing(Draft* from, Draft* to, int after) {
  for (auto field : {&Draft::byline, &Draft::source, &Draft::jump_to}) {
    std::vector<Piece> keep;
    for (const Piece& p : from->*field) {
      if (p.line > after) {
        (to->*field).push_back(p);
      } else {
        keep.push_back(p);
      }
    }
    from->*field = std::move(keep);
  }
  if ((to->byline.size() || to->source.size())) to->closed = from->closed;
}

int LastLine(const std::vector<Paragraph>& ps) {
  int last = -1;
  for (const Paragraph& p : ps) {
    for (const Piece& pc : p.pieces) last = std::max(last, pc.line);
  }
  return last;
}

// X ends in mid-sentence and Y, under its own headline, goes on with that
// sentence: the end of X is the start of Y's article. The division point is
// the paragraph break after which X's paragraphs share more words with Y
// (and its headline) than with X's own headline and lede.
void JoinAcrossHeadline(const PageModel& m, Draft* x, Draft* y) {
  const size_t n = x->paragraphs.size();
  if (n < 2) return;
  const Bigrams rx(HeadlineText(m, *x) + ParagraphText(m, x->paragraphs[0]));
  const Bigrams ry(HeadlineText(m, *y) +
                   ParagraphsText(m, y->paragraphs, 0, y->paragraphs.size()));
  std::vector<double> d(n, 0.0);
  for (size_t i = 1; i < n; ++i) {
    const Bigrams p(ParagraphText(m, x->paragraphs[i]));
    // A paragraph must lean towards Y by a margin to move.
    d[i] = Containment(p, ry) - Containment(p, rx) - kLean;
  }
  size_t best = n - 1;
  double best_sum = -1e9, sum = 0.0;
  for (size_t k = n - 1; k >= 1; --k) {
    sum += d[k];
    if (!x->paragraphs[k - 1].subhead && Complete(m, x->paragraphs[k - 1]) && sum > best_sum) {
      best_sum = sum;
      best = k;
    }
  }
  std::vector<Paragraph> tail(x->paragraphs.begin() + best, x->paragraphs.end());
  x->paragraphs.resize(best);
  // The sentence cut by the headline goes on in Y's first paragraph.
  if (!y->paragraphs.empty()) {
    Paragraph& last = tail.back();
    const Paragraph& first = y->paragraphs.front();
    last.pieces.insert(last.pieces.end(), first.pieces.begin(), first.pieces.end());
    tail.insert(tail.end(), y->paragraphs.begin() + 1, y->paragraphs.end());
  }
  y->paragraphs = std::move(tail);
}

// Finds a body for a headline printed away from it: the tail of another
// body after a change of column width whose lede restates the headline, or
// a whole body without a headline. Returns false when nothing matches.
bool FindOrphanBody(const PageModel& m, size_t o, PageLayout* layout) {
  Draft& orphan = layout->drafts[o];
  const Bigrams h(HeadlineText(m, orphan));
  if (h.size() < 3) return false;
  double best = kOrphanMatch;
  int best_draft = -1;
  size_t best_k = 0;
  for (size_t di = 0; di < layout->drafts.size(); ++di) {
    const Draft& d = layout->drafts[di];
    const size_t n = d.paragraphs.size();
    if (di == o || n == 0) continue;
    if (d.title.empty()) {
      const double s =
          Containment(h, std::string_view(ParagraphsText(m, d.paragraphs, 0, 1)));
      if (s > best) {
        best = s;
        best_draft = static_cast<int>(di);
        best_k = 0;
      }
    }
    BigramCounter head_of_body(h);  // fed paragraphs [0, fed), when asked
    size_t fed = 0;
    for (size_t k = 1; k < n; ++k) {
      const Paragraph& before = d.paragraphs[k - 1];
      const Paragraph& after = d.paragraphs[k];
      if (!Complete(m, before)) continue;
      if (m.wrap_width > 0) {
        if (before.pieces.size() < 2 || after.pieces.size() < 2) continue;
        const size_t w1 = Width(m, before), w2 = Width(m, after);
        if ((w1 > w2 ? w1 - w2 : w2 - w1) < 3) continue;
      }
      const double lede =
          Containment(h, std::string_view(ParagraphsText(m, d.paragraphs, k, k + 1)));
      if (lede < kOrphanMatch) continue;
      for (; fed < k; ++fed) {
        for (const Piece& pc : d.paragraphs[fed].pieces) head_of_body.Feed(PieceText(m, pc));
      }
      const double head = head_of_body.Containment();
      const double s = lede - 0.5 * head;
      if (s > best) {
        best = s;
        best_draft = static_cast<int>(di);
        best_k = k;
      }
    }
  }
  if (best_draft < 0) return false;
  Draft& d = layout->drafts[best_draft];
  if (best_k == 0) {
    // The whole body: it takes the orphan's headline.
    for (auto field : {&Draft::column, &Draft::kicker, &Draft::title, &Draft::subtitle,
                       &Draft::dateline, &Draft::jump}) {
      if ((d.*field).empty()) std::swap(d.*field, orphan.*field);
    }
    d.title_spaced = orphan.title_spaced;
    return true;
  }
  orphan.paragraphs.assign(d.paragraphs.begin() + best_k, d.paragraphs.end());
  d.paragraphs.resize(best_k);
  MoveTrailing(&d, &orphan, LastLine(d.paragraphs));
  return true;
}

}  // namespace

void RepairSplitBodies(const PageModel& m, PageLayout* layout) {
  std::vector<Draft>& drafts = layout->drafts;
  // Bodies come first, in page order; orphan headlines after them.
  for (size_t i = 1; i < drafts.size(); ++i) {
    Draft& x = drafts[i - 1];
    Draft& y = drafts[i];
    if (x.paragraphs.empty() || y.paragraphs.empty() || x.closed) continue;
    if (y.title.empty() || y.title_after || y.starts_with_opener) continue;
    if (Complete(m, x.paragraphs.back()) || x.paragraphs.back().subhead) continue;
    JoinAcrossHeadline(m, &x, &y);
  }
  for (size_t o = 0; o < drafts.size(); ++o) {
    if (!drafts[o].paragraphs.empty()) continue;
    if (FindOrphanBody(m, o, layout)) {
      Draft& orphan = drafts[o];
      if (orphan.paragraphs.empty()) {
        // Its pieces moved to the body it named; whatever is left is noise.
        for (auto field : {&Draft::column, &Draft::kicker, &Draft::title, &Draft::subtitle,
                           &Draft::dateline, &Draft::jump}) {
          for (const Piece& p : orphan.*field) layout->noise.push_back({p, "headline"});
          (orphan.*field).clear();
        }
      }
    }
  }
}

}  // namespace baokan::segment
