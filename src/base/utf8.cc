#include "base/utf8.h"

#include <cstring>

namespace baokan {
namespace {

// For a lead byte, the number of bytes of its sequence (0: never a lead) and
// the allowed range of the second byte (Unicode Table 3-7).
struct LeadInfo {
  uint8_t length;
  uint8_t lo;
  uint8_t hi;
};

constexpr LeadInfo Lead(uint8_t b) {
  if (b < 0x80) return {1, 0, 0};
  if (b < 0xC2) return {0, 0, 0};
  if (b < 0xE0) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b < 0xF0) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};
  if (b < 0xF4) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

inline bool IsCont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Length of the valid sequence at s[pos] (> 0), or the negated length of
// its maximal invalid subpart.
inline int SequenceAt(const uint8_t* s, size_t n, size_t pos) {
  const LeadInfo info = Lead(s[pos]);
  if (info.length == 1) return 1;
  if (info.length == 0) return -1;
  if (pos + 1 >= n || s[pos + 1] < info.lo || s[pos + 1] > info.hi) return -1;
  for (int k = 2; k < info.length; ++k) {
    if (pos + k >= n || !IsCont(s[pos + k])) return -k;
  }
  return info.length;
}

inline bool EightAscii(const uint8_t* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ULL) == 0;
}

}  // namespace

char32_t NextCodePointSlow(std::string_view s, size_t* pos, bool* valid) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t i = *pos;
  if (p[i] < 0x80) {
    *pos = i + 1;
    if (valid) *valid = true;
    return p[i];
  }
  const int len = SequenceAt(p, s.size(), i);
  if (len < 0) {
    *pos = i - len;
    if (valid) *valid = false;
    return kReplacementChar;
  }
  char32_t c = p[i] & (0x7F >> len);
  for (int k = 1; k < len; ++k) c = (c << 6) | (p[i + k] & 0x3F);
  *pos = i + len;
  if (valid) *valid = true;
  return c;
}

char32_t PrevCodePoint(std::string_view s, size_t* pos) {
  constexpr size_t kMaxSequence = 4;
  size_t i = *pos - 1;
  while (i > 0 && IsCont(static_cast<uint8_t>(s[i])) && *pos - i < kMaxSequence) --i;
  size_t end = i;
  bool valid = false;
  const char32_t c = NextCodePoint(s.substr(0, *pos), &end, &valid);
  if (!valid || end != *pos) {
    --*pos;
    return kReplacementChar;
  }
  *pos = i;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  char buf[4];
  size_t n;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
    return;
  } else if (c < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (c >> 6));
    buf[1] = static_cast<char>(0x80 | (c & 0x3F));
    n = 2;
  } else if (c < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (c >> 12));
    buf[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (c & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (c >> 18));
    buf[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (c & 0x3F));
    n = 4;
  }
  out->append(buf, n);
}

Utf8Scan ScanUtf8(std::string_view s, bool stop_at_first) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && EightAscii(p + i)) {
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int len = SequenceAt(p, n, i);
    if (len > 0) {
      ++scan.multibyte;
      i += len;
      continue;
    }
    if (scan.errors++ == 0) scan.first_error = i;
    if (stop_at_first) break;
    i -= len;
  }
  return scan;
}

size_t ReplaceInvalidUtf8(std::string_view s, std::string* out) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const size_t n = s.size();
  size_t replaced = 0;
  size_t start = 0;  // first byte not yet copied
  size_t i = 0;
  out->reserve(out->size() + n);
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const int len = SequenceAt(p, n, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out->append(s.substr(start, i - start));
    AppendUtf8(kReplacementChar, out);
    ++replaced;
    i -= len;
    start = i;
  }
  out->append(s.substr(start));
  return replaced;
}

LineColumn LocateOffset(std::string_view s, size_t offset) {
  LineColumn at;
  size_t i = 0;
  while (i < offset && i < s.size()) {
    const char ch = s[i];
    if (ch == '\n' || ch == '\r') {
      ++at.line;
      at.column = 1;
      i += (ch == '\r' && i + 1 < offset && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    NextCodePoint(s, &i);
    ++at.column;
  }
  return at;
}

}  // namespace baokan
