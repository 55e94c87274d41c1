// The private working directory of `baokan run` inside its OUTDIR.

#ifndef BAOKAN_SRC_PIPELINE_WORK_DIR_H_
#define BAOKAN_SRC_PIPELINE_WORK_DIR_H_

#include <string>
#include <vector>

namespace baokan::pipeline {

// Creates OUTDIR/.baokan-run-XXXXXX with a file `owner` naming this host and
// process, and removes the directory when destroyed. A run that is killed
// cannot remove it; the next WorkDir in the same OUTDIR does, once the owner
// it names (on this host) has ended.
class WorkDir {
 public:
  explicit WorkDir(const std::string& outdir);
  ~WorkDir();
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;

  // Empty when the directory could not be created.
  const std::string& path() const { return path_; }
  // The working directories of ended runs that were removed, by path.
  const std::vector<std::string>& removed_stale() const { return removed_stale_; }

 private:
  std::string path_;
  std::vector<std::string> removed_stale_;
};

}  // namespace baokan::pipeline

#endif  // BAOKAN_SRC_PIPELINE_WORK_DIR_H_
