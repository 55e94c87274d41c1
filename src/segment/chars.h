// Character-level helpers for the splitter (private to src/segment).
//
// The splitter reads pages whether or not they went through
// baokan::Normalize, so every predicate here accepts both the full-width and
// the ASCII form of a punctuation mark (， and , ; ： and : ...).

#ifndef BAOKAN_SRC_SEGMENT_CHARS_H_
#define BAOKAN_SRC_SEGMENT_CHARS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace baokan::segment {

// NextChar's slow path: a byte >= 0x80 at s[*pos].
char32_t DecodeMultibyte(std::string_view s, size_t* pos);

// Decodes the code point at s[*pos] (which must be < s.size()) and advances
// *pos past it. An invalid byte decodes as U+FFFD and advances by one.
inline char32_t NextChar(std::string_view s, size_t* pos) {
  const unsigned char b0 = static_cast<unsigned char>(s[*pos]);
  if (b0 < 0x80) {
    ++*pos;
    return b0;
  }
  // Most CJK text is three-byte sequences: decode those here.
  if ((b0 & 0xF0) == 0xE0 && *pos + 2 < s.size()) {
    const unsigned char b1 = static_cast<unsigned char>(s[*pos + 1]);
    const unsigned char b2 = static_cast<unsigned char>(s[*pos + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      *pos += 3;
      return (static_cast<char32_t>(b0 & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) |
             (b2 & 0x3F);
    }
  }
  return DecodeMultibyte(s, pos);
}

// Decodes the code point that ends just before s[*pos] (*pos > 0) and moves
// *pos to its first byte.
char32_t PrevChar(std::string_view s, size_t* pos);

// Appends the UTF-8 form of `c`.
void AppendChar(char32_t c, std::string* out);

// CJK ideographs and 〇.
inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x323AF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}
inline bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// ASCII white space, U+3000, NBSP, U+2000..U+200B, U+FEFF.
inline bool IsSpaceChar(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0xFEFF;
}
// Ends a sentence: 。．！？!?… (and the ideographic full stop's variants).
bool IsSentenceEnd(char32_t c);
// Closes a quotation or bracket: ”’」』）)】》〕〉" '
bool IsClosingMark(char32_t c);
// Opens a quotation or bracket: “‘「『（(【《〔〈
bool IsOpeningMark(char32_t c);
// Separates clauses inside a sentence: ，,、；;：:
bool IsClauseMark(char32_t c);
// Layout bullets set before bylines and list items: ■□●◆◇▲△▼▽★☆◀▶►◄·•
bool IsBullet(char32_t c);

// `s` without leading and trailing white space (IsSpaceChar).
std::string_view TrimSpace(std::string_view s);

// The number of code points of `s` that are not white space.
size_t VisibleLength(std::string_view s);

// The last code point of `s` that is neither white space nor a closing mark,
// or 0 when there is none.
char32_t LastSignificantChar(std::string_view s);

// Display columns of `s`: two for wide characters (CJK ideographs, CJK
// punctuation, full-width forms, and the quotes, dashes and ellipsis that
// CJK type sets full-width), one for the others.
size_t DisplayColumns(std::string_view s);

// True when the last significant character of `s` ends a sentence.
bool EndsSentence(std::string_view s);

// Joins two wrapped pieces of one paragraph: nothing between them unless
// both sides are Latin letters or digits, which get one space.
void AppendWrapped(std::string_view piece, std::string* out);

// Small string helpers shared by the recognizers: prefix and suffix tests,
// skipping white space forwards and backwards from a byte offset, and the
// two forms of the round bracket.
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
inline size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size()) {
    size_t q = p;
    if (!IsSpaceChar(NextChar(s, &q))) break;
    p = q;
  }
  return p;
}
inline size_t SkipSpacesBack(std::string_view s, size_t p) {
  while (p > 0) {
    size_t q = p;
    if (!IsSpaceChar(PrevChar(s, &q))) break;
    p = q;
  }
  return p;
}
inline bool IsOpenParen(char32_t c) { return c == U'（' || c == U'('; }
inline bool IsCloseParen(char32_t c) { return c == U'）' || c == U')'; }

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_CHARS_H_
