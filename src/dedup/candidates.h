// Candidate pairs from MinHash signatures (private to dedup).
//
// Banding: band j (0 <= j < K) is the window of `band_rows` signature
// positions j, j+1, ... (cyclic). Two articles are candidates when they agree
// on every position of at least one band. With K cyclic bands of r = 2 rows a
// pair of Jaccard similarity J is missed with probability about λ^K, where
// λ = ((1-J) + sqrt((1-J)^2 + 4J(1-J))) / 2 (no two consecutive agreements in
// K Bernoulli(J) trials): 0.7 % at J = 0.21, 0.1 % at J = 0.25. An abridged
// reprint keeping 30 % with containment 0.8 has J ≈ 0.22.
//
// Each pair that shares a band is then screened on its whole signature: the
// estimated containment Ĵ (|A|+|B|) / ((1+Ĵ) min(|A|,|B|)), Ĵ = agreeing
// positions / K,
// must reach `min_estimated_containment`, and the size ratio must reach
// `min_length_ratio`. Only pairs passing both go to exact verification.

#ifndef BAOKAN_SRC_DEDUP_CANDIDATES_H_
#define BAOKAN_SRC_DEDUP_CANDIDATES_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/parallel.h"
#include "baokan/status.h"
#include "base/hash.h"

namespace baokan::dedup {

struct CandidateParams {
  int num_perm = 128;
  int band_rows = 2;
  // Buckets larger than this pair each member only with the first
  // `max_bucket` members by priority.
  int max_bucket = 256;
  double min_estimated_containment = 0.3;
  double min_length_ratio = 0.16;
  // The bands searched: band_begin <= j < band_end (band_end -1: num_perm).
  // A run cut into band groups searches each group's range in its own task;
  // the union of the groups' pairs is the pairs of the whole range, since the
  // screen looks at the whole signature whichever band found the pair.
  int band_begin = 0;
  int band_end = -1;
};

// Bands [*begin, *end) of group `group` (0-based) of `groups` nearly equal
// ranges of num_perm bands (the first ones one longer). Requires
// 1 <= groups <= num_perm.
void BandGroupRange(int num_perm, int groups, int group, int* begin, int* end);

// The key of a band: starting from kBandKeySeed, key = BandKeyStep(key,
// value at position (band + r) mod K, r) for r = 0 .. band_rows-1. Articles
// that agree on the band's positions have equal keys (and, but for 64-bit
// collisions, only they). The archive index stores the same keys.
inline constexpr uint64_t kBandKeySeed = 0x9e3779b97f4a7c15ULL;
inline uint64_t BandKeyStep(uint64_t key, uint32_t value, int row) {
  return Mix64(key ^ value) + static_cast<uint64_t>(row);
}

// Position p of every article's signature, one position at a time, so that
// the whole table need not be in memory.
class ColumnSource {
 public:
  virtual ~ColumnSource() = default;
  // Sets *out to the low 32 bits of position p of every article (n values,
  // in article order). Must be thread-safe.
  virtual Status Column(int p, std::vector<uint32_t>* out) const = 0;
};

// A ColumnSource over a table in memory, row by row (n * num_perm values).
class MemoryColumns : public ColumnSource {
 public:
  MemoryColumns(const uint32_t* values, size_t n, int num_perm)
      : values_(values), n_(n), k_(num_perm) {}
  Status Column(int p, std::vector<uint32_t>* out) const override;

 private:
  const uint32_t* values_;
  size_t n_;
  int k_;
};

struct SignatureTable {
  size_t n = 0;
  const ColumnSource* columns = nullptr;
  // n shingle counts; articles with 0 are never candidates.
  const uint32_t* sizes = nullptr;
  // n priorities (smaller first) used to choose the members a large bucket
  // pairs with; must be a permutation for determinism.
  const uint32_t* priority = nullptr;
};

// The estimated containment of the smaller set in the larger.
double EstimatedContainment(size_t agree, size_t num_perm, uint32_t size_a, uint32_t size_b);

// True when a pair whose signatures agree at `agree` positions, of sets of
// sizes size_a and size_b, passes the screen: size ratio at least
// params.min_length_ratio and estimated containment at least
// params.min_estimated_containment.
bool PassesScreen(size_t agree, uint32_t size_a, uint32_t size_b, const CandidateParams& params);

// The parameters dedup searches candidates with under `options`: the
// screen's thresholds are 0.6 x min_containment and 0.8 x min_length_ratio,
// loose enough that verification, not the estimate, decides.
CandidateParams CandidateParamsFor(const DedupOptions& options);

// Calls band(worker, j, out) for every band j (band_begin <= j < band_end), one band
// per worker of `pool` at a time (0 <= worker < that many workers, so that a
// worker's buffers can be reused), and returns the union of the sorted
// vectors the calls fill, merged in band order, or the first error. The
// result does not depend on the pool.
StatusOr<std::vector<uint64_t>> UnionOverBands(
    int band_begin, int band_end, ThreadPool* pool,
    const std::function<Status(size_t worker, int band, std::vector<uint64_t>* out)>& band);

// Returns the candidate pairs (a < b) found in the bands of params
// (band_begin .. band_end), sorted and without repeats, or the error
// of a column read. Bands are sorted one per worker of `pool` at a time
// (memory: about 24 bytes per article per worker, plus 10 bytes per pair
// that shares a band); then the pairs' agreements are counted position by
// position. The result depends only on the table and the parameters, not on
// the pool.
StatusOr<std::vector<std::pair<uint32_t, uint32_t>>> FindCandidates(const SignatureTable& table,
                                                                    const CandidateParams& params,
                                                                    ThreadPool* pool);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_CANDIDATES_H_
