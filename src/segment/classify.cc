// Page text -> lines, blocks and classified items (see layout.h).

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <optional>

#include "base/char_fold.h"
#include "segment/chars.h"
#include "segment/layout.h"
#include "segment/line_class.h"

namespace baokan::segment {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(start, nl - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    if (nl == text.size()) break;
    start = nl + 1;
  }
  if (!out.empty() && out.back().empty() && !text.empty() && text.back() == '\n') out.pop_back();
  return out;
}

bool StartsWithSpace(std::string_view s) {
  if (s.empty()) return false;
  size_t p = 0;
  return IsSpaceChar(NextCodePoint(s, &p));
}

// A poem's first stanza has at least kMinVerseLines lines; a later one at
// least kMinStanzaLines.
constexpr int kMinVerseLines = 3;
constexpr int kMinStanzaLines = 2;
// Longest line of verse.
constexpr size_t kMaxVerseLine = 20;
// Longest title of one poem in a group (组诗).
constexpr size_t kMaxPartTitle = 6;
// Columns of a paragraph's first-line indent (two full-width spaces).
constexpr size_t kParagraphIndent = 4;

// A line of verse: short, and a sentence end, if any, only at its end
// (河水醒来的时候, 像一封没有寄出的信。).
bool IsVerseLine(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  const size_t n = VisibleLength(s);
  if (n == 0 || n > kMaxVerseLine) return false;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (IsSentenceEnd(c) && p < s.size()) return false;
  }
  return true;
}

// The label of an index box: a short line ending in 导读, 要目 or 目录
// (今日导读, 本期要目).
bool IsIndexLabel(std::string_view line) {
  constexpr size_t kMaxIndexLabel = 6;
  const std::string_view s = TrimSpace(line);
  if (VisibleLength(s) > kMaxIndexLabel) return false;
  for (std::string_view w : {"导读", "要目", "目录"}) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

// A headline-shaped line, white space, then a page's code: an optional
// Latin letter and 1 or 2 digits (A4, 12).
bool EndsWithEditionCode(std::string_view line) {
  constexpr size_t kMaxCodeDigits = 2;
  const std::string_view s = TrimSpace(line);
  size_t p = s.size();
  size_t digits = 0;
  while (p > 0 && digits <= kMaxCodeDigits) {
    size_t q = p;
    const char32_t c = PrevCodePoint(s, &q);
    if (c < U'0' || c > U'9') break;
    p = q;
    ++digits;
  }
  if (digits == 0 || digits > kMaxCodeDigits) return false;
  if (p > 0) {
    size_t q = p;
    const char32_t c = PrevCodePoint(s, &q);
    if ((c >= U'A' && c <= U'Z')) p = q;
  }
  size_t q = p;
  if (p == 0 || !IsSpaceChar(PrevCodePoint(s, &q))) return false;
  return IsHeadlineShape(TrimSpace(s.substr(0, q)), 0);
}

// Longest second line of a wrapped closing note or caption.
constexpr size_t kMaxWrappedTail = 24;

// A line after which a new unit (headline, byline) may start: it ends a
// sentence, or is a byline, a closing note, a trailer, a credit, a folio
// line, a forward jump or a date.
bool ClosesUnit(std::string_view text) {
  if (EndsSentence(text) || IsClosingNote(text) || IsFolioLine(text) || IsDateOnlyLine(text) ||
      FindSourceTrailer(text) || EndsWithPhotoCredit(text) || IsGraphicSourceLine(text)) {
    return true;
  }
  const std::optional<BylineLine> b = ParseBylineLine(text);
  if (b && b->form != BylineForm::kPlain) return true;
  const std::optional<JumpMarker> j = FindJumpMarker(text);
  return j && !j->continued_from;
}

// Where a closing note printed after the last sentence of a body line opens
// in `line` ("…便利了。（本报记者 丙丁）"), or nullopt. When the note opens
// there and closes on `next` (the following line of the block, or empty),
// within kMaxWrappedTail characters ("…（本报记者 丙" / "丁 戊己）"), *wraps is
// set. Text must stand before the note: a line that is nothing but a note
// is IsClosingNote's.
std::optional<size_t> TrailingClosingNote(std::string_view line, std::string_view next,
                                          bool* wraps) {
  line = line.substr(0, SkipSpacesBack(line, line.size()));
  // The last opening bracket, full-width or ASCII (a byte search: most body
  // lines have none).
  const size_t wide = line.rfind("（");
  const size_t ascii = line.rfind('(');
  size_t open = wide;
  if (ascii != std::string_view::npos && (wide == std::string_view::npos || ascii > wide)) {
    open = ascii;
  }
  if (open == std::string_view::npos || open == 0 ||
      !EndsSentence(line.substr(0, SkipSpacesBack(line, open)))) {
    return std::nullopt;
  }
  const std::string_view note = line.substr(open);
  *wraps = false;
  if (note.ends_with("）") || note.ends_with(")")) {
    // A pen name too: the text before it ends a sentence (…300余份。（陈　楠）).
    if (IsClosingNote(note) || IsPenNameNote(note)) return open;
    return std::nullopt;
  }
  next = TrimSpace(next);
  if (next.empty() || VisibleLength(next) > kMaxWrappedTail ||
      !(next.ends_with("）") || next.ends_with(")"))) {
    return std::nullopt;
  }
  std::string joined(note);
  joined.append(next);
  if (!IsClosingNote(joined)) return std::nullopt;
  *wraps = true;
  return open;
}

// A closing note or a caption that the layout wrapped over two lines:
// （本报记者 甲 乙 丙 / 丁 戊）, 图为…。 新华社记 / 者 张三摄. True when `first`
// and `second` read as one of them only together.
bool WrappedNote(std::string_view first, std::string_view second) {
  if (VisibleLength(second) > kMaxWrappedTail) return false;
  const bool bracket = first.starts_with("（") || first.starts_with("(");
  // Cheap tests first: a note's second line closes the bracket, a caption's
  // ends in a credit.
  if (bracket ? !(second.ends_with("）") || second.ends_with(")"))
              : !EndsWithPhotoCredit(second)) {
    return false;
  }
  std::string joined(first);
  joined.append(second);
  if (bracket) return !IsClosingNote(first) && IsClosingNote(joined);
  return !IsCreditedCaption(first) && IsCreditedCaption(joined);
}

// Longest rest of a headline the layout wrapped onto a line of its own
// (某大学校长力捧十三岁新 / 生).
constexpr size_t kMaxWrapRemainder = 2;

bool IsWrapRemainder(std::string_view text) {
  return VisibleLength(text) <= kMaxWrapRemainder && !EndsSentence(text);
}

// Longest section name printed beside a folio line (要闻, 国际, 视点).
constexpr size_t kMaxSectionName = 6;

// What MarkFolio finds a line to be.
enum class Folio : char { kNone, kLine, kSection };

// Folio lines, and the short section name printed right above or below one
// (国际 over 2024年3月12日 星期二 第17版).
std::vector<Folio> MarkFolio(const PageModel& m) {
  const int n = static_cast<int>(m.lines.size());
  std::vector<Folio> folio(n, Folio::kNone);
  for (int i = 0; i < n; ++i) {
    if (IsFolioLine(m.lines[i].text)) folio[i] = Folio::kLine;
  }
  for (int i = 0; i < n; ++i) {
    if (folio[i] != Folio::kLine) continue;
    // A folio that names its section (第7版　大地副刊) has no section line
    // beside it: a short line there is a headline (老屋的灯 / □ 孙晓燕).
    if (FindSectionAfterEdition(m.lines[i].text)) continue;
    for (int j : {i - 1, i + 1}) {
      if (j < 0 || j >= n || folio[j] != Folio::kNone) continue;
      // Printed apart from the text on its other side (a blank line or the
      // page's edge): a headline under the folio runs into its body, and a
      // short line right under another line over the folio is the rest of a
      // headline wrapped at the page's foot (将以某某为 / 题材).
      const bool gap_above = j == 0 || m.lines[j - 1].number < m.lines[j].number - 1;
      const bool gap_below = j + 1 == n || m.lines[j + 1].number > m.lines[j].number + 1;
      const bool apart = j < i ? gap_above || folio[j - 1] != Folio::kNone
                               : gap_above && gap_below;
      const std::string_view t = m.lines[j].text;
      // A title over its author's byline is no section name either.
      const bool over_byline = j > i && j + 1 < n && ParseBylineLine(m.lines[j + 1].text);
      if (apart && std::abs(m.lines[j].number - m.lines[i].number) <= 2 && !over_byline &&
          VisibleLength(t) <= kMaxSectionName && IsHeadlineShape(t, 0) && !EndsAsKicker(t)) {
        folio[j] = Folio::kSection;
      }
    }
  }
  return folio;
}

PageFacts FolioFacts(const PageModel& m, const std::vector<Folio>& folio) {
  std::vector<std::string_view> lines, sections;
  for (size_t i = 0; i < folio.size(); ++i) {
    if (folio[i] == Folio::kLine) lines.push_back(m.lines[i].text);
    if (folio[i] == Folio::kSection) sections.push_back(m.lines[i].text);
  }
  return ReadPageFacts(lines, sections);
}

// Where a byline bracket opened in `rest` (the text after an opener, with
// no closing bracket) closes on `next`: the byte after the closing bracket,
// when it comes within kMaxWrappedTail characters and the bracket names a
// role (记者, 通讯员 ...).
std::optional<size_t> WrappedBracketEnd(std::string_view rest, std::string_view next) {
  rest = TrimSpace(rest);
  size_t p = 0;
  if (rest.empty() || !IsOpenParen(NextCodePoint(rest, &p))) return std::nullopt;
  for (size_t q = p; q < rest.size();) {
    if (IsCloseParen(NextCodePoint(rest, &q))) return std::nullopt;
  }
  size_t n = 0;
  for (size_t q = 0; q < next.size() && n < kMaxWrappedTail; ++n) {
    const size_t at = q;
    const char32_t c = NextCodePoint(next, &q);
    if (IsOpenParen(c)) return std::nullopt;
    if (IsCloseParen(c)) {
      std::string inner(rest.substr(p));
      inner.append(next.substr(0, at));
      if (!HasRoleWord(inner)) return std::nullopt;
      return q;
    }
  }
  return std::nullopt;
}

// The end of a byline bracket that opens `line` (（记者 甲乙）正文), or
// nullopt: a bracket within kMaxLeadingBracket bytes holding a role word.
std::optional<size_t> LeadingBylineBracket(std::string_view line) {
  constexpr size_t kMaxLeadingBracket = 90;
  size_t p = 0;
  while (p < line.size()) {
    size_t q = p;
    if (!IsSpaceChar(NextCodePoint(line, &q))) break;
    p = q;
  }
  const size_t open = p;
  if (p >= line.size() || !IsOpenParen(NextCodePoint(line, &p))) return std::nullopt;
  for (size_t q = p; q < line.size() && q - open <= kMaxLeadingBracket;) {
    const size_t at = q;
    const char32_t c = NextCodePoint(line, &q);
    if (IsOpenParen(c)) return std::nullopt;
    if (IsCloseParen(c)) {
      if (!HasRoleWord(line.substr(p, at - p))) return std::nullopt;
      return q;
    }
  }
  return std::nullopt;
}

// What a line is on its own, whatever the block around it.
enum class Strong { kNone, kByline, kCaption, kClosingNote, kFolio };

// A table's header row: 3 or more cells set apart by white space, none
// with a sentence or clause mark (球队　赛　胜　平　负　积分).
bool IsTableHeader(std::string_view line) {
  constexpr int kMinHeaderCells = 3;
  int cells = 0;
  bool in_cell = false;
  for (size_t p = 0; p < line.size();) {
    const char32_t c = NextCodePoint(line, &p);
    if (IsSentenceEnd(c) || IsClauseMark(c)) return false;
    if (IsSpaceChar(c)) {
      in_cell = false;
    } else if (!in_cell) {
      in_cell = true;
      ++cells;
    }
  }
  return cells >= kMinHeaderCells;
}

// Lines of tables printed as text (IsTableRow), their source lines
// (IsGraphicSourceLine), and the headline-shaped line right above a table's
// first row (its title: 前11个月某省外贸主要数据): graphics, not articles.
std::vector<bool> MarkGraphics(const PageModel& m) {
  const int n = static_cast<int>(m.lines.size());
  std::vector<bool> graphic(n, false);
  for (int i = 0; i < n; ++i) {
    const std::string_view t = m.lines[i].text;
    if (m.lines[i].table_row) {
      graphic[i] = true;
      // Over the first row: the table's header row (cells set apart by
      // white space, 球队　赛　胜　平　负), then its title (C组积分榜).
      int above = i - 1;
      if (above >= 0 && !graphic[above] && m.lines[above].number + 1 == m.lines[i].number &&
          IsTableHeader(m.lines[above].text)) {
        graphic[above] = true;
        --above;
      }
      if (above >= 0 && !graphic[above] && m.lines[above].number + 1 == m.lines[above + 1].number &&
          IsHeadlineShape(m.lines[above].text, 0) && !EndsSentence(m.lines[above].text)) {
        graphic[above] = true;
      }
    } else if (IsGraphicSourceLine(t)) {
      graphic[i] = true;
    }
  }
  return graphic;
}

// A paid notice (招领启事, 遗失声明, 招　聘 …): a block of at least
// kMinNoticeLines lines under a notice heading (IsNoticeHeading), with no
// dispatch opener in it (外交部声明 / 新华社北京…电 is news). Page
// furniture, not an article.
bool IsNotice(const PageModel& m, const Block& b) {
  constexpr int kMinNoticeLines = 3;
  if (b.last_line - b.first_line + 1 < kMinNoticeLines ||
      !IsNoticeHeading(m.lines[b.first_line].text)) {
    return false;
  }
  for (int l = b.first_line + 1; l <= b.last_line; ++l) {
    if (FindOpener(m.lines[l].text)) return false;
  }
  return true;
}

class Classifier {
 public:
  explicit Classifier(PageModel* m) : m_(*m), folio_(MarkFolio(*m)), graphic_(MarkGraphics(*m)) {
    m_.facts = FolioFacts(m_, folio_);
  }

  void Run() {
    for (size_t b = 0; b < m_.blocks.size(); ++b) ClassifyBlock(static_cast<int>(b));
  }

 private:
  void Add(ItemKind kind, int line, size_t begin, size_t end, int block,
           BylineRole role = BylineRole::kNone, bool opener = false) {
    std::string_view text = m_.lines[line].text.substr(begin, end - begin);
    // Shrink the piece to its visible part.
    const std::string_view trimmed = TrimSpace(text);
    if (trimmed.empty()) return;
    begin += static_cast<size_t>(trimmed.data() - text.data());
    end = begin + trimmed.size();
    Item it;
    it.kind = kind;
    it.piece = {line, begin, end};
    it.block = block;
    it.role = role;
    it.opener = opener;
    m_.items.push_back(it);
    // A letter runs from its salutation to the next headline.
    if (kind == ItemKind::kHead) letter_open_ = false;
    if (kind == ItemKind::kBody && opener && IsSalutation(trimmed)) letter_open_ = true;
  }

  // The line's own markers: opener, jump marker, 摘自 trailer. Returns false
  // when the line has none (it is then classified as a whole).
  bool SplitMarkers(int line, int block) {
    const std::string_view text = m_.lines[line].text;
    const std::optional<Opener> opener = FindOpener(text);
    const std::optional<JumpMarker> jump = FindJumpMarker(text);
    std::optional<SourceTrailer> source = FindSourceTrailer(text);
    // A trailer wrapped onto the next line of the block.
    std::optional<size_t> open_source;
    if (!source && line < m_.blocks[block].last_line &&
        ClosesSourceTrailer(m_.lines[line + 1].text)) {
      open_source = FindOpenSourceTrailer(text);
    }
    if (!opener && !jump && !source && !open_source && line < m_.blocks[block].last_line &&
        OpensWithAgency(text)) {
      // 本报约翰内斯堡4月12日 / 电（记者 甲乙）正文: the opener itself wrapped.
      const std::string_view next = m_.lines[line + 1].text;
      const std::optional<Opener> whole = FindOpener(std::string(text) + std::string(next));
      if (whole && whole->span.end > text.size()) {
        Add(ItemKind::kByline, line, 0, text.size(), block, BylineRole::kOpens, true);
        byline_continues_ = whole->span.end - text.size();
        return true;
      }
    }
    if (!opener && !jump && !source && !open_source) return false;
    if (opener && !jump && !source && !open_source && line < m_.blocks[block].last_line) {
      // 本报讯（记者 甲 通讯员 乙 / 丙）正文: the byline's bracket wrapped.
      const std::optional<size_t> close =
          WrappedBracketEnd(text.substr(opener->span.end), m_.lines[line + 1].text);
      if (opener->byline.empty() && close) {
        Add(ItemKind::kByline, line, 0, text.size(), block, BylineRole::kOpens, true);
        byline_continues_ = *close;
        return true;
      }
      // 解放军报讯　记者甲、通讯员乙报 / 道：正文: the byline before 报道 wrapped.
      if (opener->byline.empty()) {
        const std::string_view next = m_.lines[line + 1].text;
        const std::optional<Opener> whole = FindOpener(std::string(text) + std::string(next));
        if (whole && !whole->byline.empty() && whole->span.end > text.size() &&
            whole->span.end < text.size() + next.size()) {
          Add(ItemKind::kByline, line, 0, text.size(), block, BylineRole::kOpens, true);
          byline_continues_ = whole->span.end - text.size();
          return true;
        }
      }
      // 本报讯 / （记者 甲乙）正文: the byline's bracket opens the next line.
      const std::optional<size_t> leading = LeadingBylineBracket(m_.lines[line + 1].text);
      if (opener->byline.empty() && TrimSpace(text.substr(opener->span.end)).empty() && leading) {
        Add(ItemKind::kByline, line, 0, text.size(), block, BylineRole::kOpens, true);
        byline_continues_ = *leading;
        return true;
      }
    }
    size_t pos = 0;
    bool after_opener = false;
    if (opener && (!jump || jump->span.begin >= opener->span.end)) {
      Add(ItemKind::kByline, line, 0, opener->span.end, block, BylineRole::kOpens, true);
      pos = opener->span.end;
      after_opener = true;
    }
    size_t body_end = text.size();
    if (source && source->span.begin >= pos) body_end = source->span.begin;
    if (open_source && *open_source >= pos) body_end = std::min(body_end, *open_source);
    if (jump && jump->span.begin >= pos && jump->span.end <= body_end) {
      // Text before the marker is a headline when shaped like one.
      const std::string_view before = text.substr(pos, jump->span.begin - pos);
      if (!TrimSpace(before).empty()) {
        const bool head = !after_opener && IsHeadlineShape(before, 0);
        Add(head ? ItemKind::kHead : ItemKind::kBody, line, pos, jump->span.begin, block);
      }
      Add(ItemKind::kJump, line, jump->span.begin, jump->span.end, block);
      if (!m_.items.empty() && m_.items.back().kind == ItemKind::kJump) {
        m_.items.back().jump_to = !jump->continued_from;
      }
      pos = jump->span.end;
    }
    if (pos < body_end) {
      Add(ItemKind::kBody, line, pos, body_end, block, BylineRole::kNone, after_opener);
    }
    if (source && source->span.begin >= pos) {
      Add(ItemKind::kSource, line, source->span.begin, source->span.end, block);
    }
    if (open_source && *open_source >= pos) {
      Add(ItemKind::kSource, line, *open_source, text.size(), block);
      source_continues_ = true;
    }
    return true;
  }

  // Whether block `b` is verse: kMinVerseLines or more short lines
  // (IsVerseLine), none recognized on its own (`strong`), right under a
  // headline and its author's byline (春天的河流 / □ 林晓 / 河水醒来的时候 /
  // 柳枝正在梳头 / …); or, when the block above was verse (`after_verse`), a
  // further stanza of two or more such lines.
  bool IsVerseBlock(int b, const std::vector<Strong>& strong, bool after_verse) const {
    const Block& blk = m_.blocks[b];
    const int n = blk.last_line - blk.first_line + 1;
    if (n < (after_verse ? kMinStanzaLines : kMinVerseLines)) return false;
    // The place first (cheap), then the lines.
    if (!after_verse && !UnderTitleAndAuthor(b)) return false;
    if (WrappedParagraph(blk)) return false;
    for (int i = 0; i < n; ++i) {
      const std::string_view t = m_.lines[blk.first_line + i].text;
      if (strong[i] != Strong::kNone || !IsVerseLine(t) || FindOpener(t) || IsSalutation(t) ||
          FindJumpMarker(t) || FindSourceTrailer(t)) {
        return false;
      }
    }
    return true;
  }

  // Whether `blk` is a paragraph of prose hard-wrapped in short lines (an
  // essay's under its title and author, 近月楼市成交有所回升，但利率走势仍 /
  // 未明朗，…): its first line indented and every line but the last filling
  // the column. Lines of verse end where the poet ends them.
  bool WrappedParagraph(const Block& blk) const {
    if (!m_.lines[blk.first_line].indented) return false;
    for (int l = blk.first_line; l < blk.last_line; ++l) {
      const size_t indent = l == blk.first_line ? kParagraphIndent : 0;
      if (!FillsColumn(m_, m_.lines[l].text, indent)) return false;
    }
    return true;
  }

  // The first line of the paragraph after the one line `l` is in (an
  // indented line, or the first of a block, within kMaxBriefLines lines),
  // or -1.
  int NextParagraphStart(int l) const {
    const int n = static_cast<int>(m_.lines.size());
    for (int k = l + 1; k < n && k - l <= kMaxBriefLines; ++k) {
      if (m_.lines[k].indented || m_.lines[k].number > m_.lines[k - 1].number + 1) return k;
    }
    return -1;
  }
  // The first line of the paragraph before the one starting at line `l`, or -1.
  int PreviousParagraphStart(int l) const {
    for (int k = l - 1; k >= 0 && l - k <= kMaxBriefLines; --k) {
      if (m_.lines[k].indented || k == 0 || m_.lines[k].number > m_.lines[k - 1].number + 1) {
        return k;
      }
    }
    return -1;
  }
  bool NextParagraphIsSpacedBrief(int l) const {
    const int next = NextParagraphStart(l);
    return next >= 0 && m_.lines[next].indented &&
           FindBriefRunInTitle(m_.lines[next].text, /*colon=*/false).has_value();
  }

  // Whether the line above line `l` (in its block or the one before) ends a
  // sentence.
  bool UnderSentence(int l) const { return l > 0 && EndsSentence(m_.lines[l - 1].text); }

  // Whether block `b` comes right under a headline and its byline (the last
  // two items, the byline in the block before `b`).
  bool UnderTitleAndAuthor(int b) const {
    const size_t k = m_.items.size();
    return k >= 2 && m_.items[k - 1].kind == ItemKind::kByline && m_.items[k - 1].block == b - 1 &&
           m_.items[k - 2].kind == ItemKind::kHead;
  }

  // Whether block `b` has at least `min_lines` lines, all of them verse
  // and none a byline, closing note, credit or folio line.
  bool StanzaShaped(int b, int min_lines) const {
    if (b >= static_cast<int>(m_.blocks.size())) return false;
    const Block& blk = m_.blocks[b];
    if (blk.last_line - blk.first_line + 1 < min_lines) return false;
    for (int l = blk.first_line; l <= blk.last_line; ++l) {
      const std::string_view t = m_.lines[l].text;
      if (!IsVerseLine(t) || ParseBylineLine(t) || IsClosingNote(t) || IsFolioLine(t) ||
          EndsWithPhotoCredit(t)) {
        return false;
      }
    }
    return true;
  }

  // Whether block `b` is the title of one poem of a group (组诗): one line of
  // at most kMaxPartTitle characters, under the group's title and author or
  // inside the group (`after_verse`), over a stanza (稻田 / 风从田埂上走过 / …).
  bool IsPartTitle(int b, bool after_verse) const {
    const Block& blk = m_.blocks[b];
    if (blk.first_line != blk.last_line) return false;
    if (!after_verse && !UnderTitleAndAuthor(b)) return false;
    const std::string_view t = m_.lines[blk.first_line].text;
    return VisibleLength(t) <= kMaxPartTitle && StanzaShaped(b, 1) && StanzaShaped(b + 1, kMinStanzaLines);
  }

  void ClassifyBlock(int b) {
    const Block& blk = m_.blocks[b];
    const int n = blk.last_line - blk.first_line + 1;
    const bool after_verse = verse_open_;
    verse_open_ = false;
    const bool in_briefs = briefs_open_;
    briefs_open_ = n == 1 && IsBriefsLabel(m_.lines[blk.first_line].text);
    // Lines recognized on their own, whatever the block around them.
    std::vector<Strong> strong(n, Strong::kNone);
    std::vector<std::optional<BylineLine>> bylines(n);
    bool prose = n > 4;
    for (int i = 0; i < n; ++i) {
      const std::string_view text = m_.lines[blk.first_line + i].text;
      bylines[i] = ParseBylineLine(text);
      if (bylines[i] && bylines[i]->form != BylineForm::kPlain) strong[i] = Strong::kByline;
      if (IsClosingNote(text) || (IsPenNameNote(text) && UnderSentence(blk.first_line + i))) {
        strong[i] = Strong::kClosingNote;
      }
      // A caption, or a table printed as text with its source line (a
      // closing note next to a table stays one).
      if (IsCreditedCaption(text) ||
          (graphic_[blk.first_line + i] && strong[i] != Strong::kClosingNote)) {
        strong[i] = Strong::kCaption;
      }
      if (folio_[blk.first_line + i] != Folio::kNone) strong[i] = Strong::kFolio;
      // An index box's entry: a headline with its page (某某某（第2版）).
      const std::optional<size_t> pointer = FindPageReferenceTail(text);
      if (pointer && *pointer > 0 && IsHeadlineShape(text.substr(0, *pointer), 0)) {
        strong[i] = Strong::kFolio;
      }
    }
    // Entries of an index box that name their page by its bare code (社区运动会
    // 开幕　A4) under an entry found by its pointer.
    for (int i = 0; i < n; ++i) {
      const bool entry_above = i > 0 ? strong[i - 1] == Strong::kFolio
                                     : last_index_entry_ == blk.first_line - 1;
      if (strong[i] == Strong::kNone && entry_above &&
          EndsWithEditionCode(m_.lines[blk.first_line + i].text)) {
        strong[i] = Strong::kFolio;
      }
    }
    for (int i = 0; i < n; ++i) {
      if (strong[i] == Strong::kFolio) last_index_entry_ = blk.first_line + i;
    }
    // An index box's label (今日导读, 本期要目) over its first entry.
    for (int i = n - 2; i >= 0; --i) {
      if (strong[i] == Strong::kNone && strong[i + 1] == Strong::kFolio &&
          IsIndexLabel(m_.lines[blk.first_line + i].text)) {
        strong[i] = Strong::kFolio;
      }
    }
    for (int i = 0; i + 1 < n; ++i) {
      const std::string_view a = m_.lines[blk.first_line + i].text;
      const std::string_view b2 = m_.lines[blk.first_line + i + 1].text;
      if (strong[i] == Strong::kNone && strong[i + 1] == Strong::kNone && WrappedNote(a, b2)) {
        const Strong kind = IsClosingNote(std::string(a) + std::string(b2)) ? Strong::kClosingNote
                                                                           : Strong::kCaption;
        strong[i] = strong[i + 1] = kind;
      }
    }
    for (int i = 0; i < n && !prose; ++i) {
      if (strong[i] != Strong::kNone || (bylines[i] && n <= 3)) continue;
      const std::string_view text = m_.lines[blk.first_line + i].text;
      if (IsSalutation(text) || IsSidebarLabel(text) || IsDateOnlyLine(text) ||
          IsEnumeratedSubhead(text) || (letter_open_ && IsLetterSignOff(text))) {
        prose = true;  // a letter's opening or signature, a box or a point inside an article
        continue;
      }
      if (FindOpener(text) || FindSourceTrailer(text)) {
        prose = true;
        continue;
      }
      const std::optional<JumpMarker> jump = FindJumpMarker(text);
      if (jump) {
        // Body text after the marker makes the block prose; so do lines
        // after it (the continued body starts under the marker).
        if (!TrimSpace(text.substr(jump->span.end)).empty() || i + 1 < n) prose = true;
        continue;
      }
      // In a block of several lines, a line as long as a wrapped body line
      // that holds a comma is body text (see IsHeadlineShape).
      const size_t width = n >= 2 ? m_.wrap_width : 0;
      const bool remainder = i > 0 && IsWrapRemainder(text) &&
                             IsHeadlineShape(m_.lines[blk.first_line + i - 1].text, 0);
      // A headline may end in ！ or ？: on a page whose paragraphs keep
      // their indents, an unindented line alone in its block that ends so,
      // with no other sentence end, is headline-shaped.
      const bool exclaimed = n == 1 && !m_.indents_lost && !m_.lines[blk.first_line].indented &&
                             IsExclaimedHeadline(text);
      // A two-line headline broken after its first clause's comma
      // (暴雨夜， / 他们守在积水路口), alone in its block.
      const bool clause_break = n == 2 && i == 0 && !m_.lines[blk.first_line].indented &&
                                IsClauseBreakHeadline(text, m_.lines[blk.first_line + 1].text);
      if (!IsHeadlineShape(text, width) && !IsDatelineLine(text) &&
          !m_.lines[blk.first_line + i].known_head && !remainder && !exclaimed && !clause_break) {
        prose = true;
      }
    }
    // Headline-shaped lines over a 上接 marker stay headlines in a prose block.
    int jump_line = -1;
    for (int i = 0; prose && i < n; ++i) {
      const std::string_view text = m_.lines[blk.first_line + i].text;
      const std::optional<JumpMarker> jump = FindJumpMarker(text);
      if (jump) {
        if (jump->continued_from) jump_line = i;
        break;
      }
      if (!IsHeadlineShape(text, 0)) break;
    }
    bool any_debris = false;
    for (int i = 0; !prose && i < n; ++i) {
      if (IsDebrisLine(m_.lines[blk.first_line + i].text) || strong[i] == Strong::kFolio) {
        any_debris = true;
      }
    }
    // A headline-shaped line that continues an unfinished sentence across a
    // single blank line is body text.
    if (!prose && n <= 2 && blk.blanks_before == 1 && !m_.lines[blk.first_line].indented &&
        !m_.lines[blk.first_line].known_head &&
        !m_.items.empty()) {
      const Item& last = m_.items.back();
      const std::string_view above = PieceText(m_, last.piece);
      const bool signed_off = letter_open_ && IsLetterSignOff(above);
      // (Verse ends no sentence: a short line under it is a stanza or a headline.)
      if (last.kind == ItemKind::kBody && last.block == b - 1 && !ClosesUnit(above) && !after_verse &&
          !signed_off && !bylines[0] &&
          !IsDatelineLine(m_.lines[blk.first_line].text) && !any_debris) {
        prose = true;
      }
    }
    // Verse: a poem's lines under its title and author, and its later stanzas.
    if (strong[0] == Strong::kNone && IsPartTitle(b, after_verse)) {  // even a one-character line
      Add(ItemKind::kBody, blk.first_line, 0, m_.lines[blk.first_line].text.size(), b);
      m_.items.back().label = true;  // a paragraph of its own, like a subhead
      m_.items.back().verse = true;
      verse_open_ = true;
      return;
    }
    if (IsVerseBlock(b, strong, after_verse)) {  // however many lines
      for (int i = 0; i < n; ++i) {
        const int line = blk.first_line + i;
        Add(ItemKind::kBody, line, 0, m_.lines[line].text.size(), b);
        m_.items.back().verse = true;
      }
      verse_open_ = true;
      return;
    }
    // A block under the label 广告 alone on its first line is an
    // advertisement, whatever its lines look like; so is a notice (IsNotice).
    if ((n >= 2 && IsAdvertLabel(m_.lines[blk.first_line].text)) || IsNotice(m_, blk)) {
      for (int i = 0; i < n; ++i) {
        const int line = blk.first_line + i;
        Add(ItemKind::kDebris, line, 0, m_.lines[line].text.size(), b);
      }
      return;
    }
    // A block with debris is debris, up to its last debris line; a headline
    // under an index box's last entry is read on its own.
    int first_unread = 0;
    if (!prose && any_debris) {
      // A closing note over the page's footer closes the article above it
      // (…“九小场所”。 / （记者　向　阳） / 2024年10月22日　星期二　第2版).
      int lead = 0;
      while (lead < n && strong[lead] == Strong::kClosingNote) {
        Add(ItemKind::kByline, blk.first_line + lead, 0,
            m_.lines[blk.first_line + lead].text.size(), b, BylineRole::kCloses);
        ++lead;
      }
      int last_debris = n - 1;
      while (last_debris > 0 && strong[last_debris] != Strong::kFolio &&
             !IsDebrisLine(m_.lines[blk.first_line + last_debris].text)) {
        --last_debris;
      }
      const bool index_above = last_index_entry_ == blk.first_line + last_debris;
      const int through = index_above ? last_debris : n - 1;
      for (int i = lead; i <= through; ++i) {
        const int line = blk.first_line + i;
        Add(ItemKind::kDebris, line, 0, m_.lines[line].text.size(), b);
      }
      if (through == n - 1) return;
      first_unread = through + 1;
    }
    for (int i = first_unread; i < n; ++i) {
      const int line = blk.first_line + i;
      const std::string_view text = m_.lines[line].text;
      // The rest of a unit the line above opened comes first, whatever the
      // line looks like on its own.
      if (byline_continues_) {
        // The rest of a byline bracket wrapped from the line above, then body.
        const size_t end = std::min(*byline_continues_, text.size());
        byline_continues_.reset();
        Add(ItemKind::kByline, line, 0, end, b, BylineRole::kOpens, false);
        Add(ItemKind::kBody, line, end, text.size(), b, BylineRole::kNone, true);
        continue;
      }
      if (source_continues_) {
        // The rest of a trailer wrapped from the line above.
        source_continues_ = false;
        Add(ItemKind::kSource, line, 0, text.size(), b);
        continue;
      }
      if (note_continues_) {
        // The rest of a closing note opened at the end of the line above.
        note_continues_ = false;
        Add(ItemKind::kByline, line, 0, text.size(), b, BylineRole::kCloses);
        continue;
      }
      if (strong[i] == Strong::kCaption) {
        Add(ItemKind::kCaption, line, 0, text.size(), b);
        continue;
      }
      if (strong[i] == Strong::kFolio) {
        Add(ItemKind::kDebris, line, 0, text.size(), b);
        continue;
      }
      if (strong[i] == Strong::kClosingNote) {
        Add(ItemKind::kByline, line, 0, text.size(), b, BylineRole::kCloses);
        continue;
      }
      // A plain byline on top of a prose block opens the body under it
      // (本报记者　某某 printed right above the first paragraph).
      const bool opening_plain = prose && i == 0 && n >= 2 && bylines[i] &&
                                 bylines[i]->form == BylineForm::kPlain && !FindDispatch(text);
      if (bylines[i] && (strong[i] != Strong::kNone || !prose || opening_plain)) {
        const BylineForm f = bylines[i]->form;
        BylineRole role = BylineRole::kNone;  // plain: decided by position
        if (f == BylineForm::kBracketed || f == BylineForm::kCredit) role = BylineRole::kCloses;
        if (f == BylineForm::kMarked) role = BylineRole::kOpens;
        Add(ItemKind::kByline, line, 0, text.size(), b, role);
        continue;
      }
      if (SplitMarkers(line, b)) continue;
      // A brief run into its title (【某某】正文) on a paragraph's first line:
      // the title is a headline and the body opens a piece, as after 本报讯.
      std::optional<RunInTitle> run_in = FindRunInTitle(text);
      // In a box of briefs, a paragraph may open with its title and a colon
      // or a full-width space.
      if (!run_in && in_briefs) run_in = FindBriefRunInTitle(text);
      if (in_briefs && prose) briefs_open_ = true;  // the box goes on
      const bool paragraph_start =
          m_.lines[line].indented || i == 0 || EndsSentence(m_.lines[line - 1].text);
      // Without a label, two indented paragraphs in a row that open with a
      // title and white space are briefs too (　　全民健身日活动将在全市铺开　记者…);
      // only on a page that keeps its indents (an extraction that joins
      // columns puts white space inside its lines).
      if (prose && !run_in && m_.lines[line].indented && !m_.indents_lost) {
        const std::optional<RunInTitle> spaced = FindBriefRunInTitle(text, /*colon=*/false);
        if (spaced && (spaced_brief_line_ == PreviousParagraphStart(line) ||
                       NextParagraphIsSpacedBrief(line))) {
          run_in = spaced;
          spaced_brief_line_ = line;
        }
      }
      if (prose && run_in && paragraph_start) {
        Add(ItemKind::kHead, line, run_in->title.begin, run_in->title.end, b);
        Add(ItemKind::kBody, line, run_in->body, text.size(), b, BylineRole::kNone, true);
        continue;
      }
      if (prose && i < jump_line && IsHeadlineShape(text, 0)) {
        Add(ItemKind::kHead, line, 0, text.size(), b);  // the headline over a jump marker
      } else if (prose) {
        bool wraps = false;
        const std::string_view next = i + 1 < n ? m_.lines[line + 1].text : std::string_view();
        if (const std::optional<size_t> note = TrailingClosingNote(text, next, &wraps)) {
          // The article's last sentence, then its closing note.
          Add(ItemKind::kBody, line, 0, *note, b);
          Add(ItemKind::kByline, line, *note, text.size(), b, BylineRole::kCloses);
          note_continues_ = wraps;
          continue;
        }
        // A letter's salutation opens a piece as 本报讯 does.
        Add(ItemKind::kBody, line, 0, text.size(), b, BylineRole::kNone,
            IsSalutation(text) || IsEditorsNote(text));
        bool lead = false;
        if (!m_.items.empty() && IsSidebarLabel(text, &lead)) {
          m_.items.back().label = true;
          m_.items.back().lead = lead;
        } else if (!m_.items.empty() && IsEnumeratedSubhead(text)) {
          m_.items.back().label = true;  // 一是…: a paragraph of its own
        }
      } else if (IsDatelineLine(text)) {
        Add(ItemKind::kDateline, line, 0, text.size(), b);
      } else if (m_.only_layout_headlines && !m_.lines[line].known_head) {
        // A subhead in body type: a paragraph of its own.
        Add(ItemKind::kBody, line, 0, text.size(), b);
        m_.items.back().label = true;
      } else {
        Add(ItemKind::kHead, line, 0, text.size(), b);
      }
    }
    // A one-line block opening with 图为 is a photo caption; a short
    // one-line sentence beside a wide gap may be one (see MarkCaptions).
    if (n == 1 && prose && m_.items.back().kind == ItemKind::kBody &&
        m_.items.back().piece.line == blk.first_line && m_.items.back().piece.begin == 0) {
      const std::string_view text = m_.lines[blk.first_line].text;
      const size_t len = VisibleLength(text);
      const bool wide_gap = blk.blanks_before >= 2 || blk.blanks_after >= 2;
      if (StartsAsCaption(text) && len <= 80) {
        m_.items.back().kind = ItemKind::kCaption;
      } else if (EndsSentence(text) && len <= 40 && wide_gap) {
        m_.items.back().short_sentence = true;
      }
    }
  }

 public:
  // A short sentence beside a picture's gap is its caption when it sits
  // between a headline (or another caption) and the body.
  void MarkCaptions() {
    const int n = static_cast<int>(m_.items.size());
    for (int i = 0; i < n; ++i) {
      Item& it = m_.items[i];
      if (!it.short_sentence || i == 0 || i + 1 >= n) continue;
      const Item& prev = m_.items[i - 1];
      const Item& next = m_.items[i + 1];
      const bool after_head = prev.kind == ItemKind::kHead || prev.kind == ItemKind::kCaption;
      const bool before_body = next.kind == ItemKind::kBody || next.kind == ItemKind::kCaption;
      if (after_head && before_body) it.kind = ItemKind::kCaption;
    }
  }

 private:

  PageModel& m_;
  const std::vector<Folio> folio_;  // per line: page furniture (MarkFolio)
  const std::vector<bool> graphic_;  // per line: part of a table (MarkGraphics)
  bool source_continues_ = false;  // the next line ends a wrapped trailer
  bool letter_open_ = false;       // a salutation opened a letter, no headline since
  bool verse_open_ = false;       // the last block was verse (IsVerseBlock)
  // A briefs label (IsBriefsLabel) opened a box of briefs, and only prose
  // blocks came since.
  bool briefs_open_ = false;
  // The last paragraph read as a brief run into its title after white space
  // without a briefs label, or -1.
  int spaced_brief_line_ = -1;
  // Longest paragraph of a brief, in lines.
  static constexpr int kMaxBriefLines = 12;
  int last_index_entry_ = -2;     // the last line that was page furniture (kFolio)
  bool note_continues_ = false;    // the next line ends a closing note (TrailingClosingNote)
  // The next line ends a wrapped byline bracket at this byte.
  std::optional<size_t> byline_continues_;
};

}  // namespace

namespace {

// Fewest wrapped lines that tell a page's column width.
constexpr size_t kMinWrapLines = 10;

// The width in columns of a wrapped body line: the median width of the
// lines of blocks of three or more lines, or 0 when the page has fewer than
// kMinWrapLines such lines. (A higher percentile would take the widest
// column of a page that mixes column widths for the width of all.)
size_t WrapColumns(const PageModel& m) {
  std::vector<size_t> widths;
  for (const Block& b : m.blocks) {
    if (b.last_line - b.first_line < 2) continue;
    for (int l = b.first_line; l <= b.last_line; ++l) {
      widths.push_back(DisplayColumns(m.lines[l].text));
    }
  }
  if (widths.size() < kMinWrapLines) return 0;
  std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
  return widths[widths.size() / 2];
}

// Longest run of headline lines: kicker, two title lines, subtitle.
constexpr int kMaxHeadRun = 4;
// Lines this many columns apart or less have one width (one wide character).
constexpr size_t kSameWidth = 2;

// A wrapped body line fills its column: its width is the column's give or
// take this many columns (punctuation hung in the margin, a narrow digit),
// or an eighth of the column's width when that is more.
constexpr size_t kMinWidthSlack = 4;

size_t WidthSlack(size_t column_width) { return std::max(kMinWidthSlack, column_width / 8); }

// Whether `text` after `indent` columns fills a column `column_width` wide
// (false when that is 0: no wrapped lines to tell).
bool FillsWidth(size_t column_width, std::string_view text, size_t indent) {
  if (column_width == 0) return false;
  const size_t w = DisplayColumns(text) + indent;
  return w + WidthSlack(column_width) >= column_width && w <= column_width + WidthSlack(column_width);
}

bool FillsColumnOf(const PageLine& line, size_t indent) {
  return FillsWidth(line.column_width, line.text, indent);
}

// On a page whose extraction dropped the paragraph indents, a paragraph's
// first line is one indent (kParagraphIndent columns) short of its column's
// width, give or take kSameWidth.
bool LostItsIndent(const PageLine& line) {
  if (line.column_width == 0) return false;
  const size_t w = DisplayColumns(line.text) + kParagraphIndent;
  return w + kSameWidth >= line.column_width && w <= line.column_width + kSameWidth;
}

// A line that may be part of a headline inside a run of body lines: shaped
// like one, ending no sentence, not as wide as a wrapped body line, and none
// of the lines that are body or bylines by their own form.
bool HeadCandidate(const PageModel& m, const PageLine& line, bool width_matters = true) {
  if (line.known_head) return true;
  if (m.only_layout_headlines) return false;
  const std::string_view text = line.text;
  if (EndsSentence(text) || !IsHeadlineShape(text, m.wrap_width)) return false;
  // A paragraph's first line is as wide as the others with its indent. Lines
  // with a headline stack's marks (a kicker's or subtitle's dash, a title
  // tag) may be as wide as a column.
  const bool stack_mark = text.ends_with("——") || text.starts_with("——") || FindTitleTag(text);
  if (!stack_mark && width_matters &&
      (FillsColumnOf(line, line.indented ? kParagraphIndent : 0) ||
       (m.indents_lost && LostItsIndent(line)))) {
    return false;
  }
  if (IsSalutation(text) || IsSidebarLabel(text) || IsDateOnlyLine(text) || FindOpener(text) ||
      ParseBylineLine(text) || IsClosingNote(text) || IsFolioLine(text) ||
      EndsWithPhotoCredit(text) || FindJumpMarker(text) || FindSourceTrailer(text) ||
      IsGraphicSourceLine(text)) {
    return false;
  }
  return true;
}

// Whether line `l` (of a block ending at `last`) opens a new piece: an
// opener (also one wrapped onto the next line), a plain byline, a salutation.
bool OpensPiece(const PageModel& m, int l, int last) {
  const std::string_view text = m.lines[l].text;
  if (FindOpener(text) || IsSalutation(text) || IsEditorsNote(text) || StartsAsCaption(text) ||
      IsAttributionLead(text)) {
    return true;
  }
  const std::optional<BylineLine> byline = ParseBylineLine(text);
  if (byline && byline->form == BylineForm::kPlain) return true;
  if (l < last && OpensWithAgency(text)) {
    const std::optional<Opener> whole = FindOpener(std::string(text) + std::string(m.lines[l + 1].text));
    return whole && whole->span.end > text.size();
  }
  return false;
}

// Two or more lines of one width (give or take a character) with nothing of
// a headline stack's marks are text wrapped in a narrower column (a box, a
// sidebar), not a headline -- unless a new piece opens right under them
// (SplitAtHeadlineRuns).
bool NarrowColumn(const PageModel& m, int first, int end) {
  if (end - first < 2) return false;
  size_t lo = SIZE_MAX, hi = 0;
  for (int l = first; l < end; ++l) {
    const std::string_view t = m.lines[l].text;
    if (EndsAsKicker(t) || t.starts_with("——") || FindTitleTag(t)) return false;
    const size_t w = DisplayColumns(t);
    lo = std::min(lo, w);
    hi = std::max(hi, w);
  }
  return hi - lo <= kSameWidth;
}

// A line that is a headline followed by a 上接 marker and nothing else
// (全力打造某某中心（上接第1版）).
bool EndsContinuedHeadline(std::string_view text) {
  const std::optional<JumpMarker> jump = FindJumpMarker(text);
  return jump && jump->continued_from && jump->span.begin > 0 &&
         TrimSpace(text.substr(jump->span.end)).empty() &&
         IsHeadlineShape(TrimSpace(text.substr(0, jump->span.begin)), 0);
}

// On a page whose paragraphs keep their indents, unindented lines under a
// paragraph's last line (a sentence end short of the column) and over an
// indented line open no paragraph and continue none: a headline, however
// wide. Returns the end of such a run starting at line `l` (of a block
// ending at `last`; the indented line may be the next block's first), or `l`.
int HeadlineRunBetweenParagraphs(const PageModel& m, int l, int last) {
  if (m.indents_lost || l == 0 || m.lines[l].indented) return l;
  const PageLine& above = m.lines[l - 1];
  if (above.number + 1 != m.lines[l].number || !EndsSentence(above.text) ||
      FillsColumnOf(above, above.indented ? kParagraphIndent : 0)) {
    return l;
  }
  int r = l;
  while (r <= last && r - l < kMaxHeadRun && !m.lines[r].indented &&
         HeadCandidate(m, m.lines[r], false)) {
    ++r;
  }
  // The indented line may open the next block already.
  const bool over_indented = r < static_cast<int>(m.lines.size()) && m.lines[r].indented &&
                             m.lines[r].number == m.lines[r - 1].number + 1;
  return r > l && r <= last + 1 && over_indented ? r : l;
}

// A column name or a dateline over its title, the title as wide as a body
// line (a title spanning columns comes out of pdftotext -raw on one line:
// 今日谈 / 国际海事局官员期待中国向南中国海派军舰护航, 广西来宾： / 经适房…): the
// short line is at most kMaxColumnLabel Han characters (a dateline's colon
// after them) and the line under it carries no
// punctuation at all over at least kMinBareTitle characters and twice the
// name's length; a wrapped body line nearly always has a comma.
bool ColumnOverWideTitle(const PageModel& m, int l) {
  constexpr size_t kMaxColumnLabel = 6;
  constexpr size_t kMinBareTitle = 12;
  if (l + 1 >= static_cast<int>(m.lines.size())) return false;
  const std::string_view label = m.lines[l].text, title = m.lines[l + 1].text;
  const size_t n = VisibleLength(label);
  if (n < 2 || n > kMaxColumnLabel) return false;
  // A name: Han characters only, or a place line ending in a colon (广西来宾：).
  for (size_t p = 0; p < label.size();) {
    const char32_t c = NextCodePoint(label, &p);
    if (!IsHan(c) && !(p == label.size() && (c == U'：' || c == U':'))) return false;
  }
  const size_t t = VisibleLength(title);
  if (t < kMinBareTitle || t < 2 * n) return false;
  for (size_t p = 0; p < title.size();) {
    const char32_t c = NextCodePoint(title, &p);
    if (IsClauseMark(c) || IsSentenceEnd(c) || IsOpeningMark(c) || IsClosingMark(c)) return false;
  }
  return HeadCandidate(m, m.lines[l + 1], /*width_matters=*/false);
}

// Pages extracted without blank lines between articles (pdftotext -raw, and
// many real extractions) give long blocks that hold headlines and bylines.
// Inside a block, a run of up to kMaxHeadRun headline candidates after a line
// that closes a unit (or at the block's start) becomes a block of its own,
// and so does a byline line after such a line; the body after them starts a
// new block. A run followed by a date line is a letter's signature, not a
// headline.
void SplitAtHeadlineRuns(PageModel* model) {
  PageModel& m = *model;
  const int n = static_cast<int>(m.lines.size());
  std::vector<bool> starts(n, false);  // a block starts at this line
  for (const Block& b : m.blocks) starts[b.first_line] = true;
  std::vector<bool> closes(n);
  for (int l = 0; l < n; ++l) {
    // An index entry's page pointer (详见第2版, 某某（第5版）) ends its entry.
    // So does a table's row: a headline may follow the table.
    closes[l] = ClosesUnit(m.lines[l].text) || FindPageReferenceTail(m.lines[l].text) ||
                m.lines[l].table_row ||
                (l > 0 && IsPenNameNote(m.lines[l].text) && EndsSentence(m.lines[l - 1].text));
  }
  // The byline bracket of an opener printed alone on the line above
  // (据新华社某地6月4日电 / （记者 甲乙）) opens the body under it: it closes
  // nothing, so a short line after it is that body's first line.
  for (int l = 1; l < n; ++l) {
    const std::optional<Opener> o = FindOpener(m.lines[l - 1].text);
    if (o && o->byline.empty() && TrimSpace(m.lines[l - 1].text.substr(o->span.end)).empty() &&
        LeadingBylineBracket(m.lines[l].text)) {
      closes[l] = false;
    }
  }
  for (const Block& b : m.blocks) {
    // An advertisement or a notice under its heading is read whole
    // (ClassifyBlock).
    if (IsAdvertLabel(m.lines[b.first_line].text) || IsNotice(m, b)) continue;
    int l = b.first_line;
    while (l <= b.last_line) {
      // At a block's top, a headline run counts only over an opening line
      // (a headline printed on its body: 标题 / 本报讯…).
      const bool block_top = l == b.first_line && l > 0 && !closes[l - 1];
      const bool after_close = l == 0 || block_top || closes[l - 1] ||
                               (l >= 2 && WrappedNote(m.lines[l - 2].text, m.lines[l - 1].text));
      if (!after_close) {
        ++l;
        continue;
      }
      const std::string_view text = m.lines[l].text;
      if (l < b.last_line && WrappedNote(text, m.lines[l + 1].text)) {
        starts[l] = true;  // a note or caption of its own, over two lines
        if (l + 2 <= b.last_line) starts[l + 2] = true;
        l += 2;
        continue;
      }
      const std::optional<BylineLine> byline = ParseBylineLine(text);
      if (byline && byline->form == BylineForm::kPlain) {
        starts[l] = true;
        if (l + 1 <= b.last_line) starts[l + 1] = true;
        ++l;
        continue;
      }
      int r = l;
      while (r <= b.last_line && r - l <= kMaxHeadRun &&
             (HeadCandidate(m, m.lines[r]) || (r > l && IsWrapRemainder(m.lines[r].text)))) {
        ++r;
      }
      if (r == l + 1 && r <= b.last_line && ColumnOverWideTitle(m, l)) ++r;
      // A headline broken after its first clause's comma (开学第一课， /
      // 校长带学生种下一棵树), then maybe a subtitle, over a new piece (a
      // byline, an opener) or its block's end.
      if (r == l && l < b.last_line && !m.lines[l].indented &&
          IsClauseBreakHeadline(m.lines[l].text, m.lines[l + 1].text)) {
        int w = l + 2;
        while (w <= b.last_line && w - l < kMaxHeadRun && HeadCandidate(m, m.lines[w])) ++w;
        if (w > b.last_line || OpensPiece(m, w, b.last_line)) r = w;
      }
      // A continued article's headline ends with its marker: 某某工作 /
      // 全面展开（上接第1版）; the body follows.
      if (r > l && r <= b.last_line && r - l < kMaxHeadRun &&
          EndsContinuedHeadline(m.lines[r].text)) {
        ++r;
      }
      // A folio line is page furniture of its own: what follows it starts a
      // block (a continued headline, 某某中心（上接第1版）, under 责任编辑：某某).
      if (l > b.first_line && IsFolioLine(m.lines[l - 1].text)) starts[l] = true;
      {
        // In a narrow column a headline can be as wide as a body line: it
        // still is one when a new piece opens under it (本报讯, a byline; an
        // indented opener starts the next block).
        int w = r;
        while (w <= b.last_line && w - l < kMaxHeadRun && HeadCandidate(m, m.lines[w], false)) ++w;
        if (w > r && w < n && OpensPiece(m, w, n - 1) &&
            (w <= b.last_line || m.lines[w].number == m.lines[w - 1].number + 1)) {
          r = w;
        }
      }
      if (r == l) r = HeadlineRunBetweenParagraphs(m, l, b.last_line);
      const bool run = r > l && r - l <= kMaxHeadRun &&
                       (!block_top || (r <= b.last_line && OpensPiece(m, r, b.last_line))) &&
                       !(r <= b.last_line && IsDateOnlyLine(m.lines[r].text)) &&
                       !(NarrowColumn(m, l, r) && !(r < n && OpensPiece(m, r, n - 1)));
      if (run) {
        starts[l] = true;
        // An index box's pointer under its headline (详见第2版) stays with it.
        const std::optional<size_t> pointer =
            r <= b.last_line ? FindPageReferenceTail(m.lines[r].text) : std::nullopt;
        if (pointer && *pointer == 0) {
          if (r + 1 <= b.last_line) starts[r + 1] = true;
          l = r + 1;
          continue;
        }
        if (r <= b.last_line) starts[r] = true;
        // A plain byline under the headline (本报记者 某某) is a block too.
        const std::optional<BylineLine> under =
            r <= b.last_line ? ParseBylineLine(m.lines[r].text) : std::nullopt;
        if (under && under->form == BylineForm::kPlain && r + 1 <= b.last_line) {
          starts[r + 1] = true;
        }
      }
      l = std::max(r, l + 1);
    }
  }
  // Rebuild the blocks; a virtual break counts as one blank line.
  std::vector<Block> blocks;
  for (const Block& b : m.blocks) {
    for (int l = b.first_line; l <= b.last_line; ++l) {
      if (l == b.first_line || starts[l]) {
        Block nb;
        nb.first_line = l;
        nb.blanks_before = l == b.first_line ? b.blanks_before : 1;
        if (!blocks.empty()) blocks.back().blanks_after = nb.blanks_before;
        blocks.push_back(nb);
      }
      blocks.back().last_line = l;
    }
    blocks.back().blanks_after = b.blanks_after;
  }
  m.blocks = std::move(blocks);
}

}  // namespace

bool FillsColumn(const PageModel& m, std::string_view text, size_t indent) {
  return FillsWidth(m.wrap_columns, text, indent);
}

bool WiderThanColumn(const PageModel& m, std::string_view text) {
  return m.wrap_columns > 0 && DisplayColumns(text) > m.wrap_columns + WidthSlack(m.wrap_columns);
}

// Lines a block needs to tell its own column width (PageLine::column_width).
constexpr int kMinLocalWidthLines = 6;

void SetColumnWidths(PageModel* model) {
  PageModel& m = *model;
  for (PageLine& l : m.lines) l.column_width = m.wrap_columns;
  if (m.wrap_columns == 0) return;
  for (const Block& b : m.blocks) {
    if (b.last_line - b.first_line + 1 < kMinLocalWidthLines) continue;
    std::vector<size_t> widths;
    for (int l = b.first_line; l <= b.last_line; ++l) {
      widths.push_back(DisplayColumns(m.lines[l].text));
    }
    std::nth_element(widths.begin(), widths.begin() + widths.size() / 2, widths.end());
    const size_t local = widths[widths.size() / 2];
    for (int l = b.first_line; l <= b.last_line; ++l) m.lines[l].column_width = local;
  }
}

// A page where fewer than one line in this many starts with white space lost
// its paragraph indents in extraction (PageModel::indents_lost).
constexpr size_t kMinIndentedShare = 50;

void BuildLines(std::string_view page, std::string text, std::string_view raw,
                const SplitOptions& options, PageModel* model) {
  const std::vector<int>& known_heads = options.headline_lines;
  const std::vector<int>& known_titles = options.title_lines;
  model->page = std::string(page);
  if (std::optional<std::string> folded = FoldKeepingOffsets(text)) {
    model->printed = std::move(text);
    model->text = std::move(*folded);
  } else {
    model->text = std::move(text);
  }
  const std::vector<std::string_view> lines = SplitLines(model->text);
  const std::vector<std::string_view> raw_lines = SplitLines(raw);
  const bool same = raw_lines.size() == lines.size();
  int blanks = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = TrimSpace(lines[i]);
    if (t.empty()) {
      ++blanks;
      continue;
    }
    PageLine pl;
    pl.number = static_cast<int>(i) + 1;
    pl.text = t;
    pl.indented = StartsWithSpace(same ? raw_lines[i] : lines[i]);
    pl.table_row = IsTableRow(same ? raw_lines[i] : lines[i]);  // before spaces were folded
    pl.known_head = std::find(known_heads.begin(), known_heads.end(), pl.number) != known_heads.end();
    pl.known_title =
        std::find(known_titles.begin(), known_titles.end(), pl.number) != known_titles.end();
    const int index = static_cast<int>(model->lines.size());
    model->lines.push_back(pl);
    if (model->blocks.empty() || blanks > 0 || pl.indented) {
      if (!model->blocks.empty()) model->blocks.back().blanks_after = blanks;
      Block b;
      b.first_line = index;
      b.blanks_before = model->blocks.empty() ? 0 : blanks;
      model->blocks.push_back(b);
    }
    model->blocks.back().last_line = index;
    blanks = 0;
  }
  if (!model->blocks.empty()) model->blocks.back().blanks_after = blanks;
  size_t indented = 0;
  for (const PageLine& l : model->lines) indented += l.indented;
  model->indents_lost = indented * kMinIndentedShare < model->lines.size();
  // The typical body line: median length of lines in blocks of 3+ lines.
  std::vector<size_t> lengths;
  for (const Block& b : model->blocks) {
    if (b.last_line - b.first_line < 2) continue;
    for (int l = b.first_line; l <= b.last_line; ++l) {
      lengths.push_back(VisibleLength(model->lines[l].text));
    }
  }
  model->wrap_width = 0;
  model->wrap_columns = 0;
  if (lengths.size() >= 10) {
    std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
    const size_t median = lengths[lengths.size() / 2];
    if (median <= 40) {
      model->wrap_width = median;
      model->wrap_columns = WrapColumns(*model);
    }
  }
  SetColumnWidths(model);
  SplitAtHeadlineRuns(model);
}

namespace {

// PageModel::head_wrap_columns of a classified page.
size_t HeadlineMeasure(const PageModel& m) {
  std::map<size_t, int> widths;
  for (size_t i = 0; i + 1 < m.items.size(); ++i) {
    const Item& a = m.items[i];
    const Item& b = m.items[i + 1];
    if (a.kind != ItemKind::kHead || b.kind != ItemKind::kHead || a.block != b.block ||
        m.lines[b.piece.line].number != m.lines[a.piece.line].number + 1) {
      continue;
    }
    ++widths[DisplayColumns(TrimSpace(PieceText(m, a.piece)))];
  }
  size_t best = 0;
  int best_count = 0;
  for (const auto& [width, count] : widths) {
    if (count > best_count) {  // ties: the narrower width
      best = width;
      best_count = count;
    }
  }
  return best_count >= kMinHeadlineWraps ? best : 0;
}

}  // namespace

void ClassifyLines(PageModel* model) {
  model->items.clear();
  Classifier c(model);
  c.Run();
  c.MarkCaptions();
  model->head_wrap_columns = HeadlineMeasure(*model);
}

}  // namespace baokan::segment
