// Verification of candidate pairs and clustering without chaining (private
// to dedup).

#ifndef BAOKAN_SRC_DEDUP_CLUSTER_H_
#define BAOKAN_SRC_DEDUP_CLUSTER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace baokan::dedup {

// Exact comparison of two shingle sets.
struct PairScore {
  size_t size_a = 0, size_b = 0, common = 0;
  double similarity = 0;   // Jaccard |A∩B| / |A∪B|
  double containment = 0;  // |A∩B| / min(|A|, |B|)
};
PairScore ScorePair(std::span<const uint32_t> a, std::span<const uint32_t> b);

struct ReprintRule {
  double min_containment = 0.5;
  double min_length_ratio = 0.2;
  size_t min_shingles = 10;
};
// True when the pair counts as a reprint: containment >= min_containment and
// min(|A|,|B|) >= min_length_ratio * max(|A|,|B|); when the smaller set has
// fewer than min_shingles shingles, only identical sets count.
bool IsReprint(const PairScore& s, const ReprintRule& rule);

struct Edge {
  uint32_t a = 0, b = 0;
  float similarity = 0, containment = 0;
};

struct Clusters {
  // head[i] is the article i was folded into, or i itself when i is kept.
  std::vector<uint32_t> head;
  // For folded articles: the scores against their head (1 for heads).
  std::vector<float> similarity, containment;
};

// Clusters n articles. `order` lists every article once, best original first.
// Walking `order`, an article not yet placed becomes a head and every
// not-yet-placed article it has an edge with becomes a member; each member
// then joins, among the heads it has an edge with, the one of highest
// containment (then similarity, then order). A member is always verified
// against its own head and nothing joins through another member, so clusters
// never chain. Deterministic for given inputs (edge order does not matter).
Clusters ClusterWithoutChaining(size_t n, const std::vector<uint32_t>& order,
                                const std::vector<Edge>& edges);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_CLUSTER_H_
