// One-permutation MinHash with optimal densification.
//
// Every shingle is hashed once (XXH3-64 with the seed). The high bits of the
// hash choose one of K bins (h * K / 2^64) and each bin keeps the smallest
// hash that falls into it, so a bin's value is the minimum of a random
// partition of the set: for two sets, a bin that is non-empty for their union
// agrees exactly when the union's minimum in it belongs to both, which
// happens with probability J (Li, Owen, Zhang 2012). Empty bins borrow the
// value of the first non-empty bin on a pseudo-random probe sequence of their
// own (Shrivastava 2017, "optimal densification"), which keeps every position
// an unbiased estimate of J. Cost: one hash per shingle plus O(K), against
// K hashes per shingle for K independent permutations.

#include <algorithm>

#include "baokan/dedup.h"
#include "base/hash.h"
#include "dedup/match_form.h"
#include "dedup/shingle.h"
#include "dedup/signature.h"

namespace baokan {
namespace {

constexpr uint64_t kEmptyBin = ~0ULL;

inline uint32_t BinOf(uint64_t h, uint32_t k) {
  return static_cast<uint32_t>((static_cast<unsigned __int128>(h) * k) >> 64);
}

Signature EmptySignature(const SignatureOptions& options) {
  Signature sig;
  sig.values.assign(static_cast<size_t>(options.num_perm), kEmptyBin);
  return sig;
}

// Lowers the bin of each shingle hash to it. Branch-free: whether a shingle
// lowers its bin's value is a coin toss.
struct BinMin {
  uint64_t* v;
  uint32_t k;
  void operator()(uint64_t h) const {
    uint64_t& slot = v[BinOf(h, k)];
    slot = std::min(slot, h);
  }
};

// Sets the shingle count and fills the empty bins (densification): each
// empty bin probes bins Mix64(seed, bin, attempt) until it finds one that
// shingles filled.
void Complete(size_t count, const SignatureOptions& options, Signature* sig) {
  sig->shingle_count = static_cast<uint32_t>(std::min<size_t>(count, UINT32_MAX));
  if (count == 0) return;
  const uint32_t k = static_cast<uint32_t>(options.num_perm);
  uint64_t* v = sig->values.data();
  std::vector<uint8_t> filled(k);
  for (uint32_t i = 0; i < k; ++i) filled[i] = v[i] != kEmptyBin;
  for (uint32_t i = 0; i < k; ++i) {
    if (filled[i]) continue;
    for (uint64_t attempt = 1;; ++attempt) {
      const uint32_t probe =
          BinOf(Mix64(options.seed ^ Mix64((static_cast<uint64_t>(i) << 32) | attempt)), k);
      if (filled[probe]) {
        v[i] = v[probe];
        break;
      }
    }
  }
}

}  // namespace

Status ValidateSignatureOptions(const SignatureOptions& options) {
  if (options.shingle_size < 1 || options.shingle_size > 32) {
    return Status::InvalidArgument("shingle_size must be between 1 and 32, not " +
                                   std::to_string(options.shingle_size));
  }
  if (options.num_perm < 8 || options.num_perm > 4096) {
    return Status::InvalidArgument("num_perm must be between 8 and 4096, not " +
                                   std::to_string(options.num_perm));
  }
  return Status::OK();
}

Signature ComputeSignature(std::string_view match_form, const SignatureOptions& options) {
  Signature sig = EmptySignature(options);
  BinMin update{sig.values.data(), static_cast<uint32_t>(options.num_perm)};
  const size_t count =
      dedup::ForEachShingle(match_form, options.shingle_size, options.seed, update);
  Complete(count, options, &sig);
  return sig;
}

namespace dedup {

Signature CompareFormSignature(std::string_view text, const SignatureOptions& options) {
  Signature sig = EmptySignature(options);
  BinMin update{sig.values.data(), static_cast<uint32_t>(options.num_perm)};
  ShingleHasher<BinMin> hasher(options.shingle_size, options.seed, update);
  const bool fast = ForEachFastUnit(
      text, [&](char32_t c, const unsigned char*, size_t, bool) { hasher.Push(c); });
  if (!fast) return ComputeSignature(CompareForm(text), options);
  Complete(hasher.Finish(), options, &sig);
  return sig;
}

}  // namespace dedup

double EstimateJaccard(const Signature& a, const Signature& b) {
  if (a.shingle_count == 0 || b.shingle_count == 0 || a.values.empty()) return 0.0;
  size_t same = 0;
  for (size_t i = 0; i < a.values.size(); ++i) same += a.values[i] == b.values[i];
  return static_cast<double>(same) / static_cast<double>(a.values.size());
}

}  // namespace baokan
