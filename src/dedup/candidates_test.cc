#include "dedup/candidates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include "baokan/dedup.h"
#include "dedup/test_text.h"

namespace baokan::dedup {
namespace {

struct Table {
  std::vector<uint32_t> values, sizes, priority;
  void Add(const std::string& text, const SignatureOptions& o) {
    Signature s = ComputeSignature(text, o);
    for (uint64_t v : s.values) values.push_back(static_cast<uint32_t>(v));
    sizes.push_back(s.shingle_count);
    priority.push_back(static_cast<uint32_t>(priority.size()));
  }
  // FindCandidates over this table, its columns read from memory.
  std::vector<std::pair<uint32_t, uint32_t>> Find(const CandidateParams& p,
                                                  ThreadPool* pool) const {
    const MemoryColumns columns(values.data(), sizes.size(), p.num_perm);
    auto pairs = FindCandidates({sizes.size(), &columns, sizes.data(), priority.data()}, p, pool);
    EXPECT_TRUE(pairs.ok()) << pairs.status().message();
    return pairs.ok() ? *pairs : std::vector<std::pair<uint32_t, uint32_t>>();
  }
};

// 50 originals of 600 characters, each with an abridged copy keeping three
// 70-character passages (35 %), plus 100 unrelated texts.
Table AbridgedCorpus() {
  std::mt19937_64 rng(42);
  Table t;
  const SignatureOptions o;
  for (int i = 0; i < 50; ++i) {
    const std::string orig = RandomText(&rng, 600);
    t.Add(orig, o);
    t.Add(Slice(orig, 20, 70) + Slice(orig, 250, 70) + Slice(orig, 480, 70), o);
  }
  for (int i = 0; i < 100; ++i) t.Add(RandomText(&rng, 100 + static_cast<int>(rng() % 800)), o);
  return t;
}

TEST(CandidatesTest, FindsAbridgedCopiesAndNothingElse) {
  ThreadPool serial(1);
  const Table t = AbridgedCorpus();
  CandidateParams p;
  const auto pairs = t.Find(p, &serial);
  size_t found = 0, other = 0;
  for (const auto& [a, b] : pairs) {
    if (a < 100 && a % 2 == 0 && b == a + 1) {
      ++found;
    } else {
      ++other;
    }
  }
  // J of each planted pair is about 0.33 (210 - 8 junction shingles of 596):
  // banding misses such a pair with probability < 1e-4.
  EXPECT_GE(found, 49u);
  EXPECT_EQ(other, 0u);
  EXPECT_TRUE(std::is_sorted(pairs.begin(), pairs.end()));
  EXPECT_EQ(std::adjacent_find(pairs.begin(), pairs.end()), pairs.end());
}

TEST(CandidatesTest, SameResultAtAnyThreadCount) {
  const Table t = AbridgedCorpus();
  CandidateParams p;
  ThreadPool serial(1), three(3);
  const auto one = t.Find(p, &serial);
  EXPECT_EQ(t.Find(p, &three), one);
}

TEST(CandidatesTest, BandGroupsCoverEveryBandOnce) {
  for (int groups : {1, 3, 5, 127, 128}) {
    int next = 0;
    for (int g = 0; g < groups; ++g) {
      int begin = -1, end = -1;
      BandGroupRange(128, groups, g, &begin, &end);
      EXPECT_EQ(begin, next) << groups << " " << g;
      EXPECT_GE(end - begin, 128 / groups);
      EXPECT_LE(end - begin, 128 / groups + 1);
      next = end;
    }
    EXPECT_EQ(next, 128) << groups;
  }
}

// The pairs of the whole band range are the union of the pairs of its
// groups, whatever the groups: the screen looks at whole signatures.
TEST(CandidatesTest, TheUnionOfBandGroupsIsTheWholeSearch) {
  ThreadPool two(2);
  const Table t = AbridgedCorpus();
  CandidateParams p;
  const auto whole = t.Find(p, &two);
  for (int groups : {3, 7}) {
    std::set<std::pair<uint32_t, uint32_t>> joined;
    for (int g = 0; g < groups; ++g) {
      BandGroupRange(p.num_perm, groups, g, &p.band_begin, &p.band_end);
      const auto part = t.Find(p, &two);
      EXPECT_LT(part.size(), whole.size() + 1);
      joined.insert(part.begin(), part.end());
    }
    using Pairs = std::vector<std::pair<uint32_t, uint32_t>>;
    EXPECT_EQ(Pairs(joined.begin(), joined.end()), whole) << groups;
  }
  // A group sees fewer pairs than the whole search: one band of 128 finds
  // some planted pairs but not all.
  p.band_begin = 0;
  p.band_end = 1;
  EXPECT_LT(t.Find(p, &two).size(), whole.size());
}

TEST(CandidatesTest, ScreenRejectsLowContainment) {
  ThreadPool serial(1);
  std::mt19937_64 rng(7);
  const SignatureOptions o;
  Table t;
  const std::string a = RandomText(&rng, 600);
  // Shares 240 of 600 characters with a (40 % each way, J = 0.25: banding
  // misses it with probability 0.1 %).
  t.Add(a, o);
  t.Add(Slice(a, 0, 240) + RandomText(&rng, 360), o);
  CandidateParams p;
  p.min_estimated_containment = 0.7;
  EXPECT_TRUE(t.Find(p, &serial).empty());
  p.min_estimated_containment = 0.05;
  EXPECT_EQ(t.Find(p, &serial).size(), 1u);
}

TEST(CandidatesTest, EstimatedContainment) {
  // Ĵ = 0.3, sizes 1000 and 300: |A∩B| = 0.3 * 1300 / 1.3 = 300 -> 1.0.
  EXPECT_NEAR(EstimatedContainment(30, 100, 1000, 300), 1.0, 1e-9);
  EXPECT_NEAR(EstimatedContainment(0, 100, 1000, 300), 0.0, 1e-9);
}

TEST(CandidatesTest, LargeBucketsPairWithTheirFirstMembers) {
  ThreadPool serial(1);
  std::mt19937_64 rng(3);
  const SignatureOptions o;
  Table t;
  const std::string same = RandomText(&rng, 200);
  for (int i = 0; i < 40; ++i) t.Add(same, o);
  std::reverse(t.priority.begin(), t.priority.end());  // doc 39 comes first
  CandidateParams p;
  p.max_bucket = 5;
  const auto pairs = t.Find(p, &serial);
  // Members at priority 0..4 pair with all later ones: 39+38+37+36+35.
  EXPECT_EQ(pairs.size(), 185u);
  EXPECT_TRUE(std::binary_search(pairs.begin(), pairs.end(), std::make_pair(0u, 39u)));
  EXPECT_FALSE(std::binary_search(pairs.begin(), pairs.end(), std::make_pair(0u, 1u)));
}

}  // namespace
}  // namespace baokan::dedup
