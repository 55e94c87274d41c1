// One thread pool for every parallel loop: a stage starts its worker threads
// once (ThreadPool) and runs all its loops on them, either as a ParallelFor
// (results written to per-index slots) or as an OrderedParallelMap (work on
// items in any order, deliver results in input order), so that output never
// depends on the thread count.

#ifndef BAOKAN_PARALLEL_H_
#define BAOKAN_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace baokan {

// `threads` worker threads, started by the constructor and joined by the
// destructor; with threads <= 1 there are none and every loop runs on the
// calling thread. Loops run one at a time: a pool is not shared by threads
// that run loops concurrently, and a task must not start a loop of its own
// on the same pool.
class ThreadPool {
 public:
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // The worker threads (0 when loops run on the calling thread).
  size_t workers() const { return workers_.size(); }

  // Calls worker_task() once on every worker thread while the calling thread
  // runs caller_task() (which may be empty), and returns when all have
  // returned; with no workers, only caller_task() runs. Exceptions must not
  // escape either task.
  void Run(const std::function<void()>& worker_task, const std::function<void()>& caller_task);

 private:
  void WorkerLoop();

  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable wake_;  // a new task or the end, for the workers
  std::condition_variable done_;  // the last worker finished, for Run()
  const std::function<void()>* task_ = nullptr;  // guarded by mu_
  uint64_t generation_ = 0;                      // guarded by mu_; one per Run()
  size_t running_ = 0;                           // guarded by mu_
  bool stop_ = false;                            // guarded by mu_
};

// Calls fn(i) for i in [0, n) on the pool's workers, which claim blocks of
// `block` indices; returns when all calls have returned. Runs on the calling
// thread when the pool has no workers or n fits in one block. `fn` must be
// safe to call concurrently and should write its result to a slot of its own.
template <typename Fn>
void ParallelFor(ThreadPool* pool, size_t n, Fn&& fn, size_t block = 64) {
  if (pool->workers() == 0 || n <= block) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  pool->Run(
      [&] {
        for (;;) {
          const size_t begin = next.fetch_add(block);
          if (begin >= n) return;
          const size_t end = std::min(n, begin + block);
          for (size_t i = begin; i < end; ++i) fn(i);
        }
      },
      nullptr);
}

// Calls work(i) for i in [0, n) on the pool's workers and deliver(i, r) with
// each result on the calling thread, strictly in order of i. At most about
// 4 * workers results wait for delivery at once, so memory stays bounded.
// `work` must be safe to call concurrently; `deliver` is never called
// concurrently. Exceptions must not escape `work`.
template <typename Result>
void OrderedParallelMap(ThreadPool* pool, size_t n, const std::function<Result(size_t)>& work,
                        const std::function<void(size_t, Result&&)>& deliver) {
  if (pool->workers() == 0 || n <= 1) {
    for (size_t i = 0; i < n; ++i) deliver(i, work(i));
    return;
  }
  const size_t window = pool->workers() * 4;
  std::vector<std::optional<Result>> slots(window);
  std::mutex mu;
  std::condition_variable cv;
  size_t next_to_claim = 0;    // guarded by mu
  size_t next_to_deliver = 0;  // guarded by mu

  auto compute = [&] {
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
  auto deliver_in_order = [&] {
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
  };
  pool->Run(compute, deliver_in_order);
}

// The same on a pool of `threads` workers made for this one loop: only for a
// call that runs one loop (a Python call over one list). A stage that runs a
// loop per batch starts one ThreadPool and passes it to every loop.
template <typename Result>
void OrderedParallelMap(size_t n, int threads, const std::function<Result(size_t)>& work,
                        const std::function<void(size_t, Result&&)>& deliver) {
  ThreadPool pool(n <= 1 ? 1 : threads);
  OrderedParallelMap<Result>(&pool, n, work, deliver);
}

}  // namespace baokan

#endif  // BAOKAN_PARALLEL_H_
