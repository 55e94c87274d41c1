#include "segment/chars.h"

namespace baokan::segment {

bool IsSentenceEnd(char32_t c) {
  switch (c) {
    case U'。': case U'．': case U'！': case U'？': case U'!': case U'?': case U'…':
    case U'｡':
      return true;
    default:
      return false;
  }
}

bool IsClosingMark(char32_t c) {
  switch (c) {
    case U'”': case U'’': case U'」': case U'』': case U'）': case U')': case U'】':
    case U'》': case U'〕': case U'〉': case U'"': case U'\'': case U'］': case U']':
      return true;
    default:
      return false;
  }
}

bool IsOpeningMark(char32_t c) {
  switch (c) {
    case U'“': case U'‘': case U'「': case U'『': case U'（': case U'(': case U'【':
    case U'《': case U'〔': case U'〈': case U'［': case U'[':
      return true;
    default:
      return false;
  }
}

bool IsClauseMark(char32_t c) {
  switch (c) {
    case U'，': case U',': case U'、': case U'；': case U';': case U'：': case U':':
      return true;
    default:
      return false;
  }
}

bool IsBullet(char32_t c) {
  switch (c) {
    case U'■': case U'□': case U'●': case U'◆': case U'◇': case U'▲': case U'△':
    case U'▼': case U'▽': case U'★': case U'☆': case U'◀': case U'▶': case U'►':
    case U'◄': case U'•': case U'◎': case U'○':
      return true;
    default:
      return false;
  }
}

std::string_view TrimSpace(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    size_t p = begin;
    if (!IsSpaceChar(NextCodePoint(s, &p))) break;
    begin = p;
  }
  size_t end = s.size();
  while (end > begin) {
    size_t p = end;
    if (!IsSpaceChar(PrevCodePoint(s, &p))) break;
    end = p;
  }
  return s.substr(begin, end - begin);
}

size_t VisibleLength(std::string_view s) {
  size_t n = 0;
  for (size_t p = 0; p < s.size();) {
    if (!IsSpaceChar(NextCodePoint(s, &p))) ++n;
  }
  return n;
}

char32_t LastSignificantChar(std::string_view s) {
  size_t p = s.size();
  while (p > 0) {
    const char32_t c = PrevCodePoint(s, &p);
    if (!IsSpaceChar(c) && !IsClosingMark(c)) return c;
  }
  return 0;
}

bool EndsSentence(std::string_view s) { return IsSentenceEnd(LastSignificantChar(s)); }

void AppendWrapped(std::string_view piece, std::string* out) {
  piece = TrimSpace(piece);
  if (piece.empty()) return;
  if (!out->empty()) {
    size_t end = out->size();
    const char32_t last = PrevCodePoint(*out, &end);
    size_t begin = 0;
    const char32_t first = NextCodePoint(piece, &begin);
    // Words of Latin letters keep a space across the wrap; a number wrapped
    // in a narrow column joins up again (20 / 24城市 -> 2024城市).
    const bool digits = last >= '0' && last <= '9' && first >= '0' && first <= '9';
    if (IsAsciiAlnum(last) && IsAsciiAlnum(first) && !digits) out->push_back(' ');
  }
  out->append(piece);
}

size_t DisplayColumns(std::string_view s) {
  size_t n = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextCodePoint(s, &p);
    // Quotation marks, dashes and the ellipsis are set full-width in CJK
    // text too.
    const bool wide = IsHan(c) || (c >= 0x2E80 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0x3040 && c <= 0x30FF) || (c >= 0x2014 && c <= 0x2026);
    n += wide ? 2 : 1;
  }
  return n;
}

}  // namespace baokan::segment
