// Signature files: a 64-byte header and fixed-size little-endian records.
// The layout is documented in docs/formats.md ("Signature files").

#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "baokan/dedup.h"
#include "baokan/io.h"

namespace baokan {
namespace {

constexpr char kMagic[8] = {'B', 'K', 'S', 'I', 'G', '\x1a', '\n', '\0'};
constexpr uint32_t kVersion = 1;
// 1: XXH3-64 one-permutation MinHash, optimal densification, over the match
// form; 2: the same over the match form with traditional characters folded to
// simplified ones (base/char_fold.h).
constexpr uint32_t kScheme = 2;
constexpr size_t kHeaderSize = 64;
constexpr size_t kRecordFixed = 24;  // id_hash, text_hash, shingle_count, reserved

size_t RecordSize(int num_perm) { return kRecordFixed + 8 * static_cast<size_t>(num_perm); }

void Put32(uint32_t v, char* p) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<char>(v >> (8 * i));
}
void Put64(uint64_t v, char* p) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<char>(v >> (8 * i));
}
uint32_t Get32(const char* p) {
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}
uint64_t Get64(const char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(p[i])) << (8 * i);
  return v;
}

std::string Settings(uint32_t k, uint32_t num_perm, uint64_t seed) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "k=%u, K=%u, seed=0x%016llx", k, num_perm,
                static_cast<unsigned long long>(seed));
  return buf;
}

class FileWriter : public SignatureFileWriter {
 public:
  FileWriter(std::unique_ptr<OutputFile> out, const SignatureOptions& options)
      : out_(std::move(out)), options_(options), record_(RecordSize(options.num_perm), '\0') {
    char header[kHeaderSize] = {};
    std::memcpy(header, kMagic, sizeof kMagic);
    Put32(kVersion, header + 8);
    Put32(static_cast<uint32_t>(options.shingle_size), header + 12);
    Put32(static_cast<uint32_t>(options.num_perm), header + 16);
    Put32(static_cast<uint32_t>(record_.size()), header + 20);
    Put64(options.seed, header + 24);
    Put32(kScheme, header + 32);
    buffer_.assign(header, kHeaderSize);
  }

  Status Add(const SignatureRecord& r) override {
    if (r.signature.values.size() != static_cast<size_t>(options_.num_perm)) {
      return Status::InvalidArgument("signature has " + std::to_string(r.signature.values.size()) +
                                     " values, the file holds " + std::to_string(options_.num_perm));
    }
    char* p = record_.data();
    Put64(r.id_hash, p);
    Put64(r.text_hash, p + 8);
    Put32(r.signature.shingle_count, p + 16);
    Put32(0, p + 20);
    for (size_t i = 0; i < r.signature.values.size(); ++i) Put64(r.signature.values[i], p + 24 + 8 * i);
    buffer_ += record_;
    if (buffer_.size() >= (1u << 20)) return Flush();
    return Status::OK();
  }

  Status Commit() override {
    BAOKAN_RETURN_IF_ERROR(Flush());
    return out_->Commit();
  }

 private:
  Status Flush() {
    Status s = out_->Write(buffer_);
    buffer_.clear();
    return s;
  }

  std::unique_ptr<OutputFile> out_;
  SignatureOptions options_;
  std::string record_;
  std::string buffer_;
};

class FileReader : public SignatureFileReader {
 public:
  FileReader(std::FILE* f, std::string path, uint64_t count, int num_perm)
      : f_(f), path_(std::move(path)), count_(count), record_(RecordSize(num_perm), '\0'),
        num_perm_(num_perm) {}
  ~FileReader() override { std::fclose(f_); }

  uint64_t record_count() const override { return count_; }

  bool Next(SignatureRecord* r) override {
    if (read_ >= count_ || !status_.ok()) return false;
    if (std::fread(record_.data(), 1, record_.size(), f_) != record_.size()) {
      status_ = Status::IOError(path_ + ": read error after " + std::to_string(read_) + " records");
      return false;
    }
    ++read_;
    Decode(record_.data(), r);
    return true;
  }

  Status ReadAt(uint64_t index, SignatureRecord* r) const override {
    if (index >= count_) {
      return Status::InvalidArgument(path_ + ": no record " + std::to_string(index));
    }
    std::string record(record_.size(), '\0');
    const off_t at = static_cast<off_t>(kHeaderSize + index * record.size());
    size_t done = 0;
    while (done < record.size()) {
      const ssize_t got = pread(fileno(f_), record.data() + done, record.size() - done,
                                at + static_cast<off_t>(done));
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        return Status::IOError(path_ + ": read error at record " + std::to_string(index));
      }
      done += static_cast<size_t>(got);
    }
    Decode(record.data(), r);
    return Status::OK();
  }

  Status status() const override { return status_; }

 private:
  void Decode(const char* p, SignatureRecord* r) const {
    r->id_hash = Get64(p);
    r->text_hash = Get64(p + 8);
    r->signature.shingle_count = Get32(p + 16);
    r->signature.values.resize(num_perm_);
    for (int i = 0; i < num_perm_; ++i) r->signature.values[i] = Get64(p + 24 + 8 * i);
  }

  std::FILE* f_;
  std::string path_;
  uint64_t count_;
  uint64_t read_ = 0;
  std::string record_;
  int num_perm_;
  Status status_;
};

}  // namespace

uint64_t SignatureIdHash(std::string_view id) { return XXH3_64bits(id.data(), id.size()); }
uint64_t SignatureTextHash(std::string_view text) {
  return XXH3_64bits_withSeed(text.data(), text.size(), 0x74657874);  // "text"
}

StatusOr<std::unique_ptr<SignatureFileWriter>> SignatureFileWriter::Create(
    const std::string& path, const SignatureOptions& options) {
  BAOKAN_RETURN_IF_ERROR(ValidateSignatureOptions(options));
  if (path.ends_with(".gz") || path.ends_with(".zst")) {
    return Status::InvalidArgument(path + ": signature files are not compressed; name it *.sig");
  }
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) return out.status();
  return std::unique_ptr<SignatureFileWriter>(new FileWriter(std::move(*out), options));
}

bool IsSignatureFile(const std::string& path) {
  if (path == "-") return false;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char magic[sizeof kMagic];
  const bool yes = std::fread(magic, 1, sizeof magic, f) == sizeof magic &&
                   std::memcmp(magic, kMagic, sizeof magic) == 0;
  std::fclose(f);
  return yes;
}

StatusOr<std::unique_ptr<SignatureFileReader>> SignatureFileReader::Open(
    const std::string& path, const SignatureOptions& expected) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::NotFound(path + ": " + std::strerror(errno));
  struct stat st;
  char header[kHeaderSize];
  if (fstat(fileno(f), &st) != 0 || std::fread(header, 1, kHeaderSize, f) != kHeaderSize ||
      std::memcmp(header, kMagic, sizeof kMagic) != 0) {
    std::fclose(f);
    return Status::DataError(path + ": not a baokan signature file (bad header)");
  }
  const uint32_t version = Get32(header + 8);
  const uint32_t k = Get32(header + 12);
  const uint32_t num_perm = Get32(header + 16);
  const uint32_t record_size = Get32(header + 20);
  const uint64_t seed = Get64(header + 24);
  const uint32_t scheme = Get32(header + 32);
  auto fail = [&](std::string message) -> Status {
    std::fclose(f);
    return Status::DataError(path + ": " + message);
  };
  if (version != kVersion || scheme != kScheme) {
    return fail("signature file version " + std::to_string(version) + " (scheme " +
                std::to_string(scheme) + ") is not supported; this baokan reads version 1, scheme " +
                std::to_string(kScheme) + ": run fingerprint again");
  }
  if (k != static_cast<uint32_t>(expected.shingle_size) ||
      num_perm != static_cast<uint32_t>(expected.num_perm) || seed != expected.seed) {
    return fail("signatures were made with " + Settings(k, num_perm, seed) + " but this run uses " +
                Settings(expected.shingle_size, expected.num_perm, expected.seed) +
                "; make them again with this run's settings, or run with theirs");
  }
  if (record_size != RecordSize(expected.num_perm)) {
    return fail("record size " + std::to_string(record_size) + " does not match K=" +
                std::to_string(num_perm));
  }
  const uint64_t body = static_cast<uint64_t>(st.st_size) - kHeaderSize;
  if (body % record_size != 0) {
    return fail("cut short: " + std::to_string(body) + " bytes of records is not a multiple of " +
                std::to_string(record_size));
  }
  return std::unique_ptr<SignatureFileReader>(
      new FileReader(f, path, body / record_size, expected.num_perm));
}

}  // namespace baokan
