// The form of a text dedup compares, fast (private to dedup): the match form
// with traditional characters folded to simplified ones.

#ifndef BAOKAN_SRC_DEDUP_MATCH_FORM_H_
#define BAOKAN_SRC_DEDUP_MATCH_FORM_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "base/char_fold.h"

namespace baokan::dedup {

// Returns exactly FoldText(baokan::MatchForm(text)) (fold.h), so that a
// traditional-character reprint compares equal to its simplified original.
// Texts made only of characters whose match form is themselves (ASCII
// letters and digits, CJK Unified Ideographs U+4E00..U+9FFF, folded by a
// table lookup) or nothing (ASCII punctuation and white space, the common
// Chinese punctuation marks) are done in one pass without ICU
// (ForEachFastUnit); any other character sends the whole text through
// MatchForm. match_form_test.cc checks the equality on the seed pages and on
// traditional text.
std::string CompareForm(std::string_view text);

// Punctuation and spaces outside ASCII that MatchForm always drops: NFKC and
// the punctuation pass map them to punctuation or spaces, which go.
bool IsDroppedMark(char32_t c);

// The fast path of CompareForm: calls emit(c, bytes, length, folded) for
// every code point c of CompareForm(text), where bytes[0..length) is the
// UTF-8 of the character of `text` it comes from, which is c itself unless
// `folded` (then c is the simplified form of that character). Returns
// false, at the first character the fast path does not know, when `text`
// needs MatchForm; the code points emitted until then are to be dropped.
template <typename Emit>
bool ForEachFastUnit(std::string_view text, Emit&& emit) {
  const UnifiedFold fold = UnifiedFoldTables();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      if ((b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) {
        emit(static_cast<char32_t>(b), s + i, size_t{1}, false);
      } else if (b < 0x20 && b != '\n' && b != '\t' && b != '\r') {
        return false;  // other control characters
      }
      ++i;
      continue;
    }
    char32_t c;
    size_t len;
    if ((b & 0xF0) == 0xE0 && i + 2 < n && (s[i + 1] & 0xC0) == 0x80 &&
        (s[i + 2] & 0xC0) == 0x80) {
      c = ((b & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      len = 3;
    } else if ((b & 0xE0) == 0xC0 && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      c = ((b & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      len = 2;
    } else {
      return false;  // 4-byte or invalid sequences
    }
    if (c >= kUnifiedFirst && c <= kUnifiedLast) {
      const bool folded = fold.Changes(c);
      emit(folded ? fold.table[c - kUnifiedFirst] : c, s + i, size_t{3}, folded);
    } else if (!IsDroppedMark(c)) {
      return false;
    }
    i += len;
  }
  return true;
}

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_MATCH_FORM_H_
