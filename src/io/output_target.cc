// ResolveOutputTarget: what an output path names (stdout, a pipe or device,
// or a regular file to replace, through a symbolic link if need be).

#include "io/output_target.h"

#include <sys/stat.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fstream>

#include "io/byte_stream.h"

namespace baokan {
namespace io_internal {
namespace {

// The process umask, read without changing it where /proc allows.
mode_t CurrentUmask() {
  static mode_t mask = [] {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
      if (line.rfind("Umask:", 0) == 0) {
        return static_cast<mode_t>(std::strtoul(line.c_str() + 6, nullptr, 8));
      }
    }
    mode_t old = umask(022);  // no /proc: read it by setting it (once)
    umask(old);
    return old;
  }();
  return mask;
}

}  // namespace

StatusOr<OutputTarget> ResolveOutputTarget(const std::string& path) {
  using Kind = OutputTarget::Kind;
  if (path.empty()) return Status::InvalidArgument("empty output path");
  if (path == "-" || path == "/dev/stdout") return OutputTarget{Kind::kStdout, path};
  if (path == "/dev/stderr") return OutputTarget{Kind::kStderr, path};

  OutputTarget target{Kind::kReplace, path, static_cast<mode_t>(0666 & ~CurrentUmask())};
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return Status::IOError(path + ": cannot write: is a directory");
    if (!S_ISREG(st.st_mode)) return OutputTarget{Kind::kDirect, path};
    target.mode = st.st_mode & 07777;
    struct stat lst;
    if (lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
      char real[PATH_MAX];
      if (realpath(path.c_str(), real) != nullptr) target.path = real;
    }
  } else if (errno != ENOENT) {
    return Status::IOError(ErrnoMessage(path, "cannot write", errno));
  }
  return target;
}

}  // namespace io_internal
}  // namespace baokan
