#include "segment/similarity.h"

#include <gtest/gtest.h>

#include <string>

namespace baokan::segment {
namespace {

TEST(BigramCounterTest, CountsOnPiecesWhatCountInCountsOnTheirConcatenation) {
  const Bigrams set("上海市人民政府今天发布新规 2024年");
  const std::string pieces[] = {"昨天上", "海市人", "民，政府", "", "今天发", "布新规2", "02",
                                "4年上海"};
  BigramCounter counter(set);
  std::string text;
  for (const std::string& p : pieces) {
    counter.Feed(p);
    text += p;
    EXPECT_EQ(counter.count(), set.CountIn(text)) << text;
    EXPECT_DOUBLE_EQ(counter.Containment(), Containment(set, std::string_view(text))) << text;
  }
  EXPECT_EQ(counter.count(), set.size());  // every bigram, 上海 counted once
}

TEST(BigramCounterTest, AnEmptySetCountsNothing) {
  const Bigrams none("，。");
  BigramCounter counter(none);
  counter.Feed("上海");
  EXPECT_EQ(counter.count(), 0u);
  EXPECT_EQ(counter.Containment(), 0.0);
}

}  // namespace
}  // namespace baokan::segment
