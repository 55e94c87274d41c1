#include "dedup/spool.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace baokan::dedup {

StatusOr<std::unique_ptr<Spool>> Spool::Create(const std::string& dir_in) {
  std::string dir = dir_in;
  if (dir.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    dir = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  }
  std::string name = dir + "/baokan-dedup-XXXXXX";
  std::vector<char> buf(name.begin(), name.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd < 0) {
    return Status::IOError(dir + ": cannot create a scratch file: " + std::strerror(errno));
  }
  unlink(buf.data());
  return std::unique_ptr<Spool>(new Spool(fd, dir));
}

Spool::~Spool() { close(fd_); }

Status Spool::FlushBuffer() {
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t w = write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (w < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(dir_ + ": cannot write the scratch file: " + std::strerror(errno));
    }
    done += static_cast<size_t>(w);
  }
  buffer_.clear();
  return Status::OK();
}

StatusOr<uint64_t> Spool::Append(std::string_view bytes) {
  const uint64_t offset = size_;
  buffer_.append(bytes);
  size_ += bytes.size();
  if (buffer_.size() >= (4u << 20)) BAOKAN_RETURN_IF_ERROR(FlushBuffer());
  return offset;
}

Status Spool::Finish() { return FlushBuffer(); }

Status Spool::Read(uint64_t offset, uint32_t length, std::string* out) const {
  if (!buffer_.empty()) return Status::IOError("scratch file read before Finish()");
  out->resize(length);
  size_t done = 0;
  while (done < length) {
    const ssize_t r = pread(fd_, out->data() + done, length - done, offset + done);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      return Status::IOError(dir_ + ": cannot read the scratch file back: " +
                             (r < 0 ? std::strerror(errno) : "short read"));
    }
    done += static_cast<size_t>(r);
  }
  return Status::OK();
}

}  // namespace baokan::dedup
