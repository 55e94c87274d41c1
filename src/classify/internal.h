// Pieces shared by the files of the classify stage; not a public API.

#ifndef BAOKAN_SRC_CLASSIFY_INTERNAL_H_
#define BAOKAN_SRC_CLASSIFY_INTERNAL_H_

#include <cstdint>
#include <memory>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/classify.h"
#include "baokan/json.h"
#include "baokan/status.h"

namespace baokan::classify {

// Calls fn(columns, line_number) for each row of a TSV file, skipping blank
// lines and lines starting with '#'. Stops at the first error fn returns.
Status ForEachTsvRow(const std::string& path,
                     const std::function<Status(const std::vector<std::string_view>&, size_t)>& fn);

// SplitMix64 (Steele, Lea, Flood 2014): a fixed, portable generator, so the
// bootstrap and the shuffle of training data draw the same indices with
// every compiler and library.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // An index in [0, n): the high half of the 128-bit product (Lemire's
  // multiply-shift; its bias is below n / 2^64).
  size_t Below(size_t n) {
    return static_cast<size_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
  }

 private:
  uint64_t state_;
};

// How many look-ups ahead FlatVocab::FindAll and ForEachRow fetch memory:
// enough to hide a cache miss, few enough that what is fetched is still in
// the cache when it is read.
inline constexpr size_t kLookAhead = 16;

// Token -> id by the token's 64-bit hash, open addressing (the fastText
// classifier's vocabulary, the naive Bayes member's). Looking up by hash alone
// lets Predict() hash every token of a text first, prefetch the slots, then
// resolve them: articles need ~1,000 look-ups, and waiting on memory for each
// one in turn cost more than the classifier. Two tokens with the same hash
// make Insert() fail (the caller then falls back to a slower way); an unknown
// token mistaken for a known one needs a 64-bit collision, about 1 in 10^14
// per look-up.
class FlatVocab {
 public:
  static uint64_t Hash(std::string_view token) { return std::hash<std::string_view>()(token); }

  // Room for n tokens (at most half the slots used); drops what was there.
  void Reserve(size_t n) {
    size_t capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
  }
  // Adds a token by its hash; false when the hash is already there. At most
  // the n tokens Reserve() made room for.
  bool Insert(uint64_t hash, int32_t id) {
    size_t i = hash & mask_;
    for (; slots_[i].id >= 0; i = (i + 1) & mask_) {
      if (slots_[i].hash == hash) return false;
    }
    slots_[i] = {hash, id};
    return true;
  }
  void Prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[hash & mask_]); }
  // Appends to *ids the id of every hash that is known, in order, fetching
  // the slots kLookAhead look-ups ahead (a text's ~1,000 slots fetched all at
  // once would evict each other before they are read).
  void FindAll(const std::vector<uint64_t>& hashes, std::vector<int32_t>* ids) const {
    const size_t n = hashes.size();
    for (size_t i = 0; i < n && i < kLookAhead; ++i) Prefetch(hashes[i]);
    for (size_t i = 0; i < n; ++i) {
      if (i + kLookAhead < n) Prefetch(hashes[i + kLookAhead]);
      const int32_t id = Find(hashes[i]);
      if (id >= 0) ids->push_back(id);
    }
  }
  // The id of the token with this hash, or -1.
  int32_t Find(uint64_t hash) const {
    for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id < 0 || s.hash == hash) return s.id;
    }
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    int32_t id = -1;
  };
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

// fastText's Dictionary::hash: 32-bit FNV-1a over the bytes taken as signed
// chars (as fastText 0.9.2 does); the input of its word n-gram buckets.
inline uint32_t FastTextHash(std::string_view token) {
  uint32_t h = 2166136261u;
  for (char c : token) {
    h ^= static_cast<uint32_t>(static_cast<int8_t>(c));
    h *= 16777619u;
  }
  return h;
}

// The tokens of one text as the models look them up: FlatVocab::Hash of
// each, in order, and (when asked for) fastText's hash of each.
struct HashedTokens {
  std::vector<uint64_t> vocab;
  std::vector<uint32_t> fasttext;  // empty unless asked for
};

// Cuts `text` by `tokenizer` into *out (replacing its contents); the
// fastText hashes too when `fasttext_hashes`.
void HashTokens(std::string_view text, const TokenizeOptions& tokenizer, bool fasttext_hashes,
                HashedTokens* out);

// A classifier that can predict from hashed tokens, so that an ensemble cuts
// a text once for all its members that use the same tokenizer
// (MakeEnsemble). PredictHashed(tokens) gives what Predict(text) gives when
// `tokens` is HashTokens(text, tokenizer(), wants_fasttext_hashes()).
class HashedClassifier : public Classifier {
 public:
  virtual const TokenizeOptions& tokenizer() const = 0;
  // Whether PredictHashed reads tokens.fasttext; false: it may be empty.
  virtual bool wants_fasttext_hashes() const = 0;
  // False when this model needs the text itself (Predict); then it must not
  // be given hashed tokens.
  virtual bool takes_hashes() const = 0;
  virtual void PredictHashed(const HashedTokens& tokens, const PredictOptions& options,
                             std::vector<LabelProb>* out) const = 0;
};

// Calls fn(row) with the row of each of `ids` in a row-major float matrix
// of `stride` floats a row, in order, fetching rows kLookAhead ids ahead.
template <typename Fn>
void ForEachRow(const float* matrix, size_t stride, const std::vector<int32_t>& ids, Fn fn) {
  auto row = [&](size_t i) { return matrix + static_cast<size_t>(ids[i]) * stride; };
  auto fetch = [&](size_t i) {
    __builtin_prefetch(row(i));
    __builtin_prefetch(row(i) + stride - 1);  // a row may straddle two cache lines
  };
  const size_t n = ids.size();
  for (size_t i = 0; i < n && i < kLookAhead; ++i) fetch(i);
  for (size_t i = 0; i < n; ++i) {
    if (i + kLookAhead < n) fetch(i + kLookAhead);
    fn(row(i));
  }
}

// 64-bit FNV-1a, used for the digests recorded in MODEL.json.
class Fnv1a64 {
 public:
  void Update(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= 0x100000001b3ULL;
    }
  }
  uint64_t value() const { return hash_; }
  // 16 lower-case hex digits.
  std::string Hex() const;

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

// The digest and size of a whole file.
Status DigestFile(const std::string& path, std::string* hex, int64_t* bytes);

// The paths that make up a model named by `path` (MODEL, MODEL.bin,
// MODEL.ftz or MODEL.json). `binary` is the existing .bin or .ftz (empty
// when neither exists); `json` is MODEL.json.
struct ModelPaths {
  std::string prefix, binary, json;
};
ModelPaths ResolveModelPaths(const std::string& path);

// Checks that `path` is a complete fastText model file as written by
// fastText 0.9.2 (magic, version, args, dictionary, matrices), without
// loading it. On success stores the model's label count in *nlabels.
Status CheckFastTextFile(const std::string& path, int64_t* nlabels);

// Writes MODEL.json (one line of JSON and a newline) atomically.
Status WriteModelJson(const std::string& path, const JsonRecord& meta);

// A private temporary directory under the system's temporary directory,
// removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir() = default;
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir();
  // Creates it ("baokan-train-XXXXXX"); IOError when that fails.
  Status Create();
  std::string File(const char* name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// A classifier averaging the probabilities of `members` (at least one; the
// first gives the taxonomy and labels); described as `description`. The
// text is normalized once, and cut once per distinct tokenizer for the
// members that take hashed tokens (HashedClassifier); the result is the
// same as each member's own Predict.
std::unique_ptr<Classifier> MakeEnsemble(std::vector<std::unique_ptr<Classifier>> members,
                                         std::string description);

// The naive Bayes member (naive_bayes.cc). Its probabilities are tempered
// by max(1, tokens / kNaiveBayesTokensPerUnit): a headline of ~30 tokens
// keeps most of its sharpness, an article of 1,000 tokens counts as ~50
// independent pieces of evidence, not 1,000.
inline constexpr double kNaiveBayesTokensPerUnit = 20;

// Counts the tokens of each label in `lines` (fastText lines: __label__X ...
// tokens) and writes them to `output` atomically (format in naive_bayes.cc).
Status TrainNaiveBayes(const std::string& lines, const std::string& output);

// Loads a file TrainNaiveBayes wrote; texts are cut by `tokenizer`; unseen
// counts are smoothed by `alpha` (additive smoothing).
StatusOr<std::unique_ptr<Classifier>> LoadNaiveBayes(const std::string& path,
                                                     const TokenizeOptions& tokenizer,
                                                     const Taxonomy& taxonomy, double alpha);

// Writes the lines of `path` again in a pseudo-random order drawn from
// `seed` (SplitMix64, Fisher-Yates), holding only their offsets in memory.
// fastText reads its input in file order, so data sorted by label (all of
// one class, then the next) would leave the model fitting the last classes.
Status ShuffleLines(const std::string& path, uint64_t seed);

// The fastText classifier from a checked model; defined in model.cc.
StatusOr<std::unique_ptr<Classifier>> LoadFastTextClassifier(const std::string& path);

}  // namespace baokan::classify

#endif  // BAOKAN_SRC_CLASSIFY_INTERNAL_H_
