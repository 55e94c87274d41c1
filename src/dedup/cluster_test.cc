#include "dedup/cluster.h"

#include <gtest/gtest.h>

#include <numeric>

namespace baokan::dedup {
namespace {

std::vector<uint32_t> Range(uint32_t a, uint32_t b) {
  std::vector<uint32_t> v(b - a);
  std::iota(v.begin(), v.end(), a);
  return v;
}

TEST(VerifyTest, ScoresAreExact) {
  // A = [0,100), B = [70,100): B inside A, J = 30/100.
  PairScore s = ScorePair(Range(0, 100), Range(70, 100));
  EXPECT_EQ(s.common, 30u);
  EXPECT_DOUBLE_EQ(s.similarity, 0.3);
  EXPECT_DOUBLE_EQ(s.containment, 1.0);
  // Partial overlap: |A∩B| = 20, |A∪B| = 130, smaller set 50.
  s = ScorePair(Range(0, 100), Range(80, 130));
  EXPECT_DOUBLE_EQ(s.similarity, 20.0 / 130.0);
  EXPECT_DOUBLE_EQ(s.containment, 20.0 / 50.0);
}

TEST(VerifyTest, ReprintRule) {
  const ReprintRule rule;  // containment 0.5, length ratio 0.2, 10 shingles
  EXPECT_TRUE(IsReprint(ScorePair(Range(0, 100), Range(70, 100)), rule));   // abridged to 30 %
  EXPECT_FALSE(IsReprint(ScorePair(Range(0, 100), Range(80, 130)), rule));  // 40 % shared
  EXPECT_FALSE(IsReprint(ScorePair(Range(0, 1000), Range(0, 100)), rule));  // only 10 % long
  // Tiny texts count only when identical.
  EXPECT_TRUE(IsReprint(ScorePair(Range(0, 5), Range(0, 5)), rule));
  EXPECT_FALSE(IsReprint(ScorePair(Range(0, 5), Range(0, 6)), rule));
  EXPECT_FALSE(IsReprint(ScorePair({}, {}), rule));
}

TEST(ClusterTest, NoChaining) {
  // 0-1 and 1-2 are reprint pairs, 0-2 is not: 2 must not join 0 through 1.
  const std::vector<Edge> edges = {{0, 1, 0.6f, 0.9f}, {1, 2, 0.5f, 0.8f}};
  Clusters c = ClusterWithoutChaining(3, {0, 1, 2}, edges);
  EXPECT_EQ(c.head[0], 0u);
  EXPECT_EQ(c.head[1], 0u);
  EXPECT_EQ(c.head[2], 2u);  // stays on its own
  EXPECT_FLOAT_EQ(c.similarity[1], 0.6f);
  EXPECT_FLOAT_EQ(c.containment[1], 0.9f);
  EXPECT_FLOAT_EQ(c.similarity[2], 1.0f);
}

TEST(ClusterTest, OrderDecidesTheOriginal) {
  const std::vector<Edge> edges = {{0, 1, 0.6f, 0.9f}, {1, 2, 0.5f, 0.8f}};
  // With 1 first, both others join it.
  Clusters c = ClusterWithoutChaining(3, {1, 0, 2}, edges);
  EXPECT_EQ(c.head[0], 1u);
  EXPECT_EQ(c.head[1], 1u);
  EXPECT_EQ(c.head[2], 1u);
}

TEST(ClusterTest, MembersJoinTheOriginalTheyMatchBest) {
  // 2 (a short copy) matches both originals 0 and 1, but 1 much better.
  const std::vector<Edge> edges = {{0, 2, 0.2f, 0.55f}, {1, 2, 0.4f, 0.95f}};
  Clusters c = ClusterWithoutChaining(3, {0, 1, 2}, edges);
  EXPECT_EQ(c.head, (std::vector<uint32_t>{0, 1, 1}));
  EXPECT_FLOAT_EQ(c.containment[2], 0.95f);
  // Equal scores: the original earlier in the order wins.
  const std::vector<Edge> tie = {{0, 2, 0.4f, 0.95f}, {1, 2, 0.4f, 0.95f}};
  EXPECT_EQ(ClusterWithoutChaining(3, {1, 0, 2}, tie).head, (std::vector<uint32_t>{0, 1, 1}));
}

TEST(ClusterTest, EdgeOrderDoesNotMatter) {
  std::vector<Edge> edges = {{0, 3, 0.4f, 0.9f}, {1, 3, 0.7f, 0.9f}, {2, 4, 0.3f, 0.7f},
                             {0, 2, 0.5f, 0.6f}};
  const std::vector<uint32_t> order = {1, 0, 2, 3, 4};
  Clusters a = ClusterWithoutChaining(5, order, edges);
  std::reverse(edges.begin(), edges.end());
  Clusters b = ClusterWithoutChaining(5, order, edges);
  EXPECT_EQ(a.head, b.head);
  // 4 only touches member 2, so it is an original; 2 then matches it best.
  EXPECT_EQ(a.head, (std::vector<uint32_t>{0, 1, 4, 1, 4}));
}

}  // namespace
}  // namespace baokan::dedup
