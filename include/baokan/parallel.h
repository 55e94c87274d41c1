// Ordered parallel map: work on items in any order, deliver results in input
// order, so that output never depends on the thread count.

#ifndef BAOKAN_PARALLEL_H_
#define BAOKAN_PARALLEL_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace baokan {

// Calls work(i) for i in [0, n) on up to `threads` threads and deliver(i, r)
// with each result on the calling thread, strictly in order of i. At most
// about 4 * threads results wait for delivery at once, so memory stays
// bounded. `work` must be safe to call concurrently; `deliver` is never called
// concurrently. Exceptions must not escape `work`.
template <typename Result>
void OrderedParallelMap(size_t n, int threads, const std::function<Result(size_t)>& work,
                        const std::function<void(size_t, Result&&)>& deliver) {
  if (threads <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) deliver(i, work(i));
    return;
  }
  const size_t window = static_cast<size_t>(threads) * 4;
  std::vector<std::optional<Result>> slots(window);
  std::mutex mu;
  std::condition_variable cv;
  size_t next_to_claim = 0;    // guarded by mu
  size_t next_to_deliver = 0;  // guarded by mu

  auto worker = [&] {
    for (;;) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return next_to_claim >= n || next_to_claim < next_to_deliver + window; });
        if (next_to_claim >= n) return;
        i = next_to_claim++;
      }
      Result r = work(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        slots[i % window].emplace(std::move(r));
      }
      cv.notify_all();
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (size_t i = 0; i < n; ++i) {
    std::optional<Result> r;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return slots[i % window].has_value(); });
      r.swap(slots[i % window]);
      ++next_to_deliver;
    }
    cv.notify_all();
    deliver(i, std::move(*r));
  }
  for (auto& t : pool) t.join();
}

}  // namespace baokan

#endif  // BAOKAN_PARALLEL_H_
