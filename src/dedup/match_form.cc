#include "dedup/match_form.h"

#include <cstring>

#include "baokan/normalize.h"
#include "base/utf8.h"

namespace baokan::dedup {
namespace {

// Writes c (U+0800..U+10FFFF: a fold target) as UTF-8 at o; returns the end.
char* WriteUtf8(char32_t c, char* o) {
  if (c < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (c >> 12));
  } else {
    *o++ = static_cast<char>(0xF0 | (c >> 18));
    *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  }
  *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  *o++ = static_cast<char>(0x80 | (c & 0x3F));
  return o;
}

}  // namespace

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

std::string CompareForm(std::string_view text) {
  const size_t n = text.size();
  // A folded ideograph may take 4 bytes where it took 3.
  std::string out(n + n / 3 + 1, '\0');
  char* o = out.data();
  const bool fast = ForEachFastUnit(
      text, [&](char32_t c, const unsigned char* bytes, size_t len, bool folded) {
        if (folded) {
          o = WriteUtf8(c, o);
        } else {
          std::memcpy(o, bytes, len);
          o += len;
        }
      });
  if (!fast) return FoldText(MatchForm(text));
  out.resize(static_cast<size_t>(o - out.data()));
  return out;
}

}  // namespace baokan::dedup
