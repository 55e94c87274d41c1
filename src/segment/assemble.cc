// Items -> drafts: bodies, the headline groups between them, bylines and
// trailers (see layout.h and docs/split.md).

#include <algorithm>
#include <optional>

#include "segment/chars.h"
#include "segment/headline.h"
#include "segment/layout.h"
#include "segment/line_class.h"
#include "segment/similarity.h"

namespace baokan::segment {
namespace {

enum class ElemKind { kBody, kGroup, kOpenByline, kCloseByline, kSource };

// Where a page prints its headlines relative to their bodies.
enum class HeadOrder { kUnknown, kBefore, kAfter };

struct Element {
  ElemKind kind;
  std::vector<Paragraph> paragraphs;  // kBody
  std::vector<HeadBlock> blocks;      // kGroup
  std::vector<int> items;             // bylines, sources
  bool opener = false;                // kBody after 本报讯; kOpenByline from 本报讯
  bool wide_gap = false;              // kGroup: a caption or a wide gap beside it
  bool lead_box = false;              // kBody: opens with a lead box label (核心阅读)
  std::vector<Piece> jump_to;         // kBody: forward jump markers after it
  int draft = -1;                     // kBody: its draft
  bool all_up = false;                // kGroup: every block went to the body above
};

Element MakeElement(ElemKind kind) {
  Element e;
  e.kind = kind;
  return e;
}

// The text next to a headline that decides where it belongs: the end of the
// body above, the start of the body below (about 1000 characters).
constexpr size_t kNearBytes = 3000;

// Longest column name a one-line title can be taken for (DemoteTitle).
constexpr size_t kMaxColumnName = 10;

// Longest photo caption printed as a body paragraph (DropPhotoCaptions).
constexpr size_t kMaxPhotoCaption = 120;

// Word overlap that makes a headline between two bodies clearly one side's
// (MergeSubheads): for lines of more than six characters, and for shorter
// ones, whose one shared word is a third of their bigrams.
constexpr double kClearLean = 0.3;
constexpr double kClearLeanShort = 0.6;

// Minimum difference of word overlap that decides between two bodies.
constexpr double kDecisive = 0.15;

// Fewest bigrams a headline must share with a body for the overlap to say
// anything: one or two common words (教育, 资源) turn up in any body.
constexpr size_t kMinTellingBigrams = 3;

// How much more of headline `h`'s bigrams occur in `a_text` than in
// `b_text` (a containment difference in [-1, 1]), or 0 when the side it
// leans to shares fewer than kMinTellingBigrams with it.
double Lean(const Bigrams& h, std::string_view a_text, std::string_view b_text) {
  if (h.empty()) return 0.0;
  const size_t in_a = h.CountIn(a_text);
  const size_t in_b = h.CountIn(b_text);
  if (std::max(in_a, in_b) < kMinTellingBigrams) return 0.0;
  return (static_cast<double>(in_a) - static_cast<double>(in_b)) / static_cast<double>(h.size());
}

class Assembler {
 public:
  explicit Assembler(const PageModel& m) : m_(m) {}

  PageLayout Run() {
    BuildElements();
    MergeLeadBoxes();
    MergeSubheads();
    MakeDrafts();
    AttachBylinesAndTrailers();
    AttachGroups();
    DropPhotoCaptions();
    return std::move(out_);
  }

 private:
  std::string_view Text(int item) const { return PieceText(m_, m_.items[item].piece); }

  // The first (from_end: last) pieces of a body, about kNearBytes of text:
  // what a headline next to it is compared with.
  std::string NearText(const std::vector<Paragraph>& ps, bool from_end) const {
    std::vector<std::string_view> parts;
    size_t bytes = 0;
    const size_t n = ps.size();
    for (size_t i = 0; i < n && bytes < kNearBytes; ++i) {
      const Paragraph& p = ps[from_end ? n - 1 - i : i];
      const size_t m = p.pieces.size();
      for (size_t j = 0; j < m && bytes < kNearBytes; ++j) {
        const std::string_view t = PieceText(m_, p.pieces[from_end ? m - 1 - j : j]);
        parts.push_back(t);
        bytes += t.size();
      }
    }
    if (from_end) std::reverse(parts.begin(), parts.end());
    std::string s;
    s.reserve(bytes);
    for (std::string_view t : parts) s.append(t);
    return s;
  }
  std::string Head(const std::vector<Paragraph>& ps) const { return NearText(ps, false); }
  std::string Tail(const std::vector<Paragraph>& ps) const { return NearText(ps, true); }

  // Adds a body item to the last element (a body) as a wrap of its last
  // paragraph, or as a new paragraph.
  void AddBody(int i) {
    const Item& it = m_.items[i];
    Element& e = elems_.back();
    bool new_para = e.paragraphs.empty() || it.label || it.verse;
    if (!new_para) {
      const Piece& last = e.paragraphs.back().pieces.back();
      const int last_block = m_.items[last_item_].block;
      if (e.paragraphs.back().subhead) {
        new_para = true;
      } else if (it.block != last_block && EndsSentence(PieceText(m_, last))) {
        new_para = true;
      }
    }
    if (new_para) e.paragraphs.emplace_back();
    e.paragraphs.back().pieces.push_back(it.piece);
    if (it.label) e.paragraphs.back().subhead = true;
    if (it.lead && e.paragraphs.size() == 1) e.lead_box = true;
    last_item_ = i;
  }

  void BuildElements() {
    const int n = static_cast<int>(m_.items.size());
    bool noise_since = false;
    for (int i = 0; i < n; ++i) {
      const Item& it = m_.items[i];
      switch (it.kind) {
        case ItemKind::kCaption:
        case ItemKind::kDebris:
          out_.noise.push_back({it.piece, it.kind == ItemKind::kCaption ? "caption" : "layout"});
          noise_since = true;
          if (!elems_.empty() && elems_.back().kind == ElemKind::kGroup) {
            elems_.back().wide_gap = true;
          }
          continue;
        case ItemKind::kBody:
          if (elems_.empty() || elems_.back().kind != ElemKind::kBody || it.opener) {
            elems_.push_back(MakeElement(ElemKind::kBody));
            elems_.back().opener = it.opener;
          }
          AddBody(i);
          break;
        case ItemKind::kHead:
        case ItemKind::kDateline:
        case ItemKind::kJump: {
          if (it.kind == ItemKind::kJump && it.jump_to) {
            // 下转第2版 ends the body above it (past its closing byline).
            int body = static_cast<int>(elems_.size()) - 1;
            while (body >= 0 && (elems_[body].kind == ElemKind::kCloseByline ||
                                 elems_[body].kind == ElemKind::kSource)) {
              --body;
            }
            if (body >= 0 && elems_[body].kind == ElemKind::kBody) {
              elems_[body].jump_to.push_back(it.piece);
            } else {
              out_.noise.push_back({it.piece, "jump"});
            }
            continue;
          }
          if (elems_.empty() || elems_.back().kind != ElemKind::kGroup) {
            elems_.push_back(MakeElement(ElemKind::kGroup));
            if (noise_since) elems_.back().wide_gap = true;
          }
          std::vector<HeadBlock>& bl = elems_.back().blocks;
          const bool same_block = !bl.empty() && bl.back().kind == ItemKind::kHead &&
                                  it.kind == ItemKind::kHead &&
                                  m_.items[bl.back().items.back()].block == it.block;
          if (same_block) {
            bl.back().items.push_back(i);
          } else {
            bl.push_back({it.kind, {i}});
          }
          break;
        }
        case ItemKind::kByline: {
          BylineRole role = it.role;
          if (role == BylineRole::kNone) role = PlainBylineRole(i);
          if (role == BylineRole::kCloses && CreditUnderHeadline(it)) {
            // A picture between a headline (and its byline) and the body.
            out_.noise.push_back({it.piece, "caption"});
            noise_since = true;
            continue;
          }
          const ElemKind k =
              role == BylineRole::kCloses ? ElemKind::kCloseByline : ElemKind::kOpenByline;
          if (elems_.empty() || elems_.back().kind != k || it.opener) {
            elems_.push_back(MakeElement(k));
            elems_.back().opener = it.opener;
          }
          elems_.back().items.push_back(i);
          break;
        }
        case ItemKind::kSource:
          // A wrapped trailer gives two items on consecutive lines.
          if (elems_.empty() || elems_.back().kind != ElemKind::kSource ||
              m_.items[elems_.back().items.back()].piece.line + 1 != it.piece.line) {
            elems_.push_back(MakeElement(ElemKind::kSource));
          }
          elems_.back().items.push_back(i);
          break;
      }
      noise_since = false;
    }
  }

  // A photo credit alone on its line (张三摄) that follows a headline or an
  // opening byline, not a body: it credits a picture printed between the
  // headline and its body, and closes nothing.
  bool CreditUnderHeadline(const Item& it) const {
    if (elems_.empty()) return false;
    const ElemKind last = elems_.back().kind;
    if (last != ElemKind::kGroup && last != ElemKind::kOpenByline) return false;
    bool alone = false;
    return EndsWithPhotoCredit(PieceText(m_, it.piece), &alone) && alone;
  }

  // A byline line without brackets or bullet opens the body that follows it
  // when one does, unless it comes right after a body and ends in 摄.
  BylineRole PlainBylineRole(int i) const {
    const bool after_body = !elems_.empty() && elems_.back().kind == ElemKind::kBody;
    int j = i + 1;
    while (j < static_cast<int>(m_.items.size()) &&
           (m_.items[j].kind == ItemKind::kByline || m_.items[j].kind == ItemKind::kCaption)) {
      ++j;
    }
    const bool before_body = j < static_cast<int>(m_.items.size()) &&
                             m_.items[j].kind == ItemKind::kBody && !m_.items[j].opener;
    if (before_body && !after_body) return BylineRole::kOpens;
    // Between two bodies: the one above has its byline already (an opener or
    // an opening byline), so this one opens the body below.
    if (after_body && before_body) return BylineRole::kOpens;
    if (after_body) return BylineRole::kCloses;
    return BylineRole::kOpens;
  }

  // A lead box (核心阅读 and its summary) is printed between the headline and
  // the byline of its article: the box, the byline and the body after it are
  // one article, the byline opening it. So is a body after the box that opens
  // with its dispatch (核心阅读 / summary / 本报北京5月3日电（记者 某某）body):
  // the opener's byline and its body, but no other opener's body.
  void MergeLeadBoxes() {
    std::vector<Element> out;
    for (size_t i = 0; i < elems_.size(); ++i) {
      Element& e = elems_[i];
      const bool byline_next = i + 1 < elems_.size() &&
                               (elems_[i + 1].kind == ElemKind::kOpenByline ||
                                elems_[i + 1].kind == ElemKind::kCloseByline);
      if (e.kind == ElemKind::kBody && e.lead_box && byline_next && i + 2 < elems_.size() &&
          elems_[i + 2].kind == ElemKind::kBody &&
          (!elems_[i + 2].opener || elems_[i + 1].opener)) {
        Element byline = std::move(elems_[i + 1]);
        byline.kind = ElemKind::kOpenByline;
        Element& body = elems_[i + 2];
        e.paragraphs.insert(e.paragraphs.end(), body.paragraphs.begin(), body.paragraphs.end());
        e.jump_to.insert(e.jump_to.end(), body.jump_to.begin(), body.jump_to.end());
        out.push_back(std::move(byline));
        out.push_back(std::move(e));
        i += 2;
        continue;
      }
      out.push_back(std::move(e));
    }
    elems_ = std::move(out);
  }

  static bool IsOneHeadBlock(const Element& g) {
    return g.blocks.size() == 1 && g.blocks[0].kind == ItemKind::kHead &&
           g.blocks[0].items.size() <= 2;
  }

  // A lone headline-shaped block between two parts of one body is a subhead:
  // the text before it ends a sentence, the text after it has no opener, no
  // picture gap surrounds it, and it does not clearly belong to one side.
  // Whether the page's blank lines separate pieces only: of the blocks after
  // a blank line, at least kMinBlankRuns and none open with body text that
  // no opener starts (a paragraph). On such a page a headline after a blank
  // line is no subhead of the text above it.
  bool BlanksSeparatePieces() const {
    constexpr int kMinBlankRuns = 3;
    int runs = 0;
    std::vector<bool> seen(m_.blocks.size(), false);
    for (const Item& it : m_.items) {
      if (it.block < 0 || seen[it.block]) continue;
      seen[it.block] = true;
      if (!AfterBlank(it.block)) continue;
      if (it.kind == ItemKind::kBody && !it.opener) return false;
      ++runs;
    }
    return runs >= kMinBlankRuns;
  }

  // Whether a blank line precedes block `b` (a block split off inside a run
  // of lines follows none, whatever its blanks_before says).
  bool AfterBlank(int b) const {
    const int first = m_.blocks[b].first_line;
    return first > 0 && m_.lines[first].number > m_.lines[first - 1].number + 1;
  }

  void MergeSubheads() {
    // On a page that prints its headlines above their bodies, a body followed
    // by a headline and a byline is no short piece titled below.
    const bool titles_below_possible = PageHeadOrder() != HeadOrder::kBefore;
    const bool blanks_separate = BlanksSeparatePieces();
    std::vector<Element> merged;
    for (size_t i = 0; i < elems_.size(); ++i) {
      Element& e = elems_[i];
      // A body that jumps to another page (下转) is over on this one.
      if (e.kind == ElemKind::kGroup && IsOneHeadBlock(e) && !merged.empty() &&
          merged.back().kind == ElemKind::kBody && merged.back().jump_to.empty() &&
          i + 1 < elems_.size() &&
          elems_[i + 1].kind == ElemKind::kBody && !elems_[i + 1].opener) {
        Element& a = merged.back();
        const Element& b = elems_[i + 1];
        const HeadBlock& hb = e.blocks[0];
        const Block& blk = m_.blocks[m_.items[hb.items.front()].block];
        const std::vector<Piece>& last = a.paragraphs.back().pieces;
        const bool complete = EndsSentence(PieceText(m_, last.back()));
        const bool wide = blk.blanks_before >= 2 || blk.blanks_after >= 2;
        if (!complete && wide && !a.paragraphs.back().subhead) {
          // A picture's caption inside a sentence the layout cut in two.
          for (int it : hb.items) out_.noise.push_back({m_.items[it].piece, "caption"});
          Paragraph& cut = a.paragraphs.back();
          const Paragraph& rest = b.paragraphs.front();
          cut.pieces.insert(cut.pieces.end(), rest.pieces.begin(), rest.pieces.end());
          a.paragraphs.insert(a.paragraphs.end(), b.paragraphs.begin() + 1, b.paragraphs.end());
          a.jump_to.insert(a.jump_to.end(), b.jump_to.begin(), b.jump_to.end());
          ++i;
          continue;
        }
        if (complete && !wide && !e.wide_gap && !(blanks_separate && AfterBlank(m_.items[hb.items.front()].block)) &&
            !(titles_below_possible && EndsShortPiece(i + 1) && !SubheadLength(hb)) &&
            !LooksLikeTitle(hb) &&
            !IsCreditedCaption(i + 1)) {
          const Bigrams h(HeadBlockText(m_, hb));
          const double sa = Containment(h, Tail(a.paragraphs));
          const double sb = Containment(h, Head(b.paragraphs));
          // A short line has few bigrams: one shared word is no lean.
          const double clear = SubheadLength(hb) ? kClearLeanShort : kClearLean;
          const bool to_a = sa - sb >= clear && sb < 0.25 && !HasTitleBefore(merged);
          const bool to_b = sb - sa >= clear && sa < 0.25 && EndsPiece(i + 1);
          if (!to_a && !to_b) {
            Paragraph sub;
            sub.subhead = true;
            for (int it : hb.items) sub.pieces.push_back(m_.items[it].piece);
            a.paragraphs.push_back(sub);
            for (const Paragraph& p : b.paragraphs) a.paragraphs.push_back(p);
            a.jump_to.insert(a.jump_to.end(), b.jump_to.begin(), b.jump_to.end());
            ++i;  // b consumed (its forward jump, if any, now ends a)
            continue;
          }
        }
      }
      merged.push_back(std::move(e));
    }
    elems_ = std::move(merged);
  }

  // A one-line headline block of at most kMaxShortSubhead characters: shorter
  // than news titles run, the length of a feature's subheads (创新驱动).
  bool SubheadLength(const HeadBlock& hb) const {
    constexpr size_t kMaxShortSubhead = 6;
    return hb.items.size() == 1 && VisibleLength(TrimSpace(Text(hb.items[0]))) <= kMaxShortSubhead;
  }

  // A headline wrapped over two lines: the second line is the shorter rest of
  // the first, and neither carries a stack's mark (a kicker's 某某—— or a
  // subtitle's ——某某 make two lines a stack, which a feature's subheads can
  // be too). A subhead is set to fit its column; a headline that wraps was
  // set larger than the column holds.
  bool WrappedHeadline(const HeadBlock& hb) const {
    if (hb.items.size() != 2) return false;
    const std::string_view first = Text(hb.items[0]);
    const std::string_view rest = Text(hb.items[1]);
    if (EndsAsKicker(first) || rest.starts_with("——")) return false;
    return DisplayColumns(rest) < DisplayColumns(first);
  }

  // A headline block that is a new article's title rather than a subhead: it
  // carries a title tag （钟声）, is wider than the body's column (a headline
  // spanning columns), wraps (WrappedHeadline), or the layout set it in
  // headline type (SplitOptions::only_layout_headlines). Kicker dashes alone say
  // nothing here: features print their subheads as kicker + line too
  // (爱如潮涌—— / 京城的“礼物”…).
  bool LooksLikeTitle(const HeadBlock& hb) const {
    if (WrappedHeadline(hb)) return true;
    // Where the layout told all the headlines (by type size), its
    // headlines are titles: its subheads are in body type.
    if (m_.only_layout_headlines) return true;
    for (int it : hb.items) {
      const std::string_view t = Text(it);
      if (FindTitleTag(t) || WiderThanColumn(m_, t)) {
        return true;
      }
    }
    return false;
  }

  // Whether body element `b` is followed by a headline and then an opening
  // byline: it is then a short piece whose title is printed after it.
  bool EndsShortPiece(size_t b) const {
    if (b + 2 >= elems_.size()) return false;
    return elems_[b + 1].kind == ElemKind::kGroup &&
           (elems_[b + 2].kind == ElemKind::kOpenByline ||
            (elems_[b + 2].kind == ElemKind::kBody && elems_[b + 2].opener));
  }

  // Whether body element `b` ends a piece: a closing byline or a trailer
  // follows it, or the page ends.
  bool EndsPiece(size_t b) const {
    if (b + 1 >= elems_.size()) return true;
    const ElemKind k = elems_[b + 1].kind;
    return k == ElemKind::kCloseByline || k == ElemKind::kSource;
  }

  // Whether the last body of `elems` has a headline group before it. A group
  // right after another body that leans towards that body (its title printed
  // after it, as on pages of short items) is not the last body's.
  bool HasTitleBefore(const std::vector<Element>& elems) const {
    const Element& last = elems.back();
    for (size_t k = elems.size() - 1; k-- > 0;) {
      const Element& e = elems[k];
      if (e.kind == ElemKind::kGroup) {
        // The body above the group, through its closing lines.
        size_t above_body = k;
        while (above_body > 0 && (elems[above_body - 1].kind == ElemKind::kCloseByline ||
                                  elems[above_body - 1].kind == ElemKind::kSource)) {
          --above_body;
        }
        if (above_body > 0 && elems[above_body - 1].kind == ElemKind::kBody) {
          std::string heads;
          for (const HeadBlock& b : e.blocks) heads += HeadBlockText(m_, b);
          const Bigrams h(heads);
          if (Lean(h, Tail(elems[above_body - 1].paragraphs), Head(last.paragraphs)) >=
              kDecisive) {
            return false;
          }
        }
        return true;
      }
      if (e.kind == ElemKind::kBody || e.kind == ElemKind::kCloseByline ||
          e.kind == ElemKind::kSource) {
        return false;
      }
    }
    return false;
  }

  void MakeDrafts() {
    for (Element& e : elems_) {
      if (e.kind != ElemKind::kBody) continue;
      e.draft = static_cast<int>(out_.drafts.size());
      Draft d;
      d.paragraphs = e.paragraphs;
      d.jump_to = e.jump_to;
      d.closed = !e.jump_to.empty();  // it goes on on another page
      d.starts_with_opener = e.opener;
      out_.drafts.push_back(std::move(d));
    }
  }

  // The draft of the nearest body before (dir -1) or after (dir +1) element
  // i, looking past bylines and trailers but not past a headline group.
  int NeighbourDraft(int i, int dir, bool through_bylines) const {
    for (int k = i + dir; k >= 0 && k < static_cast<int>(elems_.size()); k += dir) {
      const Element& e = elems_[k];
      if (e.kind == ElemKind::kBody) return e.draft;
      if (e.kind == ElemKind::kGroup) return -1;
      if (!through_bylines) return -1;
    }
    return -1;
  }

  void AttachBylinesAndTrailers() {
    for (int i = 0; i < static_cast<int>(elems_.size()); ++i) {
      Element& e = elems_[i];
      if (e.kind == ElemKind::kOpenByline) {
        int d = NeighbourDraft(i, +1, true);
        if (d >= 0) {
          out_.drafts[d].starts_with_opener = true;
        } else {
          d = NeighbourDraft(i, -1, true);
        }
        AddBylines(e, d);
      } else if (e.kind == ElemKind::kCloseByline) {
        int d = NeighbourDraft(i, -1, true);
        bool after_title = false;
        if (d < 0 && i >= 2 && elems_[i - 1].kind == ElemKind::kGroup &&
            elems_[i - 2].kind == ElemKind::kBody) {
          d = elems_[i - 2].draft;  // after the title printed under its body
          after_title = true;
        }
        if (d < 0) d = NeighbourDraft(i, +1, true);
        AddBylines(e, d);
        if (d >= 0) {
          bool alone = false;
          if (e.items.size() == 1 && EndsWithPhotoCredit(Text(e.items[0]), &alone) && alone) {
            out_.drafts[d].closing_credit = m_.items[e.items[0]].piece;
          }
          out_.drafts[d].closed = true;
          out_.drafts[d].closed_after_title |= after_title;
        }
      } else if (e.kind == ElemKind::kSource) {
        const int d = NeighbourDraft(i, -1, true);
        const bool take = d >= 0 && out_.drafts[d].source.empty();
        for (int it : e.items) {
          if (take) {
            out_.drafts[d].source.push_back(m_.items[it].piece);
            out_.drafts[d].closed = true;
          } else {
            out_.noise.push_back({m_.items[it].piece, "source"});
          }
        }
      }
    }
  }

  // Where a photo caption starts in a body: paragraph and piece (line).
  struct CaptionAt {
    size_t paragraph = 0;
    size_t piece = 0;
  };

  // A picture's caption printed as body text: the end of a body closed by a
  // photo credit alone on its line (…。 / 新华社记者 某某摄), from a line that
  // opens as a caption does (图为…, 4月12日，…) after a sentence's end, at
  // most kMaxPhotoCaption characters (CaptionStart). Caption and credit go to
  // the noise; a body that was nothing but the caption, with no headline,
  // goes whole.
  void DropPhotoCaptions() {
    std::vector<Draft> kept;
    for (Draft& d : out_.drafts) {
      const std::optional<CaptionAt> start =
          d.closing_credit ? CaptionStart(d.paragraphs) : std::nullopt;
      if (!start) {
        kept.push_back(std::move(d));
        continue;
      }
      const bool headed = !d.title.empty() || !d.kicker.empty() || !d.dateline.empty() ||
                          !d.column.empty() || !d.jump.empty() || d.starts_with_opener;
      if (start->paragraph == 0 && start->piece == 0 && headed) {
        kept.push_back(std::move(d));  // a photo story: headline, caption, credit
        continue;
      }
      for (size_t i = start->paragraph; i < d.paragraphs.size(); ++i) {
        const std::vector<Piece>& pieces = d.paragraphs[i].pieces;
        for (size_t j = i == start->paragraph ? start->piece : 0; j < pieces.size(); ++j) {
          out_.noise.push_back({pieces[j], "caption"});
        }
      }
      d.paragraphs.resize(start->paragraph + 1);
      d.paragraphs.back().pieces.resize(start->piece);
      if (d.paragraphs.back().pieces.empty()) d.paragraphs.pop_back();
      if (!d.byline.empty() && d.byline.back() == *d.closing_credit) {
        out_.noise.push_back({d.byline.back(), "caption"});  // else it is noise already
        d.byline.pop_back();
      }
      if (!d.paragraphs.empty()) {
        kept.push_back(std::move(d));
        continue;
      }
      for (const std::vector<Piece>* part :
           {&d.column, &d.kicker, &d.title, &d.subtitle, &d.dateline, &d.byline, &d.source,
            &d.jump, &d.jump_to}) {
        for (const Piece& p : *part) out_.noise.push_back({p, "caption"});
      }
    }
    out_.drafts = std::move(kept);
  }

  // Whether body element `b` is nothing but a photo caption closed by a
  // credit alone on its line (see DropPhotoCaptions): no subhead is printed
  // over a picture's caption.
  bool IsCreditedCaption(size_t b) const {
    if (b + 1 >= elems_.size() || elems_[b + 1].kind != ElemKind::kCloseByline ||
        elems_[b + 1].items.size() != 1) {
      return false;
    }
    const std::optional<CaptionAt> at = CaptionStart(elems_[b].paragraphs);
    bool alone = false;
    return at && at->paragraph == 0 && at->piece == 0 &&
           EndsWithPhotoCredit(Text(elems_[b + 1].items[0]), &alone) && alone;
  }

  // Where the photo caption at the end of `paras` starts: the last line, at
  // most kMaxPhotoCaption characters from the end, that opens as a caption
  // does at a paragraph's start or right after a sentence's end (on a page
  // without blank lines the caption can share a paragraph with the body
  // above, or be cut in two), or nullopt.
  std::optional<CaptionAt> CaptionStart(const std::vector<Paragraph>& paras) const {
    size_t length = 0;
    for (size_t i = paras.size(); i-- > 0;) {
      const Paragraph& para = paras[i];
      if (para.subhead) return std::nullopt;
      for (size_t j = para.pieces.size(); j-- > 0;) {
        const std::string_view line = PieceText(m_, para.pieces[j]);
        length += VisibleLength(line);
        if (length > kMaxPhotoCaption) return std::nullopt;
        if ((j == 0 || EndsSentence(PieceText(m_, para.pieces[j - 1]))) &&
            (StartsAsCaption(line) || OpensWithDayAndComma(line))) {
          return CaptionAt{i, j};
        }
      }
    }
    return std::nullopt;
  }

  void AddBylines(const Element& e, int d) {
    for (int it : e.items) {
      const Piece& p = m_.items[it].piece;
      const bool credit = EndsWithCredit(PieceText(m_, p));
      if (d < 0 || (credit && !out_.drafts[d].byline.empty())) {
        out_.noise.push_back({p, credit ? "caption" : "byline"});
      } else {
        out_.drafts[d].byline.push_back(p);
      }
    }
  }

  static bool EndsWithCredit(std::string_view s) {
    s = TrimSpace(s);
    return s.size() >= 3 && s.substr(s.size() - 3) == "摄";
  }

  // Whether a headline block can be a title on its own: no column name (one
  // line of at most kMaxColumnLabel characters), no kicker (…—— or …：), no
  // subtitle (——…).
  bool HeadlineOfItsOwn(const HeadBlock& hb) const {
    constexpr size_t kMaxColumnLabel = 6;
    if (hb.kind != ItemKind::kHead || hb.items.empty()) return false;
    const std::string_view first = TrimSpace(Text(hb.items.front()));
    const std::string_view last = Text(hb.items.back());
    if (hb.items.size() == 1 && VisibleLength(first) <= kMaxColumnLabel) return false;
    return !first.starts_with("——") && !EndsAsKicker(last);
  }

  // Whether body draft d's first body item follows an opener (本报讯, an
  // opening byline, a jump marker in its group).
  bool BodyOpens(int elem) const {
    const Element& b = elems_[elem];
    if (b.opener) return true;
    return elem > 0 && elems_[elem - 1].kind == ElemKind::kOpenByline;
  }

  // Whether body element `b` opens an article (本报讯, an opening byline)
  // with no headline group before it: at the top of the page, or right after
  // another article's body or closing lines. Such a body's title can only be
  // printed after it (a column of short items titled below their bodies).
  // A group all of whose blocks went to the body above it (AttachGroup ran
  // on it already) counts as no headline before `b`.
  bool OpensWithoutHeadline(int b) const {
    if (!BodyOpens(b)) return false;
    int k = b - 1;
    if (k >= 0 && elems_[k].kind == ElemKind::kOpenByline) --k;
    return k < 0 || elems_[k].kind != ElemKind::kGroup || elems_[k].all_up;
  }

  // Where the page prints headlines, judged from its ends: a page that
  // starts with a headline and ends with a body prints them above their
  // bodies; one that starts with a body and ends with a headline, below.
  HeadOrder PageHeadOrder() const {
    int first_body = -1, last_body = -1;
    for (int i = 0; i < static_cast<int>(elems_.size()); ++i) {
      if (elems_[i].kind != ElemKind::kBody) continue;
      if (first_body < 0) first_body = i;
      last_body = i;
    }
    if (first_body < 0) return HeadOrder::kUnknown;
    bool head_first = false, head_last = false;
    for (int i = 0; i < first_body; ++i) head_first |= elems_[i].kind == ElemKind::kGroup;
    for (int i = last_body + 1; i < static_cast<int>(elems_.size()); ++i) {
      head_last |= elems_[i].kind == ElemKind::kGroup;
    }
    if (head_first && !head_last) return HeadOrder::kBefore;
    if (!head_first && head_last) return HeadOrder::kAfter;
    return HeadOrder::kUnknown;
  }

  void AttachGroups() {
    order_ = m_.headlines_above ? HeadOrder::kBefore : PageHeadOrder();
    for (int i = 0; i < static_cast<int>(elems_.size()); ++i) {
      if (elems_[i].kind != ElemKind::kGroup) continue;
      AttachGroup(i);
    }
  }

  int NextBodyElem(int i) const {
    for (int k = i + 1; k < static_cast<int>(elems_.size()); ++k) {
      if (elems_[k].kind == ElemKind::kBody) return k;
      if (elems_[k].kind != ElemKind::kOpenByline) return -1;
    }
    return -1;
  }
  int PrevBodyElem(int i) const {
    for (int k = i - 1; k >= 0; --k) {
      if (elems_[k].kind == ElemKind::kBody) return k;
      if (elems_[k].kind == ElemKind::kGroup) return -1;
    }
    return -1;
  }

  void AttachGroup(int gi) {
    const Element& g = elems_[gi];
    const std::vector<HeadBlock>& blocks = g.blocks;
    const int m = static_cast<int>(blocks.size());
    const int ae = PrevBodyElem(gi);
    const int be = NextBodyElem(gi);
    Draft* a = ae >= 0 ? &out_.drafts[elems_[ae].draft] : nullptr;
    Draft* b = be >= 0 ? &out_.drafts[elems_[be].draft] : nullptr;
    // Blocks from the first dateline or jump marker on (and the headline
    // right before a marker) belong to the body below.
    int anchor = m;
    for (int k = 0; k < m; ++k) {
      if (blocks[k].kind == ItemKind::kDateline) {
        anchor = k;
        break;
      }
      if (blocks[k].kind == ItemKind::kJump) {
        anchor = (k > 0 && blocks[k - 1].kind == ItemKind::kHead) ? k - 1 : k;
        break;
      }
    }
    // A title run into the first line of the body below (【某某】正文) is that
    // body's, whatever comes before it.
    if (b && !b->paragraphs.empty() && !b->paragraphs.front().pieces.empty() &&
        m_.items[blocks.back().items.back()].piece.line == b->paragraphs.front().pieces.front().line) {
      anchor = std::min(anchor, m - 1);
    }
    int s = 0;  // blocks [0, s) go to the body above
    const bool a_titled = a && !a->title.empty();
    if (m_.headlines_above) {
      // The layout put every headline above its body: nothing goes up.
    } else if (a && a_titled && b && BodyOpens(be) && anchor > 0 && DemoteTitle(*a, blocks[0], be)) {
      s = 1;
    } else if (a && !a_titled) {
      // A body closed by its byline or a note is usually over: its title was
      // printed before it. On a page whose headlines come after their bodies,
      // or where the words say so, the title follows the closing line.
      const bool a_open = !a->closed || a->closed_after_title;
      if (!b || (a_open && IsCreditedCaption(be))) {  // a caption takes no headline from A
        if (a_open || order_ == HeadOrder::kAfter) s = anchor;
      } else {
        const std::string a_text = Tail(a->paragraphs);
        const std::string b_text = Head(b->paragraphs);
        // Undecided blocks go with the page's habit: below their body on a
        // page that ends with a headline and starts with a body, else above a
        // body that opens with 本报讯 or a byline.
        const bool prefer_a =
            order_ == HeadOrder::kAfter ||
            (a_open && order_ == HeadOrder::kUnknown && BodyOpens(be));
        // An article that opened without a headline takes the first one
        // after it, whatever the page's habit.
        const bool a_needs_title = a_open && OpensWithoutHeadline(ae);
        while (s < anchor) {
          if (blocks[s].kind != ItemKind::kHead) break;
          const Bigrams h(HeadBlockText(m_, blocks[s]));
          const double d = Lean(h, a_text, b_text);
          // Two headlines between an untitled body and the next: one each.
          const bool one_each = s == 0 && anchor >= 2 && a->jump.empty() &&
                                HeadlineOfItsOwn(blocks[0]) && HeadlineOfItsOwn(blocks[1]);
          // A headline printed on the line right above what follows it (no
          // gap between them) is set with it.
          const int last_item = blocks[s].items.back();
          const bool glued_below =
              last_item + 1 < static_cast<int>(m_.items.size()) &&
              m_.lines[m_.items[last_item + 1].piece.line].number ==
                  m_.lines[m_.items[last_item].piece.line].number + 1;
          const bool needed = s == 0 && a_needs_title && !glued_below;
          if (d >= kDecisive || (d > -kDecisive && (prefer_a || one_each || needed))) {
            ++s;
          } else {
            break;
          }
        }
      }
    }
    if (s > 0) {
      AssignTrailingHeadline(m_, {blocks.begin(), blocks.begin() + s}, a, &out_.noise);
    }
    if (s == m) {
      elems_[gi].all_up = true;
      return;
    }
    // The rest goes to the body below; each dateline but the last opens a
    // headline whose body is elsewhere on the page (an orphan). Lines above
    // the first dateline (a column name) stay with it.
    std::vector<HeadBlock> rest(blocks.begin() + s, blocks.end());
    std::vector<std::vector<HeadBlock>> parts(1);
    bool has_dateline = false;  // the current part has one
    for (size_t k = 0; k < rest.size(); ++k) {
      if (rest[k].kind == ItemKind::kDateline) {
        if (has_dateline) parts.emplace_back();
        has_dateline = true;
      }
      parts.back().push_back(rest[k]);
    }
    for (size_t p = 0; p < parts.size(); ++p) {
      const bool last = p + 1 == parts.size();
      if (last && b && b->title.empty() && b->dateline.empty() && b->jump.empty()) {
        AssignLeadingHeadline(m_, parts[p], b, &out_.noise);
      } else {
        Draft orphan;
        AssignLeadingHeadline(m_, parts[p], &orphan, &out_.noise);
        out_.drafts.push_back(std::move(orphan));
        // `a` and `b` may have moved.
        a = ae >= 0 ? &out_.drafts[elems_[ae].draft] : nullptr;
        b = be >= 0 ? &out_.drafts[elems_[be].draft] : nullptr;
      }
    }
  }

  // A short one-line title over a body that is followed by another headline
  // and then an opening byline was a column name: the new headline is the
  // title (column over the piece, title printed below its body).
  bool DemoteTitle(Draft& a, const HeadBlock& first, int be) {
    // A closed article (a closing byline or trailer after its body) is over:
    // what follows is the next one's.
    // (An article under its title with its own byline is a normal one.)
    if (a.closed || !a.byline.empty() || a.title.size() != 1 || !a.kicker.empty() ||
        !a.subtitle.empty() ||
        !a.column.empty() ||
        !a.dateline.empty() || !a.jump.empty() || a.title_after || first.kind != ItemKind::kHead) {
      return false;
    }
    // A column name is short and plain: Han characters only (no quotes,
    // colons or digits, which headlines have).
    const std::string_view name = PieceText(m_, a.title[0]);
    if (VisibleLength(name) > kMaxColumnName) return false;
    for (size_t p = 0; p < name.size();) {
      const char32_t c = NextCodePoint(name, &p);
      if (!IsHan(c) && !IsSpaceChar(c)) return false;
    }
    const Bigrams h(HeadBlockText(m_, first));
    if (Lean(h, Head(elems_[be].paragraphs), Tail(a.paragraphs)) >= kDecisive) return false;
    a.column = a.title;
    a.title.clear();
    return true;
  }

  const PageModel& m_;
  HeadOrder order_ = HeadOrder::kUnknown;
  std::vector<Element> elems_;
  PageLayout out_;
  int last_item_ = -1;
};

}  // namespace

PageLayout Assemble(const PageModel& model) { return Assembler(model).Run(); }

}  // namespace baokan::segment
