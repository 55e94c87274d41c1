// Internal to the io stage: byte sources and sinks below LineReader,
// ReadFileBytes and OutputFile. A source yields the decompressed bytes of a
// file; a sink takes plain bytes and writes them, compressed, to a descriptor.

#ifndef BAOKAN_SRC_IO_BYTE_STREAM_H_
#define BAOKAN_SRC_IO_BYTE_STREAM_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "baokan/status.h"

namespace baokan {
namespace io_internal {

enum class Compression { kNone, kGzip, kZstd };

// The compression a file name asks for: "*.gz" gzip, "*.zst" Zstandard.
Compression CompressionOf(std::string_view path);

// "PATH: what: strerror(errnum)" for an operating system error.
std::string ErrnoMessage(std::string_view path, std::string_view what, int errnum);

// Reads the bytes of one file, decompressed.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Fills up to `n` bytes of `buf`; returns how many were stored, 0 only at
  // the end of input. Errors name the file but not the line; `line_hint` is
  // the 1-based line being read (0 if unknown), added to decompression errors.
  virtual StatusOr<size_t> Read(char* buf, size_t n, size_t line_hint) = 0;
  // The size of the input in bytes if known cheaply (a plain regular file),
  // else 0. Used only to reserve memory.
  virtual size_t SizeHint() const { return 0; }
};

// Opens `path` ("-" is stdin) for reading, decompressing by name.
StatusOr<std::unique_ptr<ByteSource>> OpenSource(const std::string& path);

// Writes bytes to a file descriptor, compressing by the given format.
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  virtual Status Write(std::string_view bytes) = 0;
  // Ends the compressed stream and writes everything still buffered. The
  // descriptor stays open (its owner closes it).
  virtual Status Finish() = 0;
  // Writes plain buffered bytes without ending a compressed stream; used
  // when an output is abandoned. Errors are ignored.
  virtual void FlushBestEffort() = 0;
};

// A sink writing to `fd` (not owned); `path` names it in error messages.
// `level` 0 means the format's default level.
std::unique_ptr<ByteSink> MakeSink(int fd, std::string path, Compression compression, int level);

}  // namespace io_internal
}  // namespace baokan

#endif  // BAOKAN_SRC_IO_BYTE_STREAM_H_
