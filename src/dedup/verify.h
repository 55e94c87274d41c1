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
#include "dedup/article_fields.h"
#include "dedup/cluster.h"
#include "dedup/corpus.h"

namespace baokan::dedup {

// The articles verification compares, numbered 0 .. size()-1.
class VerifyInput {
 public:
  virtual ~VerifyInput() = default;
  virtual size_t size() const = 0;
  // Shingle positions of the article's compared text (bounds its set).
  virtual uint32_t shingles(uint32_t article) const = 0;
  // Where the article is stored: a chunk reads its articles in this order,
  // one forward pass over the files.
  virtual uint64_t position(uint32_t article) const = 0;
  // Fills out->page, source, paper and match_form (the compared form). A
  // record that cannot be parsed leaves *out empty (it matches nothing); an
  // error means the store cannot be read. Thread-safe.
  virtual Status Read(uint32_t article, ArticleFields* out) const = 0;
};

// The articles of a corpus, read back from its compared spool when it has
// one, else parsed again from its spool.
class CorpusVerifyInput : public VerifyInput {
 public:
  explicit CorpusVerifyInput(const Corpus& corpus) : c_(corpus) {}
  size_t size() const override { return c_.docs.size(); }
  uint32_t shingles(uint32_t doc) const override { return c_.docs[doc].shingles; }
  uint64_t position(uint32_t doc) const override {
    return c_.compared ? c_.compared_at[c_.docs[doc].row] : c_.docs[doc].offset;
  }
  Status Read(uint32_t doc, ArticleFields* out) const override;

 private:
  const Corpus& c_;
};

// Compares every pair of `pairs` (sorted) exactly on its shingle sets and
// returns those that are reprints under `options`. The articles are read back
// in chunks: a chunk takes pairs in order until the shingle sets of its
// articles would pass `budget_bytes` (at least one pair), reads those
// articles in position() order, scores its pairs and lets them go. Sets
// `*chunks` to the number of chunks. Non-OK when an article cannot be read.
StatusOr<std::vector<VerifiedEdge>> VerifyPairs(
    const VerifyInput& input, const std::vector<std::pair<uint32_t, uint32_t>>& pairs,
    const DedupOptions& options, size_t budget_bytes, ThreadPool* workers, size_t* chunks);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_VERIFY_H_
