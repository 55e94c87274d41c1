#include "segment/headline.h"

#include "segment/chars.h"
#include "segment/line_class.h"
#include "segment/words.h"

namespace baokan::segment {
namespace {

std::string_view LineOf(const PageModel& m, int item) { return PieceText(m, m.items[item].piece); }

bool NextToWideGap(const PageModel& m, const HeadBlock& b) {
  const Block& blk = m.blocks[m.items[b.items.front()].block];
  return blk.blanks_before >= 2 || blk.blanks_after >= 2;
}

// True when `s` opens more quotes or brackets than it closes.
bool Unbalanced(std::string_view s) {
  int depth = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (c == U'"' || c == U'\'') continue;  // undirected: cannot tell
    if (IsOpeningMark(c)) ++depth;
    if (IsClosingMark(c) && depth > 0) --depth;
  }
  return depth > 0;
}

char32_t FirstChar(std::string_view s) {
  size_t p = 0;
  return s.empty() ? 0 : NextCodePoint(s, &p);
}

bool HasInnerSpace(std::string_view s) {
  for (size_t p = 0; p < s.size();) {
    if (IsSpaceChar(NextCodePoint(s, &p))) return true;
  }
  return false;
}

void AddPieces(const PageModel& m, const HeadBlock& b, std::vector<Piece>* out) {
  for (int i : b.items) out->push_back(m.items[i].piece);
}

void ToNoise(const PageModel& m, const HeadBlock& b, const char* reason,
             std::vector<NoisePiece>* noise) {
  for (int i : b.items) noise->push_back({m.items[i].piece, reason});
}

// Whether `l2` is surely the rest of `l1` wrapped: the break cuts a word
// (the second line no longer than the first), leaves a quote or bracket
// open, or the second line is a short remainder or opens with a particle
// that cannot start a headline. Weaker than OneWrappedTitle: line lengths
// alone say nothing.
bool SurelyWrapped(std::string_view l1, std::string_view l2) {
  constexpr size_t kWrapRemainder = 2;
  constexpr std::u32string_view kNoLineStart = U"的地得了着过们吗呢吧";
  const size_t n1 = VisibleLength(Undouble(l1));
  const size_t n2 = VisibleLength(Undouble(l2));
  return Unbalanced(l1) || n2 <= kWrapRemainder ||
         kNoLineStart.find(FirstChar(TrimSpace(l2))) != std::u32string_view::npos ||
         (n2 <= n1 && LineBreakSplitsWord(l1, l2));
}

// Whether a headline line opens with a word that goes on with a clause
// begun above it and opens no title (是, 也, 都, 就, 才, 却, 而, 并, 但, 及):
// 中国式现代化 / 是中国共产党领导的社会主义现代化 is one title.
bool ContinuesClause(std::string_view line) {
  static constexpr std::u32string_view kContinuing = U"是也都就才却而并但及";
  return kContinuing.find(FirstChar(TrimSpace(line))) != std::u32string_view::npos;
}

// Whether two lines of a headline block are one title wrapped: surely
// (SurelyWrapped), or both are short, or the first is, or the second is the
// first's title tag alone, or the first fills the page's headline measure
// (`measure`, PageModel::head_wrap_columns; 0: none) and the second is
// shorter.
bool OneWrappedTitle(std::string_view l1, std::string_view l2, size_t measure) {
  constexpr size_t kShortLine = 12;
  constexpr size_t kVeryShortLine = 6;
  constexpr size_t kVeryShortSlack = 2;
  const size_t n1 = VisibleLength(Undouble(l1));
  const size_t n2 = VisibleLength(Undouble(l2));
  // A title tag the layout put on a line of its own: 某某某 / （人民时评）.
  const bool tag = IsOpenParen(FirstChar(TrimSpace(l2))) &&
                   FindTitleTag(std::string(l1) + std::string(TrimSpace(l2))).has_value();
  if (IsSeriesLabel(l1) && !IsSeriesLabel(l2) && n2 > n1) return false;  // kicker + title
  // A line wider than the measure belongs to a wider headline: the measure
  // says nothing about where it breaks.
  constexpr size_t kMeasureSlack = 1;  // display columns: a half-width mark
  const size_t w1 = DisplayColumns(TrimSpace(l1));
  const bool fills_measure =
      measure > 0 && w1 >= measure && w1 <= measure + kMeasureSlack && n2 < n1;
  // A very short first line wraps a title only when the rest is not much
  // longer (辽宁主场 / 力克广东) or goes on with its clause (中国式现代化 /
  // 是…); over a line twice as long it is a column name or a kicker (以案释法 /
  // 微信群“拼手气”红包也可能涉赌): a wrap fills its first line.
  const bool very_short_wrap =
      n1 <= kVeryShortLine && (n2 < 2 * n1 + kVeryShortSlack || ContinuesClause(l2));
  return tag || (n1 <= kShortLine && n2 <= kShortLine && n2 < 2 * n1 + kVeryShortSlack) ||
         very_short_wrap || fills_measure || SurelyWrapped(l1, l2);
}

// Where the second of exactly two wrapped units starts among the lines
// items[first, end) of a headline block, or `end` when the lines are not two
// units: every break but one is SurelyWrapped, and that one is not.
size_t SecondUnitStart(const PageModel& m, const std::vector<int>& items, size_t first,
                       size_t end) {
  size_t hard = end;
  for (size_t i = first + 1; i < end; ++i) {
    if (SurelyWrapped(LineOf(m, items[i - 1]), LineOf(m, items[i]))) continue;
    if (hard != end) return end;  // three units or more
    hard = i;
  }
  return hard;
}

// A column name printed as a block of its own over a headline: one line of
// at most kMaxColumnName characters, no space, no kicker ending (社会传真), or
// a padded label (简　讯).
bool IsColumnName(std::string_view line) {
  constexpr size_t kMaxColumnName = 6;
  if (IsPaddedLabel(line)) return true;  // 简　讯
  return VisibleLength(line) <= kMaxColumnName && !HasInnerSpace(line) && !EndsAsKicker(line);
}

// Longest column name printed over a kicker in one block (民生观察).
constexpr size_t kMaxStackedColumn = 6;

// Whether two headline lines over a ——subtitle are one wrapped title rather
// than the full stack's kicker and title (引题, 主题): the break surely cuts
// the title, or the lines read as one wrapped title and the second is the
// shorter (a wrap's remainder; a title under its kicker is as long or longer).
bool WrappedOverSubtitle(const PageModel& m, int i1, int i2) {
  const std::string_view l1 = LineOf(m, i1);
  const std::string_view l2 = LineOf(m, i2);
  return SurelyWrapped(l1, l2) || (OneWrappedTitle(l1, l2, m.head_wrap_columns) &&
                                   VisibleLength(Undouble(l2)) < VisibleLength(Undouble(l1)));
}

// Most lines of a kicker printed as a block of its own over the title.
constexpr size_t kMaxKickerLines = 2;

// Whether a headline block holds a subtitle line (one opening with ——)
// under its first line.
bool CarriesSubtitle(const PageModel& m, const HeadBlock& b) {
  for (size_t i = 1; i < b.items.size(); ++i) {
    if (TrimSpace(LineOf(m, b.items[i])).starts_with("——")) return true;
  }
  return false;
}

// Title block of two lines: kicker + title, one title, a couplet, or title +
// subtitle (see docs/split.md, "Two-line headlines").
// A digest's note of the title the piece first ran under: 原标题：… / 原题：….
bool IsOriginalTitleNote(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  return s.starts_with("原标题") || s.starts_with("原题");
}

// Characters by which the second of two unmarked headline lines must be the
// longer for the first to be its kicker (凝聚科技工作者智慧力量 /
// 传播科学知识引领社会新风尚, two more, is a title and its subtitle).
constexpr size_t kKickerShorterBy = 3;

// Whether unmarked headline line `l1` is the kicker of `l2` by length: `l2`
// is kKickerShorterBy or more characters longer and no 原标题 note. With
// `apart` (the two printed as blocks of their own, a gap between) `l2` must
// also hold no clause mark: a longer line of two clauses set apart under a
// title is its subtitle (农户点点数字屏『种』杨梅 / 瓯海丁岙梅抢鲜上市,产值大幅提升).
bool KickerByLength(std::string_view l1, std::string_view l2, bool apart) {
  if (VisibleLength(Undouble(l2)) < VisibleLength(Undouble(l1)) + kKickerShorterBy ||
      IsOriginalTitleNote(l2) || EndsAsKicker(l2) || TrimSpace(l2).starts_with("——")) {
    return false;
  }
  for (size_t p = 0; apart && p < l2.size();) {
    if (IsClauseMark(NextCodePoint(l2, &p))) return false;
  }
  return true;
}

void AssignTwoLines(const PageModel& m, int i1, int i2, Draft* d) {
  const std::string_view l1 = LineOf(m, i1);
  const std::string_view l2 = LineOf(m, i2);
  const Piece p1 = m.items[i1].piece;
  const Piece p2 = m.items[i2].piece;
  if (EndsAsKicker(l1) ||
      (IsSeriesLabel(l1) && !IsSeriesLabel(l2) && VisibleLength(l2) > VisibleLength(l1))) {
    d->kicker.push_back(p1);
    d->title.push_back(p2);
  } else if (OneWrappedTitle(l1, l2, m.head_wrap_columns)) {
    d->title = {p1, p2};  // one title wrapped over two lines
  } else if (VisibleLength(l1) <= kMaxStackedColumn && !HasInnerSpace(l1) && d->column.empty() &&
             !IsOpeningMark(FirstChar(l1)) && !ContinuesClause(l2)) {
    d->column.push_back(p1);  // a column name over a longer title: 以案释法 / 微信群…
    d->title.push_back(p2);
  } else if (IsOpeningMark(FirstChar(l1)) && FirstChar(l1) == FirstChar(l2)) {
    d->title = {p1, p2};  // a couplet: “面对面”… / “实打实”…
    d->title_spaced = true;
  } else if ((HasInnerSpace(l1) && !HasInnerSpace(l2)) || KickerByLength(l1, l2, /*apart=*/false)) {
    // 世预赛亚洲区第二阶段 / 国足客场逼平对手保留出线希望: the kicker (引题) names
    // the event, the longer title the news; a subtitle under its title is
    // as long or shorter (地铁5号线南延段开始试运行 / 预计6月底开通初期运营).
    d->kicker.push_back(p1);
    d->title.push_back(p2);
  } else {
    d->title.push_back(p1);
    d->subtitle.push_back(p2);
  }
}

// Whether three headline lines are a column name over a title wrapped on the
// other two (乡村振兴一线 / 两岁女童幼儿园撞破头索精神赔偿 / 获支持): the first is
// a column name and no wrap of a title (OneWrappedTitle with the second says
// no), the other two are one title wrapped and the second is the shorter
// (WrappedOverSubtitle).
bool ColumnOverWrappedTitle(const PageModel& m, int i0, int i1, int i2) {
  const std::string_view l0 = LineOf(m, i0);
  return IsColumnName(l0) && !OneWrappedTitle(l0, LineOf(m, i1), m.head_wrap_columns) &&
         WrappedOverSubtitle(m, i1, i2);
}

// Title block of one or more lines printed without gaps: a column name, kicker
// lines (ending in —— or a colon), the title, subtitle lines (from the first
// line that opens with —— on). With a subtitle below, of two lines left the
// first is the kicker unless they are one wrapped title (WrappedOverSubtitle).
void AssignTitleBlock(const PageModel& m, const HeadBlock& b, Draft* d) {
  const std::vector<int>& items = b.items;
  const size_t n = items.size();
  size_t end = n;  // [end, n): subtitle
  for (size_t i = 1; i < n; ++i) {
    if (TrimSpace(LineOf(m, items[i])).starts_with("——")) {
      end = i;
      break;
    }
  }
  size_t first = 0;  // [0, first): column and kickers
  for (size_t i = 0; i + 1 < end; ++i) {
    if (EndsAsKicker(LineOf(m, items[i]))) first = i + 1;
  }
  size_t k = 0;
  if (first >= 2 && d->column.empty() && !EndsAsKicker(LineOf(m, items[0])) &&
      VisibleLength(LineOf(m, items[0])) <= kMaxStackedColumn) {
    d->column.push_back(m.items[items[0]].piece);  // 民生观察 / 某某—— / title
    k = 1;
  }
  for (; k < first; ++k) d->kicker.push_back(m.items[items[k]].piece);
  for (size_t i = end; i < n; ++i) d->subtitle.push_back(m.items[items[i]].piece);
  const size_t left = end - first;
  if (left == 2 && end < n && !WrappedOverSubtitle(m, items[first], items[first + 1])) {
    d->kicker.push_back(m.items[items[first]].piece);
    d->title.push_back(m.items[items[first + 1]].piece);
  } else if (left == 2 && end == n) {
    AssignTwoLines(m, items[first], items[first + 1], d);
  } else if (left == 3 && end == n && d->column.empty() &&
             ColumnOverWrappedTitle(m, items[first], items[first + 1], items[first + 2])) {
    d->column.push_back(m.items[items[first]].piece);
    d->title.push_back(m.items[items[first + 1]].piece);
    d->title.push_back(m.items[items[first + 2]].piece);
  } else {
    // Three or more lines: one title, unless they read as two wrapped units
    // (a title and a subtitle, each maybe wrapped: 某地粮食总产量创历 / 史新高 /
    // 引导农户科学种田).
    const size_t cut = end == n && left >= 3 ? SecondUnitStart(m, items, first, end) : end;
    for (size_t i = first; i < cut; ++i) d->title.push_back(m.items[items[i]].piece);
    for (size_t i = cut; i < end; ++i) d->subtitle.push_back(m.items[items[i]].piece);
  }
}

// Drops head blocks that are photo captions: one-line blocks beside a wide
// gap (the picture), when another block can be the headline.
std::vector<HeadBlock> DropCaptions(const PageModel& m, const std::vector<HeadBlock>& heads,
                                    std::vector<NoisePiece>* noise) {
  bool any_plain = false;
  for (const HeadBlock& h : heads) {
    if (!(h.items.size() == 1 && NextToWideGap(m, h))) any_plain = true;
  }
  std::vector<HeadBlock> kept;
  for (const HeadBlock& h : heads) {
    const bool candidate = h.items.size() == 1 && NextToWideGap(m, h);
    if (candidate && (any_plain || !kept.empty())) {
      ToNoise(m, h, "caption", noise);
    } else {
      kept.push_back(h);
    }
  }
  return kept;
}

// Whether a block holds a line the layout says is its stack's title.
bool HasKnownTitle(const PageModel& m, const HeadBlock& b) {
  for (int i : b.items) {
    if (m.lines[m.items[i].piece.line].known_title) return true;
  }
  return false;
}

// Roles from the layout's type sizes (a PDF page): the block in the largest
// type is the title; above it a short first block is the column name and the
// others are kickers; below it the first is the subtitle, the rest captions.
// False when no block holds a known title line.
bool AssignKnownTitle(const PageModel& m, const std::vector<HeadBlock>& heads, Draft* d,
                      std::vector<NoisePiece>* noise) {
  constexpr size_t kMaxColumnName = 6;
  size_t t = 0;
  while (t < heads.size() && !HasKnownTitle(m, heads[t])) ++t;
  if (t == heads.size()) return false;
  for (size_t i = 0; i < t; ++i) {
    const std::string_view first = LineOf(m, heads[i].items[0]);
    const bool column = i == 0 && heads[i].items.size() == 1 && d->column.empty() &&
                        VisibleLength(first) <= kMaxColumnName && !EndsAsKicker(first);
    AddPieces(m, heads[i], column ? &d->column : &d->kicker);
  }
  AddPieces(m, heads[t], &d->title);
  for (size_t i = t + 1; i < heads.size(); ++i) {
    if (i == t + 1 && d->subtitle.empty()) {
      AddPieces(m, heads[i], &d->subtitle);
    } else {
      ToNoise(m, heads[i], "caption", noise);
    }
  }
  return true;
}

}  // namespace

std::string HeadBlockText(const PageModel& m, const HeadBlock& b) {
  std::string out;
  for (int i : b.items) out.append(LineOf(m, i));
  return out;
}

void AssignLeadingHeadline(const PageModel& m, const std::vector<HeadBlock>& blocks, Draft* d,
                           std::vector<NoisePiece>* noise) {
  std::vector<HeadBlock> heads;
  int jump_at = -1;  // index in `heads` of the block next to a jump marker
  for (const HeadBlock& b : blocks) {
    if (b.kind == ItemKind::kDateline) {
      for (int i : b.items) d->dateline.push_back(m.items[i].piece);
    } else if (b.kind == ItemKind::kJump) {
      for (int i : b.items) d->jump.push_back(m.items[i].piece);
      // The headline beside the marker: the block before it, else after it.
      jump_at = heads.empty() ? 0 : static_cast<int>(heads.size()) - 1;
    } else {
      heads.push_back(b);
    }
  }
  if (heads.empty()) return;
  if (jump_at >= 0) {
    // Captions cannot sit between a jump marker and its headline; keep the
    // marked block and treat the others as usual.
    const int title = std::min<int>(jump_at, static_cast<int>(heads.size()) - 1);
    for (int i = 0; i < title; ++i) {
      const HeadBlock& h = heads[i];
      const std::string_view text = LineOf(m, h.items.back());
      if (i == 0 && h.items.size() == 1 && VisibleLength(text) <= 6 && title > 0) {
        AddPieces(m, h, &d->column);
      } else if (EndsAsKicker(text)) {
        AddPieces(m, h, &d->kicker);
      } else {
        ToNoise(m, h, "layout", noise);
      }
    }
    AssignTitleBlock(m, heads[title], d);
    for (size_t i = title + 1; i < heads.size(); ++i) {
      if (i == static_cast<size_t>(title) + 1 && d->subtitle.empty()) {
        AddPieces(m, heads[i], &d->subtitle);
      } else {
        ToNoise(m, heads[i], "caption", noise);
      }
    }
    return;
  }
  if (AssignKnownTitle(m, heads, d, noise)) return;
  heads = DropCaptions(m, heads, noise);
  size_t idx = 0;
  const size_t k = heads.size();
  if (k >= 2 && heads[0].items.size() == 1 && IsColumnName(LineOf(m, heads[0].items[0]))) {
    AddPieces(m, heads[0], &d->column);
    idx = 1;
  }
  while (idx + 1 < k) {
    const bool series =
        heads[idx].items.size() == 1 && IsSeriesLabel(LineOf(m, heads[idx].items[0]));
    const bool this_kicker = EndsAsKicker(LineOf(m, heads[idx].items.back())) || series;
    const bool next_kicker =
        heads[idx + 1].items.size() == 1 && EndsAsKicker(LineOf(m, heads[idx + 1].items.back()));
    // A stack's title carries its subtitle below it, so what stands above
    // a block of a title and a ——subtitle is a kicker (引题).
    const bool over_stack = heads[idx].items.size() <= kMaxKickerLines &&
                            CarriesSubtitle(m, heads[idx + 1]) && !CarriesSubtitle(m, heads[idx]);
    // The last two blocks, one line each, the second much the longer
    // (小空间激活大治理 / 社区“共享菜园”收获满满): kicker and title, as in one
    // block (AssignTwoLines).
    const bool shorter_kicker = idx + 2 == k && heads[idx].items.size() == 1 &&
                                heads[idx + 1].items.size() == 1 &&
                                KickerByLength(LineOf(m, heads[idx].items[0]),
                                               LineOf(m, heads[idx + 1].items[0]), /*apart=*/true);
    if (!this_kicker && !next_kicker && !over_stack && !shorter_kicker) break;
    AddPieces(m, heads[idx], &d->kicker);
    ++idx;
  }
  if (idx >= k) return;
  AssignTitleBlock(m, heads[idx], d);
  ++idx;
  if (idx < k && d->subtitle.empty()) {
    AddPieces(m, heads[idx], &d->subtitle);
    ++idx;
  }
  for (; idx < k; ++idx) ToNoise(m, heads[idx], "caption", noise);
}

void AssignTrailingHeadline(const PageModel& m, const std::vector<HeadBlock>& blocks, Draft* d,
                            std::vector<NoisePiece>* noise) {
  std::vector<HeadBlock> heads;
  for (const HeadBlock& b : blocks) {
    if (b.kind == ItemKind::kDateline && d->dateline.empty()) {
      for (int i : b.items) d->dateline.push_back(m.items[i].piece);
    } else if (b.kind == ItemKind::kHead) {
      heads.push_back(b);
    } else {
      ToNoise(m, b, "layout", noise);
    }
  }
  heads = DropCaptions(m, heads, noise);
  if (heads.empty()) return;
  d->title_after = true;
  size_t first = 0;
  // A kicker of its own over the title: a series label (产业升级观察) or a
  // line ending in —— or a colon; or a column name (人民时评), as over a
  // headline printed above its body.
  if (heads.size() >= 2 && heads[0].items.size() == 1) {
    const std::string_view line = LineOf(m, heads[0].items[0]);
    if (IsSeriesLabel(line) || EndsAsKicker(line)) {
      AddPieces(m, heads[0], &d->kicker);
      first = 1;
    } else if (IsColumnName(line) && d->column.empty()) {
      AddPieces(m, heads[0], &d->column);
      first = 1;
    }
  }
  AssignTitleBlock(m, heads[first], d);
  size_t idx = first + 1;
  if (idx < heads.size() && d->subtitle.empty()) {
    AddPieces(m, heads[idx], &d->subtitle);
    ++idx;
  }
  for (; idx < heads.size(); ++idx) ToNoise(m, heads[idx], "caption", noise);
}

std::string TitleValue(const PageModel& m, const Draft& d, bool printed) {
  std::string out;
  for (const Piece& p : d.title) {
    if (!out.empty() && d.title_spaced) out.push_back(' ');
    out.append(Undouble(printed ? PrintedText(m, p) : PieceText(m, p)));
  }
  return out;
}

}  // namespace baokan::segment
