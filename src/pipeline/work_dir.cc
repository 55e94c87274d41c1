#include "pipeline/work_dir.h"

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace baokan::pipeline {
namespace {

namespace fs = std::filesystem;

constexpr char kPrefix[] = ".baokan-run-";

std::string HostName() {
  char name[HOST_NAME_MAX + 1] = {};
  if (gethostname(name, sizeof name - 1) != 0) return "";
  return name;
}

// True when `dir` is a working directory whose owner file names a process
// on this host that no longer exists. A directory without a readable owner
// (from another host, or still being set up) is never judged stale.
bool IsStale(const fs::path& dir, const std::string& host) {
  std::ifstream in(dir / "owner");
  std::string owner_host;
  long pid = 0;
  if (!std::getline(in, owner_host) || !(in >> pid) || pid <= 0) return false;
  if (owner_host != host) return false;
  return kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

}  // namespace

WorkDir::WorkDir(const std::string& outdir) {
  const std::string host = HostName();
  std::error_code ec;
  std::vector<fs::path> stale;
  for (const fs::directory_entry& e : fs::directory_iterator(outdir, ec)) {
    if (e.path().filename().string().rfind(kPrefix, 0) == 0 && e.is_directory(ec) &&
        IsStale(e.path(), host)) {
      stale.push_back(e.path());
    }
  }
  for (const fs::path& dir : stale) {
    if (fs::remove_all(dir, ec) > 0 && !ec) removed_stale_.push_back(dir.string());
  }
  std::string templ = outdir + "/" + kPrefix + "XXXXXX";
  if (mkdtemp(templ.data()) == nullptr) return;
  std::ofstream owner(templ + "/owner");
  owner << host << "\n" << getpid() << "\n";
  if (owner.flush()) path_ = templ;
}

WorkDir::~WorkDir() {
  std::error_code ec;
  if (!path_.empty()) fs::remove_all(path_, ec);
}

}  // namespace baokan::pipeline
