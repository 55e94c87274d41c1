#include "dedup/candidates.h"

#include <algorithm>

#include "base/hash.h"

namespace baokan::dedup {
namespace {

struct Entry {
  uint64_t key;
  uint32_t priority;
  uint32_t doc;
  bool operator<(const Entry& o) const {
    return key != o.key ? key < o.key : priority < o.priority;
  }
};

class BandWorker {
 public:
  BandWorker(const SignatureTable& table, const CandidateParams& params)
      : t_(table), p_(params), k_(params.num_perm), agree_(params.num_perm) {}

  void RunBand(int band, std::vector<std::pair<uint32_t, uint32_t>>* out) {
    entries_.clear();
    for (size_t i = 0; i < t_.n; ++i) {
      if (t_.sizes[i] == 0) continue;
      entries_.push_back({BandKey(t_.values + i * k_, band), t_.priority[i],
                          static_cast<uint32_t>(i)});
    }
    std::sort(entries_.begin(), entries_.end());
    for (size_t s = 0; s < entries_.size();) {
      size_t e = s + 1;
      while (e < entries_.size() && entries_[e].key == entries_[s].key) ++e;
      const size_t heads = std::min<size_t>(e - s, static_cast<size_t>(p_.max_bucket));
      for (size_t x = s; x < s + heads; ++x) {
        for (size_t y = x + 1; y < e; ++y) Consider(entries_[x].doc, entries_[y].doc, band, out);
      }
      s = e;
    }
  }

 private:
  uint64_t BandKey(const uint32_t* v, int band) const {
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (int r = 0; r < p_.band_rows; ++r) h = Mix64(h ^ v[(band + r) % k_]) + r;
    return h;
  }

  // Emits (a, b) when `band` is the first band on which they agree (so each
  // pair is considered once) and the signature screen passes.
  void Consider(uint32_t a, uint32_t b, int band, std::vector<std::pair<uint32_t, uint32_t>>* out) {
    const uint32_t* va = t_.values + static_cast<size_t>(a) * k_;
    const uint32_t* vb = t_.values + static_cast<size_t>(b) * k_;
    size_t agree = 0;
    for (int i = 0; i < k_; ++i) {
      agree_[i] = va[i] == vb[i];
      agree += agree_[i];
    }
    for (int j = 0; j < band; ++j) {
      bool all = true;
      for (int r = 0; r < p_.band_rows && all; ++r) all = agree_[(j + r) % k_];
      if (all) return;  // found on an earlier band
    }
    const uint32_t sa = t_.sizes[a], sb = t_.sizes[b];
    if (std::min(sa, sb) < p_.min_length_ratio * std::max(sa, sb)) return;
    if (EstimatedContainment(agree, k_, sa, sb) < p_.min_estimated_containment) return;
    out->emplace_back(std::min(a, b), std::max(a, b));
  }

  const SignatureTable& t_;
  const CandidateParams& p_;
  const int k_;
  std::vector<uint8_t> agree_;
  std::vector<Entry> entries_;
};

}  // namespace

double EstimatedContainment(size_t agree, size_t num_perm, uint32_t size_a, uint32_t size_b) {
  const double j = static_cast<double>(agree) / static_cast<double>(num_perm);
  const double small = std::max<uint32_t>(1, std::min(size_a, size_b));
  const double c = j * (static_cast<double>(size_a) + size_b) / ((1.0 + j) * small);
  return std::min(1.0, c);
}

std::vector<std::pair<uint32_t, uint32_t>> FindCandidates(const SignatureTable& table,
                                                          const CandidateParams& params,
                                                          ThreadPool* pool) {
  // One share of the bands per worker: band b goes to share b % shares.
  const size_t shares = std::clamp<size_t>(pool->workers(), 1, std::max(1, params.num_perm));
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> found(shares);
  ParallelFor(pool, shares, [&](size_t share) {
    BandWorker worker(table, params);
    for (size_t band = share; band < static_cast<size_t>(params.num_perm); band += shares) {
      worker.RunBand(static_cast<int>(band), &found[share]);
    }
  }, 1);
  std::vector<std::pair<uint32_t, uint32_t>> all;
  for (auto& f : found) all.insert(all.end(), f.begin(), f.end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

}  // namespace baokan::dedup
