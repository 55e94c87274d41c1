#include "dedup/candidates.h"

#include <algorithm>
#include <iterator>

#include "base/hash.h"

namespace baokan::dedup {
namespace {

using Pair = std::pair<uint32_t, uint32_t>;

struct Entry {
  uint64_t key;
  uint32_t priority;
  uint32_t doc;
  bool operator<(const Entry& o) const {
    return key != o.key ? key < o.key : priority < o.priority;
  }
};

inline uint64_t PackPair(uint32_t a, uint32_t b) {
  return (static_cast<uint64_t>(std::min(a, b)) << 32) | std::max(a, b);
}

// The pairs of articles that agree on every position of one band, as
// PackPair()s, sorted and without repeats. A bucket of more than max_bucket
// members pairs each member only with the first max_bucket by priority.
class BandWorker {
 public:
  BandWorker(const SignatureTable& table, const CandidateParams& params)
      : t_(table), p_(params) {}

  Status RunBand(int band, std::vector<uint64_t>* out) {
    keys_.assign(t_.n, kBandKeySeed);
    for (int r = 0; r < p_.band_rows; ++r) {
      BAOKAN_RETURN_IF_ERROR(t_.columns->Column((band + r) % p_.num_perm, &column_));
      for (size_t i = 0; i < t_.n; ++i) keys_[i] = BandKeyStep(keys_[i], column_[i], r);
    }
    entries_.clear();
    for (size_t i = 0; i < t_.n; ++i) {
      if (t_.sizes[i] == 0) continue;
      entries_.push_back({keys_[i], t_.priority[i], static_cast<uint32_t>(i)});
    }
    std::sort(entries_.begin(), entries_.end());
    out->clear();
    for (size_t s = 0; s < entries_.size();) {
      size_t e = s + 1;
      while (e < entries_.size() && entries_[e].key == entries_[s].key) ++e;
      const size_t heads = std::min<size_t>(e - s, static_cast<size_t>(p_.max_bucket));
      for (size_t x = s; x < s + heads; ++x) {
        for (size_t y = x + 1; y < e; ++y) out->push_back(PackPair(entries_[x].doc, entries_[y].doc));
      }
      s = e;
    }
    std::sort(out->begin(), out->end());
    out->erase(std::unique(out->begin(), out->end()), out->end());
    return Status::OK();
  }

 private:
  const SignatureTable& t_;
  const CandidateParams& p_;
  std::vector<uint32_t> column_;
  std::vector<uint64_t> keys_;
  std::vector<Entry> entries_;
};

// All pairs that share at least one band, sorted, without repeats.
StatusOr<std::vector<uint64_t>> SharedBandPairs(const SignatureTable& table,
                                                const CandidateParams& params, ThreadPool* pool) {
  const int end = params.band_end < 0 ? params.num_perm : params.band_end;
  const size_t workers = std::clamp<size_t>(pool->workers(), 1, std::max(1, params.num_perm));
  std::vector<BandWorker> band_workers(workers, BandWorker(table, params));
  return UnionOverBands(params.band_begin, end, pool,
                        [&](size_t worker, int band, std::vector<uint64_t>* out) {
                          return band_workers[worker].RunBand(band, out);
                        });
}

}  // namespace

void BandGroupRange(int num_perm, int groups, int group, int* begin, int* end) {
  const int base = num_perm / groups, extra = num_perm % groups;
  *begin = group * base + std::min(group, extra);
  *end = *begin + base + (group < extra ? 1 : 0);
}

StatusOr<std::vector<uint64_t>> UnionOverBands(
    int band_begin, int band_end, ThreadPool* pool,
    const std::function<Status(size_t worker, int band, std::vector<uint64_t>* out)>& band) {
  const size_t bands = static_cast<size_t>(std::max(0, band_end - band_begin));
  const size_t workers = std::clamp<size_t>(pool->workers(), 1, std::max<size_t>(1, bands));
  std::vector<std::vector<uint64_t>> found(workers);
  std::vector<Status> errors(workers);
  std::vector<uint64_t> all, merged;
  for (size_t first = 0; first < bands; first += workers) {
    const size_t count = std::min(workers, bands - first);
    ParallelFor(pool, count, [&](size_t w) {
      errors[w] = band(w, band_begin + static_cast<int>(first + w), &found[w]);
    }, 1);
    for (size_t w = 0; w < count; ++w) {
      BAOKAN_RETURN_IF_ERROR(errors[w]);
      merged.clear();
      std::set_union(all.begin(), all.end(), found[w].begin(), found[w].end(),
                     std::back_inserter(merged));
      all.swap(merged);
    }
  }
  return all;
}

Status MemoryColumns::Column(int p, std::vector<uint32_t>* out) const {
  out->resize(n_);
  for (size_t i = 0; i < n_; ++i) (*out)[i] = values_[i * static_cast<size_t>(k_) + p];
  return Status::OK();
}

double EstimatedContainment(size_t agree, size_t num_perm, uint32_t size_a, uint32_t size_b) {
  const double j = static_cast<double>(agree) / static_cast<double>(num_perm);
  const double small = std::max<uint32_t>(1, std::min(size_a, size_b));
  const double c = j * (static_cast<double>(size_a) + size_b) / ((1.0 + j) * small);
  return std::min(1.0, c);
}

bool PassesScreen(size_t agree, uint32_t size_a, uint32_t size_b, const CandidateParams& params) {
  if (std::min(size_a, size_b) < params.min_length_ratio * std::max(size_a, size_b)) return false;
  return EstimatedContainment(agree, static_cast<size_t>(params.num_perm), size_a, size_b) >=
         params.min_estimated_containment;
}

CandidateParams CandidateParamsFor(const DedupOptions& o) {
  CandidateParams params;
  params.num_perm = o.signature.num_perm;
  params.band_rows = o.band_rows;
  params.max_bucket = o.max_bucket;
  params.min_estimated_containment = 0.6 * o.min_containment;
  params.min_length_ratio = 0.8 * o.min_length_ratio;
  return params;
}

StatusOr<std::vector<Pair>> FindCandidates(const SignatureTable& table,
                                           const CandidateParams& params, ThreadPool* pool) {
  StatusOr<std::vector<uint64_t>> shared = SharedBandPairs(table, params, pool);
  if (!shared.ok()) return shared.status();
  const std::vector<uint64_t>& pairs = *shared;
  // Agreements on the whole signature, one position at a time.
  std::vector<uint16_t> agree(pairs.size(), 0);
  std::vector<uint32_t> column;
  constexpr size_t kPairsPerTask = 4096;
  for (int p = 0; p < params.num_perm; ++p) {
    BAOKAN_RETURN_IF_ERROR(table.columns->Column(p, &column));
    ParallelFor(pool, (pairs.size() + kPairsPerTask - 1) / kPairsPerTask, [&](size_t task) {
      const size_t end = std::min(pairs.size(), (task + 1) * kPairsPerTask);
      for (size_t i = task * kPairsPerTask; i < end; ++i) {
        agree[i] += column[pairs[i] >> 32] == column[static_cast<uint32_t>(pairs[i])];
      }
    }, 1);
  }
  std::vector<Pair> out;
  for (size_t i = 0; i < pairs.size(); ++i) {
    const uint32_t a = static_cast<uint32_t>(pairs[i] >> 32), b = static_cast<uint32_t>(pairs[i]);
    if (PassesScreen(agree[i], table.sizes[a], table.sizes[b], params)) out.emplace_back(a, b);
  }
  return out;
}

}  // namespace baokan::dedup
