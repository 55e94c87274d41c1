// PublishFiles: finished files moved into place by rename, or copied through
// an OutputFile where a rename cannot do.

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "baokan/io.h"
#include "io/byte_stream.h"
#include "io/output_target.h"

namespace baokan {
namespace {

using io_internal::OutputTarget;

// Writes the content of `from` (decompressed by its name) through an
// OutputFile for `to`, then removes `from`.
Status CopyThrough(const std::string& from, const std::string& to) {
  StatusOr<std::unique_ptr<io_internal::ByteSource>> source = io_internal::OpenSource(from);
  if (!source.ok()) return source.status();
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(to);
  if (!out.ok()) return out.status();
  std::string buffer(1 << 20, '\0');
  for (;;) {
    StatusOr<size_t> n = (*source)->Read(buffer.data(), buffer.size(), 0);
    if (!n.ok()) return n.status();
    if (*n == 0) break;
    BAOKAN_RETURN_IF_ERROR((*out)->Write(std::string_view(buffer.data(), *n)));
  }
  BAOKAN_RETURN_IF_ERROR((*out)->Commit());
  unlink(from.c_str());
  return Status::OK();
}

// Moves `from` onto `to`, which resolved to `target`.
Status PublishOne(const std::string& from, const std::string& to, const OutputTarget& target) {
  const bool renamable =
      target.kind == OutputTarget::Kind::kReplace &&
      io_internal::CompressionOf(from) == io_internal::CompressionOf(target.path);
  if (renamable) {
    if (chmod(from.c_str(), target.mode) != 0) {
      return Status::IOError(io_internal::ErrnoMessage(from, "cannot set the mode", errno));
    }
    if (rename(from.c_str(), target.path.c_str()) == 0) return Status::OK();
    if (errno != EXDEV) {
      return Status::IOError(
          io_internal::ErrnoMessage(to, "cannot move " + from + " into place", errno));
    }
  }
  return CopyThrough(from, to);
}

}  // namespace

Status PublishFiles(const std::vector<FileMove>& moves) {
  std::vector<OutputTarget> targets;
  for (const FileMove& move : moves) {
    StatusOr<OutputTarget> target = io_internal::ResolveOutputTarget(move.to);
    if (!target.ok()) return target.status();
    targets.push_back(std::move(target).value());
  }
  for (size_t i = 0; i < moves.size(); ++i) {
    BAOKAN_RETURN_IF_ERROR(PublishOne(moves[i].from, moves[i].to, targets[i]));
  }
  return Status::OK();
}

}  // namespace baokan
