// The signature of an article's text in one pass (private to dedup).

#ifndef BAOKAN_SRC_DEDUP_SIGNATURE_H_
#define BAOKAN_SRC_DEDUP_SIGNATURE_H_

#include <string_view>

#include "baokan/dedup.h"

namespace baokan::dedup {

// Returns exactly ComputeSignature(CompareForm(text), options), hashing the
// compared form's code points as the fast path of CompareForm produces them,
// without building the string (minhash_test.cc holds the two equal). `text`
// is the comparable text (ComparableText: no 摘自 trailer). Thread-safe.
Signature CompareFormSignature(std::string_view text, const SignatureOptions& options);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_SIGNATURE_H_
