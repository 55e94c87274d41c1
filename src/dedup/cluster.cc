#include "dedup/cluster.h"

#include <algorithm>
#include <numeric>

#include "dedup/shingle.h"

namespace baokan::dedup {

PairScore ScorePair(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  PairScore s;
  s.size_a = a.size();
  s.size_b = b.size();
  s.common = IntersectionSize(a, b);
  const size_t uni = s.size_a + s.size_b - s.common;
  const size_t small = std::min(s.size_a, s.size_b);
  s.similarity = uni == 0 ? 0.0 : static_cast<double>(s.common) / static_cast<double>(uni);
  s.containment = small == 0 ? 0.0 : static_cast<double>(s.common) / static_cast<double>(small);
  return s;
}

bool IsReprint(const PairScore& s, const ReprintRule& rule) {
  const size_t small = std::min(s.size_a, s.size_b);
  const size_t large = std::max(s.size_a, s.size_b);
  if (small == 0) return false;
  if (small < rule.min_shingles) return s.size_a == s.size_b && s.common == small;
  return s.containment >= rule.min_containment &&
         static_cast<double>(small) >= rule.min_length_ratio * static_cast<double>(large);
}

std::vector<uint32_t> OriginalFirst(std::span<const RankKey> keys,
                                    const std::vector<VerifiedEdge>& edges) {
  std::vector<uint8_t> named(keys.size(), 0);
  for (const VerifiedEdge& e : edges) {
    if (e.a_named) named[e.edge.a] = 1;
    if (e.b_named) named[e.edge.b] = 1;
  }
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const RankKey& x = keys[a];
    const RankKey& y = keys[b];
    if (x.archived != y.archived) return x.archived;
    if (x.marked != y.marked) return !x.marked;
    if (named[a] != named[b]) return named[a] > named[b];
    if (x.shingles != y.shingles) return x.shingles > y.shingles;
    return a < b;
  });
  return order;
}

std::vector<uint32_t> Priority(std::span<const RankKey> keys) {
  const std::vector<uint32_t> order = OriginalFirst(keys, {});
  std::vector<uint32_t> priority(order.size());
  for (uint32_t i = 0; i < order.size(); ++i) priority[order[i]] = i;
  return priority;
}

Clusters ClusterWithoutChaining(size_t n, const std::vector<uint32_t>& order,
                                const std::vector<Edge>& edges) {
  // Adjacency in compressed form.
  std::vector<uint32_t> start(n + 1, 0);
  for (const Edge& e : edges) {
    ++start[e.a + 1];
    ++start[e.b + 1];
  }
  for (size_t i = 0; i < n; ++i) start[i + 1] += start[i];
  std::vector<uint32_t> fill(start.begin(), start.end() - 1);
  std::vector<uint32_t> adj(start[n]);
  for (uint32_t k = 0; k < edges.size(); ++k) {
    adj[fill[edges[k].a]++] = k;
    adj[fill[edges[k].b]++] = k;
  }
  Clusters c;
  constexpr uint32_t kUnplaced = ~0u;
  c.head.assign(n, kUnplaced);
  c.similarity.assign(n, 1.0f);
  c.containment.assign(n, 1.0f);
  // Pass 1: who is an original. Walking `order`, an unplaced article becomes
  // one and its unplaced neighbours become members.
  std::vector<uint32_t> rank(n, 0);
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (uint32_t d : order) {
    if (c.head[d] != kUnplaced) continue;
    c.head[d] = d;
    for (uint32_t k = start[d]; k < start[d + 1]; ++k) {
      const Edge& e = edges[adj[k]];
      const uint32_t other = e.a == d ? e.b : e.a;
      if (c.head[other] == kUnplaced) c.head[other] = kUnplaced - 1;  // a member
    }
  }
  // Pass 2: each member joins the original it matches best (containment,
  // then similarity, then the original's rank) among those it has an edge
  // with, so that it is verified against the original it joins.
  for (uint32_t m = 0; m < n; ++m) {
    if (c.head[m] == m) continue;
    const Edge* best = nullptr;
    uint32_t best_head = kUnplaced;
    for (uint32_t k = start[m]; k < start[m + 1]; ++k) {
      const Edge& e = edges[adj[k]];
      const uint32_t other = e.a == m ? e.b : e.a;
      if (c.head[other] != other) continue;
      if (best == nullptr || e.containment > best->containment ||
          (e.containment == best->containment &&
           (e.similarity > best->similarity ||
            (e.similarity == best->similarity && rank[other] < rank[best_head])))) {
        best = &e;
        best_head = other;
      }
    }
    c.head[m] = best_head;
    c.similarity[m] = best->similarity;
    c.containment[m] = best->containment;
  }
  return c;
}

}  // namespace baokan::dedup
