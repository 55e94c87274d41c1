#include "segment/chars.h"

namespace baokan::segment {

char32_t DecodeMultibyte(std::string_view s, size_t* pos) {
  const unsigned char b0 = static_cast<unsigned char>(s[*pos]);
  int len = 0;
  char32_t c = 0;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2;
    c = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3;
    c = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4;
    c = b0 & 0x07;
  } else {
    ++*pos;
    return 0xFFFD;
  }
  if (*pos + len > s.size()) {
    ++*pos;
    return 0xFFFD;
  }
  for (int i = 1; i < len; ++i) {
    const unsigned char b = static_cast<unsigned char>(s[*pos + i]);
    if ((b & 0xC0) != 0x80) {
      ++*pos;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  *pos += len;
  return c;
}

char32_t PrevChar(std::string_view s, size_t* pos) {
  size_t start = *pos - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 &&
         *pos - start < 4) {
    --start;
  }
  size_t p = start;
  const char32_t c = NextChar(s, &p);
  if (p != *pos) {  // not a well-formed sequence ending at *pos
    *pos -= 1;
    return 0xFFFD;
  }
  *pos = start;
  return c;
}

void AppendChar(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}




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
    if (!IsSpaceChar(NextChar(s, &p))) break;
    begin = p;
  }
  size_t end = s.size();
  while (end > begin) {
    size_t p = end;
    if (!IsSpaceChar(PrevChar(s, &p))) break;
    end = p;
  }
  return s.substr(begin, end - begin);
}

size_t VisibleLength(std::string_view s) {
  size_t n = 0;
  for (size_t p = 0; p < s.size();) {
    if (!IsSpaceChar(NextChar(s, &p))) ++n;
  }
  return n;
}

char32_t LastSignificantChar(std::string_view s) {
  size_t p = s.size();
  while (p > 0) {
    const char32_t c = PrevChar(s, &p);
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
    const char32_t last = PrevChar(*out, &end);
    size_t begin = 0;
    const char32_t first = NextChar(piece, &begin);
    if (IsAsciiAlnum(last) && IsAsciiAlnum(first)) out->push_back(' ');
  }
  out->append(piece);
}

size_t DisplayColumns(std::string_view s) {
  size_t n = 0;
  for (size_t p = 0; p < s.size();) {
    const char32_t c = NextChar(s, &p);
    // Quotation marks, dashes and the ellipsis are set full-width in CJK
    // text too.
    const bool wide = IsHan(c) || (c >= 0x2E80 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0x3040 && c <= 0x30FF) || (c >= 0x2014 && c <= 0x2026);
    n += wide ? 2 : 1;
  }
  return n;
}

}  // namespace baokan::segment
