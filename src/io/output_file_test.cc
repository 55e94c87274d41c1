// Tests of OutputFile: atomic replacement, direct targets, errors.

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

std::unique_ptr<OutputFile> MustCreate(const std::string& path) {
  auto out = OutputFile::Create(path);
  EXPECT_TRUE(out.ok()) << out.status().message();
  return out.ok() ? std::move(*out) : nullptr;
}

TEST(OutputFileTest, CommitWritesTheFileAndLeavesNoTemporary) {
  TempDir tmp;
  auto out = MustCreate(tmp / "out.jsonl");
  ASSERT_TRUE(out);
  ASSERT_TRUE(out->Write("{\"a\":1}\n").ok());
  ASSERT_TRUE(out->Write(std::string(3 << 20, 'z')).ok());  // larger than the buffer
  ASSERT_TRUE(out->Write("\nend\n").ok());
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(ReadFile(tmp / "out.jsonl"), "{\"a\":1}\n" + std::string(3 << 20, 'z') + "\nend\n");
  EXPECT_EQ(ListDir(tmp.path()), std::vector<std::string>{"out.jsonl"});
  EXPECT_EQ(out->Write("x").code(), Status::Code::kInvalidArgument);
}

TEST(OutputFileTest, UncommittedOutputLeavesOldTargetIntact) {
  TempDir tmp;
  WriteFile(tmp / "out.txt", "old content\n");
  {
    auto out = MustCreate(tmp / "out.txt");
    ASSERT_TRUE(out);
    ASSERT_TRUE(out->Write(std::string(2 << 20, 'n')).ok());
    // While writing, the target is untouched and the bytes go to a hidden
    // temporary file in the same directory.
    EXPECT_EQ(ReadFile(tmp / "out.txt"), "old content\n");
    auto names = ListDir(tmp.path());
    ASSERT_EQ(names.size(), 2u);
    EXPECT_TRUE(names[0].starts_with(".out.txt.tmp.")) << names[0];
  }
  EXPECT_EQ(ReadFile(tmp / "out.txt"), "old content\n");
  EXPECT_EQ(ListDir(tmp.path()), std::vector<std::string>{"out.txt"});
}

TEST(OutputFileTest, UncommittedNewOutputLeavesNothing) {
  TempDir tmp;
  {
    auto out = MustCreate(tmp / "new.jsonl.gz");
    ASSERT_TRUE(out && out->Write("x\n").ok());
  }
  EXPECT_TRUE(ListDir(tmp.path()).empty());
}

TEST(OutputFileTest, ReplacingKeepsModeAndNewFilesFollowUmask) {
  TempDir tmp;
  WriteFile(tmp / "kept.txt", "old");
  chmod((tmp / "kept.txt").c_str(), 0640);
  auto out = MustCreate(tmp / "kept.txt");
  ASSERT_TRUE(out && out->Write("new").ok() && out->Commit().ok());
  struct stat st;
  ASSERT_EQ(stat((tmp / "kept.txt").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);

  mode_t mask = umask(022);
  umask(mask);
  auto fresh = MustCreate(tmp / "fresh.txt");
  ASSERT_TRUE(fresh && fresh->Commit().ok());
  ASSERT_EQ(stat((tmp / "fresh.txt").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0666u & ~mask);
}

TEST(OutputFileTest, SymlinkTargetReplacesTheFileItNames) {
  testing_util::ExpectWritingThroughASymlinkReplacesTheFileItNames(
      [](const std::string& path, const std::string& bytes) {
        auto out = MustCreate(path);
        ASSERT_TRUE(out && out->Write(bytes).ok() && out->Commit().ok());
      });
}

TEST(OutputFileTest, MissingDirectoryIsAnIOErrorNamingThePath) {
  TempDir tmp;
  const std::string path = tmp / "no/such/dir/out.jsonl";
  auto out = OutputFile::Create(path);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), Status::Code::kIOError);
  EXPECT_NE(out.status().message().find(path), std::string::npos) << out.status().message();
  EXPECT_NE(out.status().message().find("does not exist"), std::string::npos);
}

TEST(OutputFileTest, DirectoryTargetIsAnError) {
  TempDir tmp;
  auto out = OutputFile::Create(tmp.path());
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), Status::Code::kIOError);
}

TEST(OutputFileTest, FullDiskIsReportedNotFatal) {
  auto out = MustCreate("/dev/full");
  ASSERT_TRUE(out);
  Status write = out->Write(std::string(2 << 20, 'x'));  // exceeds the buffer: written now
  EXPECT_EQ(write.code(), Status::Code::kIOError);
  EXPECT_NE(write.message().find("/dev/full"), std::string::npos) << write.message();
  EXPECT_NE(write.message().find(strerror(ENOSPC)), std::string::npos) << write.message();
  EXPECT_FALSE(out->Write("more").ok());  // the error sticks
  EXPECT_FALSE(out->Commit().ok());

  auto small = MustCreate("/dev/full");  // buffered: the error shows at Commit
  ASSERT_TRUE(small && small->Write("x\n").ok());
  EXPECT_EQ(small->Commit().code(), Status::Code::kIOError);
}

TEST(OutputFileTest, DeviceAndPipeTargetsAreWrittenDirectly) {
  TempDir tmp;
  auto null_out = MustCreate("/dev/null");
  ASSERT_TRUE(null_out && null_out->Write("discarded").ok() && null_out->Commit().ok());
  struct stat st;
  ASSERT_EQ(stat("/dev/null", &st), 0);
  EXPECT_TRUE(S_ISCHR(st.st_mode));

  const std::string fifo = tmp / "pipe.gz";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = ReadFile(fifo); });
  auto out = MustCreate(fifo);
  ASSERT_TRUE(out);
  ASSERT_TRUE(out->Write("through the pipe\n").ok());
  ASSERT_TRUE(out->Commit().ok());
  reader.join();
  EXPECT_EQ(received.substr(0, 2), "\x1f\x8b");  // compressed by name
  WriteFile(tmp / "copy.gz", received);
  EXPECT_EQ(ReadFileBytes(tmp / "copy.gz").value(), "through the pipe\n");
  std::filesystem::remove(tmp / "copy.gz");
  ASSERT_EQ(lstat(fifo.c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_EQ(ListDir(tmp.path()), std::vector<std::string>{"pipe.gz"});
}

}  // namespace
}  // namespace baokan
