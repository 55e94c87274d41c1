// One segment file of the archive index (private to dedup): the articles of
// one run (or of several, merged by compaction), immutable once written.
// The layout is in docs/formats.md ("Archive index"). A segment is read
// through a read-only memory map, so that a lookup touches only the pages of
// the keys it probes.

#ifndef BAOKAN_SRC_DEDUP_INDEX_SEGMENT_H_
#define BAOKAN_SRC_DEDUP_INDEX_SEGMENT_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/parallel.h"
#include "baokan/status.h"
#include "dedup/article_fields.h"
#include "dedup/candidates.h"

namespace baokan::dedup {

// The settings an index is built with; every run that uses it must match.
struct IndexSettings {
  SignatureOptions signature;
  int band_rows = 2;
  // "k=5, K=128, band_rows=2, seed=0x…", for messages.
  std::string ToString() const;
  bool operator==(const IndexSettings& o) const {
    return signature.shingle_size == o.signature.shingle_size &&
           signature.num_perm == o.signature.num_perm && signature.seed == o.signature.seed &&
           band_rows == o.band_rows;
  }
};

// What the index keeps of an archived article besides its signature: what
// verification compares (the compared form, from which the shingle set is
// recomputed) and what the original-first rule and the 摘自 match read.
struct ArchivedRecord {
  std::string id;
  std::string page;
  std::optional<std::string> source, paper;
  std::string match_form;
};
std::string EncodeArchivedRecord(const ArchivedRecord& r);
// False when `bytes` is not an encoded record.
bool DecodeArchivedRecord(std::string_view bytes, ArchivedRecord* out);
// The same, into the fields verification reads (text left empty).
bool DecodeArchivedFields(std::string_view bytes, ArticleFields* out);

// The rows of a segment to write, in row order.
struct SegmentRows {
  size_t count = 0;
  const ColumnSource* columns = nullptr;  // count values per position
  const uint32_t* shingles = nullptr;     // count shingle counts, all > 0
  // Sets *out to EncodeArchivedRecord of row `row`; called from several
  // threads, each row once.
  std::function<Status(size_t row, std::string* out)> record;
};

// Writes a segment to `path` atomically (a temporary file renamed into place,
// synced to disk): the rows' shingle counts, signatures by position, for
// every band its keys sorted with their rows, the id hashes sorted with their
// rows, and the records. Work runs on `pool`; the bytes do not depend on it.
Status WriteSegment(const std::string& path, const IndexSettings& settings,
                    const SegmentRows& rows, ThreadPool* pool);

class Segment {
 public:
  // Maps the file and checks its header: magic, version, checksum, that the
  // file is as long as the header says (a cut file is a DataError naming it),
  // and that its settings are `expected`.
  static StatusOr<std::unique_ptr<Segment>> Open(const std::string& path,
                                                 const IndexSettings& expected);
  ~Segment();
  Segment(const Segment&) = delete;
  Segment& operator=(const Segment&) = delete;

  const std::string& path() const { return path_; }
  size_t rows() const { return rows_; }
  uint64_t bytes() const { return size_; }
  uint32_t shingles(size_t row) const { return shingles_[row]; }
  uint32_t value(int position, size_t row) const { return columns_[position * rows_ + row]; }
  const uint32_t* column(int position) const { return columns_ + position * rows_; }
  std::string_view record(size_t row) const;
  // The key of `band` of row `row`, from its signature.
  uint64_t BandKey(int band, size_t row) const;
  // The stored keys (high halves, ascending) of `band`: the mapped ones, or
  // with `copy` a copy read into *buffer. A walk that will read nearly every
  // page of them is cheaper on a copy: one read instead of a page fault per
  // 16 pages mapped.
  StatusOr<const uint32_t*> BandKeys(int band, bool copy, std::vector<uint32_t>* buffer) const;
  // Calls fn(row) for every row whose key of `band` is `key` (ascending
  // rows), at most `limit` of them; `keys` are BandKeys(band, ...). The
  // segment stores the keys' high halves; rows that share one are told
  // apart by BandKey. Every key of the band before place
  // `from` must be less than `key`: 0, or what the call for a smaller or
  // equal key returned, so that keys probed in ascending order are found by
  // a short forward search from the one before. Returns the place of the
  // first key not less than `key`.
  size_t FindBand(int band, const uint32_t* keys, uint64_t key, size_t from, size_t limit,
                  const std::function<void(uint32_t)>& fn) const;
  // Tells the processor to fetch where FindBand(band, key, from, ...) will
  // look, so that a walk waits for memory less often; `from` as FindBand's.
  void PrefetchBand(const uint32_t* keys, size_t from, uint64_t key) const;
  // Calls fn(row) for every row whose id hash is `id_hash`.
  void FindId(uint64_t id_hash, const std::function<void(uint32_t)>& fn) const;

 private:
  Segment() = default;
  const uint32_t* band_keys(int band) const;
  std::string path_;
  int fd_ = -1;
  void* map_ = nullptr;
  uint64_t size_ = 0;
  size_t rows_ = 0;
  int num_perm_ = 0;
  int band_rows_ = 0;
  const uint32_t* shingles_ = nullptr;
  const uint32_t* columns_ = nullptr;
  const char* bands_ = nullptr;
  const uint64_t* id_keys_ = nullptr;
  const uint32_t* id_rows_ = nullptr;
  const uint64_t* record_offsets_ = nullptr;
  const char* records_ = nullptr;
};

// The first index i of sorted `keys[0..n)` with keys[i] >= key. The keys are
// hashes, spread evenly: the search starts where the key would sit and
// widens by doubling steps, so a probe reads a few cache lines, not log n.
size_t UniformLowerBound(const uint64_t* keys, size_t n, uint64_t key);
// Where UniformLowerBound starts: the place of `key` among n even hashes
// (of 64 or of 32 bits).
size_t UniformGuess(uint64_t key, size_t n);
size_t UniformGuess(uint32_t key, size_t n);
// The first index i >= from of sorted `keys[0..n)` with keys[i] >= key,
// given that every key before `from` is less than `key`. As
// UniformLowerBound, but guessing from keys[from] (the place of a nearby key
// when keys are probed in ascending order): the guess is off by the square
// root of the keys between the two, a cache line or two, not of n. A key
// expected a few hundred keys ahead or less is found by a forward scan
// instead, which reads memory in order (the walk of a big day: the keys of
// a band between two probes are a few cache lines).
size_t LowerBoundFrom(const uint64_t* keys, size_t n, size_t from, uint64_t key);
size_t LowerBoundFrom(const uint32_t* keys, size_t n, size_t from, uint32_t key);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_INDEX_SEGMENT_H_
