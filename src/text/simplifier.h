// Traditional-to-simplified conversion for Normalize (private to src/text):
// OpenCC's "t2s" conversion (phrases first, then characters), read from the
// OpenCC data Debian installs (libopencc-data, /usr/share/opencc).

#ifndef BAOKAN_SRC_TEXT_SIMPLIFIER_H_
#define BAOKAN_SRC_TEXT_SIMPLIFIER_H_

#include <string>
#include <string_view>

#include "baokan/status.h"

namespace baokan::text {

// OK when the conversion is ready; otherwise an error naming the OpenCC
// configuration that could not be loaded and why. Loads it on first call.
Status SimplifierStatus();

// Converts traditional characters and phrases in `in` (valid UTF-8) to
// simplified (顯著 → 显著, 乾燥 → 干燥, 乾隆 stays), and the corner brackets
// 「」『』 to the quotes “”‘’. Text already simplified is left as it is.
// Lines without a character that begins an OpenCC entry are copied as they
// are; the result equals converting the whole text. Returns `in` unchanged
// when SimplifierStatus() is not OK. Thread-safe.
std::string ToSimplified(std::string_view in);

}  // namespace baokan::text

#endif  // BAOKAN_SRC_TEXT_SIMPLIFIER_H_
