// What a dedup run does with the archive index (private to dedup): find the
// archived articles that share a band with today's, present them beside
// today's as one set of articles (numbered after today's) to the same
// candidate search, verification and clustering, and add today's originals.
// See docs/dedup.md ("Archive index").

#ifndef BAOKAN_SRC_DEDUP_INDEX_RUN_H_
#define BAOKAN_SRC_DEDUP_INDEX_RUN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/parallel.h"
#include "dedup/candidates.h"
#include "dedup/cluster.h"
#include "dedup/corpus.h"
#include "dedup/index.h"
#include "dedup/verify.h"

namespace baokan::dedup {

// The archived articles today's articles may be reprints of.
struct ArchiveMatches {
  struct Ref {
    uint32_t segment = 0;
    uint32_t row = 0;
  };
  std::vector<Ref> refs;         // in id order (IdLess)
  std::vector<std::string> ids;  // their ids
  std::vector<RankKey> keys;     // archived, marked, shingles
  std::vector<uint32_t> values;  // their signatures, refs.size() x K, row by row
  // Per article of today: its id is already in the index (the day is run
  // again): it is compared as today's article, the archived copy is left
  // out, and it is not added a second time.
  std::vector<uint8_t> already_archived;
};

// Every archived article (other than today's own ids) that agrees with one
// of today's articles (canonical order, their signatures in `day_columns`)
// on every position of a band (at most `max_bucket` per article and band)
// and passes the candidate screen against it on the whole signature.
// Cost: per band, today's keys sorted (linear, SortEvenly) and walked
// against each segment's sorted keys front to back (Segment::FindBand), and
// the reads of the matches; memory: today's signatures (4 K bytes per
// article) and the matches. The result does not depend on `pool`.
StatusOr<ArchiveMatches> FindArchiveMatches(const ArchiveIndex& index, const Corpus& day,
                                            const ColumnSource& day_columns,
                                            const DedupOptions& options, ThreadPool* pool);

// Today's articles (0 .. n-1) followed by the matches (n .. n+m-1).
class DayAndArchiveColumns : public ColumnSource {
 public:
  DayAndArchiveColumns(const ColumnSource& day, const ArchiveMatches& archive, int num_perm)
      : day_(day), archive_(archive), k_(num_perm) {}
  Status Column(int p, std::vector<uint32_t>* out) const override;

 private:
  const ColumnSource& day_;
  const ArchiveMatches& archive_;
  int k_;
};

class DayAndArchiveVerifyInput : public VerifyInput {
 public:
  DayAndArchiveVerifyInput(const Corpus& day, const ArchiveIndex& index,
                           const ArchiveMatches& archive)
      : day_(day), index_(index), archive_(archive) {}
  size_t size() const override { return day_.size() + archive_.refs.size(); }
  uint32_t shingles(uint32_t a) const override;
  uint64_t position(uint32_t a) const override;
  Status Read(uint32_t a, ArticleFields* out) const override;

 private:
  CorpusVerifyInput day_;
  const ArchiveIndex& index_;
  const ArchiveMatches& archive_;
};

// Adds today's articles `docs` (canonical indices, ascending; each with
// shingles > 0) to the index as one segment: their signatures from
// `day_columns`, their records from the day's compared spool (LoadCorpus
// with keep_compared).
Status AddToIndex(ArchiveIndex* index, const Corpus& day, const ColumnSource& day_columns,
                  const std::vector<uint32_t>& docs, ThreadPool* pool);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_INDEX_RUN_H_
