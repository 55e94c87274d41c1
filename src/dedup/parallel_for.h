// ParallelFor: run fn(i) for i in [0, n) on up to `threads` threads (private
// to dedup). Work is claimed in blocks through an atomic counter; results must
// be written to per-index slots so that they do not depend on scheduling.

#ifndef BAOKAN_SRC_DEDUP_PARALLEL_FOR_H_
#define BAOKAN_SRC_DEDUP_PARALLEL_FOR_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace baokan::dedup {

template <typename Fn>
void ParallelFor(size_t n, int threads, Fn&& fn, size_t block = 64) {
  const size_t t = std::min<size_t>(threads < 1 ? 1 : threads, (n + block - 1) / block);
  if (t <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (;;) {
      const size_t begin = next.fetch_add(block);
      if (begin >= n) return;
      const size_t end = std::min(n, begin + block);
      for (size_t i = begin; i < end; ++i) fn(i);
    }
  };
  std::vector<std::thread> pool;
  for (size_t i = 1; i < t; ++i) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();
}

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_PARALLEL_FOR_H_
