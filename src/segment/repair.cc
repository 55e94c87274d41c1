// Repairs after assembly: a body split around another article's headline,
// and headlines printed away from their body (see docs/split.md).

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

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

// True when a headline's body may start at paragraph k >= 1 of `d`: the
// paragraph before ends a sentence and, on a page whose lines wrap, the
// column width changes there. (It depends only on the two paragraphs, which
// the repairs below move together or not at all.)
bool MayStartBodyAt(const PageModel& m, const Draft& d, size_t k) {
  const Paragraph& before = d.paragraphs[k - 1];
  const Paragraph& after = d.paragraphs[k];
  if (!Complete(m, before)) return false;
  if (m.wrap_width > 0) {
    if (before.pieces.size() < 2 || after.pieces.size() < 2) return false;
    const size_t w1 = Width(m, before), w2 = Width(m, after);
    if ((w1 > w2 ? w1 - w2 : w2 - w1) < 3) return false;
  }
  return true;
}

// The fewest of `size` bigrams a paragraph must hold to be a headline's
// body: count / size >= kOrphanMatch, computed as FindOrphanBody does.
size_t MinMatching(size_t size) {
  size_t c = 0;
  while (c < size && static_cast<double>(c) / static_cast<double>(size) < kOrphanMatch) ++c;
  return c;
}

// Where the headlines printed away from their bodies may find them, so that
// each headline reads the few paragraphs that share its words instead of
// every paragraph of the page (which made a long page quadratic):
//  - the paragraphs where a body may start (paragraph 0 of a draft, and k
//    where MayStartBodyAt), each under a 32-bit hash of every bigram it
//    holds. A paragraph holding MinMatching(|h|) of a headline's bigrams h
//    holds one of any |h| - MinMatching + 1 of them, so the postings of the
//    rarest ones find every paragraph that can match (and a few more, where
//    hashes collide, which the caller's exact count sets aside);
//  - per draft, made when first asked, the paragraph in which each bigram of
//    its body first occurs: the containment of a body's first k paragraphs.
// Paragraphs that move from one draft to another are told with Moved().
class OrphanIndex {
 public:
  OrphanIndex(const PageModel& m, const PageLayout& layout)
      : ids_(layout.drafts.size()), first_(layout.drafts.size()) {
    std::vector<uint32_t> hashes;
    for (size_t di = 0; di < layout.drafts.size(); ++di) {
      const Draft& d = layout.drafts[di];
      for (size_t k = 0; k < d.paragraphs.size(); ++k) {
        const uint32_t id = static_cast<uint32_t>(place_.size());
        place_.push_back({static_cast<uint32_t>(di), static_cast<uint32_t>(k)});
        ids_[di].push_back(id);
        if (k > 0 && !MayStartBodyAt(m, d, k)) continue;
        hashes.clear();
        char32_t prev = 0;
        for (const Piece& pc : d.paragraphs[k].pieces) {
          ForEachBigram(PieceText(m, pc), &prev, [&](uint64_t key) { hashes.push_back(Hash(key)); });
        }
        std::sort(hashes.begin(), hashes.end());
        hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
        for (uint32_t h : hashes) postings_.push_back({h, id});
      }
    }
    std::sort(postings_.begin(), postings_.end());
  }

  // The paragraphs, as (draft, index in it) in page order, that may hold
  // min_count or more of h's bigrams: every one that does, and a few more.
  std::vector<std::pair<size_t, size_t>> Candidates(const Bigrams& h, size_t min_count) const {
    std::vector<std::pair<size_t, size_t>> ranges;  // [begin, end) in postings_
    for (uint64_t key : h.keys()) {
      auto r = std::equal_range(postings_.begin(), postings_.end(), Posting{Hash(key), 0},
                                [](const Posting& a, const Posting& b) { return a.hash < b.hash; });
      ranges.push_back({static_cast<size_t>(r.first - postings_.begin()),
                        static_cast<size_t>(r.second - postings_.begin())});
    }
    std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) {
      return a.second - a.first < b.second - b.first;
    });
    ranges.resize(h.size() - min_count + 1);
    std::vector<std::pair<size_t, size_t>> out;
    for (const auto& [begin, end] : ranges) {
      for (size_t i = begin; i < end; ++i) {
        const Place& p = place_[postings_[i].id];
        out.push_back({p.draft, p.k});
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // How many of h's bigrams the first k paragraphs of draft `di` hold, read
  // as one text (what BigramCounter counts when fed them).
  size_t HeadCount(const PageModel& m, const PageLayout& layout, size_t di, size_t k,
                   const Bigrams& h) {
    if (!first_[di]) {
      first_[di] = std::make_unique<std::unordered_map<uint64_t, uint32_t>>();
      char32_t prev = 0;
      const std::vector<Paragraph>& ps = layout.drafts[di].paragraphs;
      for (size_t j = 0; j < ps.size(); ++j) {
        for (const Piece& pc : ps[j].pieces) {
          ForEachBigram(PieceText(m, pc), &prev, [&](uint64_t key) {
            first_[di]->try_emplace(key, static_cast<uint32_t>(j));
          });
        }
      }
    }
    size_t n = 0;
    for (uint64_t key : h.keys()) {
      auto it = first_[di]->find(key);
      n += it != first_[di]->end() && it->second < k;
    }
    return n;
  }

  // Paragraphs k.. of draft `from` became the paragraphs of draft `to`
  // (which had none). `from`'s first paragraphs are unchanged, and so is
  // where their bigrams first occur.
  void Moved(size_t from, size_t k, size_t to) {
    ids_[to].assign(ids_[from].begin() + k, ids_[from].end());
    ids_[from].resize(k);
    for (size_t j = 0; j < ids_[to].size(); ++j) {
      place_[ids_[to][j]] = {static_cast<uint32_t>(to), static_cast<uint32_t>(j)};
    }
    first_[to].reset();
  }

 private:
  struct Posting {
    uint32_t hash;
    uint32_t id;  // the paragraph
    bool operator<(const Posting& o) const { return hash != o.hash ? hash < o.hash : id < o.id; }
  };
  struct Place {
    uint32_t draft, k;
  };
  static uint32_t Hash(uint64_t key) {
    return static_cast<uint32_t>((key * 0x9e3779b97f4a7c15ULL) >> 32);
  }

  std::vector<Place> place_;              // per paragraph id
  std::vector<std::vector<uint32_t>> ids_;  // per draft, its paragraphs' ids in order
  std::vector<Posting> postings_;         // sorted
  std::vector<std::unique_ptr<std::unordered_map<uint64_t, uint32_t>>> first_;  // per draft
};

// Finds a body for a headline printed away from it: the tail of another
// body after a change of column width whose lede restates the headline, or
// a whole body without a headline. Returns false when nothing matches.
// The paragraphs are visited in page order (draft, then paragraph), the
// first of equal scores winning; those `index` leaves out share too few
// words with the headline to score.
bool FindOrphanBody(const PageModel& m, size_t o, PageLayout* layout, OrphanIndex* index) {
  Draft& orphan = layout->drafts[o];
  const Bigrams h(HeadlineText(m, orphan));
  if (h.size() < 3) return false;
  double best = kOrphanMatch;
  int best_draft = -1;
  size_t best_k = 0;
  for (const auto& [di, k] : index->Candidates(h, MinMatching(h.size()))) {
    const Draft& d = layout->drafts[di];
    if (di == o) continue;
    if (k == 0) {
      if (!d.title.empty()) continue;
      const double s =
          Containment(h, std::string_view(ParagraphsText(m, d.paragraphs, 0, 1)));
      if (s > best) {
        best = s;
        best_draft = static_cast<int>(di);
        best_k = 0;
      }
      continue;
    }
    if (!MayStartBodyAt(m, d, k)) continue;
    const double lede =
        Containment(h, std::string_view(ParagraphsText(m, d.paragraphs, k, k + 1)));
    if (lede < kOrphanMatch) continue;
    const double head = static_cast<double>(index->HeadCount(m, *layout, di, k, h)) /
                        static_cast<double>(h.size());
    const double s = lede - 0.5 * head;
    if (s > best) {
      best = s;
      best_draft = static_cast<int>(di);
      best_k = k;
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
  index->Moved(static_cast<size_t>(best_draft), best_k, o);
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
  std::unique_ptr<OrphanIndex> index;  // made for the first orphan
  for (size_t o = 0; o < drafts.size(); ++o) {
    if (!drafts[o].paragraphs.empty()) continue;
    if (!index) index = std::make_unique<OrphanIndex>(m, *layout);
    if (FindOrphanBody(m, o, layout, index.get())) {
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
