// Internal to the io stage: what an output path names and how it is written,
// decided in one place for OutputFile and PublishFiles.

#ifndef BAOKAN_SRC_IO_OUTPUT_TARGET_H_
#define BAOKAN_SRC_IO_OUTPUT_TARGET_H_

#include <sys/types.h>

#include <string>

#include "baokan/status.h"

namespace baokan {
namespace io_internal {

struct OutputTarget {
  enum class Kind {
    kStdout,   // "-" or /dev/stdout
    kStderr,   // /dev/stderr
    kDirect,   // an existing pipe, device or other non-regular file: written into as it is
    kReplace,  // a regular file, existing or not: replaced by renaming a new file onto it
  };
  Kind kind = Kind::kReplace;
  // kReplace: the file to create or replace; a symbolic link to a regular
  // file is resolved to that file. Otherwise the path as given.
  std::string path;
  // kReplace: the mode for the new file: the old file's, or 0666 minus the umask.
  mode_t mode = 0;
};

// Examines `path` (without creating anything). Errors name `path`:
// InvalidArgument for an empty path, IOError if it is a directory or cannot
// be examined. A missing parent directory is not detected here.
StatusOr<OutputTarget> ResolveOutputTarget(const std::string& path);

}  // namespace io_internal
}  // namespace baokan

#endif  // BAOKAN_SRC_IO_OUTPUT_TARGET_H_
