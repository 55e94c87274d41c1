// The match form for dedup, fast (private to dedup).

#ifndef BAOKAN_SRC_DEDUP_MATCH_FORM_H_
#define BAOKAN_SRC_DEDUP_MATCH_FORM_H_

#include <string>
#include <string_view>

namespace baokan::dedup {

// Returns exactly baokan::MatchForm(text). Texts made only of characters
// whose match form is themselves (ASCII letters and digits, CJK Unified
// Ideographs U+4E00..U+9FFF) or nothing (ASCII punctuation and white space,
// the common Chinese punctuation marks) are done in one pass without ICU;
// any other character sends the whole text through MatchForm.
// match_form_test.cc checks the equality on the seed pages.
std::string FastMatchForm(std::string_view text);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_MATCH_FORM_H_
