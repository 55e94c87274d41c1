// Word boundaries for the splitter's headline rules (private to src/segment):
// whether the end of one line and the start of the next are one word, so
// that the line break was a wrap and not the end of a headline.

#ifndef BAOKAN_SRC_SEGMENT_WORDS_H_
#define BAOKAN_SRC_SEGMENT_WORDS_H_

#include <string_view>

namespace baokan::segment {

// True when reading `first` and `second` as one line puts the break between
// them inside a word:
//  - ICU's dictionary word breaker finds a word across it (介绍同 / 性卖淫:
//    同性; 争风吃醋的时 / 候: 时候), or
//  - a number is cut from the rest of it (至17 / 亿美元, 3.5 / %): digits
//    and Latin letters on both sides, or a digit before a unit character
//    (万 亿 元 % 个 年 …).
// False when either line is empty after trimming. Thread-safe.
bool LineBreakSplitsWord(std::string_view first, std::string_view second);

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_WORDS_H_
