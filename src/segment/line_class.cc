#include "segment/line_class.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "segment/chars.h"
#include "segment/page_facts.h"

namespace baokan::segment {
namespace {

// Province-level names (short forms) a dateline may open with.
constexpr std::array<std::string_view, 34> kProvinces = {
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海",
    "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南",
    "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西",
    "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门"};

// Administrative suffixes that end a place name.
constexpr std::string_view kPlaceSuffixes = "省市县区州旗盟镇乡村";

// Words naming a reporter's role. 摄 alone is checked separately (it is also
// a common character in ordinary words only as 摄影/拍摄). A credit letter
// before a slash names a role too: 文/李可 (text), 图/王伟 (pictures).
constexpr std::array<std::string_view, 18> kRoleWords = {
    "记者", "通讯员", "实习生", "摄影", "撰稿", "撰文", "特约", "报道员", "编译",
    "文/图", "文／图", "文/摄", "文／摄", "评论员", "文/", "文／", "图/", "图／"};

// A reporter who wrote the text and took the pictures: a role after the
// name, not a photo credit (晚报记者　沈悦　文/摄).
bool EndsAsTextAndPhotos(std::string_view s) { return s.ends_with("文/摄") || s.ends_with("文／摄"); }

// A letter writer's role: a byline only with white space before the name
// (读者　王秀兰), since the word also opens column names (读者来信).
constexpr std::string_view kReaderRole = "读者";

// Words that mark page furniture rather than news.
constexpr std::array<std::string_view, 11> kDebrisWords = {
    "扫码", "扫一扫", "二维码", "责任编辑", "责编", "美术编辑", "版式设计", "校对：",
    "校对:", "编辑：", "编辑:"};

// The inside of a line wholly in round brackets, or nullopt.
std::optional<std::string_view> BracketedInner(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  if (s.empty()) return std::nullopt;
  size_t p = 0;
  size_t e = s.size();
  if (!IsOpenParen(NextCodePoint(s, &p)) || !IsCloseParen(PrevCodePoint(s, &e)) || p > e) {
    return std::nullopt;
  }
  const std::string_view inner = s.substr(p, e - p);
  // One pair of brackets around the whole line, not two bracketed parts.
  for (size_t q = 0; q < inner.size();) {
    const char32_t c = NextCodePoint(inner, &q);
    if (IsOpenParen(c) || IsCloseParen(c)) return std::nullopt;
  }
  return TrimSpace(inner);
}

// Longest closing note (characters inside the brackets).
constexpr size_t kMaxClosingNote = 120;
// Longest line that can be page furniture (a folio).
constexpr size_t kMaxFolio = 60;
// Longest photo credit line: 新华社记者 欧阳某某摄（影像中国）.
constexpr size_t kMaxCreditLine = 24;
// Longest salutation, colon included.
constexpr size_t kMaxSalutation = 16;
// Title tags: （钟声） to （代表委员履职故事）.
constexpr size_t kMinTitleTag = 2;
constexpr size_t kMaxTitleTag = 10;

// Words that open an author note: （作者为某某大学教授）, （作者系…）.
constexpr std::array<std::string_view, 4> kAuthorNoteWords = {"作者", "笔者", "执笔",
                                                              "本文作者"};
// Words that end a note on how the piece was made: （…采访整理）.
constexpr std::array<std::string_view, 5> kMakingWords = {"整理", "采写", "报道", "供稿",
                                                          "综合"};

// Labels of boxes printed inside an article; the first two stand above the
// body, the others inside or after it.
constexpr std::array<std::string_view, 2> kLeadLabels = {"核心阅读", "编者按"};
constexpr std::array<std::string_view, 11> kSidebarLabels = {
    "记者手记", "延伸阅读", "相关链接", "新闻链接", "背景链接", "记者观察",
    "小资料",   "链接",     "短评",     "编后",     "相关阅读"};

// Words of a salutation's ending (…同志们：, 各位代表：).
constexpr std::array<std::string_view, 8> kAddressEndings = {
    "们", "同志", "先生", "女士", "朋友", "老师", "同学", "代表"};
constexpr std::array<std::string_view, 4> kAddressOpenings = {"亲爱的", "尊敬的", "敬爱的",
                                                              "各位"};

// A commentary's pen name in brackets after its last paragraph: 2 to
// kMaxPenName Han characters, maybe spaced out (（卓　言）, （江南）); not an
// end mark (（待续）) or a figure's pointer (（图一）).
bool IsPenName(std::string_view inner) {
  constexpr size_t kMaxPenName = 3;
  constexpr int kMaxPenNames = 3;  // （周　新、何　亮）: names separated by 、
  size_t n = 0;
  int names = 1;
  for (size_t p = 0; p < inner.size();) {
    const char32_t c = NextCodePoint(inner, &p);
    if (IsSpaceChar(c)) continue;
    if (c == U'、') {
      if (n < 2 || ++names > kMaxPenNames) return false;
      n = 0;
      continue;
    }
    if (!IsHan(c) || ++n > kMaxPenName) return false;
  }
  // Not a pointer to a figure or table (（图一）, （见附表）).
  const bool figure =
      inner.find("图") != std::string_view::npos || inner.find("表") != std::string_view::npos;
  return n >= 2 && !figure && !IsEndMark(inner);
}

// Words that label who supplied, wrote or checked a piece, before a colon,
// in a credit printed after it: （供稿：教务处　审核：彭　立）. (来源： names a
// source paper: a trailer, FindSourceTrailer.)
constexpr std::array<std::string_view, 8> kCreditLabels = {"供稿", "审核", "撰稿", "编辑",
                                                           "责编", "校对", "摄影", "整理"};

// A production credit: opens with a credit label and a colon.
bool IsProductionCredit(std::string_view inner) {
  for (std::string_view w : kCreditLabels) {
    if (!inner.starts_with(w)) continue;
    size_t p = w.size();
    if (p >= inner.size()) return false;
    const char32_t c = NextCodePoint(inner, &p);
    return c == U'：' || c == U':';
  }
  return false;
}

// A compilation's credit: （综合新华社、央视新闻报道）, （据新华社报道）.
bool IsCompilationCredit(std::string_view inner) {
  if (!inner.starts_with("综合") && !inner.starts_with("据")) return false;
  constexpr size_t kMinSources = 2;  // characters naming what was drawn on
  for (std::string_view w : kMakingWords) {
    if (inner.ends_with(w) && VisibleLength(inner) > VisibleLength(w) + kMinSources) return true;
  }
  return false;
}

}  // namespace

bool IsPenNameNote(std::string_view line) {
  const std::optional<std::string_view> inner = BracketedInner(line);
  return inner && IsPenName(*inner);
}

bool IsCreditNote(std::string_view line) {
  const std::optional<std::string_view> inner = BracketedInner(line);
  if (!inner) return false;
  // A note on the author, not the author's name: （作者单位：某大学文学院）.
  for (std::string_view w : {std::string_view("作者单位"), std::string_view("作者简介")}) {
    if (inner->starts_with(w)) return true;
  }
  return IsProductionCredit(*inner) || IsCompilationCredit(*inner);
}

bool IsClosingNote(std::string_view line) {
  if (IsEndMark(line)) return true;
  const std::optional<std::string_view> inner = BracketedInner(line);
  if (!inner || inner->empty() || VisibleLength(*inner) > kMaxClosingNote) return false;
  if (EndsSentence(*inner)) return false;
  // A dispatch trailer: the opener's words and nothing after them.
  if (const std::optional<Opener> o = FindOpener(*inner)) {
    if (TrimSpace(inner->substr(o->span.end)).empty()) return true;
  }
  for (std::string_view w : kAuthorNoteWords) {
    if (inner->starts_with(w)) return true;
  }
  if (IsProductionCredit(*inner) || IsCompilationCredit(*inner)) return true;
  if (!HasRoleWord(*inner)) return false;
  for (std::string_view w : kMakingWords) {
    if (inner->ends_with(w)) return true;
  }
  // Reporters: role words and names, separated by spaces, 、 or commas.
  for (size_t p = 0; p < inner->size();) {
    const char32_t c = NextCodePoint(*inner, &p);
    if (!(IsHan(c) || IsSpaceChar(c) || c == U'、' || c == U'，' || c == U',' || c == U'/' ||
          c == U'／' || c == U'·')) {
      return false;
    }
  }
  return true;
}

bool IsEndMark(std::string_view line) {
  static constexpr std::string_view kMarks[] = {"完", "全文完", "本文完", "待续", "未完待续", "未完"};
  constexpr size_t kMaxEndMarkBytes = 24;  // ——未完待续—— and its spaces
  // The common case first: a long line, or one with neither 完 nor 续.
  if (line.size() > 2 * kMaxEndMarkBytes) return false;
  std::string_view s = TrimSpace(line);
  if (s.size() > kMaxEndMarkBytes ||
      (s.find("完") == std::string_view::npos && s.find("续") == std::string_view::npos)) {
    return false;
  }
  // Strip one pair of brackets or of dashes around the mark.
  static constexpr std::pair<std::string_view, std::string_view> kFrames[] = {
      {"（", "）"}, {"(", ")"}, {"【", "】"}, {"［", "］"}, {"[", "]"}, {"—", "—"}, {"-", "-"}};
  bool framed = false;
  for (const auto& [open, close] : kFrames) {
    if (s.size() > open.size() + close.size() && s.starts_with(open) && s.ends_with(close)) {
      s = s.substr(open.size(), s.size() - open.size() - close.size());
      // A dash frame may be doubled (——完——).
      while (open == "—" && s.starts_with(open) && s.ends_with(close) && s.size() > 2 * open.size()) {
        s = s.substr(open.size(), s.size() - 2 * open.size());
      }
      framed = true;
      break;
    }
  }
  if (!framed) return false;
  s = TrimSpace(s);
  for (std::string_view m : kMarks) {
    if (s == m) return true;
  }
  return false;
}

std::optional<Opener> FindDispatch(std::string_view line) {
  if (std::optional<Opener> o = FindOpener(line)) return o;
  const std::optional<std::string_view> inner = BracketedInner(line);
  if (!inner) return std::nullopt;
  std::optional<Opener> o = FindOpener(*inner);
  if (!o || !TrimSpace(inner->substr(o->span.end)).empty()) return std::nullopt;
  o->span = {0, line.size()};
  return o;
}

bool IsClauseBreakHeadline(std::string_view first, std::string_view second) {
  const std::string_view s = TrimSpace(first);
  size_t end = s.size();
  const char32_t last = s.empty() ? 0 : PrevCodePoint(s, &end);
  if (!(last == U'，' || last == U',' || last == U'、')) return false;
  const std::string_view clause = s.substr(0, end);
  return VisibleLength(s) <= kMaxClauseLine && IsHeadlineShape(clause, 0) &&
         IsHeadlineShape(second, 0);
}

namespace {

constexpr size_t kMaxRunInTitle = 40;

// 【title】body.
std::optional<RunInTitle> BracketedRunInTitle(std::string_view line) {
  constexpr std::string_view kOpen = "【";
  constexpr std::string_view kClose = "】";
  if (!line.starts_with(kOpen)) return std::nullopt;
  const size_t close = line.find(kClose);
  if (close == std::string_view::npos) return std::nullopt;
  const std::string_view title = line.substr(kOpen.size(), close - kOpen.size());
  const size_t n = VisibleLength(title);
  const size_t body = close + kClose.size();
  if (n < kMinRunInTitle || n > kMaxRunInTitle || EndsSentence(title) ||
      TrimSpace(line.substr(body)).empty()) {
    return std::nullopt;
  }
  return RunInTitle{{kOpen.size(), close}, body};
}

// ■title　body: a bullet, a title with no clause or sentence mark, white
// space, then text that holds one.
std::optional<RunInTitle> BulletedRunInTitle(std::string_view line) {
  size_t p = 0;
  if (line.empty() || !IsBullet(NextCodePoint(line, &p))) return std::nullopt;
  const size_t begin = SkipSpaces(line, p);
  size_t end = begin;
  while (end < line.size()) {
    size_t q = end;
    const char32_t c = NextCodePoint(line, &q);
    if (IsSpaceChar(c)) break;
    if (IsSentenceEnd(c) || IsClauseMark(c)) return std::nullopt;
    end = q;
  }
  const size_t n = VisibleLength(line.substr(begin, end - begin));
  if (end >= line.size() || n < kMinRunInTitle || n > kMaxRunInTitle) return std::nullopt;
  const size_t body = SkipSpaces(line, end);
  bool text = false;
  for (size_t q = body; q < line.size() && !text;) {
    const char32_t c = NextCodePoint(line, &q);
    text = IsSentenceEnd(c) || IsClauseMark(c);
  }
  if (!text) return std::nullopt;
  return RunInTitle{{begin, end}, body};
}

}  // namespace

std::optional<RunInTitle> FindRunInTitle(std::string_view line) {
  if (std::optional<RunInTitle> r = BracketedRunInTitle(line)) return r;
  return BulletedRunInTitle(line);
}

std::optional<RunInTitle> FindBriefRunInTitle(std::string_view line, bool colon) {
  // (Normalized pages have the full-width space folded to an ASCII one.) A
  // bullet before the title is left out of it.
  size_t begin = 0;
  while (begin < line.size()) {
    size_t q = begin;
    if (!IsBullet(NextCodePoint(line, &q))) break;
    begin = SkipSpaces(line, q);
  }
  size_t end = begin;
  size_t n = 0;
  while (end < line.size()) {
    size_t q = end;
    const char32_t c = NextCodePoint(line, &q);
    if (IsSpaceChar(c) || (colon && (c == U'：' || c == U':'))) break;
    if (IsSentenceEnd(c) || IsClauseMark(c)) return std::nullopt;
    end = q;
    if (++n > kMaxBriefRunInTitle) return std::nullopt;
  }
  if (end >= line.size() || n < kMinRunInTitle) return std::nullopt;
  size_t body = end;
  NextCodePoint(line, &body);
  body = SkipSpaces(line, body);
  if (body >= line.size()) return std::nullopt;
  return RunInTitle{{begin, end}, body};
}

namespace {

// Whether `line` is a short label: 2 to `max_chars` Han characters, maybe
// padded with white space (简　讯), ending in one of `ends`.
bool IsLabelEndingIn(std::string_view line, size_t max_chars,
                     std::initializer_list<std::u32string_view> ends) {
  std::u32string s;
  for (size_t p = 0; p < line.size();) {
    const char32_t c = NextCodePoint(line, &p);
    if (IsSpaceChar(c)) continue;
    if (!IsHan(c)) return false;
    s.push_back(c);
  }
  if (s.size() < 2 || s.size() > max_chars) return false;
  for (std::u32string_view w : ends) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

}  // namespace

bool IsBriefsLabel(std::string_view line) {
  constexpr size_t kMaxBriefsLabel = 6;
  return IsLabelEndingIn(line, kMaxBriefsLabel, {U"讯", U"递", U"览", U"简报", U"短波"});
}

bool IsNoticeHeading(std::string_view line) {
  constexpr size_t kMaxNoticeHeading = 6;
  return IsLabelEndingIn(line, kMaxNoticeHeading,
                         {U"启事", U"声明", U"公告", U"通告", U"讣告", U"聘", U"告示"});
}

bool IsAdvertLabel(std::string_view line) {
  constexpr std::string_view kAdvert = "广告";
  std::string_view s = TrimSpace(line);
  size_t p = 0, e = s.size();
  if (s.size() > kAdvert.size() && IsOpeningMark(NextCodePoint(s, &p)) &&
      IsClosingMark(PrevCodePoint(s, &e)) && p <= e) {
    s = TrimSpace(s.substr(p, e - p));
  }
  return s == kAdvert;
}

namespace {

bool IsAsciiDigitChar(char32_t c) { return c >= U'0' && c <= U'9'; }

// The code point at byte `p` of `s`, without moving.
char32_t PeekCodePoint(std::string_view s, size_t p) { return NextCodePoint(s, &p); }

}  // namespace

bool IsTableRow(std::string_view line) {
  constexpr int kMinTableCells = 3;
  constexpr int kMinNumberCells = 2;
  int cells = 0, numbers = 0, scores = 0;
  bool score = false;   // the cell being read holds a score (1：1)
  int cell_length = 0;  // characters of the cell being read
  int gap = 0;          // display columns of the white space being read
  bool digit = false;
  const std::string_view s = TrimSpace(line);
  // The common case first: no wide gap inside, no row.
  if (s.find("  ") == std::string_view::npos && s.find("\u3000") == std::string_view::npos) {
    return false;
  }
  char32_t prev = 0;
  for (size_t p = 0; p <= s.size();) {
    const bool end = p == s.size();
    const char32_t c = end ? U' ' : NextCodePoint(s, &p);
    if (end) ++p;
    // A score or a time inside a cell (1：1, 3:0, 9：30) is no clause mark.
    const bool in_number = (c == U'：' || c == U':') && IsAsciiDigitChar(prev) && p < s.size() &&
                           IsAsciiDigitChar(PeekCodePoint(s, p));
    prev = c;
    if (IsSentenceEnd(c) || (IsClauseMark(c) && !in_number)) return false;
    if (IsSpaceChar(c)) {
      // A cell of one letter is a letter-spaced line's (张 三), no table's;
      // one digit is a number cell (韩国　3　3　0).
      if (cell_length == 1 && !digit) return false;
      if (cell_length > 0) {
        ++cells;
        numbers += digit;
        scores += score;
      }
      cell_length = 0;
      digit = false;
      score = false;
      gap += c == U'\u3000' ? 2 : 1;
      continue;
    }
    score |= in_number;
    // Cells stand apart by more than a word space (佳能SX30 IS售价).
    if (gap == 1) return false;
    gap = 0;
    ++cell_length;
    digit |= c >= U'0' && c <= U'9';
  }
  // A result: two sides and the score between them (对手　　1：1　中国).
  if (cells == kMinTableCells && scores == 1 && numbers == 1) return true;
  return cells >= kMinTableCells && numbers >= kMinNumberCells;
}

bool IsGraphicSourceLine(std::string_view line) {
  constexpr size_t kMaxSourceLine = 30;
  constexpr size_t kMaxSourceLabel = 4;  // 数据来源, 资料来源, 来源
  constexpr size_t kMaxUtf8Bytes = 4;    // per character
  const std::string_view s = TrimSpace(line);
  // The common case first: a long line, or one without the word.
  if (s.size() > kMaxSourceLine * kMaxUtf8Bytes || s.find("来源") == std::string_view::npos) {
    return false;
  }
  size_t colon = s.find("：");
  if (colon == std::string_view::npos) colon = s.find(':');
  if (colon == std::string_view::npos || VisibleLength(s) > kMaxSourceLine) return false;
  const std::string_view label = s.substr(0, colon);
  const std::string_view rest = TrimSpace(s.substr(colon + (s[colon] == ':' ? 1 : 3)));
  if (!label.ends_with("来源") || VisibleLength(label) > kMaxSourceLabel || rest.empty()) {
    return false;
  }
  for (size_t p = 0; p < rest.size();) {
    if (IsSentenceEnd(NextCodePoint(rest, &p))) return false;
  }
  // A paper's name in 《》 is an article's trailer: （来源：《某某时报》）.
  return !FindSourceTrailer(line);
}

bool EndsWithPhotoCredit(std::string_view line, bool* alone) {
  std::string_view s = TrimSpace(line);
  // The common case first: a line that ends in no credit's last character.
  if (!(s.ends_with("摄") || s.ends_with("发") || s.ends_with("图") || s.ends_with("片") ||
        s.ends_with("）") || s.ends_with(")"))) {
    return false;
  }
  // A tag after the credit: 张三摄（影像中国）.
  if (const std::optional<TitleTag> tag = FindTitleTag(s)) {
    s = TrimSpace(s.substr(0, tag->span.begin));
  }
  // The credit is the last space-separated run: 记者 张三摄 or 新华社发.
  size_t start = s.size();
  for (size_t p = s.size(); p > 0;) {
    size_t q = p;
    const char32_t c = PrevCodePoint(s, &q);
    if (IsSentenceEnd(c) || IsClauseMark(c)) break;
    p = q;
    start = p;
  }
  const std::string_view credit = TrimSpace(s.substr(start));
  const size_t n = VisibleLength(credit);
  if (n < 2 || n > kMaxCreditLine) return false;
  bool is_credit = false;
  if (credit.ends_with("摄")) {
    // 张三摄, 本报记者 张三摄; not a verb (拍摄, 航拍摄).
    is_credit = !credit.ends_with("拍摄") && !credit.ends_with("摄摄");
  } else if (credit.ends_with("供图") || credit.ends_with("资料图片") ||
             credit.ends_with("制图")) {
    is_credit = true;
  } else if (credit.ends_with("发")) {
    // 新华社发, 本报发: an agency's name before 发.
    const std::string_view who = credit.substr(0, credit.size() - std::string_view("发").size());
    for (std::string_view a : {"新华社", "中新社", "本报", "人民视觉", "视觉中国"}) {
      if (TrimSpace(who).ends_with(a)) is_credit = true;
    }
  }
  if (!is_credit) return false;
  for (size_t p = 0; p < credit.size();) {
    const char32_t c = NextCodePoint(credit, &p);
    if (!(IsHan(c) || IsSpaceChar(c) || c == U'·' || c == U'/' || c == U'／' || c == U'、')) {
      return false;
    }
  }
  if (alone) *alone = start == 0;
  return true;
}

bool IsSalutation(std::string_view line) {
  std::string_view s = TrimSpace(line);
  size_t e = s.size();
  if (e == 0) return false;
  const char32_t last = PrevCodePoint(s, &e);
  if (last != U'：' && last != U':') return false;
  s = TrimSpace(s.substr(0, e));
  if (VisibleLength(s) + 1 > kMaxSalutation || VisibleLength(s) < 2) return false;
  for (std::string_view w : kAddressOpenings) {
    if (s.starts_with(w)) return true;
  }
  for (std::string_view w : kAddressEndings) {
    if (s.ends_with(w)) return true;
  }
  return false;
}

bool IsEditorsNote(std::string_view line) {
  static constexpr std::string_view kNoteWords[] = {"编者按", "编者的话", "编前语"};
  std::string_view s = TrimSpace(line);
  if (s.starts_with("【")) s = s.substr(std::string_view("【").size());
  for (std::string_view w : kNoteWords) {
    if (!s.starts_with(w)) continue;
    size_t p = w.size();
    if (p >= s.size()) return true;
    const char32_t c = NextCodePoint(s, &p);
    return c == U'：' || c == U':' || c == U'】' || IsSpaceChar(c);
  }
  return false;
}

bool IsEnumeratedSubhead(std::string_view line) {
  static constexpr std::u32string_view kOrdinals = U"一二三四五六七八九十";
  constexpr size_t kMaxUtf8Bytes = 4;  // per character
  const std::string_view s = TrimSpace(line);
  if (s.empty() || s.size() > kMaxEnumeratedSubhead * kMaxUtf8Bytes) return false;
  {
    // The common case first: a line that opens with no ordinal.
    size_t q = 0;
    char32_t c = NextCodePoint(s, &q);
    if (IsOpenParen(c) && q < s.size()) c = NextCodePoint(s, &q);
    if (kOrdinals.find(c) == std::u32string_view::npos && !(c >= U'0' && c <= U'9') &&
        !(c >= U'０' && c <= U'９')) {
      return false;
    }
  }
  const size_t n = VisibleLength(s);
  if (n < 3 || n > kMaxEnumeratedSubhead) return false;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (IsSentenceEnd(c) && p < s.size()) return false;
  }
  size_t p = 0;
  char32_t c = NextCodePoint(s, &p);
  const bool bracketed = IsOpenParen(c);
  if (bracketed) c = NextCodePoint(s, &p);
  const bool han = kOrdinals.find(c) != std::u32string_view::npos;
  const bool digit = (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
  if (!han && !digit) return false;
  // Up to three ordinal characters (十二), or two digits.
  for (int k = 1; k < 3 && p < s.size(); ++k) {
    size_t q = p;
    const char32_t d = NextCodePoint(s, &q);
    const bool more = han ? kOrdinals.find(d) != std::u32string_view::npos
                          : (d >= U'0' && d <= U'9') || (d >= U'０' && d <= U'９');
    if (!more) break;
    p = q;
  }
  if (p >= s.size()) return false;
  const char32_t mark = NextCodePoint(s, &p);
  if (p >= s.size()) return false;
  if (bracketed) return IsCloseParen(mark);
  if (mark == U'、') return true;
  if (han) return mark == U'是';
  if (mark == U'.' || mark == U'．') {
    size_t q = p;
    const char32_t next = NextCodePoint(s, &q);
    return !((next >= U'0' && next <= U'9') || (next >= U'０' && next <= U'９'));
  }
  return false;
}

bool IsLetterSignOff(std::string_view line) {
  constexpr size_t kMinSignOff = 3;
  constexpr size_t kMaxSignOff = 12;
  constexpr size_t kMaxSignOffLead = 4;  // 永远爱 before 你的
  const std::string_view s = TrimSpace(line);
  const size_t n = VisibleLength(s);
  if (n < kMinSignOff || n > kMaxSignOff) return false;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (IsSentenceEnd(c) || IsClauseMark(c) || IsOpeningMark(c) || IsClosingMark(c)) return false;
  }
  for (std::string_view reader : {std::string_view("你的"), std::string_view("您的")}) {
    const size_t at = s.find(reader);
    if (at != std::string_view::npos && VisibleLength(s.substr(0, at)) <= kMaxSignOffLead &&
        at + reader.size() < s.size()) {
      return true;
    }
  }
  return false;
}

bool IsDateOnlyLine(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  // Digits (ASCII or Chinese numerals) with 年 月 日 or dots and dashes
  // between them, nothing else.
  size_t digits = 0, units = 0, n = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    ++n;
    if ((c >= '0' && c <= '9') ||
        std::u32string_view(U"〇零一二三四五六七八九十").find(c) != std::u32string_view::npos) {
      ++digits;
    } else if (c == U'年' || c == U'月' || c == U'日' || c == U'.' || c == U'-' || c == U'/') {
      ++units;
    } else if (!IsSpaceChar(c)) {
      return false;
    }
  }
  return digits >= 2 && units >= 2 && n <= 16;
}

bool IsSidebarLabel(std::string_view line, bool* leads) {
  std::string_view s = TrimSpace(line);
  // Bullets before and a colon after the label are part of its printing.
  while (!s.empty()) {
    size_t p = 0;
    if (!IsBullet(NextCodePoint(s, &p))) break;
    s = TrimSpace(s.substr(p));
  }
  if (s.ends_with("：")) s = TrimSpace(s.substr(0, s.size() - std::string_view("：").size()));
  if (s.ends_with(":")) s = TrimSpace(s.substr(0, s.size() - 1));
  // A short label in lenticular brackets on a line of its own: a section of
  // the article (【案情】, 【评析】); longer ones are briefs' titles.
  constexpr std::string_view kOpen = "【";
  constexpr std::string_view kClose = "】";
  if (s.starts_with(kOpen) && s.ends_with(kClose) && s.size() > kOpen.size() + kClose.size()) {
    const std::string_view inner = s.substr(kOpen.size(), s.size() - kOpen.size() - kClose.size());
    if (inner.find(kOpen) == std::string_view::npos && VisibleLength(inner) < kMinRunInTitle) {
      if (leads) *leads = false;
      return true;
    }
  }
  for (std::string_view w : kLeadLabels) {
    if (s == w) {
      if (leads) *leads = true;
      return true;
    }
  }
  for (std::string_view w : kSidebarLabels) {
    if (s == w) {
      if (leads) *leads = false;
      return true;
    }
  }
  return false;
}

bool IsFolioLine(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  // Every folio line holds one of these characters: 版, 星(期), 责(任编辑).
  if (s.find("版") == std::string_view::npos && s.find("星期") == std::string_view::npos &&
      s.find("责") == std::string_view::npos) {
    return false;
  }
  if (VisibleLength(s) > kMaxFolio) return false;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (c == U'。' || c == U'；' || c == U'，' || c == U'！' || c == U'？') return false;
  }
  if (s.find("责任编辑") != std::string_view::npos || s.find("责编") != std::string_view::npos) {
    return true;
  }
  static constexpr std::string_view kWeekdays[] = {"星期一", "星期二", "星期三", "星期四",
                                                   "星期五", "星期六", "星期日", "星期天"};
  for (std::string_view w : kWeekdays) {
    if (s.find(w) != std::string_view::npos) return true;
  }
  // 第3版, 03版, A3版: a 版 number that is no jump marker.
  return FindEdition(s) && !FindJumpMarker(s);
}

std::optional<TitleTag> FindTitleTag(std::string_view title) {
  const std::string_view s = TrimSpace(title);
  size_t e = s.size();
  if (e == 0 || !IsCloseParen(PrevCodePoint(s, &e))) return std::nullopt;
  // The matching opening bracket.
  size_t open = std::string_view::npos;
  for (size_t p = e; p > 0;) {
    size_t q = p;
    const char32_t c = PrevCodePoint(s, &q);
    if (IsOpenParen(c)) {
      open = q;
      break;
    }
    if (IsCloseParen(c) || IsSentenceEnd(c) || IsClauseMark(c)) return std::nullopt;
    p = q;
  }
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  size_t after_open = open;
  NextCodePoint(s, &after_open);
  const std::string_view name = TrimSpace(s.substr(after_open, e - after_open));
  const size_t n = VisibleLength(name);
  if (n < kMinTitleTag || n > kMaxTitleTag || HasRoleWord(name)) return std::nullopt;
  for (size_t p = 0; p < name.size();) {
    if (!IsHan(NextCodePoint(name, &p))) return std::nullopt;
  }
  const size_t offset = static_cast<size_t>(s.data() - title.data());
  return TitleTag{{offset + open, offset + s.size()}, std::string(name)};
}

bool HasRoleWord(std::string_view text) {
  for (std::string_view w : kRoleWords) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

std::string CleanByline(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t p = 0; p < text.size();) {
    const char32_t c = NextCodePoint(text, &p);
    if (IsBullet(c) || IsOpenParen(c) || IsCloseParen(c) || c == U'：' || c == U':') {
      space = !out.empty();
      continue;
    }
    if (IsSpaceChar(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    AppendUtf8(c, &out);
  }
  for (std::string_view w : {std::string_view("本报讯"), std::string_view("本刊讯")}) {
    if (out.starts_with(w)) out = std::string(TrimSpace(std::string_view(out).substr(w.size())));
  }
  if (out.ends_with("报道")) {
    out.resize(out.size() - std::string_view("报道").size());
    out = std::string(TrimSpace(out));
  }
  return out;
}

namespace {

// A bulleted byline without a role word: a name of kMinNameChars to
// kMaxNameChars Han characters, or an affiliation of at most
// kMaxMarkedAffiliation characters ending in one of kAffiliationEnds.
constexpr size_t kMinNameChars = 2;
constexpr size_t kMaxNameChars = 4;
constexpr size_t kMaxMarkedAffiliation = 12;
constexpr std::string_view kAffiliationEnds[] = {"媒体", "报", "刊", "网", "社", "台"};

// A two-character name padded to the width of three, as papers set an
// author's name on a line of its own: Han, white space, Han (李　华, 王 静).
// Han, white space, Han: the second character, or nullopt.
std::optional<char32_t> PaddedPairEnd(std::string_view s) {
  s = TrimSpace(s);
  size_t p = 0;
  if (p >= s.size() || !IsHan(NextCodePoint(s, &p))) return std::nullopt;
  int spaces = 0;
  char32_t c = 0;
  while (p < s.size() && IsSpaceChar(c = NextCodePoint(s, &p))) ++spaces;
  if (spaces == 0 || !IsHan(c) || p != s.size()) return std::nullopt;
  return c;
}

// Second characters that name a kind of news piece (简讯, 要闻, 短评, 社论).
constexpr char32_t kGenreEnds[] = {U'讯', U'闻', U'评', U'论'};

bool EndsAsGenre(char32_t c) {
  return std::find(std::begin(kGenreEnds), std::end(kGenreEnds), c) != std::end(kGenreEnds);
}

// A column label is padded the same way (简　讯, 要　闻): see IsPaddedLabel.
bool IsPaddedName(std::string_view s) {
  const std::optional<char32_t> end = PaddedPairEnd(s);
  return end && !EndsAsGenre(*end);
}

// The label of an author line printed after the text (作者：某某).
constexpr std::string_view kAuthorLabel = "作者";
// Fewest characters of an author's unit in brackets (江西省某县实验小学): more
// than a title's part or genre note (（上）, （组诗）, （外二首）).
constexpr size_t kMinUnitChars = 5;
constexpr size_t kMaxUnitChars = 30;

// `s` as a person's name (2 to kMaxNameChars Han characters, or a padded
// two-character name), maybe followed by the person's unit or post in round
// brackets (kMinUnitChars to kMaxUnitChars Han characters, digits and ·),
// which `unit_required` asks for: the name, or nullopt.
std::optional<std::string_view> NameBeforeUnit(std::string_view s, bool unit_required) {
  std::string_view name = s;
  const size_t open = s.find("（");
  if (open != std::string_view::npos) {
    if (!s.ends_with("）")) return std::nullopt;
    const std::string_view unit =
        s.substr(open + std::string_view("（").size(),
                 s.size() - open - std::string_view("（").size() - std::string_view("）").size());
    const size_t n = VisibleLength(unit);
    if (n < kMinUnitChars || n > kMaxUnitChars) return std::nullopt;
    for (size_t p = 0; p < unit.size();) {
      const char32_t c = NextCodePoint(unit, &p);
      if (!IsHan(c) && !(c >= U'0' && c <= U'9') && c != U'·') return std::nullopt;
    }
    name = TrimSpace(s.substr(0, open));
  } else if (unit_required) {
    return std::nullopt;
  }
  if (IsPaddedName(name)) return name;
  size_t han = 0;
  for (size_t p = 0; p < name.size();) {
    if (!IsHan(NextCodePoint(name, &p))) return std::nullopt;
    ++han;
  }
  if (han < kMinNameChars || han > kMaxNameChars) return std::nullopt;
  return name;
}

}  // namespace

bool IsPaddedLabel(std::string_view s) {
  const std::optional<char32_t> end = PaddedPairEnd(s);
  return end && EndsAsGenre(*end);
}

bool StartsAsCaption(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {"图为", "图：", "图:", "上图", "下图",
                                                  "左图", "右图", "题图"};
  for (std::string_view o : kOpeners) {
    if (s.starts_with(o)) return true;
  }
  return false;
}

bool OpensWithDayAndComma(std::string_view s) {
  // Month digits, 月, day digits, 日, a comma: each step consumes what it reads.
  constexpr int kMaxDigits = 2;
  size_t p = 0;
  auto digits = [&] {
    int n = 0;
    for (size_t q = p; q < s.size();) {
      const char32_t c = NextCodePoint(s, &q);
      if (!((c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'))) break;
      p = q;
      ++n;
    }
    return n > 0 && n <= kMaxDigits;
  };
  auto mark = [&](char32_t want) {
    size_t q = p;
    if (q >= s.size() || NextCodePoint(s, &q) != want) return false;
    p = q;
    return true;
  };
  return digits() && mark(U'月') && digits() && mark(U'日') && (mark(U'，') || mark(U','));
}

namespace {

std::optional<BylineLine> ParseBylineLineUncached(std::string_view line);

// ParseBylineLine's answers for recent lines: the rules ask it about the
// same line many times. Keyed by the line's bytes (a line may be a
// temporary joined string), one entry per slot, per thread.
constexpr size_t kBylineMemoSlots = 256;
struct BylineMemo {
  std::string line;
  bool filled = false;
  std::optional<BylineLine> answer;
};

size_t BylineMemoSlot(std::string_view line) {
  uint64_t h = line.size();
  for (unsigned char c : line) h = h * 131 + c;
  return static_cast<size_t>(h % kBylineMemoSlots);
}

}  // namespace

std::optional<BylineLine> ParseBylineLine(std::string_view line) {
  thread_local std::vector<BylineMemo> memo(kBylineMemoSlots);
  BylineMemo& m = memo[BylineMemoSlot(line)];
  if (m.filled && m.line == line) return m.answer;
  m.answer = ParseBylineLineUncached(line);
  m.line.assign(line);
  m.filled = true;
  return m.answer;
}

namespace {

std::optional<BylineLine> ParseBylineLineUncached(std::string_view line) {
  std::string_view s = TrimSpace(line);
  bool marked = false;
  while (!s.empty()) {
    size_t p = 0;
    const char32_t c = NextCodePoint(s, &p);
    if (!IsBullet(c)) break;
    marked = true;
    s = TrimSpace(s.substr(p));
  }
  bool bracketed = false;
  if (!s.empty()) {
    size_t p = 0;
    size_t e = s.size();
    if (IsOpenParen(NextCodePoint(s, &p)) && IsCloseParen(PrevCodePoint(s, &e)) && p <= e) {
      bracketed = true;
      s = TrimSpace(s.substr(p, e - p));
    }
  }
  if (s.size() > 40 * 4) return std::nullopt;  // longer than 40 characters
  // No sentence punctuation, no quotation; and no bracket left open (本报某地电
  // （记者 甲、 is a dispatch wrapped onto the next line, not a byline line).
  int open_brackets = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (IsSentenceEnd(c) || c == U'，' || c == U',' || c == U'；' || c == U';' ||
        c == U'“' || c == U'”' || c == U'《') {
      return std::nullopt;
    }
    open_brackets += IsOpenParen(c) ? 1 : IsCloseParen(c) ? -1 : 0;
  }
  if (open_brackets > 0) return std::nullopt;
  const size_t n = VisibleLength(s);
  if (n < 2 || n > 40) return std::nullopt;
  if (FindJumpMarker(s) || IsSidebarLabel(s)) return std::nullopt;  // 记者手记 is a box
  // A dispatch opener with its body wrapped after it (据新华社某地4月2日电 记者从某
  // / 大学获悉…) is no byline line, whatever words follow 电.
  if (FindOpener(s)) return std::nullopt;
  BylineLine b;
  bool credit_alone = false;
  if (!EndsAsTextAndPhotos(s) && EndsWithPhotoCredit(s, &credit_alone) && credit_alone) {
    b.form = BylineForm::kCredit;  // 张三摄, 新华社发
    b.value = CleanByline(s);
  return b;
  }
  if (!marked && !bracketed && IsPaddedName(s)) {
    b.form = BylineForm::kPlain;  // 李　华: an author's name set alone
    b.value = CleanByline(s);
    return b;
  }
  if (!marked && !bracketed) {
    // 作者：邓卫东（市社会科学院研究员）, 王秀芝（江西省上饶市广丰区实验小学）:
    // an author named with a label or with a unit in brackets.
    std::string_view who = s;
    const bool labelled = who.starts_with(kAuthorLabel);
    if (labelled) {
      size_t p = kAuthorLabel.size();
      const char32_t c = p < who.size() ? NextCodePoint(who, &p) : 0;
      if (c != U'：' && c != U':' && !IsSpaceChar(c)) return std::nullopt;
      who = TrimSpace(who.substr(p));
    }
    const std::optional<std::string_view> name = NameBeforeUnit(who, /*unit_required=*/!labelled);
    if (name) {
      b.form = labelled ? BylineForm::kBracketed : BylineForm::kPlain;
      b.value = CleanByline(*name);
      return b;
    }
  }
  if (!HasRoleWord(s) && s.starts_with(kReaderRole) && s.size() > kReaderRole.size()) {
    size_t p = kReaderRole.size();
    if (IsSpaceChar(NextCodePoint(s, &p))) {
      const std::string_view name = TrimSpace(s.substr(kReaderRole.size()));
      const size_t n_name = VisibleLength(name);
      bool han = n_name >= 2 && n_name <= 4;
      for (size_t q = 0; han && q < name.size();) han = IsHan(NextCodePoint(name, &q));
      if (han || IsPaddedName(name)) {
        b.form = marked ? BylineForm::kMarked : BylineForm::kPlain;
        b.value = CleanByline(s);
        return b;
      }
    }
  }
  if (!HasRoleWord(s)) {
    // ■ 乐丁, ■ 中国妇女报全媒体: a bullet and a name, or a bullet and an
    // affiliation whose role follows on the next line. A bullet before any
    // other short text marks a headline (◆社区老年课堂场场爆满).
    if (!marked || n > kMaxMarkedAffiliation) return std::nullopt;
    size_t han = 0;
    for (size_t p = 0; p < s.size();) {
      const char32_t c = NextCodePoint(s, &p);
      if (!IsHan(c) && !IsSpaceChar(c)) return std::nullopt;
      han += IsHan(c) ? 1 : 0;
    }
    const bool name = (han >= kMinNameChars && han <= kMaxNameChars) || IsPaddedName(s);
    bool affiliation = false;
    for (std::string_view end : kAffiliationEnds) affiliation = affiliation || s.ends_with(end);
    if (!name && !affiliation) return std::nullopt;
    b.form = BylineForm::kMarked;
    b.value = CleanByline(s);
  return b;
  }
  if (s.ends_with("摄") && !EndsAsTextAndPhotos(s)) {
    b.form = BylineForm::kCredit;
    b.value = CleanByline(s);
  return b;
  }
  // After the last role word come names: tokens of 2 to 4 characters (before
  // a closing 文/摄).
  const std::string_view core = EndsAsTextAndPhotos(s) ? TrimSpace(s.substr(0, s.rfind("文"))) : s;
  size_t last = 0;
  for (std::string_view w : kRoleWords) {
    const size_t at = core.rfind(w);
    if (at != std::string_view::npos) last = std::max(last, at + w.size());
  }
  std::string_view names = core.substr(last);
  std::vector<size_t> lengths;  // of the name tokens, in characters
  size_t len = 0;
  for (size_t p = 0; p <= names.size();) {
    char32_t c = 0;
    if (p < names.size()) c = NextCodePoint(names, &p);
    else ++p;
    if (c == 0 || IsSpaceChar(c) || c == U'/' || c == U'／' || c == U'、') {
      if (len > 0) lengths.push_back(len);
      len = 0;
    } else if (IsHan(c) || c == U'·') {
      ++len;
    } else {
      return std::nullopt;
    }
  }
  // Names of 2 to 4 characters; a two-character name padded to the width of
  // three (赵　亮) comes as two one-character tokens.
  int tokens = 0;
  for (size_t k = 0; k < lengths.size(); ++k) {
    if (lengths[k] == 1 && k + 1 < lengths.size() && lengths[k + 1] == 1) ++k;
    else if (lengths[k] < 2 || lengths[k] > 4) return std::nullopt;
    ++tokens;
  }
  // 本报评论员, 特约评论员: a commentator's byline names no one.
  constexpr std::string_view kCommentator = "评论员";
  constexpr size_t kMaxCommentatorByline = 8;
  if (tokens == 0 && !(s.ends_with(kCommentator) && n <= kMaxCommentatorByline)) {
    return std::nullopt;
  }
  b.form = bracketed ? BylineForm::kBracketed : marked ? BylineForm::kMarked : BylineForm::kPlain;
  b.value = CleanByline(s);
  return b;
}

}  // namespace

bool IsCreditedCaption(std::string_view line) {
  bool alone = false;
  if (!EndsWithPhotoCredit(line, &alone) || alone) return false;
  // A sentence before the credit, or a caption's opening (图为…).
  const std::string_view s = TrimSpace(line);
  if (s.starts_with("图为") || s.starts_with("图：") || s.starts_with("图:")) return true;
  for (size_t p = 0; p < s.size();) {
    if (IsSentenceEnd(NextCodePoint(s, &p))) return true;
  }
  return false;
}

bool IsDatelineLine(std::string_view line) {
  std::string_view s = TrimSpace(line);
  bool colon = false;
  {
    size_t e = s.size();
    if (e > 0) {
      const char32_t c = PrevCodePoint(s, &e);
      if (c == U'：' || c == U':') {
        colon = true;
        s = TrimSpace(s.substr(0, e));
      }
    }
  }
  size_t n = 0;
  char32_t last = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    if (!IsHan(c)) return false;
    last = c;
    ++n;
  }
  if (n < 2 || n > 10) return false;
  // Without a colon, the place after the province is a city's short name
  // (湖南长沙, 西藏拉萨) or ends in an administrative suffix (浙江安吉县): a
  // headline opens with a province too (辽宁主场力克广东, 广东出台新规).
  constexpr size_t kMaxBareCityName = 3;
  for (std::string_view prov : kProvinces) {
    if (!s.starts_with(prov)) continue;
    if (colon) return n <= 10u;
    const std::string_view rest = s.substr(prov.size());
    std::string suffix;
    AppendUtf8(last, &suffix);
    return n <= 8u && !rest.empty() &&
           (VisibleLength(rest) <= kMaxBareCityName || kPlaceSuffixes.find(suffix) != std::string_view::npos);
  }
  if (colon && n <= 8) {
    std::string suffix;
    AppendUtf8(last, &suffix);
    return kPlaceSuffixes.find(suffix) != std::string_view::npos;
  }
  return false;
}

std::string DatelineValue(std::string_view line) {
  std::string_view s = TrimSpace(line);
  size_t e = s.size();
  if (e > 0) {
    const char32_t c = PrevCodePoint(s, &e);
    if (c == U'：' || c == U':') s = TrimSpace(s.substr(0, e));
  }
  return std::string(s);
}

bool IsDebrisLine(std::string_view line) {
  if (line.size() > 24 * 4 || VisibleLength(line) > 24) return false;
  for (std::string_view w : kDebrisWords) {
    if (line.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool IsHeadlineShape(std::string_view line, size_t wrap_width) {
  if (line.size() > 2 * 48 * 4) return false;  // even when printed twice
  const char32_t last = LastSignificantChar(line);
  if (IsSentenceEnd(last)) return false;
  size_t n = VisibleLength(line);
  if (n > 48) n = VisibleLength(Undouble(line));
  if (n < 2 || n > 48) return false;
  if (IsSentenceEnd(last)) return false;
  if (IsClauseMark(last)) {
    if (!((last == U'：' || last == U':') && n <= 16)) return false;
  }
  int commas = 0;
  for (size_t p = 0; p < line.size();) {
    const char32_t c = NextCodePoint(line, &p);
    if (c == U'。' || c == U'；' || c == U';') return false;
    if (c == U'，' || c == U',' || c == U'、') ++commas;
  }
  if (wrap_width > 0 && commas > 0 && n * 10 >= wrap_width * 6) return false;
  // Two commas in a long line that does not end like a kicker: a sentence
  // cut by the layout.
  if (commas >= 2 && n >= 15 && !EndsAsKicker(line)) return false;
  return true;
}

bool IsExclaimedHeadline(std::string_view line) {
  constexpr size_t kMaxExclaimedHeadline = 30;
  const std::string_view s = TrimSpace(line);
  size_t e = s.size();
  if (e == 0) return false;
  const char32_t last = PrevCodePoint(s, &e);
  if (last != U'！' && last != U'？' && last != U'!' && last != U'?') return false;
  const std::string_view rest = s.substr(0, e);
  if (VisibleLength(rest) > kMaxExclaimedHeadline) return false;
  int commas = 0;
  for (size_t p = 0; p < rest.size();) {
    const char32_t c = NextCodePoint(rest, &p);
    if (IsSentenceEnd(c) || c == U'；' || c == U';') return false;
    if (c == U'，' || c == U',') ++commas;
  }
  return commas <= 1 && IsHeadlineShape(rest, 0);
}

bool EndsAsKicker(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  return s.ends_with("—") || s.ends_with("：") || s.ends_with(":");
}

bool IsSeriesLabel(std::string_view line) {
  constexpr size_t kMinLabel = 4;
  constexpr size_t kMaxLabel = 10;
  static constexpr std::string_view kTopicOpeners[] = {"聚焦", "关注", "走进", "直击", "探访",
                                                       "记者探访", "追踪"};
  static constexpr std::string_view kSeriesNouns[] = {
      "观察", "故事", "纪实", "调查", "一线", "进行时", "巡礼", "特写", "笔记", "见闻", "札记", "速递",
      "来信", "传真", "热线", "视点", "纵横", "论坛"};
  const std::string_view s = TrimSpace(line);
  const size_t n = VisibleLength(s);
  if (n < kMinLabel || n > kMaxLabel) return false;
  for (size_t p = 0; p < s.size();) {
    if (!IsHan(NextCodePoint(s, &p))) return false;
  }
  for (std::string_view w : kTopicOpeners) {
    if (s.starts_with(w) && s.size() > w.size()) return true;
  }
  for (std::string_view w : kSeriesNouns) {
    if (s.ends_with(w) && s.size() > w.size()) return true;
  }
  return false;
}

std::string Undouble(std::string_view headline) {
  std::string out;
  const std::string_view s = TrimSpace(headline);
  size_t p = 0;
  while (p < s.size()) {
    p = SkipSpaces(s, p);
    if (p >= s.size()) break;
    size_t q = p;
    std::vector<size_t> starts;
    while (q < s.size()) {
      size_t r = q;
      if (IsSpaceChar(NextCodePoint(s, &r))) break;
      starts.push_back(q);
      q = r;
    }
    std::string_view part = s.substr(p, q - p);
    const size_t n = starts.size();
    if (n >= 6 && n % 2 == 0) {
      const size_t mid = starts[n / 2] - p;
      if (part.substr(0, mid) == part.substr(mid)) part = part.substr(0, mid);
    }
    if (!out.empty()) out.push_back(' ');
    out.append(part);
    p = q;
  }
  return out;
}

}  // namespace baokan::segment
