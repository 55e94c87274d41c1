// Sorting values whose keys are hashes (private to dedup): band keys, id
// hashes, shingle keys. Hashes are spread evenly over their range, so the
// values are first dealt into about one bucket each by the keys' top bits,
// and only the buckets, of a value or two, are sorted: linear time, where
// std::sort takes n log n. Any keys give the right order; keys that are not
// spread evenly only make the buckets bigger.

#ifndef BAOKAN_SRC_DEDUP_EVEN_SORT_H_
#define BAOKAN_SRC_DEDUP_EVEN_SORT_H_

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace baokan::dedup {

// Below this many values SortEvenly simply calls std::sort.
inline constexpr size_t kEvenSortMin = 256;

// Sorts *values as std::sort does (by T's operator<). `top(v)` gives v's key
// as 64 bits, the hash's bits at the top; it must rise with operator<
// (a < b implies top(a) <= top(b)). `scratch` is reused memory (any
// contents).
template <typename T, typename Top>
void SortEvenly(std::vector<T>* values, Top top, std::vector<T>* scratch) {
  const size_t n = values->size();
  if (n < kEvenSortMin) {
    std::sort(values->begin(), values->end());
    return;
  }
  const int bits = std::bit_width(n - 1);  // 2^bits >= n buckets
  auto bucket = [&](const T& v) { return static_cast<size_t>(top(v) >> (64 - bits)); };
  thread_local std::vector<uint32_t> start;
  start.assign((size_t{1} << bits) + 1, 0);
  for (const T& v : *values) ++start[bucket(v) + 1];
  for (size_t b = 1; b < start.size(); ++b) start[b] += start[b - 1];
  scratch->resize(n);
  for (const T& v : *values) (*scratch)[start[bucket(v)]++] = v;  // start[b]: end of bucket b
  size_t begin = 0;
  for (size_t b = 0; b + 1 < start.size(); ++b) {
    const size_t end = start[b];
    if (end - begin > 1) std::sort(scratch->begin() + begin, scratch->begin() + end);
    begin = end;
  }
  values->swap(*scratch);
}

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_EVEN_SORT_H_
