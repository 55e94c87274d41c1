// Hash helpers shared by the stages.

#ifndef BAOKAN_SRC_BASE_HASH_H_
#define BAOKAN_SRC_BASE_HASH_H_

#include <cstdint>

namespace baokan {

// The splitmix64 finalizer: a bijective 64-bit mix in which every input bit
// changes about half the output bits. Fixed forever: signatures and band
// keys computed with it are written to disk.
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace baokan

#endif  // BAOKAN_SRC_BASE_HASH_H_
