// Exact verification of candidate pairs within a memory budget (private to
// dedup).

#ifndef BAOKAN_SRC_DEDUP_VERIFY_H_
#define BAOKAN_SRC_DEDUP_VERIFY_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/parallel.h"
#include "dedup/cluster.h"
#include "dedup/corpus.h"

namespace baokan::dedup {

// A verified reprint pair and which of the two a 摘自 of the other names.
struct VerifiedEdge {
  Edge edge;
  bool a_named = false;  // b is marked 摘自 and names a's paper (or page)
  bool b_named = false;  // a is marked 摘自 and names b's paper (or page)
};

// Compares every pair of `pairs` (sorted) exactly on its shingle sets and
// returns those that are reprints under `options`. The records are read back
// from the spool in chunks: a chunk takes pairs in order until the shingle
// sets of its articles would pass `budget_bytes` (at least one pair), reads
// those articles in spool order, scores its pairs and lets them go. Sets
// `*chunks` to the number of chunks. Non-OK when the spool cannot be read.
StatusOr<std::vector<VerifiedEdge>> VerifyPairs(
    const Corpus& corpus, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
    const DedupOptions& options, size_t budget_bytes, ThreadPool* workers, size_t* chunks);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_VERIFY_H_
