#include "base/strings.h"

#include <cstdio>

namespace baokan {

std::vector<std::string_view> SplitTsvLine(std::string_view line) {
  std::vector<std::string_view> fields;
  for (size_t from = 0;;) {
    const size_t tab = line.find('\t', from);
    fields.push_back(line.substr(from, tab == std::string_view::npos ? tab : tab - from));
    if (tab == std::string_view::npos) return fields;
    from = tab + 1;
  }
}

std::string FormatFixed(double value, int digits) {
  char buf[400];  // room for the largest double with a few digits
  std::snprintf(buf, sizeof buf, "%.*f", digits, value);
  return buf;
}

}  // namespace baokan
