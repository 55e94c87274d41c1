// Reads JSONL inputs in batches of raw lines with their FILE:LINE (private to
// dedup), so that batches can be processed in parallel and delivered in order.

#ifndef BAOKAN_SRC_DEDUP_BATCH_READER_H_
#define BAOKAN_SRC_DEDUP_BATCH_READER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "baokan/io.h"

namespace baokan::dedup {

struct RawLine {
  std::string text;
  uint32_t file = 0;  // index into the inputs
  uint32_t line = 0;  // 1-based
};

class BatchReader {
 public:
  // `on_error` receives "FILE: message" for inputs that cannot be opened or
  // read; those inputs are skipped.
  BatchReader(std::vector<std::string> inputs, std::function<void(const std::string&)> on_error);

  // Fills *batch with the next non-blank lines (up to about `max_bytes`);
  // false when no lines are left.
  bool Next(size_t max_bytes, std::vector<RawLine>* batch);

  // "FILE:LINE" of a line ("<stdin>" for "-").
  std::string Where(uint32_t file, uint32_t line) const;
  size_t bytes_read() const { return bytes_; }

 private:
  std::vector<std::string> inputs_;
  std::function<void(const std::string&)> on_error_;
  size_t next_input_ = 0;
  std::unique_ptr<LineReader> reader_;
  uint32_t current_ = 0;
  size_t bytes_ = 0;
};

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_BATCH_READER_H_
