// ThreadPool (include/baokan/parallel.h): workers that sleep between loops.

#include "baokan/parallel.h"

namespace baokan {

ThreadPool::ThreadPool(int threads) {
  for (int t = 0; t < threads && threads > 1; ++t) workers_.emplace_back([this] { WorkerLoop(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void ThreadPool::Run(const std::function<void()>& worker_task,
                     const std::function<void()>& caller_task) {
  if (workers_.empty()) {
    if (caller_task) caller_task();
    return;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    task_ = &worker_task;
    running_ = workers_.size();
    ++generation_;
  }
  wake_.notify_all();
  if (caller_task) caller_task();
  std::unique_lock<std::mutex> lock(mu_);
  done_.wait(lock, [&] { return running_ == 0; });
  task_ = nullptr;
}

void ThreadPool::WorkerLoop() {
  uint64_t seen = 0;
  for (;;) {
    const std::function<void()>* task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      task = task_;
    }
    (*task)();
    std::lock_guard<std::mutex> lock(mu_);
    if (--running_ == 0) done_.notify_one();
  }
}

}  // namespace baokan
