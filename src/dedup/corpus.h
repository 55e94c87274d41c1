// The articles of a dedup run in memory: small metadata and 32-bit MinHash
// values per article, the records themselves in a Spool (private to dedup).

#ifndef BAOKAN_SRC_DEDUP_CORPUS_H_
#define BAOKAN_SRC_DEDUP_CORPUS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/parallel.h"
#include "dedup/spool.h"

namespace baokan::dedup {

struct Doc {
  std::string id;
  std::string page;
  std::optional<std::string> source;  // marked 摘自 when set
  std::optional<std::string> paper;
  uint64_t offset = 0;   // of the raw record in the spool
  uint32_t length = 0;
  uint32_t shingles = 0;  // shingle positions of the compared text
  uint64_t line_hash = 0;  // orders records that share an id
  std::string where;       // FILE:LINE, for messages
};

struct Corpus {
  std::unique_ptr<Spool> spool;
  // In canonical order: by id (page, then article number), see IdLess.
  std::vector<Doc> docs;
  // docs.size() * K low halves of the MinHash values.
  std::vector<uint32_t> values;
  size_t signatures_loaded = 0;
};

// Natural id order: the part before the last '#' bytewise, then the article
// number numerically (bytewise when not a number).
bool IdLess(const std::string& a, const std::string& b);

// Reads signature files and articles among `inputs`, computes the missing
// signatures, and sorts the articles canonically. Bad records, duplicate ids
// and unusable signature files go to on_error. Records are parsed and
// fingerprinted on `pool`. Non-OK only for spool errors.
StatusOr<Corpus> LoadCorpus(const std::vector<std::string>& inputs, const DedupOptions& options,
                            ThreadPool* pool,
                            const std::function<void(const std::string&)>& on_error);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_CORPUS_H_
