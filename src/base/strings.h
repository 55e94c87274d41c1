// String helpers shared by every stage: one copy of each (issue 12).

#ifndef BAOKAN_SRC_BASE_STRINGS_H_
#define BAOKAN_SRC_BASE_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace baokan {

// The fields of one line of tab-separated values, every tab a separator:
// "a\tb" -> {"a", "b"}, "a\t\tb\t" -> {"a", "", "b", ""}, "" -> {""}. The
// views point into `line`. (For suffixes, use std::string_view::ends_with.)
std::vector<std::string_view> SplitTsvLine(std::string_view line);

// `value` with `digits` digits after the point, as printf's "%.*f" writes it
// (rounded half to even on the binary value): FormatFixed(0.8751, 2) is
// "0.88", FormatFixed(3, 0) is "3". For figures shown to people; JSON
// numbers are written by JsonNumber.
std::string FormatFixed(double value, int digits);

}  // namespace baokan

#endif  // BAOKAN_SRC_BASE_STRINGS_H_
