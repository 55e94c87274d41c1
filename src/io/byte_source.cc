// Byte sources: plain files, gzip (zlib) and Zstandard, read in chunks.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "io/byte_stream.h"

namespace baokan {
namespace io_internal {
namespace {

constexpr size_t kCompressedChunk = 256 * 1024;

std::string WithLine(const std::string& path, size_t line) {
  return line > 0 ? path + ":" + std::to_string(line) : path;
}

// Reads a file descriptor; closes it unless it is stdin.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, std::string path, size_t size_hint)
      : fd_(fd), path_(std::move(path)), size_hint_(size_hint) {}
  ~FdSource() override {
    if (fd_ != STDIN_FILENO) close(fd_);
  }

  StatusOr<size_t> Read(char* buf, size_t n, size_t line_hint) override {
    for (;;) {
      ssize_t got = read(fd_, buf, n);
      if (got >= 0) return static_cast<size_t>(got);
      if (errno != EINTR) return Status::IOError(ErrnoMessage(path_, "read failed", errno));
    }
  }
  size_t SizeHint() const override { return size_hint_; }
  const std::string& path() const { return path_; }

 private:
  int fd_;
  std::string path_;
  size_t size_hint_;
};

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<FdSource> in) : in_(std::move(in)), buf_(kCompressedChunk) {
    std::memset(&strm_, 0, sizeof(strm_));
    ok_ = inflateInit2(&strm_, 15 + 32) == Z_OK;  // gzip or zlib header
  }
  ~GzipSource() override { inflateEnd(&strm_); }

  StatusOr<size_t> Read(char* buf, size_t n, size_t line_hint) override {
    if (!ok_) return Status::IOError(in_->path() + ": cannot start gzip decoder");
    strm_.next_out = reinterpret_cast<Bytef*>(buf);
    strm_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    const uInt want = strm_.avail_out;
    while (strm_.avail_out == want) {
      if (strm_.avail_in == 0 && !eof_) {
        StatusOr<size_t> got = in_->Read(buf_.data(), buf_.size(), line_hint);
        if (!got.ok()) return got.status();
        if (*got == 0) eof_ = true;
        strm_.next_in = reinterpret_cast<Bytef*>(buf_.data());
        strm_.avail_in = static_cast<uInt>(*got);
      }
      if (strm_.avail_in == 0 && eof_) {
        if (in_member_) {
          return Status::DataError(WithLine(in_->path(), line_hint) +
                                   ": truncated gzip stream (unexpected end of file)");
        }
        break;
      }
      if (!in_member_) {  // a new member: gzip files may be concatenated
        inflateReset(&strm_);
        in_member_ = true;
      }
      int r = inflate(&strm_, Z_NO_FLUSH);
      if (r == Z_STREAM_END) {
        in_member_ = false;
      } else if (r != Z_OK && r != Z_BUF_ERROR) {
        return Status::DataError(WithLine(in_->path(), line_hint) + ": corrupt gzip data (" +
                                 (strm_.msg ? strm_.msg : "zlib error " + std::to_string(r)) + ")");
      }
    }
    return static_cast<size_t>(want - strm_.avail_out);
  }

 private:
  std::unique_ptr<FdSource> in_;
  std::vector<char> buf_;
  z_stream strm_;
  bool ok_ = false;
  bool eof_ = false;
  bool in_member_ = false;
};

class ZstdSource : public ByteSource {
 public:
  explicit ZstdSource(std::unique_ptr<FdSource> in)
      : in_(std::move(in)), buf_(ZSTD_DStreamInSize()), ds_(ZSTD_createDStream()) {}
  ~ZstdSource() override { ZSTD_freeDStream(ds_); }

  StatusOr<size_t> Read(char* buf, size_t n, size_t line_hint) override {
    if (ds_ == nullptr) return Status::IOError(in_->path() + ": cannot start zstd decoder");
    for (;;) {
      if (in_buf_.pos == in_buf_.size && !eof_) {
        StatusOr<size_t> got = in_->Read(buf_.data(), buf_.size(), line_hint);
        if (!got.ok()) return got.status();
        if (*got == 0) eof_ = true;
        in_buf_ = ZSTD_inBuffer{buf_.data(), *got, 0};
      }
      const size_t before = in_buf_.pos;
      ZSTD_outBuffer out{buf, n, 0};
      size_t r = ZSTD_decompressStream(ds_, &out, &in_buf_);
      if (ZSTD_isError(r)) {
        return Status::DataError(WithLine(in_->path(), line_hint) + ": corrupt zstd data (" +
                                 ZSTD_getErrorName(r) + ")");
      }
      if (in_buf_.pos > before) pending_ = true;
      if (r == 0) pending_ = false;  // a frame ended and was fully flushed
      if (out.pos > 0) return out.pos;
      if (in_buf_.pos == before && eof_) {
        if (pending_) {
          return Status::DataError(WithLine(in_->path(), line_hint) +
                                   ": truncated zstd stream (unexpected end of file)");
        }
        return static_cast<size_t>(0);
      }
    }
  }

 private:
  std::unique_ptr<FdSource> in_;
  std::vector<char> buf_;
  ZSTD_DStream* ds_;
  ZSTD_inBuffer in_buf_{nullptr, 0, 0};
  bool eof_ = false;
  bool pending_ = false;
};

}  // namespace

Compression CompressionOf(std::string_view path) {
  if (path.ends_with(".gz")) return Compression::kGzip;
  if (path.ends_with(".zst")) return Compression::kZstd;
  return Compression::kNone;
}

std::string ErrnoMessage(std::string_view path, std::string_view what, int errnum) {
  std::string m(path);
  m += ": ";
  m += what;
  m += ": ";
  m += std::strerror(errnum);
  return m;
}

StatusOr<std::unique_ptr<ByteSource>> OpenSource(const std::string& path) {
  int fd = STDIN_FILENO;
  size_t size = 0;
  if (path != "-") {
    do {
      fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
      std::string msg = ErrnoMessage(path, "cannot open", errno);
      return errno == ENOENT ? Status::NotFound(msg) : Status::IOError(msg);
    }
    struct stat st;
    if (fstat(fd, &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        close(fd);
        return Status::IOError(path + ": cannot read: is a directory");
      }
      if (S_ISREG(st.st_mode)) size = static_cast<size_t>(st.st_size);
    }
  }
  auto raw = std::make_unique<FdSource>(fd, path, size);
  switch (path == "-" ? Compression::kNone : CompressionOf(path)) {
    case Compression::kGzip:
      return std::unique_ptr<ByteSource>(std::make_unique<GzipSource>(std::move(raw)));
    case Compression::kZstd:
      return std::unique_ptr<ByteSource>(std::make_unique<ZstdSource>(std::move(raw)));
    case Compression::kNone:
      break;
  }
  return std::unique_ptr<ByteSource>(std::move(raw));
}

}  // namespace io_internal
}  // namespace baokan
