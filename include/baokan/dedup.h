// Reprint detection: MinHash signatures of article bodies, signature files
// for sharded runs, and the dedup run that folds every reprint into its
// original. The algorithm and its parameters are described in docs/dedup.md,
// the signature file format in docs/formats.md ("Signature files").

#ifndef BAOKAN_DEDUP_H_
#define BAOKAN_DEDUP_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/status.h"

namespace baokan {

// The fixed default seed ("baokan01" in ASCII), so that signatures are
// reproducible across runs and machines.
inline constexpr uint64_t kDefaultSignatureSeed = 0x62616f6b616e3031ULL;

struct SignatureOptions {
  // Shingle length in characters (code points) of the match form. Default 5.
  int shingle_size = 5;
  // Number of MinHash values K (one-permutation hashing bins). Default 128.
  int num_perm = 128;
  // Seed of the XXH3 shingle hash and of the densification. Default
  // kDefaultSignatureSeed.
  uint64_t seed = kDefaultSignatureSeed;
};

// Checks ranges: 1 <= shingle_size <= 32, 8 <= num_perm <= 4096.
Status ValidateSignatureOptions(const SignatureOptions& options);

// The part of an article that is compared: `text` without a trailing
// 摘自《…》 trailer. When a trailer is found, *trailer_source (if given) is set
// to the paper it names; otherwise it is left unchanged.
std::string_view ComparableText(std::string_view text, std::string* trailer_source);

// A MinHash signature of one text's set of shingles.
struct Signature {
  // K values; two texts agree at position i with probability equal to the
  // Jaccard similarity of their shingle sets.
  std::vector<uint64_t> values;
  // Number of shingle positions (characters - k + 1; 1 for a non-empty text
  // shorter than k, 0 for an empty one). An estimate of the set size.
  uint32_t shingle_count = 0;
};

// Computes the signature of `match_form` (text already in baokan::MatchForm
// form). Deterministic: depends only on the text and the options.
// Thread-safe. Requires ValidateSignatureOptions(options).ok().
Signature ComputeSignature(std::string_view match_form, const SignatureOptions& options);

// The signature fingerprint and dedup compute for an article whose text is
// `text`: ComputeSignature of the match form of the text without its 摘自
// trailer.
Signature TextSignature(std::string_view text, const SignatureOptions& options);

// The fraction of positions where a and b agree: an unbiased estimate of the
// Jaccard similarity with standard error about sqrt(J(1-J)/K). Signatures of
// empty texts agree with nothing (0). Requires equal sizes.
double EstimateJaccard(const Signature& a, const Signature& b);

// ---- Signature files (docs/formats.md, "Signature files").

struct SignatureRecord {
  uint64_t id_hash = 0;    // SignatureIdHash(id)
  uint64_t text_hash = 0;  // SignatureTextHash(text) of the record's `text`
  Signature signature;
};

uint64_t SignatureIdHash(std::string_view id);
uint64_t SignatureTextHash(std::string_view text);

// Writes a signature file: the header when created, then one fixed-size
// record per Add(). Not thread-safe.
class SignatureFileWriter {
 public:
  // `path` must not end in .gz or .zst (signature files are not compressed).
  static StatusOr<std::unique_ptr<SignatureFileWriter>> Create(const std::string& path,
                                                              const SignatureOptions& options);
  virtual ~SignatureFileWriter() = default;
  // Requires record.signature.values.size() == options.num_perm.
  virtual Status Add(const SignatureRecord& record) = 0;
  // Writes out the file; it appears only when Commit() succeeds.
  virtual Status Commit() = 0;
};

// Reads a signature file. A file that is not a signature file, that is cut
// short, or whose k/K/seed differ from `expected` is a DataError naming the
// file (for a mismatch, both settings are named).
class SignatureFileReader {
 public:
  static StatusOr<std::unique_ptr<SignatureFileReader>> Open(const std::string& path,
                                                             const SignatureOptions& expected);
  virtual ~SignatureFileReader() = default;
  virtual uint64_t record_count() const = 0;
  // Reads the next record into *record; false at the end or on error
  // (see status()).
  virtual bool Next(SignatureRecord* record) = 0;
  virtual Status status() const = 0;
  // Reads record `index` (from 0) into *record, independently of Next().
  // Thread-safe. An error names the file.
  virtual Status ReadAt(uint64_t index, SignatureRecord* record) const = 0;
};

// True when the file at `path` starts with the signature file magic.
bool IsSignatureFile(const std::string& path);

// ---- Fingerprinting a shard of articles.

struct FingerprintOptions {
  SignatureOptions signature;
  // Worker threads (>= 1). Default 1. The output does not depend on it.
  int threads = 1;
};

struct FingerprintStats {
  size_t records = 0;      // signatures written
  size_t text_bytes = 0;   // bytes of `text` fingerprinted
  size_t input_bytes = 0;  // bytes of input lines read
};

// Reads article records from `inputs` (JSONL, plain/.gz/.zst, "-" stdin) and
// writes one signature record per article, in input order, to `output`.
// Bad records are reported through `on_error` ("FILE:LINE: message") and
// skipped; the run goes on. Returns non-OK only when the output cannot be
// written (or options are invalid).
Status Fingerprint(const std::vector<std::string>& inputs, const std::string& output,
                   const FingerprintOptions& options,
                   const std::function<void(const std::string&)>& on_error,
                   FingerprintStats* stats);

// ---- Dedup.

struct DedupOptions {
  SignatureOptions signature;
  // A pair is a reprint when |A∩B| / min(|A|,|B|) of the shingle sets is at
  // least this. Default 0.5.
  double min_containment = 0.5;
  // ... and the smaller set holds at least this fraction of the larger's
  // shingles. Default 0.2 (reprints keeping 30 % or more are the target).
  double min_length_ratio = 0.2;
  // Texts with fewer shingles than this are merged only when their shingle
  // sets are identical. Default 10.
  int min_shingles = 10;
  // Rows per LSH band: bands are the K cyclic windows of this many signature
  // positions. Default 2 (recall > 0.99 for Jaccard >= 0.22 at K = 128).
  int band_rows = 2;
  // Buckets with more members than this pair each member only with the first
  // `max_bucket` members in original-first order. Default 256.
  int max_bucket = 256;
  // Write every record, annotated with `dup`, instead of folding. Default off.
  bool keep_all = false;
  // Keep each reprint's `text` in its `reprints` entry. Default off.
  bool keep_text = false;
  // Worker threads (>= 1). Default 1. The output does not depend on it.
  int threads = 1;
  // Directory for the spool files (the input records and the signatures,
  // about 0.5 KB per article at K = 128 besides the records); "" means
  // $TMPDIR or /tmp.
  std::string temp_dir;
  // Bytes of shingle sets verification may hold at once; more candidates
  // are verified in several passes over the spool. 0 (the default) means
  // DefaultDedupMemory(). Memory that grows with the corpus (about 100 bytes
  // per article) comes on top; docs/dedup.md gives the figures.
  size_t memory_bytes = 0;
  // An archive index directory ("" for none; docs/dedup.md, "Archive
  // index"). The articles are also compared with every article the index
  // holds; a reprint of an archived article is folded into it (clusters.tsv
  // role `archived`), and the articles kept are added to the index. Created
  // when missing; its settings (k, K, seed, band_rows) must match these.
  std::string index_dir;
};

// The default of DedupOptions::memory_bytes: the machine's physical memory
// divided by kDefaultMemoryFraction (1 GB when the system does not say).
inline constexpr size_t kDefaultMemoryFraction = 64;
size_t DefaultDedupMemory();

struct DedupStats {
  size_t articles = 0;      // input articles accepted
  size_t kept = 0;          // records written as originals or singletons
  size_t folded = 0;        // articles folded into an original
  size_t clusters = 0;      // clusters with at least two articles
  size_t candidates = 0;    // pairs verified exactly
  size_t verified = 0;      // pairs that passed verification
  size_t signatures_loaded = 0;  // signatures taken from signature files
  size_t verify_chunks = 0;      // passes over the spool to verify candidates
  // With an index:
  size_t archived = 0;           // articles the index held before the run
  size_t archive_matches = 0;    // archived articles compared with today's
  size_t folded_into_archive = 0;  // of `folded`: into an archived article
  size_t already_indexed = 0;    // input articles whose id the index held
  size_t indexed = 0;            // articles added to the index
};

// Where a dedup run writes.
struct DedupOutputs {
  std::string articles = "-";  // merged articles (JSONL)
  std::string clusters;        // TSV of clusters; "" for none
};

// Reads the articles (JSONL) and any signature files named in `inputs`
// (recognized by their magic), folds reprints into their originals and
// writes the records ordered by id (page, then article number). With
// options.index_dir, archived articles take part as originals that were
// published before (they are not written again) and the kept articles are
// added to the index after the outputs are written. Signatures
// from files are used for articles whose id and text they match; others are
// computed. Bad records and unusable signature files are reported through
// `on_error` ("FILE:LINE: message") and skipped. Returns non-OK when an
// output cannot be written or the options are invalid.
Status Dedup(const std::vector<std::string>& inputs, const DedupOutputs& outputs,
             const DedupOptions& options,
             const std::function<void(const std::string&)>& on_error, DedupStats* stats);

// ---- Dedup in steps, for a run cut into shards (baokan/sharded_run.h,
// docs/slurm.md). Dedup() is these steps in one process: fingerprint,
// candidates over every band, verify, cluster, write. Run as
//   FingerprintDedupShard (per shard) -> FindDedupCandidates (per band
//   group) -> DedupFromCandidates (once)
// over the same articles, they write the bytes Dedup() writes, at any
// number of shards and band groups.

// One shard of the articles and the files its fingerprint step writes.
struct DedupShardFiles {
  std::string articles;    // the shard's articles (JSON Lines), read
  std::string signatures;  // a signature file (docs/formats.md), written
  std::string keys;        // id, line hash, 摘自 mark, shingle count per article (JSON Lines)
};

// Step 1: the shard's signatures and keys, in its input order (bad records
// to on_error and left out, as Dedup() leaves them out). Atomic writes.
Status FingerprintDedupShard(const DedupShardFiles& shard, const DedupOptions& options,
                             const std::function<void(const std::string&)>& on_error);

// The number of LSH bands under `options` (one per signature position): the
// most band groups a run can have.
int DedupBandCount(const DedupOptions& options);

// Step 2: the candidate pairs of band group `group` (0-based) of `groups`
// (1 <= groups <= DedupBandCount) over every shard's keys and signatures
// (and, with options.index_dir, the archived articles they match; the index
// is only read), written atomically to `pairs_path` (a binary list of
// article numbers in canonical order, private to this step and the next).
// Memory: the keys (about 60 bytes and the id per article); the signatures
// are spooled in options.temp_dir.
Status FindDedupCandidates(const std::vector<DedupShardFiles>& shards, int group, int groups,
                           const std::string& pairs_path, const DedupOptions& options);

// Steps 3 and 4: reads the shards' articles (their signatures from the
// signature files, not computed again), verifies the union of the pairs in
// `pairs_paths` exactly, clusters the verified pairs without chaining and
// writes `outputs` (and, with an index, adds today's originals), as Dedup()
// does. Bad records go to on_error as in Dedup().
Status DedupFromCandidates(const std::vector<DedupShardFiles>& shards,
                           const std::vector<std::string>& pairs_paths,
                           const DedupOutputs& outputs, const DedupOptions& options,
                           const std::function<void(const std::string&)>& on_error,
                           DedupStats* stats);

}  // namespace baokan

#endif  // BAOKAN_DEDUP_H_
