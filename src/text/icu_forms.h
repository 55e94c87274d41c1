// The ICU service Normalize uses (private to src/text): compatibility
// normalization of letters and digits.

#ifndef BAOKAN_SRC_TEXT_ICU_FORMS_H_
#define BAOKAN_SRC_TEXT_ICU_FORMS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace baokan::text {

// True when NFKC leaves `c` alone in Normalize: the characters listed in
// docs/normalize.md ("What NFKC does not touch") — white space, the
// context-decided full-width punctuation ，：；？！（）, the ellipsis and
// leaders, superscripts and subscripts, circled, parenthesized and squared
// forms, fractions, ℃ ℉, and the spacing accents NFKC would turn into a
// space plus a combining mark.
bool KeptFromNfkc(char32_t c);

// Appends NFKC(`in`) to *out, except for the characters KeptFromNfkc, which
// are copied unchanged. `in` must be valid UTF-8. Thread-safe.
void AppendNfkc(std::string_view in, std::string* out);

// A bitmap over the BMP (bit c of word c / 64) of the characters that
// AppendNfkc leaves alone whatever stands next to them: NFKC quick check Yes
// and combining class 0, or KeptFromNfkc. Text made only of these (and of
// supplementary characters tested otherwise) needs no AppendNfkc.
const uint64_t* NfkcInertBits();

inline bool IsNfkcInert(const uint64_t* bits, char32_t c) {
  return c < 0x10000 && ((bits[c >> 6] >> (c & 63)) & 1) != 0;
}

}  // namespace baokan::text

#endif  // BAOKAN_SRC_TEXT_ICU_FORMS_H_
