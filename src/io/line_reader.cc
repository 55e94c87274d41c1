// LineReader and ReadFileBytes over the byte sources of byte_stream.h.

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "baokan/io.h"
#include "io/byte_stream.h"

namespace baokan {
namespace {

constexpr size_t kInitialBuffer = 1 << 20;

// Keeps one buffer holding [begin_, end_) of unread bytes; a line that does
// not fit is kept at the front while the buffer grows and more is read.
class StreamLineReader : public LineReader {
 public:
  StreamLineReader(std::string path, std::unique_ptr<io_internal::ByteSource> source)
      : LineReader(std::move(path)), source_(std::move(source)) {
    Grow(kInitialBuffer);
  }

  bool Next(std::string_view* line) override {
    if (done_) return false;
    for (;;) {
      char* base = buf_.get();
      const void* nl = std::memchr(base + scan_, '\n', end_ - scan_);
      if (nl != nullptr) {
        size_t stop = static_cast<const char*>(nl) - base;
        Emit(line, stop);
        begin_ = scan_ = stop + 1;
        return true;
      }
      scan_ = end_;
      if (eof_) {
        done_ = true;
        if (begin_ == end_) return false;
        Emit(line, end_);  // a last line without "\n"
        begin_ = end_;
        return true;
      }
      if (!Fill()) {
        done_ = true;
        return false;
      }
    }
  }

  size_t line_number() const override { return line_number_; }
  Status status() const override { return status_; }

 private:
  void Emit(std::string_view* line, size_t stop) {
    size_t len = stop - begin_;
    if (len > 0 && buf_.get()[begin_ + len - 1] == '\r') --len;
    *line = std::string_view(buf_.get() + begin_, len);
    ++line_number_;
  }

  // Reads more bytes after the pending partial line; false on error.
  bool Fill() {
    if (begin_ > 0) {
      std::memmove(buf_.get(), buf_.get() + begin_, end_ - begin_);
      end_ -= begin_;
      scan_ -= begin_;
      begin_ = 0;
    }
    if (size_ - end_ < size_ / 4) Grow(size_ * 2);
    StatusOr<size_t> got = source_->Read(buf_.get() + end_, size_ - end_, line_number_ + 1);
    if (!got.ok()) {
      status_ = got.status();
      return false;
    }
    if (*got == 0) eof_ = true;
    end_ += *got;
    return true;
  }

  // Makes the buffer `size` bytes, keeping its contents. realloc leaves the
  // new room untouched (a vector would zero it) and moves a large block's
  // pages rather than copying them: a huge line costs little more than its
  // bytes read.
  void Grow(size_t size) {
    char* grown = static_cast<char*>(std::realloc(buf_.get(), size));
    if (grown == nullptr) throw std::bad_alloc();
    (void)buf_.release();
    buf_.reset(grown);
    size_ = size;
  }

  struct Free {
    void operator()(char* p) const { std::free(p); }
  };

  std::unique_ptr<io_internal::ByteSource> source_;
  std::unique_ptr<char, Free> buf_;
  size_t size_ = 0;  // bytes allocated at buf_
  size_t begin_ = 0;  // start of the next line
  size_t scan_ = 0;   // where the search for "\n" resumes
  size_t end_ = 0;    // end of the bytes read so far
  size_t line_number_ = 0;
  bool eof_ = false;
  bool done_ = false;
  Status status_;
};

}  // namespace

StatusOr<std::unique_ptr<LineReader>> LineReader::Open(const std::string& path) {
  auto source = io_internal::OpenSource(path);
  if (!source.ok()) return source.status();
  return std::unique_ptr<LineReader>(std::make_unique<StreamLineReader>(path, std::move(*source)));
}

StatusOr<std::string> ReadFileBytes(const std::string& path) {
  auto source = io_internal::OpenSource(path);
  if (!source.ok()) return source.status();
  std::string out;
  out.resize(std::max<size_t>((*source)->SizeHint() + 1, 1 << 16));
  size_t len = 0;
  for (;;) {
    if (len == out.size()) out.resize(out.size() * 2);
    StatusOr<size_t> got = (*source)->Read(out.data() + len, out.size() - len, 0);
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    len += *got;
  }
  out.resize(len);
  return out;
}

}  // namespace baokan
