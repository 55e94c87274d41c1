#include "dedup/match_form.h"

#include "baokan/normalize.h"
#include "base/utf8.h"

namespace baokan::dedup {
namespace {

// Punctuation and spaces outside ASCII that MatchForm always drops: NFKC and
// the punctuation pass map them to punctuation or spaces, which go.
bool IsDroppedMark(char32_t c) {
  switch (c) {
    case 0x00B7:                                // ·
    case 0x2014: case 0x2018: case 0x2019:      // — ‘ ’
    case 0x201C: case 0x201D: case 0x2026:      // “ ” …
    case 0x3000: case 0x3001: case 0x3002:      // ideographic space 、 。
    case 0x300A: case 0x300B: case 0x300C:      // 《 》 「
    case 0x300D: case 0x300E: case 0x300F:      // 」 『 』
    case 0x3010: case 0x3011:                   // 【 】
    case 0xFF01: case 0xFF08: case 0xFF09:      // ！ （ ）
    case 0xFF0C: case 0xFF1A: case 0xFF1B:      // ， ： ；
    case 0xFF1F:                                // ？
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string FastMatchForm(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const size_t n = text.size();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
        out.push_back(static_cast<char>(b));
      } else if (b < 0x20 && b != '\n' && b != '\t' && b != '\r') {
        return MatchForm(text);  // other control characters
      }
      ++i;
      continue;
    }
    size_t next = i;
    bool valid = false;
    const char32_t c = NextCodePoint(text, &next, &valid);
    if (!valid || c >= 0x10000) return MatchForm(text);  // 4-byte or invalid sequences
    if (c >= 0x4E00 && c <= 0x9FFF) {
      out.append(text.data() + i, next - i);
    } else if (!IsDroppedMark(c)) {
      return MatchForm(text);
    }
    i = next;
  }
  return out;
}

}  // namespace baokan::dedup
