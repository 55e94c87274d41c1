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

// A verified reprint pair and which of the two a 摘自 of the other names.
struct VerifiedEdge {
  Edge edge;
  bool a_named = false;  // b is marked 摘自 and names a's paper (or page)
  bool b_named = false;  // a is marked 摘自 and names b's paper (or page)
};

// What the original-first order looks at of an article. Articles are given
// in canonical (id) order, which breaks the last ties.
struct RankKey {
  bool archived = false;  // from the archive index: already published
  bool marked = false;    // has a source: `source` set or a 摘自 trailer
  uint32_t shingles = 0;  // shingle positions of the compared text
};

// The order in which articles may become originals (architecture.md): an
// archived article first (what was published stays the original); then not
// 摘自; then one whose paper a 摘自 among its verified reprints names (from
// `edges`); then the most complete text; then the earliest id (the index in
// `keys`). Returns every index of `keys` once.
std::vector<uint32_t> OriginalFirst(std::span<const RankKey> keys,
                                    const std::vector<VerifiedEdge>& edges);

// Each article's rank in OriginalFirst(keys, {}): the order known before any
// pair is verified (no 摘自 names a paper yet).
std::vector<uint32_t> Priority(std::span<const RankKey> keys);

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
