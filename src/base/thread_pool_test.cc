#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "baokan/parallel.h"

namespace baokan {
namespace {

TEST(ThreadPoolTest, ParallelForCallsEveryIndexOnceLoopAfterLoop) {
  ThreadPool pool(3);
  ASSERT_EQ(pool.workers(), 3u);
  for (int loop = 0; loop < 20; ++loop) {
    std::vector<int> calls(1000, 0);
    ParallelFor(&pool, calls.size(), [&](size_t i) { ++calls[i]; }, 7);
    EXPECT_EQ(std::count(calls.begin(), calls.end(), 1), 1000) << "loop " << loop;
  }
}

TEST(ThreadPoolTest, EveryLoopRunsOnTheSameWorkers) {
  ThreadPool pool(2);
  std::mutex mu;
  std::set<std::thread::id> seen;
  for (int loop = 0; loop < 50; ++loop) {
    ParallelFor(&pool, 256, [&](size_t) {
      std::lock_guard<std::mutex> lock(mu);
      seen.insert(std::this_thread::get_id());
    }, 1);
  }
  EXPECT_LE(seen.size(), 2u);
  EXPECT_EQ(seen.count(std::this_thread::get_id()), 0u);
}

TEST(ThreadPoolTest, OrderedMapDeliversInInputOrderOnTheCaller) {
  ThreadPool pool(4);
  for (int loop = 0; loop < 5; ++loop) {
    std::vector<size_t> delivered;
    OrderedParallelMap<std::string>(
        &pool, 500,
        [](size_t i) {
          if (i % 17 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          return std::to_string(i * i);
        },
        [&](size_t i, std::string&& r) {
          EXPECT_EQ(r, std::to_string(i * i));
          EXPECT_EQ(i, delivered.size());
          delivered.push_back(i);
        });
    EXPECT_EQ(delivered.size(), 500u);
  }
}

TEST(ThreadPoolTest, OneThreadMeansNoWorkersAndTheCallerDoesTheWork) {
  ThreadPool pool(1);
  EXPECT_EQ(pool.workers(), 0u);
  std::set<std::thread::id> seen;
  ParallelFor(&pool, 300, [&](size_t) { seen.insert(std::this_thread::get_id()); }, 1);
  OrderedParallelMap<int>(&pool, 3, [&](size_t i) {
    seen.insert(std::this_thread::get_id());
    return static_cast<int>(i);
  }, [](size_t, int&&) {});
  EXPECT_EQ(seen, std::set<std::thread::id>{std::this_thread::get_id()});
}

}  // namespace
}  // namespace baokan
