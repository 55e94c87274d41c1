#include "segment/line_class.h"

#include <array>
#include <vector>

#include "segment/chars.h"

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
// a common character in ordinary words only as 摄影/拍摄).
constexpr std::array<std::string_view, 11> kRoleWords = {
    "记者", "通讯员", "实习生", "摄影", "撰稿", "撰文", "特约", "报道员", "编译",
    "文/图", "文／图"};

// Words that mark page furniture rather than news.
constexpr std::array<std::string_view, 9> kDebrisWords = {
    "扫码", "扫一扫", "二维码", "责任编辑", "责编", "美术编辑", "版式设计", "校对：",
    "校对:"};

}  // namespace

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
    const char32_t c = NextChar(text, &p);
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
    AppendChar(c, &out);
  }
  for (std::string_view w : {std::string_view("本报讯"), std::string_view("本刊讯")}) {
    if (StartsWith(out, w)) out = std::string(TrimSpace(std::string_view(out).substr(w.size())));
  }
  if (EndsWith(out, "报道")) {
    out.resize(out.size() - std::string_view("报道").size());
    out = std::string(TrimSpace(out));
  }
  return out;
}

std::optional<BylineLine> ParseBylineLine(std::string_view line) {
  std::string_view s = TrimSpace(line);
  bool marked = false;
  while (!s.empty()) {
    size_t p = 0;
    const char32_t c = NextChar(s, &p);
    if (!IsBullet(c)) break;
    marked = true;
    s = TrimSpace(s.substr(p));
  }
  bool bracketed = false;
  if (!s.empty()) {
    size_t p = 0;
    size_t e = s.size();
    if (IsOpenParen(NextChar(s, &p)) && IsCloseParen(PrevChar(s, &e)) && p <= e) {
      bracketed = true;
      s = TrimSpace(s.substr(p, e - p));
    }
  }
  if (s.size() > 40 * 4) return std::nullopt;  // longer than 40 characters
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextChar(s, &p);
    if (IsSentenceEnd(c) || c == U'，' || c == U',' || c == U'；' || c == U';' ||
        c == U'“' || c == U'”' || c == U'《') {
      return std::nullopt;
    }
  }
  const size_t n = VisibleLength(s);
  if (n < 2 || n > 40) return std::nullopt;
  if (FindJumpMarker(s)) return std::nullopt;
  BylineLine b;
  b.value = CleanByline(s);
  if (!HasRoleWord(s)) {
    // ■ 乐丁, ■ 中国妇女报全媒体: a bullet and a few characters.
    if (!marked || n > 12) return std::nullopt;
    for (size_t p = 0; p < s.size();) {
      const char32_t c = NextChar(s, &p);
      if (!IsHan(c) && !IsSpaceChar(c)) return std::nullopt;
    }
    b.form = BylineForm::kMarked;
    return b;
  }
  if (EndsWith(s, "摄")) {
    b.form = BylineForm::kCredit;
    return b;
  }
  // After the last role word come names: tokens of 2 to 4 characters.
  size_t last = 0;
  for (std::string_view w : kRoleWords) {
    const size_t at = s.rfind(w);
    if (at != std::string_view::npos) last = std::max(last, at + w.size());
  }
  std::string_view names = s.substr(last);
  int tokens = 0;
  size_t len = 0;
  for (size_t p = 0; p <= names.size();) {
    char32_t c = 0;
    if (p < names.size()) c = NextChar(names, &p);
    else ++p;
    if (c == 0 || IsSpaceChar(c) || c == U'/' || c == U'／' || c == U'、') {
      if (len > 0) {
        if (len < 2 || len > 4) return std::nullopt;
        ++tokens;
      }
      len = 0;
    } else if (IsHan(c) || c == U'·') {
      ++len;
    } else {
      return std::nullopt;
    }
  }
  if (tokens == 0) return std::nullopt;
  b.form = bracketed ? BylineForm::kBracketed : marked ? BylineForm::kMarked : BylineForm::kPlain;
  return b;
}

bool IsCreditedCaption(std::string_view line) {
  std::string_view s = TrimSpace(line);
  if (!EndsWith(s, "摄") || !HasRoleWord(s)) return false;
  for (size_t p = 0; p < s.size();) {
    if (IsSentenceEnd(NextChar(s, &p))) return true;
  }
  return false;
}

bool IsDatelineLine(std::string_view line) {
  std::string_view s = TrimSpace(line);
  bool colon = false;
  {
    size_t e = s.size();
    if (e > 0) {
      const char32_t c = PrevChar(s, &e);
      if (c == U'：' || c == U':') {
        colon = true;
        s = TrimSpace(s.substr(0, e));
      }
    }
  }
  size_t n = 0;
  char32_t last = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextChar(s, &p);
    if (!IsHan(c)) return false;
    last = c;
    ++n;
  }
  if (n < 2 || n > 10) return false;
  for (std::string_view prov : kProvinces) {
    if (StartsWith(s, prov)) return n <= (colon ? 10u : 8u);
  }
  if (colon && n <= 8) {
    std::string suffix;
    AppendChar(last, &suffix);
    return kPlaceSuffixes.find(suffix) != std::string_view::npos;
  }
  return false;
}

std::string DatelineValue(std::string_view line) {
  std::string_view s = TrimSpace(line);
  size_t e = s.size();
  if (e > 0) {
    const char32_t c = PrevChar(s, &e);
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
    const char32_t c = NextChar(line, &p);
    if (c == U'。' || c == U'；' || c == U';') return false;
    if (c == U'，' || c == U',' || c == U'、') ++commas;
  }
  if (wrap_width > 0 && commas > 0 && n * 10 >= wrap_width * 6) return false;
  // Two commas in a long line that does not end like a kicker: a sentence
  // cut by the layout.
  if (commas >= 2 && n >= 15 && !EndsAsKicker(line)) return false;
  return true;
}

bool EndsAsKicker(std::string_view line) {
  const std::string_view s = TrimSpace(line);
  return EndsWith(s, "—") || EndsWith(s, "：") || EndsWith(s, ":");
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
      if (IsSpaceChar(NextChar(s, &r))) break;
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
