// CollapseLetterSpacing (text/punctuation.h): justified lines that an
// extraction printed with a space after every character.

#include <string>
#include <vector>

#include "base/char_class.h"
#include "text/punctuation.h"
#include "base/utf8.h"

namespace baokan::text {
namespace {

// A line is letter-spaced when it has at least kMinSpacedPairs pairs of
// wide characters one space apart, and they are at least kMinSpacedShare of
// all its pairs of neighbouring wide characters (with or without a space).
constexpr size_t kMinSpacedPairs = 4;
constexpr double kMinSpacedShare = 0.8;

}  // namespace

void CollapseLetterSpacing(std::string* text, size_t from) {
  const std::string_view line = std::string_view(*text).substr(from);
  // Code points with their byte offsets (offsets relative to `from`).
  std::vector<char32_t> cps;
  std::vector<size_t> at;
  for (size_t p = 0; p < line.size();) {
    at.push_back(p);
    cps.push_back(NextCodePoint(line, &p));
  }
  size_t spaced = 0, pairs = 0;
  for (size_t i = 0; i + 1 < cps.size(); ++i) {
    if (!IsWide(cps[i])) continue;
    if (IsWide(cps[i + 1])) {
      ++pairs;
    } else if (cps[i + 1] == ' ' && i + 2 < cps.size() && IsWide(cps[i + 2])) {
      ++pairs;
      ++spaced;
    }
  }
  if (spaced < kMinSpacedPairs || static_cast<double>(spaced) < kMinSpacedShare * pairs) return;
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    const bool drop = cps[i] == ' ' && i > 0 && i + 1 < cps.size() && IsWide(cps[i - 1]) &&
                      IsWide(cps[i + 1]);
    if (drop) continue;
    const size_t end = i + 1 < cps.size() ? at[i + 1] : line.size();
    out.append(line.substr(at[i], end - at[i]));
  }
  text->resize(from);
  text->append(out);
}

}  // namespace baokan::text
