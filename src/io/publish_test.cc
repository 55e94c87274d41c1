// Tests of PublishFiles: rename into place, targets treated as OutputFile
// treats them, nothing moved when a target is unusable.

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include "baokan/io.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::ListDir;
using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

ino_t InodeOf(const std::string& path) {
  struct stat st;
  EXPECT_EQ(stat(path.c_str(), &st), 0) << path;
  return st.st_ino;
}

TEST(PublishFilesTest, RenamesEachFileIntoPlaceKeepingTheReplacedMode) {
  TempDir tmp;
  WriteFile(tmp / "work/a.jsonl", "new a\n");
  WriteFile(tmp / "work/b.tsv", "new b\n");
  WriteFile(tmp / "b.tsv", "old b\n");
  chmod((tmp / "b.tsv").c_str(), 0640);
  const ino_t a_inode = InodeOf(tmp / "work/a.jsonl");

  const std::vector<FileMove> moves = {{tmp / "work/a.jsonl", tmp / "a.jsonl"},
                                       {tmp / "work/b.tsv", tmp / "b.tsv"}};
  ASSERT_TRUE(PublishFiles(moves).ok());
  EXPECT_EQ(ReadFile(tmp / "a.jsonl"), "new a\n");
  EXPECT_EQ(ReadFile(tmp / "b.tsv"), "new b\n");
  EXPECT_EQ(InodeOf(tmp / "a.jsonl"), a_inode);  // renamed, not copied
  EXPECT_TRUE(ListDir(tmp / "work").empty());
  struct stat st;
  ASSERT_EQ(stat((tmp / "b.tsv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(PublishFilesTest, SymlinkTargetReplacesTheFileItNames) {
  testing_util::ExpectWritingThroughASymlinkReplacesTheFileItNames(
      [](const std::string& path, const std::string& bytes) {
        TempDir work;
        WriteFile(work / "finished", bytes);
        ASSERT_TRUE(PublishFiles({{work / "finished", path}}).ok());
      });
}

TEST(PublishFilesTest, SymlinkToAnotherFilesystemIsCopied) {
  TempDir tmp;
  const std::string other_fs = "/dev/shm";
  struct stat here, there;
  if (stat(tmp.path().c_str(), &here) != 0 || stat(other_fs.c_str(), &there) != 0 ||
      here.st_dev == there.st_dev) {
    GTEST_SKIP() << "no second filesystem at " << other_fs;
  }
  const std::string real = other_fs + "/baokan_publish_test." + std::to_string(getpid());
  WriteFile(real, "old");
  ASSERT_EQ(symlink(real.c_str(), (tmp / "link.txt").c_str()), 0);
  WriteFile(tmp / "work/out.txt", std::string(3 << 20, 'n'));  // more than one read buffer
  Status s = PublishFiles({{tmp / "work/out.txt", tmp / "link.txt"}});
  std::string published = ReadFile(real);
  unlink(real.c_str());
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(published, std::string(3 << 20, 'n'));
  EXPECT_TRUE(ListDir(tmp / "work").empty());
}

TEST(PublishFilesTest, TargetNameChoosesTheCompression) {
  TempDir tmp;
  WriteFile(tmp / "real.jsonl.gz", "");
  ASSERT_EQ(symlink("real.jsonl.gz", (tmp / "out.jsonl").c_str()), 0);
  WriteFile(tmp / "work/out.jsonl", "plain\n");
  ASSERT_TRUE(PublishFiles({{tmp / "work/out.jsonl", tmp / "out.jsonl"}}).ok());
  EXPECT_EQ(ReadFile(tmp / "real.jsonl.gz").substr(0, 2), "\x1f\x8b");
  EXPECT_EQ(ReadFileBytes(tmp / "real.jsonl.gz").value(), "plain\n");
}

TEST(PublishFilesTest, PipeTargetIsWrittenIntoNotReplaced) {
  TempDir tmp;
  const std::string fifo = tmp / "pipe.txt";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  WriteFile(tmp / "work/pipe.txt", "through the pipe\n");
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  Status s = PublishFiles({{tmp / "work/pipe.txt", fifo}});
  reader.join();
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(received, "through the pipe\n");
  struct stat st;
  ASSERT_EQ(lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_TRUE(ListDir(tmp / "work").empty());
}

TEST(PublishFilesTest, ADirectoryTargetIsReportedBeforeAnythingMoves) {
  TempDir tmp;
  WriteFile(tmp / "work/first.txt", "first");
  WriteFile(tmp / "work/second.txt", "second");
  std::filesystem::create_directories(tmp / "second.txt");
  const std::vector<FileMove> moves = {{tmp / "work/first.txt", tmp / "first.txt"},
                                       {tmp / "work/second.txt", tmp / "second.txt"}};
  Status s = PublishFiles(moves);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_NE(s.message().find(tmp / "second.txt"), std::string::npos) << s.message();
  EXPECT_EQ(ListDir(tmp.path()), (std::vector<std::string>{"second.txt", "work"}));
  EXPECT_EQ(ListDir(tmp / "work"), (std::vector<std::string>{"first.txt", "second.txt"}));
}

}  // namespace
}  // namespace baokan
