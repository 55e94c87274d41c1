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
// first gives the taxonomy and labels); described as `description`.
std::unique_ptr<Classifier> MakeEnsemble(std::vector<std::unique_ptr<Classifier>> members,
                                         std::string description);

// The fastText classifier from a checked model; defined in model.cc.
StatusOr<std::unique_ptr<Classifier>> LoadFastTextClassifier(const std::string& path);

}  // namespace baokan::classify

#endif  // BAOKAN_SRC_CLASSIFY_INTERNAL_H_
