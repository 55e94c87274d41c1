// The archive index (private to dedup): the articles earlier dedup runs
// kept, as immutable segment files listed by a manifest, so that a day's run
// finds reprints of anything already published without reading it all again.
// Format and rules: docs/dedup.md ("Archive index"), docs/formats.md.
//
// DIR/MANIFEST lists the segments in the order they were added; a segment is
// used only once the manifest names it, and the manifest is replaced
// atomically (written beside it, synced, renamed), after its new segment is
// complete on disk. So a run that dies at any point leaves DIR as it was
// before the run, or as it is after: never half a segment. Files the
// manifest does not name (a segment written before a crash, a temporary
// file) are ignored and removed by the next run that writes. One run at a
// time: Open() takes DIR/LOCK; readers (IndexAccess::kRead, the candidate
// tasks of a sharded run) share it with each other, never with a writer.

#ifndef BAOKAN_SRC_DEDUP_INDEX_H_
#define BAOKAN_SRC_DEDUP_INDEX_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/parallel.h"
#include "baokan/status.h"
#include "dedup/index_segment.h"

namespace baokan::dedup {

// Compaction starts when the manifest lists more segments than this.
inline constexpr size_t kMaxSegments = 8;
// ... and merges the newest segments, reaching back while the next older
// one holds at most this many times the rows gathered so far (size-tiered,
// so that each article is rewritten about log(archive / day) times).
inline constexpr size_t kCompactionRatio = 4;

enum class IndexAccess {
  kWrite,  // DIR/LOCK held alone; Append() allowed
  kRead,   // DIR/LOCK shared with other readers; nothing is written
};

class ArchiveIndex {
 public:
  // Opens the index in `dir`, creating the directory and an empty manifest
  // when there is none (for kRead: an empty index, nothing created). Fails
  // when a writer holds DIR/LOCK (or, for kWrite, anyone), when the
  // manifest or a segment it names is unreadable or cut short (a DataError
  // naming the file), or when the index was built with other settings.
  static StatusOr<std::unique_ptr<ArchiveIndex>> Open(const std::string& dir,
                                                      const IndexSettings& settings,
                                                      IndexAccess access = IndexAccess::kWrite);
  ~ArchiveIndex();

  const std::vector<std::unique_ptr<Segment>>& segments() const { return segments_; }
  size_t rows() const;

  // Writes `rows` as a new segment, swaps the manifest to name it, compacts
  // when there are more than kMaxSegments segments, and removes files the
  // manifest no longer names. A failure before the swap leaves the index as
  // it was (the new file is left over and removed by the next run). An
  // index opened for kRead refuses.
  Status Append(const SegmentRows& rows, ThreadPool* pool);

 private:
  ArchiveIndex() = default;
  Status WriteManifest() const;
  Status Compact(ThreadPool* pool);
  std::string NextSegmentName();
  void RemoveUnnamedFiles() const;

  std::string dir_;
  IndexSettings settings_;
  int lock_fd_ = -1;
  bool read_only_ = false;
  uint64_t next_number_ = 1;
  std::vector<std::string> names_;  // segment file names, oldest first
  std::vector<std::unique_ptr<Segment>> segments_;
};

// For tests: called with "segment-written" after a new segment file is on
// disk and before the manifest names it; a non-OK status is returned by
// Append() at that point, as if the run had died there. nullptr to clear.
void SetIndexFaultHookForTesting(std::function<Status(std::string_view point)> hook);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_INDEX_H_
