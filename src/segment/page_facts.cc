#include "segment/page_facts.h"

#include <algorithm>
#include <cstdio>

#include "segment/chars.h"

namespace baokan::segment {
namespace {

constexpr std::u32string_view kChineseDigits = U"〇一二三四五六七八九";
constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2200;
// Longest 版 name (要闻, 国际, 文化旅游, 理论·实践 …).
constexpr size_t kMinSection = 2;
constexpr size_t kMaxSection = 6;
// Highest 版 number a paper prints.
constexpr int kMaxEdition = 999;

// The value of a digit character (ASCII, full-width or Chinese), or -1.
int DigitValue(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  if (c == U'零') return 0;
  const size_t i = kChineseDigits.find(c);
  return i == std::u32string_view::npos ? -1 : static_cast<int>(i);
}

// Reads a number ending just before byte `end` of `s`: digits (ASCII or
// Chinese, positional: 二〇二四) or a Chinese count up to 99 (十二, 二十一).
// Sets *begin to where it starts. Returns -1 when there is none.
int NumberBefore(std::string_view s, size_t end, size_t* begin) {
  std::u32string chars;
  size_t p = end;
  while (p > 0) {
    size_t q = p;
    const char32_t c = PrevCodePoint(s, &q);
    if (DigitValue(c) < 0 && c != U'十') break;
    chars.insert(chars.begin(), c);
    p = q;
  }
  *begin = p;
  if (chars.empty() || chars.size() > 4) return -1;
  const size_t ten = chars.find(U'十');
  if (ten == std::u32string::npos) {
    int n = 0;
    for (char32_t c : chars) n = n * 10 + DigitValue(c);
    return n;
  }
  // 十, 十二, 二十, 二十一
  if (chars.size() > 3 || chars.find(U'十', ten + 1) != std::u32string::npos) return -1;
  const int tens = ten == 0 ? 1 : DigitValue(chars[0]);
  const int ones = ten + 1 < chars.size() ? DigitValue(chars[ten + 1]) : 0;
  if (tens < 1 || ones < 0 || ten > 1) return -1;
  return tens * 10 + ones;
}

bool ValidDay(int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDays[month - 1];
}

bool ValidDate(int year, int month, int day) {
  const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return ValidDay(month, day) && !(month == 2 && day == 29 && !leap);
}

std::string Iso(int year, int month, int day) {
  char buf[32];  // room for any int, so no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Finds "M月D日" in `s`; sets *month, *day and *begin (where M starts).
bool FindMonthDay(std::string_view s, int* month, int* day, size_t* begin) {
  for (size_t at = s.find("月"); at != std::string_view::npos; at = s.find("月", at + 1)) {
    size_t m_begin = 0;
    const int m = NumberBefore(s, at, &m_begin);
    const size_t d_at = s.find("日", at);
    if (m < 0 || d_at == std::string_view::npos) continue;
    size_t d_begin = 0;
    const int d = NumberBefore(s, d_at, &d_begin);
    if (d < 0 || d_begin != at + std::string_view("月").size() || !ValidDay(m, d)) continue;
    *month = m;
    *day = d;
    *begin = m_begin;
    return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> FindFullDate(std::string_view text) {
  int month = 0, day = 0;
  size_t begin = 0;
  std::string_view rest = text;
  while (FindMonthDay(rest, &month, &day, &begin)) {
    const std::string_view before = rest.substr(0, begin);
    if (before.ends_with("年")) {
      size_t y_begin = 0;
      const int year =
          NumberBefore(before, before.size() - std::string_view("年").size(), &y_begin);
      if (year >= kMinYear && year <= kMaxYear && ValidDate(year, month, day)) {
        return Iso(year, month, day);
      }
    }
    rest = rest.substr(begin + 1);
  }
  return std::nullopt;
}

std::optional<int> FindEdition(std::string_view line) {
  for (size_t at = line.find("版"); at != std::string_view::npos; at = line.find("版", at + 1)) {
    const size_t end = SkipSpacesBack(line, at);
    size_t begin = 0;
    const int n = NumberBefore(line, end, &begin);
    if (n <= 0 || n > kMaxEdition) continue;  // 2023版 is an edition of a book
    // 第17版, A3版, or a number standing as a word of its own before 版.
    const size_t b = SkipSpacesBack(line, begin);
    bool word = b == 0 || b < begin;
    if (!word) {
      size_t q = b;
      const char32_t c = PrevCodePoint(line, &q);
      word = c == U'第' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
    if (!word) continue;
    return n;
  }
  return std::nullopt;
}

namespace {

// The 版 name starting at byte `p` of a folio line: 2 to 6 Han characters
// (or ·), no weekday or editor, and when `whole_field`, followed by white
// space or the line's end; nullopt otherwise.
std::optional<std::string> SectionNameAt(std::string_view line, size_t p, bool whole_field) {
  p = SkipSpaces(line, p);
  size_t q = p;
  size_t n = 0;
  while (q < line.size()) {
    size_t r = q;
    const char32_t c = NextCodePoint(line, &r);
    if (!IsHan(c) && c != U'·') break;
    q = r;
    ++n;
  }
  const std::string_view name = line.substr(p, q - p);
  if (n < kMinSection || n > kMaxSection || name.starts_with("星期") || name.starts_with("责任") ||
      name.starts_with("责编")) {
    return std::nullopt;
  }
  if (whole_field && q < line.size() && SkipSpaces(line, q) == q) return std::nullopt;
  return std::string(name);
}

// Longest number of an edition code (A12, B103).
constexpr size_t kMaxEditionCodeDigits = 3;

}  // namespace

std::optional<std::string> FindSectionAfterEdition(std::string_view line) {
  const size_t at = line.find("版");
  if (at != std::string_view::npos && FindEdition(line)) {
    return SectionNameAt(line, at + std::string_view("版").size(), /*whole_field=*/false);
  }
  if (const std::optional<EditionCode> code = FindEditionCode(line)) {
    return SectionNameAt(line, code->end, /*whole_field=*/true);
  }
  return std::nullopt;
}

std::optional<EditionCode> FindEditionCode(std::string_view line) {
  for (size_t p = SkipSpaces(line, 0); p < line.size();) {
    size_t end = p;  // the field's end: the next white space
    while (end < line.size() && SkipSpaces(line, end) == end) {
      NextCodePoint(line, &end);
    }
    const std::string_view field = line.substr(p, end - p);
    const bool letter = !field.empty() && ((field[0] >= 'A' && field[0] <= 'Z') ||
                                           (field[0] >= 'a' && field[0] <= 'z'));
    const std::string_view digits = letter ? field.substr(1) : std::string_view();
    if (!digits.empty() && digits.size() <= kMaxEditionCodeDigits &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      const int n = std::stoi(std::string(digits));
      if (n > 0) return EditionCode{n, end};
    }
    p = SkipSpaces(line, end);
  }
  return std::nullopt;
}

namespace {

// A bare page number: 1 to kMaxEdition in ASCII or full-width digits, or
// nullopt.
std::optional<int> BarePageNumber(std::string_view s) {
  if (s.empty()) return std::nullopt;
  int n = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    int digit = -1;
    if (c >= U'0' && c <= U'9') digit = static_cast<int>(c - U'0');
    if (c >= U'０' && c <= U'９') digit = static_cast<int>(c - U'０');
    if (digit < 0) return std::nullopt;
    n = n * 10 + digit;
    if (n > kMaxEdition) return std::nullopt;
  }
  if (n == 0) return std::nullopt;
  return n;
}

}  // namespace

PageFacts ReadPageFacts(const std::vector<std::string_view>& folio_lines,
                        const std::vector<std::string_view>& section_lines) {
  PageFacts f;
  for (std::string_view line : folio_lines) {
    if (!f.date) f.date = FindFullDate(line);
    if (!f.edition) f.edition = FindEdition(line);
    if (!f.edition) {
      if (const std::optional<EditionCode> code = FindEditionCode(line)) f.edition = code->number;
    }
    if (!f.section) f.section = FindSectionAfterEdition(line);
  }
  for (std::string_view line : section_lines) {
    std::string_view t = TrimSpace(line);
    if (f.section) break;
    // A section name with the page's number beside it: 国内　3, 3　国内.
    const size_t space = t.find_first_of(" \t");
    const size_t wide_space = t.find("　");
    const size_t cut = std::min(space, wide_space);
    if (cut != std::string_view::npos) {
      const std::string_view left = TrimSpace(t.substr(0, cut));
      const std::string_view right = TrimSpace(t.substr(cut));
      const std::optional<int> l = BarePageNumber(left), r = BarePageNumber(right);
      if (l || r) {
        if (!f.edition) f.edition = l ? l : r;
        t = l ? right : left;
      }
    }
    const size_t n = VisibleLength(t);
    if (n >= kMinSection && n <= kMaxSection) f.section = std::string(t);
  }
  return f;
}

std::optional<std::string> DispatchDate(std::string_view dispatch,
                                        const std::optional<std::string>& page_date) {
  if (!page_date) return std::nullopt;
  if (std::optional<std::string> full = FindFullDate(dispatch)) return full;
  int month = 0, day = 0;
  size_t begin = 0;
  int year = 0, page_month = 0, page_day = 0;
  if (std::sscanf(page_date->c_str(), "%d-%d-%d", &year, &page_month, &page_day) != 3) {
    return std::nullopt;
  }
  if (!FindMonthDay(dispatch, &month, &day, &begin)) {
    // A day alone (新华社东京20日电, 中央社记者某某台北20日电): in the page's
    // month, or the month before when the day is later than the page's.
    const size_t at = dispatch.rfind("日");
    size_t d_begin = 0;
    day = at == std::string_view::npos ? -1 : NumberBefore(dispatch, at, &d_begin);
    if (day <= 0) return std::nullopt;
    month = page_month;
    if (day > page_day && --month == 0) {
      month = 12;
      --year;
    }
    if (!ValidDate(year, month, day)) return std::nullopt;
    return Iso(year, month, day);
  }
  if (month > page_month) --year;  // filed in the year before the page
  if (!ValidDate(year, month, day)) return std::nullopt;
  return Iso(year, month, day);
}

}  // namespace baokan::segment
