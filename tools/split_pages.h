// Splitting page files into JSONL, shared by `split` and `run`.

#ifndef BAOKAN_TOOLS_SPLIT_PAGES_H_
#define BAOKAN_TOOLS_SPLIT_PAGES_H_

#include <string>
#include <vector>

#include "baokan/encoding.h"
#include "baokan/io.h"
#include "baokan/split.h"
#include "command.h"

namespace baokan::cli {

// What one page file turns into, ready to write.
struct SplitPageOutput {
  bool ok = false;       // false: the page could not be read or decoded
  size_t bytes = 0;      // bytes of the file
  size_t articles = 0;
  size_t noise_blocks = 0;
  size_t page_lines = 0;     // non-blank lines of the page
  size_t article_lines = 0;  // of which in articles (wholly or in part)
  size_t noise_lines = 0;    // of which wholly in noise blocks
  std::string records;   // article records, JSON Lines
  std::string noise;     // noise records, JSON Lines
  std::vector<std::string> messages;  // errors when !ok, notes otherwise
};

// Reads, decodes and splits one page file. Thread-safe (reports nothing
// itself: messages are returned for the caller to print in order).
SplitPageOutput SplitPageFile(const std::string& path, const DecodeOptions& decode,
                              const SplitOptions& options);

struct SplitTotals {
  size_t pages = 0, failed = 0, bytes = 0, articles = 0, noise_blocks = 0;
  size_t page_lines = 0, article_lines = 0, noise_lines = 0;
};

// Splits `paths` on env->threads() threads, writing records to `out` and noise
// records to `noise` (may be null) in input order. Reports through env.
// Returns false when an output write failed.
bool SplitPageFiles(const std::vector<std::string>& paths, const DecodeOptions& decode,
                    const SplitOptions& options, OutputFile* out, OutputFile* noise, Env* env,
                    SplitTotals* totals);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_SPLIT_PAGES_H_
