// Byte sinks: bytes are gathered in a buffer and handed on in large chunks,
// written as they are or compressed with zlib (gzip) or Zstandard.

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

constexpr size_t kBufferSize = 1 << 20;

Status WriteAll(int fd, const std::string& path, const char* data, size_t n) {
  while (n > 0) {
    ssize_t put = write(fd, data, n);
    if (put < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(ErrnoMessage(path, "write failed", errno));
    }
    data += put;
    n -= static_cast<size_t>(put);
  }
  return Status::OK();
}

// Gathers small writes; subclasses say how a chunk of plain bytes reaches
// the descriptor. The first error sticks: later calls return it again.
class BufferedSink : public ByteSink {
 public:
  BufferedSink(int fd, std::string path) : fd_(fd), path_(std::move(path)) {
    buffer_.reserve(kBufferSize);
  }

  Status Write(std::string_view bytes) final {
    if (!status_.ok()) return status_;
    if (buffer_.size() + bytes.size() > kBufferSize) {
      if (!FlushBuffer(false)) return status_;
      if (bytes.size() >= kBufferSize) {               // large writes skip the buffer
        constexpr size_t kMaxChunk = size_t{1} << 30;  // fits zlib's counters
        for (size_t at = 0; at < bytes.size() && status_.ok(); at += kMaxChunk) {
          size_t n = std::min(kMaxChunk, bytes.size() - at);
          status_ = Consume(bytes.data() + at, n, false);
        }
        return status_;
      }
    }
    buffer_.append(bytes);
    return Status::OK();
  }

  Status Finish() final {
    if (status_.ok()) FlushBuffer(true);
    return status_;
  }

  void FlushBestEffort() final {
    if (status_.ok()) FlushBuffer(false);
  }

 protected:
  // Passes `n` plain bytes on; `finish` ends the stream.
  virtual Status Consume(const char* data, size_t n, bool finish) = 0;

  Status Put(const char* data, size_t n) { return WriteAll(fd_, path_, data, n); }
  const std::string& path() const { return path_; }

 private:
  bool FlushBuffer(bool finish) {
    status_ = Consume(buffer_.data(), buffer_.size(), finish);
    buffer_.clear();
    return status_.ok();
  }

  int fd_;
  std::string path_;
  std::string buffer_;
  Status status_;
};

class PlainSink : public BufferedSink {
 public:
  using BufferedSink::BufferedSink;

 protected:
  Status Consume(const char* data, size_t n, bool finish) override { return Put(data, n); }
};

class GzipSink : public BufferedSink {
 public:
  GzipSink(int fd, std::string path, int level)
      : BufferedSink(fd, std::move(path)), out_(256 * 1024) {
    std::memset(&strm_, 0, sizeof(strm_));
    ok_ = deflateInit2(&strm_, level > 0 ? std::min(level, 9) : 6, Z_DEFLATED, 15 + 16, 8,
                       Z_DEFAULT_STRATEGY) == Z_OK;
  }
  ~GzipSink() override { deflateEnd(&strm_); }

 protected:
  Status Consume(const char* data, size_t n, bool finish) override {
    if (!ok_) return Status::IOError(path() + ": cannot start gzip encoder");
    strm_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    strm_.avail_in = static_cast<uInt>(n);  // n <= the buffer size or a caller's chunk
    for (;;) {
      strm_.next_out = reinterpret_cast<Bytef*>(out_.data());
      strm_.avail_out = static_cast<uInt>(out_.size());
      int r = deflate(&strm_, finish ? Z_FINISH : Z_NO_FLUSH);
      if (r == Z_STREAM_ERROR) return Status::IOError(path() + ": gzip encoder failed");
      size_t have = out_.size() - strm_.avail_out;
      BAOKAN_RETURN_IF_ERROR(Put(out_.data(), have));
      if (finish ? r == Z_STREAM_END : (strm_.avail_in == 0 && strm_.avail_out > 0)) break;
    }
    return Status::OK();
  }

 private:
  z_stream strm_;
  std::vector<char> out_;
  bool ok_ = false;
};

class ZstdSink : public BufferedSink {
 public:
  ZstdSink(int fd, std::string path, int level)
      : BufferedSink(fd, std::move(path)), out_(ZSTD_CStreamOutSize()), cctx_(ZSTD_createCCtx()) {
    if (cctx_ != nullptr && level > 0) {
      ZSTD_CCtx_setParameter(cctx_, ZSTD_c_compressionLevel, level);
    }
  }
  ~ZstdSink() override { ZSTD_freeCCtx(cctx_); }

 protected:
  Status Consume(const char* data, size_t n, bool finish) override {
    if (cctx_ == nullptr) return Status::IOError(path() + ": cannot start zstd encoder");
    ZSTD_inBuffer in{data, n, 0};
    for (;;) {
      ZSTD_outBuffer out{out_.data(), out_.size(), 0};
      size_t left = ZSTD_compressStream2(cctx_, &out, &in, finish ? ZSTD_e_end : ZSTD_e_continue);
      if (ZSTD_isError(left)) {
        return Status::IOError(path() + ": zstd encoder failed: " + ZSTD_getErrorName(left));
      }
      BAOKAN_RETURN_IF_ERROR(Put(out_.data(), out.pos));
      if (finish ? left == 0 : in.pos == in.size) break;
    }
    return Status::OK();
  }

 private:
  std::vector<char> out_;
  ZSTD_CCtx* cctx_;
};

}  // namespace

std::unique_ptr<ByteSink> MakeSink(int fd, std::string path, Compression compression, int level) {
  switch (compression) {
    case Compression::kGzip:
      return std::make_unique<GzipSink>(fd, std::move(path), level);
    case Compression::kZstd:
      return std::make_unique<ZstdSink>(fd, std::move(path), level);
    case Compression::kNone:
      break;
  }
  return std::make_unique<PlainSink>(fd, std::move(path));
}

}  // namespace io_internal
}  // namespace baokan
