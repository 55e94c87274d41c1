#include "region/scan.h"

#include "region/matcher.h"
#include "text/utf8.h"

namespace baokan::region {

void PeekAfter(std::string_view text, size_t pos, char32_t* out, int n) {
  for (int i = 0; i < n; ++i) out[i] = 0;
  for (int i = 0; i < n && pos < text.size();) {
    char32_t c = text::NextCodePoint(text, &pos);
    if (!IsNameBreakSpace(c)) out[i++] = c;
  }
}

char32_t PrevCodePoint(std::string_view text, size_t* pos) {
  while (*pos > 0) {
    size_t p = *pos - 1;
    while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    size_t q = p;
    char32_t c = text::NextCodePoint(text, &q);
    *pos = p;
    if (!IsNameBreakSpace(c)) return c;
  }
  return 0;
}

}  // namespace baokan::region
