// Synthetic texts for dedup tests (private to dedup tests).

#ifndef BAOKAN_SRC_DEDUP_TEST_TEXT_H_
#define BAOKAN_SRC_DEDUP_TEST_TEXT_H_

#include <random>
#include <string>

#include "base/utf8.h"

namespace baokan::dedup {

// `n` random CJK characters from a 3000-character alphabet.
inline std::string RandomText(std::mt19937_64* rng, int n) {
  std::string s;
  std::uniform_int_distribution<int> pick(0, 2999);
  for (int i = 0; i < n; ++i) AppendUtf8(static_cast<char32_t>(0x4E00 + pick(*rng)), &s);
  return s;
}

// Code point slice [from, from + len) of a UTF-8 CJK text (3 bytes each).
inline std::string Slice(const std::string& s, int from, int len) {
  return s.substr(static_cast<size_t>(from) * 3, static_cast<size_t>(len) * 3);
}

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_TEST_TEXT_H_
