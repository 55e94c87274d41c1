// The markers a line may carry inside it: jump markers, 摘自 trailers,
// dispatch openers (see line_class.h and docs/split.md).

#include <string>

#include "segment/chars.h"
#include "segment/line_class.h"

namespace baokan::segment {
namespace {

bool IsNumeralChar(char32_t c) {
  return IsAsciiAlnum(c) || std::u32string_view(U"一二三四五六七八九十百零〇两").find(c) !=
                                std::u32string_view::npos;
}


// A page number has at most this many characters (A12, 十二).
constexpr size_t kMaxPageRefDigits = 4;

// Parses "[第]N 版" at `p`; returns the end of 版 and sets *ref.
std::optional<size_t> ParsePageRef(std::string_view s, size_t p, std::string* ref) {
  p = SkipSpaces(s, p);
  std::string out;
  size_t q = p;
  if (q < s.size() && NextCodePoint(s, &q) == U'第') {
    out += "第";
    p = SkipSpaces(s, q);
  }
  size_t digits = 0;
  while (p < s.size()) {
    size_t r = p;
    const char32_t c = NextCodePoint(s, &r);
    if (!IsNumeralChar(c)) break;
    AppendUtf8(c, &out);
    p = r;
    ++digits;
  }
  if (digits == 0 || digits > kMaxPageRefDigits) return std::nullopt;
  p = SkipSpaces(s, p);
  q = p;
  if (p >= s.size()) return std::nullopt;
  const char32_t unit = NextCodePoint(s, &q);  // 版 for a newspaper, 页 or 面 elsewhere
  if (unit != U'版' && unit != U'页' && unit != U'面') return std::nullopt;
  AppendUtf8(unit, &out);
  *ref = out;
  return q;
}

}  // namespace

std::optional<JumpMarker> FindJumpMarker(std::string_view line) {
  bool unit = false;  // the common case: no 版/页/面, no marker
  for (size_t p = 0; p < line.size() && !unit;) {
    const char32_t c = NextCodePoint(line, &p);
    unit = c == U'版' || c == U'页' || c == U'面';
  }
  if (!unit) return std::nullopt;
  struct Keyword {
    std::string_view word;
    bool from;
    bool keeps_di;  // the keyword ends in 第, which belongs to the reference
  };
  static constexpr Keyword kKeywords[] = {
      {"上接", true, false}, {"接上", true, false}, {"接第", true, true},
      {"下转", false, false}, {"转下", false, false}, {"转第", false, true}};
  for (const Keyword& k : kKeywords) {
    size_t at = line.find(k.word);
    while (at != std::string_view::npos) {
      std::string ref;
      size_t after = at + k.word.size();
      if (k.keeps_di) after -= std::string_view("第").size();
      const std::optional<size_t> end = ParsePageRef(line, after, &ref);
      if (end) {
        JumpMarker m;
        m.continued_from = k.from;
        m.ref = ref;
        size_t begin = at;
        size_t stop = *end;
        // An opening bracket or arrow before it, a closing bracket after.
        size_t b = SkipSpacesBack(line, begin);
        if (b > 0) {
          size_t q = b;
          const char32_t c = PrevCodePoint(line, &q);
          if (IsOpenParen(c) || c == U'【' || c == U'〔' || IsBullet(c)) begin = q;
        }
        size_t e = SkipSpaces(line, stop);
        if (e < line.size()) {
          size_t q = e;
          const char32_t c = NextCodePoint(line, &q);
          if (IsCloseParen(c) || c == U'】' || c == U'〕') stop = q;
        }
        m.span = {begin, stop};
        return m;
      }
      at = line.find(k.word, at + k.word.size());
    }
  }
  return std::nullopt;
}

namespace {

// Arrows that point from an index entry to its page.
bool IsPointerArrow(char32_t c) {
  return c == U'→' || c == U'▶' || c == U'>' || c == U'＞' || c == U'»' || c == U'›';
}

}  // namespace

std::optional<size_t> FindPageReferenceTail(std::string_view line) {
  if (FindJumpMarker(line)) return std::nullopt;
  // Backwards: closing brackets, 版, the number (A3, 12, 十二), 第, a lead
  // word, then an opening bracket or an arrow.
  size_t p = SkipSpacesBack(line, line.size());
  while (p > 0) {
    size_t q = p;
    const char32_t c = PrevCodePoint(line, &q);
    if (!IsCloseParen(c) && c != U'】' && c != U'〕') break;
    p = SkipSpacesBack(line, q);
  }
  if (p == 0) return std::nullopt;
  {
    size_t q = p;
    if (PrevCodePoint(line, &q) != U'版') return std::nullopt;
    p = SkipSpacesBack(line, q);
  }
  size_t digits = 0;
  while (p > 0) {
    size_t q = p;
    if (!IsNumeralChar(PrevCodePoint(line, &q))) break;
    p = q;
    ++digits;
  }
  if (digits == 0 || digits > kMaxPageRefDigits) return std::nullopt;
  static constexpr std::string_view kLeads[] = {"第", "详见", "请见", "请看", "参见", "见"};
  for (std::string_view lead : kLeads) {
    const size_t at = SkipSpacesBack(line, p);
    if (at >= lead.size() && line.substr(at - lead.size(), lead.size()) == lead) {
      p = at - lead.size();
    }
  }
  bool marked = false;  // an opening bracket or an arrow before it
  {
    const size_t at = SkipSpacesBack(line, p);
    size_t q = at;
    if (at > 0) {
      const char32_t c = PrevCodePoint(line, &q);
      if (IsOpenParen(c) || c == U'【' || c == U'〔' || IsBullet(c)) {
        p = q;
        marked = true;
      } else if (IsPointerArrow(c)) {
        // One arrow or a run of them: →, ▶, >>>, ＞＞, ».
        p = q;
        while (p > 0) {
          size_t r = p;
          if (!IsPointerArrow(PrevCodePoint(line, &r))) break;
          p = r;
        }
        marked = true;
      }
    }
  }
  p = SkipSpacesBack(line, p);
  // After a headline the pointer needs a lead word, a bracket or an arrow:
  // 某某 3版 alone could be a folio's tail.
  const std::string_view pointer = TrimSpace(line.substr(p));
  const bool led = pointer.find("见") != std::string_view::npos ||
                   pointer.find("请看") != std::string_view::npos;
  if (p > 0 && !led && !marked) return std::nullopt;
  return p;
}

namespace {

// The end of an author's name printed after a trailer's 《name》 from `p`
// (张悦, 张　悦: 2 to kMaxTrailerAuthor Han characters, spaces between them),
// or `p` when none stands there.
size_t SkipTrailerAuthor(std::string_view line, size_t p) {
  constexpr int kMaxTrailerAuthor = 4;
  int han = 0;
  size_t end = p;
  for (size_t q = p; q < line.size();) {
    const char32_t c = NextCodePoint(line, &q);
    if (IsHan(c)) {
      if (++han > kMaxTrailerAuthor) return p;
      end = q;
    } else if (!IsSpaceChar(c)) {
      break;
    }
  }
  return han >= 2 ? SkipSpaces(line, end) : p;
}

// The end of what a trailer may print after the paper's name from `p`: the
// issue (5月6日一期, 2024年第3期), a translator's or author's role (编译,
// 翻译, 整理, 作者) and the name (摘自《参考资料》5月6日一期　编译　王　岩),
// or just an author's name (SkipTrailerAuthor); `p` when none stands there.
size_t SkipTrailerExtras(std::string_view line, size_t p) {
  static constexpr std::u32string_view kIssueChars =
      U"0123456789０１２３４５６７８９年月日第期号版一二三四五六七八九十";
  static constexpr std::string_view kRoles[] = {"编译", "翻译", "整理", "作者"};
  size_t q = p;
  while (q < line.size()) {
    size_t r = q;
    const char32_t c = NextCodePoint(line, &r);
    if (kIssueChars.find(c) == std::u32string_view::npos && !IsSpaceChar(c)) break;
    q = r;
  }
  for (std::string_view role : kRoles) {
    if (line.substr(q).starts_with(role)) {
      const size_t after = SkipSpaces(line, q + role.size());
      const size_t end = SkipTrailerAuthor(line, after);
      return end > after ? end : p;
    }
  }
  if (q > p) {
    // The issue alone, then the line's end or the closing bracket.
    size_t r = q;
    if (q == line.size() || IsCloseParen(NextCodePoint(line, &r))) return q;
  }
  return SkipTrailerAuthor(line, p);
}

// Where a byline run into the text after an opener ends, from byte `p`:
// one or more role words each run into a name of 2 to kMaxRunInName Han
// characters and followed by white space or the line's end (本报讯　记者张晨
// 通讯员杨帆　正文), or nullopt.
std::optional<size_t> RunInBylineEnd(std::string_view line, size_t p) {
  constexpr int kMaxRunInName = 3;
  static constexpr std::string_view kPrefixes[] = {"本报", "见习", "特约", "首席"};
  static constexpr std::string_view kRoles[] = {"记者", "通讯员", "实习生"};
  std::optional<size_t> end;
  while (p < line.size()) {
    size_t q = p;
    for (std::string_view prefix : kPrefixes) {
      if (line.substr(q).starts_with(prefix)) q += prefix.size();
    }
    bool role = false;
    for (std::string_view r : kRoles) {
      if (line.substr(q).starts_with(r)) {
        q += r.size();
        role = true;
        break;
      }
    }
    if (!role) break;
    int han = 0;
    size_t after = q;
    while (after < line.size()) {
      size_t t = after;
      if (!IsHan(NextCodePoint(line, &t))) break;
      after = t;
      ++han;
    }
    size_t t = after;
    if (han < 2 || han > kMaxRunInName ||
        (after < line.size() && !IsSpaceChar(NextCodePoint(line, &t)))) {
      break;
    }
    end = after;
    p = SkipSpaces(line, after);
  }
  return end;
}

}  // namespace

std::optional<SourceTrailer> FindSourceTrailer(std::string_view line) {
  // The common case first: a line with no book title mark holds no trailer.
  if (line.find("》") == std::string_view::npos) return std::nullopt;
  // 据 names a source only in a trailer wholly in brackets: （据《某某晚报》）;
  // in the body it opens a sentence (据《某报》报道，…).
  struct Word {
    std::string_view text;
    bool bracketed_only;
  };
  static constexpr Word kWords[] = {{"摘自", false}, {"转自", false}, {"转载自", false},
                                    {"选自", false}, {"原载", false}, {"来源", false},
                                    {"据", true}};
  std::optional<SourceTrailer> best;
  for (const Word& w : kWords) {
    size_t at = line.rfind(w.text);
    if (at == std::string_view::npos) continue;
    size_t p = SkipSpaces(line, at + w.text.size());
    size_t q = p;
    if (p < line.size()) {
      const char32_t c = NextCodePoint(line, &q);
      if (c == U'：' || c == U':') p = SkipSpaces(line, q);
    }
    if (!line.substr(p).starts_with("《")) continue;
    const size_t name_begin = p + std::string_view("《").size();
    const size_t close = line.find("》", name_begin);
    if (close == std::string_view::npos || close == name_begin) continue;
    // An author, or the issue and a translator, may follow the name:
    // 摘自《某某日报》　张　悦, 摘自《参考资料》5月6日一期　编译　王　岩.
    size_t end = SkipTrailerExtras(line, SkipSpaces(line, close + std::string_view("》").size()));
    bool closed = false;
    if (end < line.size()) {
      size_t r = end;
      if (IsCloseParen(NextCodePoint(line, &r))) {
        end = SkipSpaces(line, r);
        closed = true;
      }
    }
    if (end != line.size()) continue;
    size_t begin = at;
    size_t b = SkipSpacesBack(line, begin);
    bool opened = false;
    if (b > 0) {
      size_t r = b;
      if (IsOpenParen(PrevCodePoint(line, &r))) {
        begin = r;
        opened = true;
      }
    }
    if (w.bracketed_only && !(opened && closed && SkipSpacesBack(line, begin) == 0)) continue;
    if (!best || begin < best->span.begin) {
      best = SourceTrailer{{begin, line.size()},
                           std::string(TrimSpace(line.substr(name_begin, close - name_begin)))};
    }
  }
  return best;
}

std::optional<size_t> FindOpenSourceTrailer(std::string_view line) {
  static constexpr std::string_view kTrailerWords[] = {"摘自", "转自", "转载自", "选自", "原载",
                                                       "来源"};
  // …。 摘自 / 《某某日报》: the line ends with the word (and a colon).
  std::string_view end = TrimSpace(line);
  if (end.ends_with("：") || end.ends_with(":")) {
    size_t q = end.size();
    PrevCodePoint(end, &q);
    end = TrimSpace(end.substr(0, q));
  }
  for (std::string_view w : kTrailerWords) {
    if (!end.ends_with(w)) continue;
    size_t begin = end.size() - w.size();
    const size_t b = SkipSpacesBack(line, begin);
    if (b > 0) {
      size_t r = b;
      if (IsOpenParen(PrevCodePoint(line, &r))) begin = r;
    }
    return begin;
  }
  const size_t open = line.rfind("《");
  if (open == std::string_view::npos || line.find("》", open) != std::string_view::npos) {
    return std::nullopt;
  }
  if (VisibleLength(line.substr(open)) > 12) return std::nullopt;
  for (std::string_view w : kTrailerWords) {
    const size_t at = line.rfind(w, open);
    if (at == std::string_view::npos) continue;
    // Only spaces or a colon between the word and 《.
    size_t p = SkipSpaces(line, at + w.size());
    size_t q = p;
    if (p < open) {
      const char32_t c = NextCodePoint(line, &q);
      if (c == U'：' || c == U':') p = SkipSpaces(line, q);
    }
    if (p != open) continue;
    size_t begin = at;
    const size_t b = SkipSpacesBack(line, begin);
    if (b > 0) {
      size_t r = b;
      if (IsOpenParen(PrevCodePoint(line, &r))) begin = r;
    }
    return begin;
  }
  return std::nullopt;
}

bool ClosesSourceTrailer(std::string_view line) {
  line = TrimSpace(line);
  // 《某某日报》 whole, under a line that ends with 摘自.
  if (line.starts_with("《")) line = line.substr(std::string_view("《").size());
  const size_t close = line.find("》");
  if (close == std::string_view::npos || close == 0 || line.find("《") != std::string_view::npos) {
    return false;
  }
  if (VisibleLength(line.substr(0, close)) > 12) return false;
  size_t end = SkipSpaces(line, close + std::string_view("》").size());
  if (end < line.size()) {
    size_t r = end;
    if (IsCloseParen(NextCodePoint(line, &r))) end = SkipSpaces(line, r);
  }
  return end == line.size();
}

namespace {

// A paper, news site or news agency that names itself in its dispatches
// (江城日报讯, 新京报讯, 晚报讯, 红网讯, 极目新闻讯, 人民日报北京3月5日电,
// 路透社堪培拉5月6日电): up to kMaxOutletNameChars Han characters ending in
// 报, 刊, 网, 社 or 新闻.
constexpr int kMaxOutletNameChars = 8;

// Where an outlet's own name ends at the start of `s` (the shortest run of 2
// to kMaxOutletNameChars Han characters ending in an outlet word), or npos.
size_t AfterOutletName(std::string_view s) {
  size_t p = 0;
  char32_t prev = 0;
  for (int n = 1; n <= kMaxOutletNameChars && p < s.size(); ++n) {
    const char32_t c = NextCodePoint(s, &p);
    if (!IsHan(c)) return std::string_view::npos;
    if (n >= 2 && (c == U'报' || c == U'刊' || c == U'网' || c == U'社' || (c == U'闻' && prev == U'新'))) {
      return p;
    }
    prev = c;
  }
  return std::string_view::npos;
}

// A dispatch printed in lenticular brackets: 【美联社纽约5月5日电】.
constexpr std::string_view kOpenDispatchBracket = "【";
constexpr std::string_view kCloseDispatchBracket = "】";
// A dispatch in round brackets opening a paragraph, its reporter inside
// (（中央社记者陈家伦台北20日电）交通部…): an opener only with text after it on
// its line; alone on its line it is a closing note (（本报约翰内斯堡2月9日电）).
constexpr std::string_view kOpenRoundBracket = "（";
constexpr std::string_view kCloseRoundBracket = "）";

// Characters of a reporter's name in a bracketed dispatch before the place:
// most Chinese names have three, and a place two or three (台北, 华盛顿).
constexpr size_t kReporterNameChars = 3;
constexpr size_t kMinPlaceChars = 2;

// Splits the place of 中央社记者陈家伦台北: the reporter (role word and a
// name of kReporterNameChars characters, or two when only four remain) and
// the place after it. Returns false when `place` names no reporter.
bool SplitReporterFromPlace(std::string* place, std::string* reporter) {
  constexpr std::string_view kRole = "记者";
  if (!place->starts_with(kRole)) return false;
  std::u32string rest;
  for (size_t p = kRole.size(); p < place->size();) rest.push_back(NextCodePoint(*place, &p));
  size_t name = std::min(kReporterNameChars,
                         rest.size() > kMinPlaceChars ? rest.size() - kMinPlaceChars : rest.size());
  if (rest.size() == kReporterNameChars + 1) name = kReporterNameChars - 1;
  reporter->assign(kRole);
  for (size_t i = 0; i < name; ++i) AppendUtf8(rest[i], reporter);
  place->clear();
  for (size_t i = name; i < rest.size(); ++i) AppendUtf8(rest[i], place);
  return true;
}

// Where an opener's place and date start: after the wire service or the
// paper itself, optionally reported through 据 (据新华社北京10月9日电: the
// paper passes on another agency's dispatch); npos when `line` opens with
// none. `*named` is set when the paper is named by an outlet's name rather
// than a known agency (its dispatch must then end as a dispatch does).
size_t AfterAgency(std::string_view line, bool* named = nullptr) {
  static constexpr std::string_view kAgencies[] = {"本报", "本刊", "新华社", "中新社",
                                                   "中新网", "人民网", "央视网"};
  size_t start = 0;
  if (line.starts_with(kOpenDispatchBracket)) start = kOpenDispatchBracket.size();
  if (line.starts_with(kOpenRoundBracket)) start = kOpenRoundBracket.size();
  if (line.substr(start).starts_with("据")) start += std::string_view("据").size();
  if (named) *named = false;
  for (std::string_view a : kAgencies) {
    if (line.substr(start).starts_with(a)) return start + a.size();
  }
  const size_t outlet = AfterOutletName(line.substr(start));
  if (outlet == std::string_view::npos) return std::string_view::npos;
  if (named) *named = true;
  return start + outlet;
}

// The word that ends a news-site or digest dispatch (央视网消息：).
constexpr std::string_view kNewsWord = "消息";

// True when the character at byte `p` of `line` is a colon.
bool IsColon(std::string_view line, size_t p) {
  const char32_t c = NextCodePoint(line, &p);
  return c == U'：' || c == U':';
}

// Whether a dispatch word ending at byte `p` ends the dispatch: a colon, a
// bracket or white space follows it, or the line ends (消息灵通 is no
// dispatch).
bool EndsDispatchWord(std::string_view line, size_t p) {
  if (p >= line.size()) return true;  // 本报综合消息 alone on its line
  const char32_t c = NextCodePoint(line, &p);
  return c == U'：' || c == U':' || IsOpenParen(c) || IsSpaceChar(c);
}

// Longest place a report names after a slash (记者某某／台北报导).
constexpr size_t kMaxReportPlace = 6;

// Longest byline before 报道 that opens a text (本报记者 孙青 通讯员 赵北 报道：).
constexpr size_t kMaxReportedByline = 30;

// A text that opens with its byline and 报道, then a colon, a comma or white
// space: 本报记者　孙青　通讯员　赵北　报道：…, 江城日报全媒体记者　李想　报道　….
// The byline must read as a byline line (role words, then names).
std::optional<Opener> ReportedBy(std::string_view line) {
  constexpr size_t kMaxUtf8Bytes = 4;  // per character
  const std::string_view head = line.substr(0, (kMaxReportedByline + 2) * kMaxUtf8Bytes);
  // 报道, or 报导 as Taiwan's papers write it.
  size_t at = std::string_view::npos;
  size_t word_size = 0;
  for (std::string_view w : {std::string_view("报道"), std::string_view("报导")}) {
    const size_t a = head.find(w);
    if (a < at) {
      at = a;
      word_size = w.size();
    }
  }
  if (at == std::string_view::npos || at == 0 || VisibleLength(line.substr(0, at)) > kMaxReportedByline) {
    return std::nullopt;
  }
  std::string_view who = TrimSpace(line.substr(0, at));
  // 记者林宜蓁／台北报导: the place reported from after a slash (综合 when the
  // report draws on several sources, 编译 a translation: no place).
  std::string place;
  const size_t wide_slash = who.rfind("／"), ascii_slash = who.rfind('/');
  const size_t slash = wide_slash == std::string_view::npos    ? ascii_slash
                       : ascii_slash == std::string_view::npos ? wide_slash
                                                               : std::max(wide_slash, ascii_slash);
  if (slash != std::string_view::npos) {
    const std::string_view where =
        TrimSpace(who.substr(slash + (who[slash] == '/' ? 1 : std::string_view("／").size())));
    const size_t n = VisibleLength(where);
    if (n < 2 || n > kMaxReportPlace) return std::nullopt;
    for (size_t p = 0; p < where.size();) {
      if (!IsHan(NextCodePoint(where, &p))) return std::nullopt;
    }
    if (where != "综合" && where != "编译") place = std::string(where);
    who = TrimSpace(who.substr(0, slash));
  }
  size_t end = at + word_size;
  if (end < line.size()) {
    size_t q = end;
    const char32_t c = NextCodePoint(line, &q);
    if (!(c == U'：' || c == U':' || c == U'，' || c == U',' || IsSpaceChar(c))) return std::nullopt;
    end = q;
  }
  // The byline starts with the paper or agency (本报, 江城日报, 新华社) or a
  // role word, not with any word before 记者 (媒体记者纷纷报道).
  static constexpr std::string_view kRoleStarts[] = {"记者", "通讯员", "实习生", "特约", "见习", "首席"};
  bool reporter = AfterAgency(who) != std::string_view::npos;
  for (std::string_view w : kRoleStarts) reporter = reporter || who.starts_with(w);
  if (!reporter) return std::nullopt;
  const std::optional<BylineLine> b = ParseBylineLine(who);
  if (!b || b->form == BylineForm::kCredit || !HasRoleWord(who)) return std::nullopt;
  Opener o;
  o.span = {0, SkipSpaces(line, end)};
  o.byline = CleanByline(who);
  o.place = std::move(place);
  return o;
}

// True when `s` ends in a day of the month: a digit, then 日 (3月5日, 5日).
bool EndsWithDay(std::string_view s) {
  s = TrimSpace(s);
  if (!s.ends_with("日")) return false;
  size_t e = s.size() - std::string_view("日").size();
  if (e == 0) return false;
  const char32_t c = PrevCodePoint(s, &e);
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

// A digest's source line, as digests of the foreign press print it:
// 【英国《金融时报》网站5月4日报道】题：原题（作者 某某）. The bracket names
// the outlet and the day (it ends in 报道 or 电 after a day of the month);
// the original title and author after it, if any, are taken with it, and
// the author is the byline.
std::optional<Opener> FindDigestSource(std::string_view line) {
  if (!line.starts_with(kOpenDispatchBracket)) return std::nullopt;
  const size_t close = line.find(kCloseDispatchBracket);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view inner = line.substr(kOpenDispatchBracket.size(), close - kOpenDispatchBracket.size());
  bool ends = false;
  for (std::string_view w : {std::string_view("报道"), std::string_view("电")}) {
    if (inner.ends_with(w)) {
      inner.remove_suffix(w.size());
      ends = true;
      break;
    }
  }
  if (!ends || !EndsWithDay(inner)) return std::nullopt;
  Opener o;
  o.span = {0, close + kCloseDispatchBracket.size()};
  const std::string_view rest = TrimSpace(line.substr(o.span.end));
  constexpr std::string_view kOriginalTitle = "题：";
  constexpr std::string_view kAuthor = "作者";
  if (rest.starts_with(kOriginalTitle)) {
    // 题：原题（作者 某某）: the whole line.
    o.span.end = line.size();
    const size_t author = rest.rfind(kAuthor);
    if (author != std::string_view::npos) {
      std::string_view name = rest.substr(author + kAuthor.size());
      size_t e = name.size();
      if (e > 0 && IsCloseParen(PrevCodePoint(name, &e))) name = name.substr(0, e);
      o.byline = CleanByline(name);
    }
  }
  return o;
}


}  // namespace

bool OpensWithAgency(std::string_view line) { return AfterAgency(line) != std::string_view::npos; }

namespace {

// An opener that starts with an agency or an outlet's name (FindOpener's
// first form).
std::optional<Opener> FindAgencyOpener(std::string_view line) {
  bool named = false;
  size_t p = AfterAgency(line, &named);
  if (p == std::string_view::npos) return std::nullopt;
  // Up to kMaxDispatchChars characters of place and date, then 讯 or 电. The
  // place is the Han characters before the first digit.
  constexpr int kMaxDispatchChars = 16;
  size_t end = std::string_view::npos;
  std::string place;
  bool in_place = true;
  for (int n = 0; n <= kMaxDispatchChars && p < line.size(); ++n) {
    size_t q = p;
    const char32_t c = NextCodePoint(line, &q);
    // 本报综合消息　, 央视网消息（新闻联播）：: 消息 ends a dispatch when a
    // colon, a bracket or white space follows it.
    if (line.substr(p).starts_with(kNewsWord) && EndsDispatchWord(line, p + kNewsWord.size())) {
      end = p + kNewsWord.size();
      break;
    }
    if (c == U'讯' || c == U'电') {
      // 通讯员 is a role, not a dispatch (本报记者 甲 通讯员 乙).
      size_t r = q;
      if (c == U'讯' && r < line.size() && NextCodePoint(line, &r) == U'员') return std::nullopt;
      // An outlet's name opens a dispatch only as 某报讯 or 某报某地某日电/讯,
      // not an ordinary sentence that starts with 情报 or 画报.
      if (named && !((c == U'讯' && p == AfterAgency(line)) || EndsWithDay(line.substr(0, p)))) {
        return std::nullopt;
      }
      end = q;
      break;
    }
    if (!(IsHan(c) || IsAsciiAlnum(c) || IsSpaceChar(c))) break;
    if (IsAsciiAlnum(c)) in_place = false;
    if (in_place && IsHan(c)) AppendUtf8(c, &place);
    p = q;
  }
  if (end == std::string_view::npos) return std::nullopt;
  if (line.starts_with(kOpenDispatchBracket)) {
    // 【美联社纽约5月5日电】: the bracket closes right after the dispatch.
    if (!line.substr(end).starts_with(kCloseDispatchBracket)) return std::nullopt;
    end += kCloseDispatchBracket.size();
  }
  if (line.starts_with(kOpenRoundBracket)) {
    if (!line.substr(end).starts_with(kCloseRoundBracket)) return std::nullopt;
    end += kCloseRoundBracket.size();
    if (TrimSpace(line.substr(end)).empty()) return std::nullopt;
  }
  std::string reporter;
  if (SplitReporterFromPlace(&place, &reporter)) {
    // The agency's name is part of the byline: 中央社记者陈家伦.
    size_t name_begin = 0;
    for (std::string_view open : {kOpenDispatchBracket, kOpenRoundBracket}) {
      if (line.starts_with(open)) name_begin = open.size();
    }
    if (line.substr(name_begin).starts_with("据")) name_begin += std::string_view("据").size();
    reporter.insert(0, line.substr(name_begin, AfterAgency(line) - name_begin));
  }
  // 本报讯 / 本报专讯 / 本报综合讯 name no place; a relative date after the place (今日,
  // 昨日, 日前) is not part of it.
  for (std::string_view when : {"今日", "昨日", "日前", "近日"}) {
    if (place.ends_with(when)) place.resize(place.size() - when.size());
  }
  if (place == "专" || place == "特" || place == "综合") place.clear();  // 本报专讯, 本报综合消息
  Opener o;
  o.span = {0, end};
  o.place = std::move(place);
  o.byline = std::move(reporter);
  size_t r = SkipSpaces(line, end);
  if (r < line.size()) {
    size_t q = r;
    const char32_t c = NextCodePoint(line, &q);
    if (IsOpenParen(c)) {
      // 本报讯 （记者 姚延洋）
      size_t close = q;
      while (close < line.size() && close - q < 90) {
        size_t s = close;
        if (IsCloseParen(NextCodePoint(line, &s))) {
          const std::string_view inner = line.substr(q, close - q);
          if (HasRoleWord(inner)) {
            o.byline = CleanByline(inner);
            o.span.end = s;
          } else if (s < line.size() && IsColon(line, s)) {
            // 央视网消息（新闻联播）：: the programme, then the text.
            size_t after_colon = s;
            NextCodePoint(line, &after_colon);
            o.span.end = after_colon;
          }
          break;
        }
        close = s;
      }
    } else {
      // 本报讯 通讯员樊留波报道：
      const size_t report = line.find("报道", r);
      if (report != std::string_view::npos && report - r <= 60) {
        size_t s = report + std::string_view("报道").size();
        const std::string_view who = line.substr(r, report - r);
        if (HasRoleWord(who) && VisibleLength(who) <= 20) {
          size_t t = SkipSpaces(line, s);
          if (t < line.size()) {
            size_t u = t;
            if (IsClauseMark(NextCodePoint(line, &u))) s = u;
          }
          o.byline = CleanByline(who);
          o.span.end = s;
        }
      }
      // 本报讯　记者张晨　正文: the byline run into the text, no brackets.
      if (o.byline.empty()) {
        if (const std::optional<size_t> byline_end = RunInBylineEnd(line, r)) {
          o.byline = CleanByline(line.substr(r, *byline_end - r));
          o.span.end = SkipSpaces(line, *byline_end);
        }
      }
    }
  }
  return o;
}

}  // namespace

std::optional<Opener> FindOpener(std::string_view line) {
  if (std::optional<Opener> o = FindAgencyOpener(line)) return o;
  if (std::optional<Opener> o = FindDigestSource(line)) return o;
  return ReportedBy(line);
}

bool IsAttributionLead(std::string_view line) {
  constexpr std::string_view kAccording = "据";
  constexpr std::string_view kReported = "报道";
  constexpr size_t kMaxLead = 30;  // characters before 报道
  if (!line.starts_with(kAccording)) return false;
  const size_t at = line.find(kReported);
  if (at == std::string_view::npos || VisibleLength(line.substr(0, at)) > kMaxLead) return false;
  std::string_view who = line.substr(kAccording.size(), at - kAccording.size());
  // The outlet: its own name (共同社, 江城日报), or a paper's name in 《》
  // after a country or a place (新加坡《联合早报》).
  const size_t close = who.find("》");
  size_t p = std::string_view::npos;
  if (close != std::string_view::npos && who.find("《") != std::string_view::npos) {
    p = close + std::string_view("》").size();
  } else {
    p = AfterOutletName(who);
  }
  if (p == std::string_view::npos) return false;
  // Then a day of the month, or nothing, and a comma after 报道.
  const std::string_view when = TrimSpace(who.substr(p));
  if (!when.empty() && !EndsWithDay(when)) return false;
  size_t q = at + kReported.size();
  if (q >= line.size()) return false;
  const char32_t c = NextCodePoint(line, &q);
  return c == U'，' || c == U',' || c == U'：' || c == U':';
}

}  // namespace baokan::segment
