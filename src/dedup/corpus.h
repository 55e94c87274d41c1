// The articles of a dedup run: small fixed-size metadata per article in
// memory, the records themselves in a Spool and the MinHash values in a
// ColumnSpool, both on disk (private to dedup).

#ifndef BAOKAN_SRC_DEDUP_CORPUS_H_
#define BAOKAN_SRC_DEDUP_CORPUS_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/parallel.h"
#include "dedup/candidates.h"
#include "dedup/column_spool.h"
#include "dedup/spool.h"

namespace baokan::dedup {

// About 56 bytes; the id's bytes are in Corpus::ids. Page, source and paper
// are read back from the record when they are needed.
struct Doc {
  uint64_t offset = 0;     // of the raw record in the spool
  uint64_t line_hash = 0;  // orders records that share an id
  uint64_t id_offset = 0;  // of the id in Corpus::ids
  uint32_t id_length = 0;
  uint32_t length = 0;     // of the raw record
  uint32_t shingles = 0;   // shingle positions of the compared text
  uint32_t row = 0;        // of the signature in Corpus::columns (input order)
  uint32_t file = 0;       // where the record was read: input index
  uint32_t line = 0;       //   and line
  bool marked = false;     // has a source: `source` set or a 摘自 trailer
};

struct Corpus {
  std::unique_ptr<Spool> spool;
  std::unique_ptr<ColumnSpool> columns;
  // In canonical order: by id (page, then article number), see IdLess.
  std::vector<Doc> docs;
  std::string ids;  // the ids' bytes, in input order
  size_t signatures_loaded = 0;
  // With LoadCorpus's keep_compared: what verification and the archive
  // index read of each article (EncodeArchivedRecord: id, page, source,
  // paper, compared form), so that they parse no record again; by row,
  // compared_at[row] to compared_at[row + 1]. Null otherwise.
  std::unique_ptr<Spool> compared;
  std::vector<uint64_t> compared_at;

  std::string_view id(size_t i) const {
    return std::string_view(ids).substr(docs[i].id_offset, docs[i].id_length);
  }
};

// The corpus's signatures as a ColumnSource in canonical order.
class CorpusColumns : public ColumnSource {
 public:
  explicit CorpusColumns(const Corpus& corpus) : c_(corpus) {}
  Status Column(int p, std::vector<uint32_t>* out) const override;

 private:
  const Corpus& c_;
};

// Natural id order: the part before the last '#' bytewise, then the article
// number numerically (bytewise when not a number).
bool IdLess(std::string_view a, std::string_view b);

// Reads signature files and articles among `inputs`, computes the missing
// signatures, and sorts the articles canonically. Bad records, duplicate ids
// and unusable signature files go to on_error. Records are parsed and
// fingerprinted on `pool`. With `keep_compared`, fills Corpus::compared.
// Non-OK only for spool errors.
StatusOr<Corpus> LoadCorpus(const std::vector<std::string>& inputs, const DedupOptions& options,
                            bool keep_compared, ThreadPool* pool,
                            const std::function<void(const std::string&)>& on_error);

// Sorts c->docs into canonical order: by id (IdLess), then line hash.
void SortCanonically(Corpus* c);

// ---- A corpus in shards (dedup in steps, baokan/dedup.h).

// Writes, for the articles of `files.articles` (JSON Lines) in input order, the
// signature file `files.signatures` (the low 32 bits of each value, which is
// all dedup compares; id and text hashes as Fingerprint() writes them, so
// that LoadCorpus finds them) and `files.keys`: per article what the
// canonical order and the candidate search need, one JSON line
// {"id", "line_hash" (16 hex digits), "marked" (0/1), "shingles"}. Parsing
// and fingerprinting are LoadCorpus's. Bad records go to on_error and are
// left out, as LoadCorpus leaves them out. Both files are written
// atomically.
Status FingerprintShard(const DedupShardFiles& files, const SignatureOptions& options, ThreadPool* pool,
                        const std::function<void(const std::string&)>& on_error);

// The corpus of every shard's keys and signatures, in canonical order: ids,
// docs (without records: no spool, offsets 0) and columns, which is what the
// candidate search and the archive match read. The same articles in the
// same order as LoadCorpus over the shards' article files. A key or
// signature file that cannot be read, or whose counts differ, is an error
// naming the file.
StatusOr<Corpus> LoadShardKeys(const std::vector<DedupShardFiles>& shards,
                               const DedupOptions& options);

// The compared record of article `doc` (canonical order) from
// Corpus::compared, which must be there.
Status ReadCompared(const Corpus& corpus, size_t doc, std::string* out);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_CORPUS_H_
