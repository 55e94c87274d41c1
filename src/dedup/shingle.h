// Character shingles of the match form and their hashes (private to dedup).

#ifndef BAOKAN_SRC_DEDUP_SHINGLE_H_
#define BAOKAN_SRC_DEDUP_SHINGLE_H_

// Inlined XXH3: a shingle is a few bytes and a call per shingle would cost
// more than the hash.
#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string_view>
#include <vector>

namespace baokan::dedup {

// Reads the code point at s[*i] and advances *i. A byte that does not start
// a well-formed sequence is one unit of its own, 0x110000 + its value (no
// code point has that value), so any byte string has a decoding.
inline char32_t NextShingleUnit(const unsigned char* s, size_t n, size_t* i) {
  const unsigned char b = s[*i];
  if (b < 0x80) {
    ++*i;
    return b;
  }
  auto cont = [&](size_t at) { return at < n && (s[at] & 0xC0) == 0x80; };
  if ((b & 0xF0) == 0xE0 && cont(*i + 1) && cont(*i + 2)) {  // most Chinese text
    const char32_t c = ((b & 0x0Fu) << 12) | ((s[*i + 1] & 0x3Fu) << 6) | (s[*i + 2] & 0x3Fu);
    *i += 3;
    return c;
  }
  if ((b & 0xE0) == 0xC0 && cont(*i + 1)) {
    const char32_t c = ((b & 0x1Fu) << 6) | (s[*i + 1] & 0x3Fu);
    *i += 2;
    return c;
  }
  if ((b & 0xF8) == 0xF0 && cont(*i + 1) && cont(*i + 2) && cont(*i + 3)) {
    const char32_t c = ((b & 0x07u) << 18) | ((s[*i + 1] & 0x3Fu) << 12) |
                       ((s[*i + 2] & 0x3Fu) << 6) | (s[*i + 3] & 0x3Fu);
    *i += 4;
    return c;
  }
  ++*i;
  return 0x110000 + b;
}

// The largest k whose shingles are hashed from one 16-byte block: 6 units
// of 21 bits.
inline constexpr int kPackedShingleMax = 6;
inline constexpr int kUnitBits = 21;

// XXH3-64 of a shingle given as a 128-bit block of units (unit j of the
// shingle at bits 21j .. 21j+20), stored as 16 little-endian bytes. The
// length is a constant, so XXH3 takes its 9-16-byte path without branches.
inline uint64_t HashPackedShingle(unsigned __int128 block, uint64_t seed) {
  unsigned char bytes[16];
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(bytes, &block, sizeof bytes);
  } else {
    for (int b = 0; b < 16; ++b) bytes[b] = static_cast<unsigned char>(block >> (8 * b));
  }
  return XXH3_64bits_withSeed(bytes, sizeof bytes, seed);
}

// Hashes the shingles of a sequence of code points given one at a time:
// each run of `k` consecutive code points, hashed with XXH3-64 and `seed`
// over the code points themselves: for k <= 6 one 16-byte block
// (HashPackedShingle), rolled one code point at a time; for larger k the k
// code points as 4-byte little-endian integers. Push() calls fn(hash) once a
// run is complete; Finish() hashes a non-empty sequence shorter than k as one
// shingle (its code points, in the same form) and returns the number of
// shingles. No allocation. Requires 1 <= k <= 32.
template <typename Fn>
class ShingleHasher {
 public:
  ShingleHasher(int k, uint64_t seed, Fn& fn)
      : k_(static_cast<size_t>(k)), seed_(seed), fn_(fn),
        top_(static_cast<unsigned>(kUnitBits * (k - 1))) {}

  void Push(char32_t c) {
    if (k_ <= static_cast<size_t>(kPackedShingleMax)) {
      // The window's units sit at the top of the block: the newest at unit
      // k-1, each older one 21 bits lower; after k units the block is full.
      block_ = (block_ >> kUnitBits) | (static_cast<unsigned __int128>(c) << top_);
      if (++seen_ >= k_) {
        fn_(HashPackedShingle(block_, seed_));
        ++count_;
      }
      return;
    }
    ring_[seen_ & (kRing - 1)] = c;
    if (++seen_ >= k_) {
      fn_(HashLast(k_));
      ++count_;
    }
  }

  size_t Finish() {
    if (seen_ > 0 && count_ == 0) {  // fewer than k code points: all of them
      fn_(k_ <= static_cast<size_t>(kPackedShingleMax) ? HashPackedShingle(block_, seed_)
                                                       : HashLast(seen_));
      count_ = 1;
    }
    return count_;
  }

 private:
  static constexpr size_t kRing = 64;  // > 32 >= k

  uint64_t HashLast(size_t m) const {  // the last m code points
    unsigned char bytes[4 * kRing];
    for (size_t j = 0; j < m; ++j) {
      const uint32_t c = ring_[(seen_ - m + j) & (kRing - 1)];
      for (int b = 0; b < 4; ++b) bytes[4 * j + b] = static_cast<unsigned char>(c >> (8 * b));
    }
    return static_cast<uint64_t>(XXH3_64bits_withSeed(bytes, 4 * m, seed_));
  }

  const size_t k_;
  const uint64_t seed_;
  Fn& fn_;
  const unsigned top_;
  unsigned __int128 block_ = 0;
  uint32_t ring_[kRing];
  size_t seen_ = 0;
  size_t count_ = 0;
};

// Calls fn(hash) for every shingle of `text` (UTF-8, decoded by
// NextShingleUnit), as ShingleHasher hashes them. An empty text has none.
// Returns the number of shingles visited.
template <typename Fn>
size_t ForEachShingle(std::string_view text, int k, uint64_t seed, Fn&& fn) {
  ShingleHasher<Fn> hasher(k, seed, fn);
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t i = 0; i < text.size();) hasher.Push(NextShingleUnit(s, text.size(), &i));
  return hasher.Finish();
}

// The 32-bit form of a shingle hash used for exact set comparison.
inline uint32_t ShingleKey(uint64_t hash) { return static_cast<uint32_t>(hash ^ (hash >> 32)); }

// The sorted, duplicate-free set of ShingleKey()s of `text`.
std::vector<uint32_t> ShingleSet(std::string_view text, int k, uint64_t seed);
// The same into *set, reusing its memory.
void ShingleSetInto(std::string_view text, int k, uint64_t seed, std::vector<uint32_t>* set);

// |a ∩ b| of two sorted duplicate-free sets.
size_t IntersectionSize(std::span<const uint32_t> a, std::span<const uint32_t> b);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_SHINGLE_H_
