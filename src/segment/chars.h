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

#include "base/char_class.h"
#include "base/utf8.h"

namespace baokan::segment {

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
// both sides are Latin letters or digits, which get one space; two digits
// join without one (a number wrapped in a narrow column).
void AppendWrapped(std::string_view piece, std::string* out);

// Skipping white space forwards and backwards from a byte offset, and the
// two forms of the round bracket: small helpers shared by the recognizers.
inline size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size()) {
    size_t q = p;
    if (!IsSpaceChar(NextCodePoint(s, &q))) break;
    p = q;
  }
  return p;
}
inline size_t SkipSpacesBack(std::string_view s, size_t p) {
  while (p > 0) {
    size_t q = p;
    if (!IsSpaceChar(PrevCodePoint(s, &q))) break;
    p = q;
  }
  return p;
}
inline bool IsOpenParen(char32_t c) { return c == U'（' || c == U'('; }
inline bool IsCloseParen(char32_t c) { return c == U'）' || c == U')'; }

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_CHARS_H_
