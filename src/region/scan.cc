#include "region/scan.h"

#include "base/utf8.h"
#include "region/matcher.h"

namespace baokan::region {

void PeekAfter(std::string_view text, size_t pos, char32_t* out, int n) {
  for (int i = 0; i < n; ++i) out[i] = 0;
  for (int i = 0; i < n && pos < text.size();) {
    char32_t c = NextCodePoint(text, &pos);
    if (!IsNameBreakSpace(c)) out[i++] = c;
  }
}

char32_t PrevNonSpace(std::string_view text, size_t* pos) {
  while (*pos > 0) {
    const char32_t c = PrevCodePoint(text, pos);
    if (!IsNameBreakSpace(c)) return c;
  }
  return 0;
}

}  // namespace baokan::region
