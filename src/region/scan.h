// Reading code points around a place name, white space inside names
// skipped (private to the region stage).

#ifndef BAOKAN_SRC_REGION_SCAN_H_
#define BAOKAN_SRC_REGION_SCAN_H_

#include <cstddef>
#include <string_view>

namespace baokan::region {

// The next `n` code points at or after byte `pos`, white space skipped;
// 0 past the end.
void PeekAfter(std::string_view text, size_t pos, char32_t* out, int n);

// The code point before byte `pos` (white space skipped), or 0; moves *pos
// to its first byte.
char32_t PrevNonSpace(std::string_view text, size_t* pos);

inline bool In(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_SCAN_H_
