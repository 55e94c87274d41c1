// A scratch file of input records, read back by offset (private to dedup).
// It lets dedup keep only small per-article metadata in memory, whatever the
// inputs are (stdin, compressed files). The file is unlinked on creation and
// vanishes when the Spool is destroyed.

#ifndef BAOKAN_SRC_DEDUP_SPOOL_H_
#define BAOKAN_SRC_DEDUP_SPOOL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "baokan/status.h"

namespace baokan::dedup {

class Spool {
 public:
  // Creates the file in `dir` ("" for $TMPDIR or /tmp).
  static StatusOr<std::unique_ptr<Spool>> Create(const std::string& dir);
  ~Spool();

  // Appends `bytes` and returns the offset it starts at. Not thread-safe.
  StatusOr<uint64_t> Append(std::string_view bytes);
  // Writes out buffered bytes; call once appending is over.
  Status Finish();
  // Reads `length` bytes at `offset` into *out. Requires Finish(); then
  // thread-safe.
  Status Read(uint64_t offset, uint32_t length, std::string* out) const;

 private:
  Spool(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)) {}
  Status FlushBuffer();

  int fd_;
  std::string dir_;
  uint64_t size_ = 0;      // bytes appended, buffered included
  std::string buffer_;     // appended bytes not yet written
};

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_SPOOL_H_
