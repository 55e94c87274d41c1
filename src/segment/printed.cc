// Pages folded for analysis given back as printed (layout.h: PrintedText,
// Respell).

#include <optional>
#include <string>
#include <utility>

#include "base/utf8.h"
#include "segment/layout.h"

namespace baokan::segment {

std::string_view PrintedText(const PageModel& m, const Piece& p) {
  const std::string_view folded = PieceText(m, p);
  if (m.printed.empty()) return folded;
  return std::string_view(m.printed).substr(static_cast<size_t>(folded.data() - m.text.data()),
                                            folded.size());
}

std::string Respell(const PageModel& m, const std::vector<Piece>& pieces, std::string value) {
  if (m.printed.empty() || value.empty()) return value;
  // Folding keeps byte lengths: the two texts step code point by code point
  // together.
  std::string folded, printed;
  for (const Piece& p : pieces) {
    folded.append(PieceText(m, p));
    printed.append(PrintedText(m, p));
  }
  std::string out;
  out.reserve(value.size());
  size_t from = 0;  // where the search for the value's next character starts
  for (size_t i = 0; i < value.size();) {
    const size_t start = i;
    const char32_t c = NextCodePoint(value, &i);
    bool found = false;
    for (size_t at = from; at < folded.size();) {
      const size_t here = at;
      if (NextCodePoint(folded, &at) == c) {
        out.append(printed, here, at - here);
        from = at;
        found = true;
        break;
      }
    }
    if (!found) out.append(value, start, i - start);
  }
  return out;
}

std::optional<std::string> Respell(const PageModel& m, const std::vector<Piece>& pieces,
                                   std::optional<std::string> value) {
  if (!value) return value;
  return Respell(m, pieces, std::move(*value));
}

std::optional<std::string> RespellFromPage(const PageModel& m, std::optional<std::string> value) {
  if (m.printed.empty() || !value || value->empty()) return value;
  const size_t at = m.text.find(*value);
  if (at == std::string::npos) return value;
  return m.printed.substr(at, value->size());
}

}  // namespace baokan::segment
