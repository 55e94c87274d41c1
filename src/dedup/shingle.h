// Character shingles of the match form and their hashes (private to dedup).

#ifndef BAOKAN_SRC_DEDUP_SHINGLE_H_
#define BAOKAN_SRC_DEDUP_SHINGLE_H_

// Inlined XXH3: a shingle is a few bytes and a call per shingle would cost
// more than the hash.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace baokan::dedup {

// Calls fn(hash) for every shingle of `text` (UTF-8): each run of `k`
// consecutive code points, hashed with XXH3-64 and `seed`. A non-empty text
// shorter than k is one shingle (the whole text); an empty text has none.
// Returns the number of shingles visited.
template <typename Fn>
size_t ForEachShingle(std::string_view text, int k, uint64_t seed, Fn&& fn) {
  if (text.empty()) return 0;
  // starts[] is a ring of the byte offsets of the last code point starts
  // (k <= 32 < kRing).
  constexpr size_t kRing = 64;
  size_t starts[kRing];
  size_t seen = 0;
  const size_t kk = static_cast<size_t>(k);
  size_t count = 0;
  const size_t n = text.size();
  for (size_t pos = 0; pos <= n; ++pos) {
    if (pos < n && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) continue;
    starts[seen & (kRing - 1)] = pos;
    if (seen >= kk) {
      const size_t begin = starts[(seen - kk) & (kRing - 1)];
      fn(static_cast<uint64_t>(XXH3_64bits_withSeed(text.data() + begin, pos - begin, seed)));
      ++count;
    }
    ++seen;
  }
  if (count == 0) {  // fewer than k code points: the whole text is one shingle
    fn(static_cast<uint64_t>(XXH3_64bits_withSeed(text.data(), n, seed)));
    count = 1;
  }
  return count;
}

// The 32-bit form of a shingle hash used for exact set comparison.
inline uint32_t ShingleKey(uint64_t hash) { return static_cast<uint32_t>(hash ^ (hash >> 32)); }

// The sorted, duplicate-free set of ShingleKey()s of `text`.
std::vector<uint32_t> ShingleSet(std::string_view text, int k, uint64_t seed);

// |a ∩ b| of two sorted duplicate-free sets.
size_t IntersectionSize(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_SHINGLE_H_
