// Helpers for the unit tests of every stage: a scratch directory (removed
// with what is in it) and small file I/O.

#ifndef BAOKAN_TESTS_SUPPORT_TEST_UTIL_H_
#define BAOKAN_TESTS_SUPPORT_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace baokan {
namespace testing_util {

// A fresh directory under $TMPDIR (or /tmp), removed with its contents.
class TempDir {
 public:
  TempDir() {
    const char* tmp = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/baokan_io_test.XXXXXX";
    char* made = mkdtemp(tmpl.data());
    EXPECT_NE(made, nullptr);
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

inline void WriteFile(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  ASSERT_TRUE(out.good()) << path;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The names in `dir` (not recursive), sorted.
inline std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// Checks a writer that follows symbolic links as OutputFile does:
// `write(path, bytes)` on a link to a regular file replaces that file's bytes
// and leaves the link a link.
inline void ExpectWritingThroughASymlinkReplacesTheFileItNames(
    const std::function<void(const std::string& path, const std::string& bytes)>& write) {
  TempDir tmp;
  WriteFile(tmp / "real.txt", "old");
  ASSERT_EQ(symlink("real.txt", (tmp / "link.txt").c_str()), 0);
  write(tmp / "link.txt", "new");
  struct stat st;
  ASSERT_EQ(lstat((tmp / "link.txt").c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(ReadFile(tmp / "real.txt"), "new");
}

}  // namespace testing_util
}  // namespace baokan

#endif  // BAOKAN_TESTS_SUPPORT_TEST_UTIL_H_
