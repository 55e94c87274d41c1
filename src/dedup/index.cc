// The archive index's manifest, lock, appends and compaction (index.h).
//
// DIR/MANIFEST, tab-separated lines:
//   baokan-archive-index  1
//   settings  k  K  band_rows  seed (0x hex)
//   next      the number the next segment file gets
//   segment   seg-NNNNNN.bki  rows        (one line per segment, oldest first)

#include "dedup/index.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "baokan/io.h"
#include "base/strings.h"

namespace baokan::dedup {
namespace {

namespace fs = std::filesystem;

constexpr const char* kManifest = "MANIFEST";
constexpr const char* kLock = "LOCK";
constexpr const char* kManifestMagic = "baokan-archive-index";
// 2: band keys of 32 bits (format 1 had 64); format 1 is refused with a
// message asking to rebuild the index.
constexpr int kManifestVersion = 2;
constexpr std::string_view kSegmentPrefix = "seg-";

std::function<Status(std::string_view)>& FaultHook() {
  static std::function<Status(std::string_view)> hook;
  return hook;
}

Status Fault(std::string_view point) {
  return FaultHook() ? FaultHook()(point) : Status::OK();
}

std::string SettingsLine(const IndexSettings& s) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "settings\t%d\t%d\t%d\t0x%016" PRIx64 "\n",
                s.signature.shingle_size, s.signature.num_perm, s.band_rows, s.signature.seed);
  return buf;
}

// The manifest's contents, read from `path`.
struct Manifest {
  IndexSettings settings;
  uint64_t next = 1;
  std::vector<std::string> segments;
};

Status ParseManifest(const std::string& path, Manifest* m) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read the index manifest");
  std::string line;
  int number = 0;
  bool header = false, settings = false;
  while (std::getline(in, line)) {
    ++number;
    const std::vector<std::string_view> f = SplitTsvLine(line);
    const std::string where = path + ":" + std::to_string(number) + ": ";
    auto as_int = [](std::string_view s) { return std::strtoull(std::string(s).c_str(), nullptr, 0); };
    if (f.size() == 2 && f[0] == kManifestMagic) {
      if (as_int(f[1]) != static_cast<unsigned long long>(kManifestVersion)) {
        return Status::DataError(where + "an index of format " + std::string(f[1]) +
                                 " (this baokan reads format " + std::to_string(kManifestVersion) +
                                 "): rebuild it, running dedup --index with a new directory over "
                                 "the articles the old index was built from");
      }
      header = true;
    } else if (f.size() == 5 && f[0] == "settings") {
      m->settings.signature.shingle_size = static_cast<int>(as_int(f[1]));
      m->settings.signature.num_perm = static_cast<int>(as_int(f[2]));
      m->settings.band_rows = static_cast<int>(as_int(f[3]));
      m->settings.signature.seed = as_int(f[4]);
      settings = true;
    } else if (f.size() == 2 && f[0] == "next") {
      m->next = as_int(f[1]);
    } else if (f.size() == 3 && f[0] == "segment" && f[1].substr(0, 4) == kSegmentPrefix &&
               f[1].find('/') == std::string_view::npos) {
      m->segments.emplace_back(f[1]);
    } else {
      return Status::DataError(where + "not a line of an index manifest");
    }
  }
  if (!header || !settings) {
    return Status::DataError(path + ": not an archive index manifest (no header or settings)");
  }
  return Status::OK();
}

}  // namespace

void SetIndexFaultHookForTesting(std::function<Status(std::string_view point)> hook) {
  FaultHook() = std::move(hook);
}

StatusOr<std::unique_ptr<ArchiveIndex>> ArchiveIndex::Open(const std::string& dir,
                                                           const IndexSettings& settings,
                                                           IndexAccess access) {
  std::error_code ec;
  const bool read_only = access == IndexAccess::kRead;
  if (read_only && !fs::exists(dir + "/" + kManifest, ec)) {
    std::unique_ptr<ArchiveIndex> empty(new ArchiveIndex());
    empty->dir_ = dir;
    empty->settings_ = settings;
    empty->read_only_ = true;
    return empty;
  }
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) {
    return Status::IOError(dir + ": cannot create the index directory: " + ec.message());
  }
  std::unique_ptr<ArchiveIndex> index(new ArchiveIndex());
  index->dir_ = dir;
  index->settings_ = settings;
  index->read_only_ = read_only;
  const std::string lock = dir + "/" + kLock;
  index->lock_fd_ = open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (index->lock_fd_ < 0) {
    return Status::IOError(lock + ": cannot open the index lock: " + std::strerror(errno));
  }
  if (flock(index->lock_fd_, (read_only ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
    return Status::IOError(dir + ": another run is using this index (" + lock + " is locked)");
  }
  const std::string manifest = dir + "/" + kManifest;
  if (!fs::exists(manifest)) {
    BAOKAN_RETURN_IF_ERROR(index->WriteManifest());
    return index;
  }
  Manifest m;
  BAOKAN_RETURN_IF_ERROR(ParseManifest(manifest, &m));
  if (!(m.settings == settings)) {
    return Status::InvalidArgument(dir + ": the index was built with " + m.settings.ToString() +
                                   ", this run uses " + settings.ToString());
  }
  index->next_number_ = m.next;
  for (const std::string& name : m.segments) {
    StatusOr<std::unique_ptr<Segment>> s = Segment::Open(dir + "/" + name, settings);
    if (!s.ok()) return s.status();
    index->names_.push_back(name);
    index->segments_.push_back(std::move(*s));
  }
  return index;
}

ArchiveIndex::~ArchiveIndex() {
  if (lock_fd_ >= 0) close(lock_fd_);  // releases the lock
}

size_t ArchiveIndex::rows() const {
  size_t n = 0;
  for (const auto& s : segments_) n += s->rows();
  return n;
}

Status ArchiveIndex::WriteManifest() const {
  std::string text = std::string(kManifestMagic) + "\t" + std::to_string(kManifestVersion) + "\n";
  text += SettingsLine(settings_);
  text += "next\t" + std::to_string(next_number_) + "\n";
  for (size_t i = 0; i < names_.size(); ++i) {
    text += "segment\t" + names_[i] + "\t" + std::to_string(segments_[i]->rows()) + "\n";
  }
  OutputOptions sync;
  sync.sync = true;
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(dir_ + "/" + kManifest, sync);
  if (!out.ok()) return out.status();
  BAOKAN_RETURN_IF_ERROR((*out)->Write(text));
  return (*out)->Commit();
}

std::string ArchiveIndex::NextSegmentName() {
  char buf[32];
  std::snprintf(buf, sizeof buf, "seg-%06" PRIu64 ".bki", next_number_++);
  return buf;
}

Status ArchiveIndex::Append(const SegmentRows& rows, ThreadPool* pool) {
  if (read_only_) return Status::InvalidArgument(dir_ + ": the index was opened for reading");
  RemoveUnnamedFiles();
  if (rows.count == 0) return Status::OK();
  const std::string name = NextSegmentName();
  BAOKAN_RETURN_IF_ERROR(WriteSegment(dir_ + "/" + name, settings_, rows, pool));
  BAOKAN_RETURN_IF_ERROR(Fault("segment-written"));
  StatusOr<std::unique_ptr<Segment>> s = Segment::Open(dir_ + "/" + name, settings_);
  if (!s.ok()) return s.status();
  names_.push_back(name);
  segments_.push_back(std::move(*s));
  BAOKAN_RETURN_IF_ERROR(WriteManifest());
  if (segments_.size() > kMaxSegments) BAOKAN_RETURN_IF_ERROR(Compact(pool));
  RemoveUnnamedFiles();
  return Status::OK();
}

namespace {

// Several segments as one run of rows, in segment order.
class ConcatenatedColumns : public ColumnSource {
 public:
  explicit ConcatenatedColumns(std::vector<const Segment*> parts) : parts_(std::move(parts)) {}
  Status Column(int p, std::vector<uint32_t>* out) const override {
    out->clear();
    for (const Segment* s : parts_) out->insert(out->end(), s->column(p), s->column(p) + s->rows());
    return Status::OK();
  }

 private:
  std::vector<const Segment*> parts_;
};

}  // namespace

Status ArchiveIndex::Compact(ThreadPool* pool) {
  // The newest segments, reaching back while the next older one is small.
  size_t first = segments_.size() - 2;
  size_t gathered = segments_[first]->rows() + segments_.back()->rows();
  while (first > 0 && segments_[first - 1]->rows() <= kCompactionRatio * gathered) {
    gathered += segments_[--first]->rows();
  }
  std::vector<const Segment*> parts;
  std::vector<std::pair<const Segment*, uint32_t>> where;  // merged row -> its segment row
  std::vector<uint32_t> shingles;
  for (size_t i = first; i < segments_.size(); ++i) {
    parts.push_back(segments_[i].get());
    for (uint32_t r = 0; r < segments_[i]->rows(); ++r) {
      where.push_back({segments_[i].get(), r});
      shingles.push_back(segments_[i]->shingles(r));
    }
  }
  const ConcatenatedColumns columns(parts);
  SegmentRows rows;
  rows.count = where.size();
  rows.columns = &columns;
  rows.shingles = shingles.data();
  rows.record = [&](size_t row, std::string* out) {
    out->assign(where[row].first->record(where[row].second));
    return Status::OK();
  };
  const std::string name = NextSegmentName();
  BAOKAN_RETURN_IF_ERROR(WriteSegment(dir_ + "/" + name, settings_, rows, pool));
  StatusOr<std::unique_ptr<Segment>> merged = Segment::Open(dir_ + "/" + name, settings_);
  if (!merged.ok()) return merged.status();
  where.clear();
  names_.resize(first);
  segments_.resize(first);
  names_.push_back(name);
  segments_.push_back(std::move(*merged));
  return WriteManifest();
}

void ArchiveIndex::RemoveUnnamedFiles() const {
  const std::set<std::string> named(names_.begin(), names_.end());
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir_, ec)) {
    const std::string name = e.path().filename().string();
    const bool segment = name.rfind(kSegmentPrefix, 0) == 0;
    const bool temporary = name.rfind(std::string(".") + std::string(kSegmentPrefix), 0) == 0 ||
                           name.rfind(std::string(".") + kManifest, 0) == 0;
    if ((segment && named.count(name) == 0) || temporary) fs::remove(e.path(), ec);
  }
}

}  // namespace baokan::dedup
