// OutputFile: a temporary file renamed into place on Commit(), or a direct
// write for stdout and other non-regular targets.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <mutex>

#include "baokan/io.h"
#include "io/byte_stream.h"
#include "io/output_target.h"

namespace baokan {
namespace {

using io_internal::ErrnoMessage;

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

class FdOutputFile : public OutputFile {
 public:
  // `temp` is empty for a direct write; otherwise Commit() renames it to `target`.
  FdOutputFile(std::string path, int fd, bool owns_fd, std::string temp, std::string target,
               const OutputOptions& options)
      : OutputFile(path),
        fd_(fd),
        owns_fd_(owns_fd),
        temp_(std::move(temp)),
        target_(std::move(target)),
        sync_(options.sync),
        sink_(io_internal::MakeSink(fd, std::move(path), io_internal::CompressionOf(target_),
                                    options.level)) {}

  ~FdOutputFile() override {
    if (committed_) return;
    if (temp_.empty()) sink_->FlushBestEffort();
    if (owns_fd_) close(fd_);
    if (!temp_.empty()) unlink(temp_.c_str());
  }

  Status Write(std::string_view bytes) override {
    if (committed_) return Status::InvalidArgument(path() + ": write after commit");
    return sink_->Write(bytes);
  }

  Status Commit() override {
    if (committed_) return Status::InvalidArgument(path() + ": committed twice");
    committed_ = true;
    Status s = sink_->Finish();
    if (s.ok() && sync_ && !temp_.empty() && fsync(fd_) != 0) {
      s = Status::IOError(ErrnoMessage(path(), "fsync failed", errno));
    }
    if (owns_fd_ && close(fd_) != 0 && s.ok()) {
      s = Status::IOError(ErrnoMessage(path(), "close failed", errno));
    }
    if (temp_.empty()) return s;
    if (s.ok() && rename(temp_.c_str(), target_.c_str()) != 0) {
      s = Status::IOError(ErrnoMessage(path(), "cannot rename temporary file into place", errno));
    }
    if (!s.ok()) {
      unlink(temp_.c_str());
      return s;
    }
    if (sync_) SyncDirectory();
    return s;
  }

 private:
  void SyncDirectory() {
    int dir = open(DirectoryOf(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) return;
    fsync(dir);
    close(dir);
  }

  int fd_;
  bool owns_fd_;
  std::string temp_;
  std::string target_;
  bool sync_;
  bool committed_ = false;
  std::unique_ptr<io_internal::ByteSink> sink_;
};

StatusOr<std::unique_ptr<OutputFile>> Direct(const std::string& path, int fd, bool owns,
                                             const OutputOptions& options) {
  return std::unique_ptr<OutputFile>(
      std::make_unique<FdOutputFile>(path, fd, owns, "", path, options));
}

}  // namespace

StatusOr<std::unique_ptr<OutputFile>> OutputFile::Create(const std::string& path,
                                                         const OutputOptions& options) {
  using Kind = io_internal::OutputTarget::Kind;
  StatusOr<io_internal::OutputTarget> resolved = io_internal::ResolveOutputTarget(path);
  if (!resolved.ok()) return resolved.status();
  switch (resolved->kind) {
    case Kind::kStdout:
      return Direct(path, STDOUT_FILENO, false, options);
    case Kind::kStderr:
      return Direct(path, STDERR_FILENO, false, options);
    case Kind::kDirect: {  // a pipe, a device: write to it as it is
      int fd;
      do {
        fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
      } while (fd < 0 && errno == EINTR);
      if (fd < 0) return Status::IOError(ErrnoMessage(path, "cannot open for writing", errno));
      return Direct(path, fd, true, options);
    }
    case Kind::kReplace:
      break;
  }

  const std::string& target = resolved->path;
  const std::string dir = DirectoryOf(target);
  const std::string base = target.substr(target.rfind('/') + 1);  // npos + 1 == 0
  std::string temp = (dir == "/" ? "/." : dir + "/.") + base + ".tmp.XXXXXX";
  int fd = mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return Status::IOError(path + ": cannot write: directory " + dir + " does not exist");
    }
    return Status::IOError(ErrnoMessage(path, "cannot create a temporary file in " + dir, errno));
  }
  fchmod(fd, resolved->mode);
  return std::unique_ptr<OutputFile>(
      std::make_unique<FdOutputFile>(path, fd, true, temp, target, options));
}

}  // namespace baokan
