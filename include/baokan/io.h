// Files in and out: inputs named on the command line, compressed streams,
// and outputs that appear atomically.
//
// Compression is chosen by file name: "*.gz" is gzip, "*.zst" is Zstandard,
// anything else is plain. "-" is standard input or standard output.

#ifndef BAOKAN_IO_H_
#define BAOKAN_IO_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/status.h"

namespace baokan {

// Expands command-line inputs into a list of files. A directory is walked
// recursively and its files are listed in byte order of their paths; hidden
// entries (names starting with '.') are skipped. A file named explicitly is
// kept even when `accept` rejects it; files found inside directories are kept
// only when `accept(path)` is true (an empty `accept` keeps all). "-" passes
// through unchanged. A missing path is a NotFound error naming it.
StatusOr<std::vector<std::string>> ExpandInputs(
    const std::vector<std::string>& args,
    const std::function<bool(const std::string&)>& accept = {});

// Reads a whole file ("-" for stdin), decompressing by name. The result holds
// the file's bytes as stored (no decoding). Errors name the path.
StatusOr<std::string> ReadFileBytes(const std::string& path);

// Reads a file line by line, decompressing by name; "-" is stdin. Lines are
// returned without their "\n" (a "\r" before it is dropped too). Any line
// length is accepted. Not thread-safe.
class LineReader {
 public:
  static StatusOr<std::unique_ptr<LineReader>> Open(const std::string& path);
  virtual ~LineReader() = default;

  // Stores the next line in *line (valid until the next call) and returns
  // true; returns false at the end of input or on a read error (see status()).
  virtual bool Next(std::string_view* line) = 0;
  // 1-based number of the line last returned by Next(); 0 before the first.
  virtual size_t line_number() const = 0;
  // OK unless a read or decompression error ended the input early.
  virtual Status status() const = 0;
  const std::string& path() const { return path_; }

 protected:
  explicit LineReader(std::string path) : path_(std::move(path)) {}

 private:
  std::string path_;
};

struct OutputOptions {
  // Commit() calls fsync on the file and its directory before returning.
  // Default: false (the rename alone is atomic, but not durable on power loss).
  bool sync = false;
  // Compression level; 0 (the default) means gzip 6, zstd 3.
  int level = 0;
};

// An output file that appears complete or not at all. For a regular path the
// bytes go to a temporary file beside it (".NAME.tmp.XXXXXX" in the target's
// directory, hidden so that ExpandInputs skips it), which Commit() renames
// over the target; destroying an uncommitted OutputFile removes the temporary
// file and leaves any old target untouched. A new file gets the permissions
// open() would give it (0666 minus the umask); a replaced one keeps its mode.
// A symbolic link to a regular file is followed: the file it names is
// replaced. "-", /dev/stdout, /dev/stderr, pipes and other non-regular targets
// are written directly and never replaced; for those, destruction without
// Commit() writes out what is buffered but does not end a compressed stream.
// Compression is chosen by the target's name. Not thread-safe.
class OutputFile {
 public:
  // Errors (IOError naming `path`): the directory does not exist or is not
  // writable, `path` is a directory.
  static StatusOr<std::unique_ptr<OutputFile>> Create(const std::string& path,
                                                      const OutputOptions& options = {});
  virtual ~OutputFile() = default;

  // Buffers and writes `bytes`. A failed write (e.g. a full disk) is an
  // IOError naming the path; after one, every later call returns it again.
  virtual Status Write(std::string_view bytes) = 0;
  // Flushes, closes and (for regular files) renames into place. On error the
  // temporary file is removed and the old target stays. Calling Write() or
  // Commit() after Commit() is an InvalidArgument error.
  virtual Status Commit() = 0;
  const std::string& path() const { return path_; }

 protected:
  explicit OutputFile(std::string path) : path_(std::move(path)) {}

 private:
  std::string path_;
};

// A finished file and the output path it is to become.
struct FileMove {
  std::string from;  // a complete regular file (e.g. a committed OutputFile)
  std::string to;    // an output path, as for OutputFile::Create
};

// Puts finished files in place, one after another in the order given, each
// target treated as OutputFile::Create treats it. A regular or new target is
// replaced by renaming `from` onto it (onto the file a symbolic link names),
// with the mode OutputFile would give it. Where a rename cannot do (the target
// is on another filesystem or its name asks for another compression; it is
// stdout, a pipe or a device), the content of `from`, read decompressed by its
// name, is written through an OutputFile for `to` and `from` is then removed
// (best effort). Every target is examined before anything moves, so a target
// that is a directory or cannot be examined is an error with nothing moved. A
// later error (IOError naming the target) stops there: earlier files stay in
// place, the failed and later `from` files stay where they were. Each target
// is replaced atomically; the set is not (a crash between two moves leaves
// the earlier ones done).
Status PublishFiles(const std::vector<FileMove>& moves);

// The base name of `path` without directories and without its last extension
// (and without a compression extension before it): "a/b/001.txt" -> "001",
// "x/p.jsonl.gz" -> "p".
std::string PageNameOf(const std::string& path);

// True for PDF file names (*.pdf, *.PDF): pages that split reads with the
// PDF layout (include/baokan/pdf.h).
bool IsPdfFile(const std::string& path);

}  // namespace baokan

#endif  // BAOKAN_IO_H_
