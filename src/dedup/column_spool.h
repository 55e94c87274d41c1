// The MinHash values of a dedup run, on disk by signature position (private
// to dedup). Candidate search reads one or two positions of every article at
// a time, so memory holds a few columns, never the whole signature table.
// The file lives in a Spool: unlinked at once, gone with the object.

#ifndef BAOKAN_SRC_DEDUP_COLUMN_SPOOL_H_
#define BAOKAN_SRC_DEDUP_COLUMN_SPOOL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "baokan/status.h"
#include "dedup/spool.h"

namespace baokan::dedup {

class ColumnSpool {
 public:
  // A spool for signatures of `num_perm` 32-bit values, in `dir` ("" for
  // $TMPDIR or /tmp).
  static StatusOr<std::unique_ptr<ColumnSpool>> Create(const std::string& dir, int num_perm);

  // Appends the signatures of `count` articles given row by row:
  // values[i * num_perm + p] is position p of article i. Not thread-safe.
  Status Append(const uint32_t* values, size_t count);
  // Call once appending is over.
  Status Finish();

  size_t rows() const { return rows_; }
  int num_perm() const { return k_; }
  // Sets *out to position p of every article, in the order appended.
  // Requires Finish(); then thread-safe.
  Status Column(int p, std::vector<uint32_t>* out) const;

 private:
  struct Block {
    uint64_t offset;  // in the spool
    uint32_t count;   // articles; the block holds num_perm columns of count
  };
  ColumnSpool(std::unique_ptr<Spool> spool, int k) : spool_(std::move(spool)), k_(k) {}

  std::unique_ptr<Spool> spool_;
  int k_;
  std::vector<Block> blocks_;
  size_t rows_ = 0;
  std::vector<uint32_t> transposed_;  // Append's buffer
};

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_COLUMN_SPOOL_H_
