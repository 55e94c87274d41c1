// The one UTF-8 decoder and encoder of baokan, shared by every stage.
//
// One policy for invalid bytes everywhere: an ill-formed sequence (a stray
// continuation byte, a truncated sequence, an overlong form, a surrogate,
// anything above U+10FFFF) decodes as U+FFFD and is stepped over by its
// maximal subpart, at least one byte: the practice Unicode recommends
// (chapter 3, "U+FFFD Substitution of Maximal Subparts") and ICU's U8_NEXT
// follows. "\xE4\xB8" (a truncated 中) is one U+FFFD; "\xC0\xAF" (an
// overlong /) is two.

#ifndef BAOKAN_SRC_BASE_UTF8_H_
#define BAOKAN_SRC_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace baokan {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// The general case of NextCodePoint.
char32_t NextCodePointSlow(std::string_view s, size_t* pos, bool* valid);

// Decodes the code point starting at s[*pos] and advances *pos past it.
// Requires *pos < s.size(). An invalid sequence yields kReplacementChar and
// advances over its maximal subpart (at least one byte), the way Unicode
// recommends and ICU does; *valid (if given) tells which case happened.
// Inline for ASCII and the 3-byte sequences of CJK text.
inline char32_t NextCodePoint(std::string_view s, size_t* pos, bool* valid = nullptr) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + *pos;
  if (p[0] < 0x80) {
    ++*pos;
    if (valid) *valid = true;
    return p[0];
  }
  // E1..EC and EE..EF take any two continuation bytes (ED excludes surrogates).
  if (p[0] >= 0xE1 && p[0] <= 0xEF && p[0] != 0xED && *pos + 2 < s.size() &&
      (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
    *pos += 3;
    if (valid) *valid = true;
    return (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
  }
  return NextCodePointSlow(s, pos, valid);
}

// Decodes the code point that ends just before s[*pos] (which must be > 0)
// and moves *pos back to its first byte. When the bytes before *pos do not
// end in a well-formed sequence, returns U+FFFD and moves back one byte.
char32_t PrevCodePoint(std::string_view s, size_t* pos);

// Appends the UTF-8 form of `c` (which must be a scalar value) to *out.
void AppendUtf8(char32_t c, std::string* out);

struct Utf8Scan {
  size_t first_error = std::string_view::npos;  // offset of the first invalid byte
  size_t errors = 0;                            // invalid sequences (maximal subparts)
  size_t multibyte = 0;                         // valid sequences of 2 to 4 bytes
};

// Scans `s` for invalid UTF-8. With stop_at_first, stops at the first error
// (then `errors` is 1 and `multibyte` counts only what came before).
Utf8Scan ScanUtf8(std::string_view s, bool stop_at_first);

// True when `s` is valid UTF-8 (no surrogates, no overlongs, <= U+10FFFF).
inline bool IsValidUtf8(std::string_view s) {
  return ScanUtf8(s, /*stop_at_first=*/true).errors == 0;
}

// Copies `s` to *out with every invalid sequence replaced by U+FFFD; returns
// how many were replaced.
size_t ReplaceInvalidUtf8(std::string_view s, std::string* out);

// The 1-based line and column of byte `offset` in `s`: lines end at "\n",
// "\r\n" or "\r"; the column counts code points (an invalid sequence counts
// as one) before `offset` on its line, plus one.
struct LineColumn {
  size_t line = 1;
  size_t column = 1;
};
LineColumn LocateOffset(std::string_view s, size_t offset);

}  // namespace baokan

#endif  // BAOKAN_SRC_BASE_UTF8_H_
