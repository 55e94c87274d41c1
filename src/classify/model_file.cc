// Model file names, digests, and a structural check of fastText model files
// made before fastText ever sees them (fastText trusts its input: a truncated
// file can make it allocate garbage sizes or read past the end).

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "baokan/io.h"
#include "classify/internal.h"

namespace baokan {

using classify::Fnv1a64;
using classify::ModelPaths;
namespace {

constexpr int32_t kFastTextMagic = 793712314;
constexpr int32_t kFastTextVersion = 12;
constexpr int64_t kMaxDim = 1 << 16;
constexpr int kKsub = 256;  // centroids per product-quantizer subspace

// Reads a fastText file front to back, checking every size against the bytes
// that remain.
class Walker {
 public:
  Walker(const std::string& path, std::ifstream* in, int64_t size)
      : path_(path), in_(in), size_(size) {}

  template <typename T>
  Status Read(T* value, const char* what) {
    if (remaining() < static_cast<int64_t>(sizeof(T))) return Truncated(what);
    in_->read(reinterpret_cast<char*>(value), sizeof(T));
    if (!*in_) return Truncated(what);
    pos_ += sizeof(T);
    return Status::OK();
  }

  Status Skip(int64_t bytes, const char* what) {
    if (bytes < 0 || remaining() < bytes) return Truncated(what);
    in_->seekg(bytes, std::ios::cur);
    if (!*in_) return Truncated(what);
    pos_ += bytes;
    return Status::OK();
  }

  // A NUL-terminated dictionary entry.
  Status SkipString(const char* what) {
    for (int64_t n = 0; n < 1 << 20; ++n) {
      char c;
      BAOKAN_RETURN_IF_ERROR(Read(&c, what));
      if (c == '\0') return Status::OK();
    }
    return Bad(std::string(what) + " longer than 1 MiB");
  }

  Status Bad(const std::string& what) const {
    return Status::DataError(path_ + ": not a valid fastText model (" + what + " at byte " +
                             std::to_string(pos_) + ")");
  }
  Status Truncated(const char* what) const {
    return Status::DataError(path_ + ": fastText model is truncated (file ends in the " +
                             std::string(what) + ", " + std::to_string(size_) + " bytes)");
  }
  int64_t remaining() const { return size_ - pos_; }

 private:
  const std::string& path_;
  std::ifstream* in_;
  int64_t size_;
  int64_t pos_ = 0;
};

Status CheckProductQuantizer(Walker* w, int64_t expected_dim) {
  int32_t dim, nsubq, dsub, lastdsub;
  BAOKAN_RETURN_IF_ERROR(w->Read(&dim, "quantizer"));
  BAOKAN_RETURN_IF_ERROR(w->Read(&nsubq, "quantizer"));
  BAOKAN_RETURN_IF_ERROR(w->Read(&dsub, "quantizer"));
  BAOKAN_RETURN_IF_ERROR(w->Read(&lastdsub, "quantizer"));
  if (dim != expected_dim || nsubq <= 0 || dsub <= 0 || lastdsub <= 0 || lastdsub > dsub) {
    return w->Bad("bad quantizer sizes");
  }
  return w->Skip(static_cast<int64_t>(dim) * kKsub * 4, "quantizer centroids");
}

// A DenseMatrix or QuantMatrix of `rows` x `cols` (rows < 0: any).
Status CheckMatrix(Walker* w, bool quantized, int64_t rows, int64_t cols, const char* what) {
  bool qnorm = false;
  if (quantized) {
    uint8_t b;
    BAOKAN_RETURN_IF_ERROR(w->Read(&b, what));
    if (b > 1) return w->Bad(std::string(what) + ": bad flag");
    qnorm = b == 1;
  }
  int64_t m, n;
  BAOKAN_RETURN_IF_ERROR(w->Read(&m, what));
  BAOKAN_RETURN_IF_ERROR(w->Read(&n, what));
  if (m < 0 || n != cols || (rows >= 0 && m != rows)) {
    return w->Bad(std::string(what) + " has " + std::to_string(m) + "x" + std::to_string(n) +
                  " entries, expected " + (rows >= 0 ? std::to_string(rows) : "?") + "x" +
                  std::to_string(cols));
  }
  if (!quantized) {
    if (m > 0 && w->remaining() / 4 / m < n) return w->Truncated(what);
    return w->Skip(m * n * 4, what);
  }
  int32_t codesize;
  BAOKAN_RETURN_IF_ERROR(w->Read(&codesize, what));
  if (codesize < 0) return w->Bad(std::string(what) + ": negative code size");
  BAOKAN_RETURN_IF_ERROR(w->Skip(codesize, what));
  BAOKAN_RETURN_IF_ERROR(CheckProductQuantizer(w, n));
  if (qnorm) {
    BAOKAN_RETURN_IF_ERROR(CheckProductQuantizer(w, 1));
    BAOKAN_RETURN_IF_ERROR(w->Skip(m, "norm codes"));
  }
  return Status::OK();
}

}  // namespace

std::string classify::Fnv1a64::Hex() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
  return buf;
}

Status classify::DigestFile(const std::string& path, std::string* hex, int64_t* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  Fnv1a64 digest;
  std::vector<char> buf(1 << 16);
  *bytes = 0;
  while (in) {
    in.read(buf.data(), buf.size());
    std::streamsize got = in.gcount();
    if (got <= 0) break;
    digest.Update(std::string_view(buf.data(), got));
    *bytes += got;
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  *hex = digest.Hex();
  return Status::OK();
}

Status classify::WriteModelJson(const std::string& path, const JsonRecord& meta) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  BAOKAN_RETURN_IF_ERROR((*out)->Write(meta.Serialize() + "\n"));
  return (*out)->Commit();
}

classify::ModelPaths classify::ResolveModelPaths(const std::string& path) {
  namespace fs = std::filesystem;
  ModelPaths p;
  p.prefix = path;
  for (const char* ext : {".bin", ".ftz", ".json"}) {
    if (path.ends_with(ext)) {
      p.prefix = path.substr(0, path.size() - std::strlen(ext));
      break;
    }
  }
  p.json = p.prefix + ".json";
  std::error_code ec;
  if (path.ends_with(".bin") || path.ends_with(".ftz")) {
    p.binary = path;
  } else if (fs::exists(p.prefix + ".bin", ec)) {
    p.binary = p.prefix + ".bin";
  } else if (fs::exists(p.prefix + ".ftz", ec)) {
    p.binary = p.prefix + ".ftz";
  }
  return p;
}

Status classify::CheckFastTextFile(const std::string& path, int64_t* nlabels) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::DataError(path + ": is a directory, not a model file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open model: " + std::strerror(errno));
  in.seekg(0, std::ios::end);
  int64_t size = in.tellg();
  in.seekg(0);
  Walker w(path, &in, size);
  int32_t magic = 0, version = 0;
  if (size < 8) return Status::DataError(path + ": not a fastText model (too short)");
  BAOKAN_RETURN_IF_ERROR(w.Read(&magic, "header"));
  BAOKAN_RETURN_IF_ERROR(w.Read(&version, "header"));
  if (magic != kFastTextMagic) {
    return Status::DataError(path + ": not a fastText model (wrong magic number)");
  }
  if (version != kFastTextVersion) {
    return Status::DataError(path + ": fastText model version " + std::to_string(version) +
                             ", this build reads version " + std::to_string(kFastTextVersion));
  }
  // Args: dim ws epoch minCount neg wordNgrams loss model bucket minn maxn
  // lrUpdateRate (int32 each), then t (double).
  int32_t a[12];
  for (int32_t& v : a) BAOKAN_RETURN_IF_ERROR(w.Read(&v, "settings"));
  double t;
  BAOKAN_RETURN_IF_ERROR(w.Read(&t, "settings"));
  const int32_t dim = a[0], loss = a[6], model = a[7], bucket = a[8];
  if (dim <= 0 || dim > kMaxDim || loss < 1 || loss > 4 || bucket < 0) {
    return w.Bad("settings out of range");
  }
  if (model != 3) return w.Bad("a word-vector model, not a classifier");

  int32_t dsize, nwords, nlab;
  int64_t ntokens, pruneidx_size;
  BAOKAN_RETURN_IF_ERROR(w.Read(&dsize, "dictionary"));
  BAOKAN_RETURN_IF_ERROR(w.Read(&nwords, "dictionary"));
  BAOKAN_RETURN_IF_ERROR(w.Read(&nlab, "dictionary"));
  BAOKAN_RETURN_IF_ERROR(w.Read(&ntokens, "dictionary"));
  BAOKAN_RETURN_IF_ERROR(w.Read(&pruneidx_size, "dictionary"));
  if (nwords < 0 || nlab <= 0 || dsize != nwords + nlab || pruneidx_size < -1 ||
      ntokens < 0) {
    return w.Bad("dictionary sizes out of range");
  }
  int64_t labels_seen = 0;
  for (int32_t i = 0; i < dsize; ++i) {
    BAOKAN_RETURN_IF_ERROR(w.SkipString("dictionary"));
    int64_t count;
    int8_t type;
    BAOKAN_RETURN_IF_ERROR(w.Read(&count, "dictionary"));
    BAOKAN_RETURN_IF_ERROR(w.Read(&type, "dictionary"));
    if (type != 0 && type != 1) return w.Bad("bad dictionary entry type");
    labels_seen += type;
  }
  if (labels_seen != nlab) return w.Bad("dictionary label count does not match");
  if (pruneidx_size > 0) BAOKAN_RETURN_IF_ERROR(w.Skip(pruneidx_size * 8, "dictionary"));

  uint8_t quant_input, quant_output;
  BAOKAN_RETURN_IF_ERROR(w.Read(&quant_input, "input matrix"));
  if (quant_input > 1) return w.Bad("bad quantization flag");
  int64_t input_rows = (quant_input || pruneidx_size >= 0) ? -1 : int64_t{nwords} + bucket;
  BAOKAN_RETURN_IF_ERROR(CheckMatrix(&w, quant_input, input_rows, dim, "input matrix"));
  BAOKAN_RETURN_IF_ERROR(w.Read(&quant_output, "output matrix"));
  if (quant_output > 1) return w.Bad("bad quantization flag");
  BAOKAN_RETURN_IF_ERROR(CheckMatrix(&w, quant_output, nlab, dim, "output matrix"));
  if (w.remaining() != 0) {
    return w.Bad(std::to_string(w.remaining()) + " unexpected bytes after the model");
  }
  *nlabels = nlab;
  return Status::OK();
}

}  // namespace baokan
