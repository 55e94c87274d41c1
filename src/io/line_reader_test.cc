// Tests of LineReader and ReadFileBytes: plain, gzip and zstd inputs, long
// lines, line ends, errors.

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <random>

#include "baokan/io.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

std::vector<std::string> ReadAllLines(const std::string& path, Status* status = nullptr) {
  auto reader = LineReader::Open(path);
  EXPECT_TRUE(reader.ok()) << reader.status().message();
  if (!reader.ok()) return {};
  std::vector<std::string> lines;
  std::string_view line;
  while ((*reader)->Next(&line)) {
    lines.emplace_back(line);
    EXPECT_EQ((*reader)->line_number(), lines.size());
  }
  if (status != nullptr) {
    *status = (*reader)->status();
  } else {
    EXPECT_TRUE((*reader)->status().ok()) << (*reader)->status().message();
  }
  return lines;
}

void WriteWithOutputFile(const std::string& path, const std::string& bytes) {
  auto out = OutputFile::Create(path);
  ASSERT_TRUE(out.ok()) << out.status().message();
  ASSERT_TRUE((*out)->Write(bytes).ok());
  ASSERT_TRUE((*out)->Commit().ok());
}

// Lines of random lengths (0 to ~300 KB) so that many cross buffer refills.
std::vector<std::string> RandomLines(size_t count, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<std::string> lines;
  for (size_t i = 0; i < count; ++i) {
    size_t len = rng() % 4 == 0 ? rng() % 300000 : rng() % 200;
    std::string line(len, 'a' + static_cast<char>(i % 26));
    if (len > 0) line[len / 2] = '\r';  // a "\r" inside a line is kept
    lines.push_back(line);
  }
  return lines;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string all;
  for (const auto& l : lines) all += l + "\n";
  return all;
}

TEST(LineReaderTest, SplitsLinesAndStripsLineEnds) {
  TempDir tmp;
  WriteFile(tmp / "a.txt", "one\r\ntwo\n\n\r\nthree\rstill three\nlast\r");
  std::vector<std::string> want = {"one", "two", "", "", "three\rstill three", "last"};
  EXPECT_EQ(ReadAllLines(tmp / "a.txt"), want);
}

TEST(LineReaderTest, EmptyFileHasNoLines) {
  TempDir tmp;
  WriteFile(tmp / "e.txt", "");
  EXPECT_TRUE(ReadAllLines(tmp / "e.txt").empty());
  WriteFile(tmp / "n.txt", "\n");
  EXPECT_EQ(ReadAllLines(tmp / "n.txt"), std::vector<std::string>{""});
}

TEST(LineReaderTest, ReadsAHugeLine) {
  TempDir tmp;
  std::string huge(50 << 20, 'x');
  huge[12345] = 'y';
  WriteFile(tmp / "h.txt", "first\n" + huge + "\r\nlast");
  auto lines = ReadAllLines(tmp / "h.txt");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "first");
  EXPECT_TRUE(lines[1] == huge);
  EXPECT_EQ(lines[2], "last");
}

TEST(LineReaderTest, CrLfSplitAcrossReads) {
  TempDir tmp;
  // The reader starts with a 1 MiB buffer: put "\r" and "\n" on either side
  // of that boundary, and of a few others nearby.
  std::string bytes;
  std::vector<std::string> want;
  for (size_t cut : {size_t{1} << 20, (size_t{1} << 20) + 1, (size_t{1} << 20) + 2}) {
    std::string line(cut - 1 - bytes.size() % cut, 'q');
    bytes += line + "\r\n";
    want.push_back(line);
  }
  WriteFile(tmp / "crlf.txt", bytes);
  EXPECT_EQ(ReadAllLines(tmp / "crlf.txt"), want);
}

TEST(LineReaderTest, RandomLineLengthsAcrossBuffers) {
  TempDir tmp;
  auto lines = RandomLines(200, 7);
  for (const char* name : {"r.txt", "r.txt.gz", "r.txt.zst"}) {
    WriteWithOutputFile(tmp / name, Join(lines));
    EXPECT_EQ(ReadAllLines(tmp / name), lines) << name;
  }
}

TEST(LineReaderTest, GzipAndZstdRoundTrip) {
  TempDir tmp;
  const std::string text = "{\"a\":1}\n中文一行\r\n\nno newline at end";
  std::vector<std::string> want = {"{\"a\":1}", "中文一行", "", "no newline at end"};
  for (auto [name, magic] : {std::pair{"x.jsonl.gz", std::string("\x1f\x8b")},
                             std::pair{"x.jsonl.zst", std::string("\x28\xb5\x2f\xfd")}}) {
    WriteWithOutputFile(tmp / name, text);
    std::string stored = ReadFile(tmp / name);
    EXPECT_EQ(stored.substr(0, magic.size()), magic) << name;
    EXPECT_NE(stored, text);
    EXPECT_EQ(ReadAllLines(tmp / name), want) << name;
    auto bytes = ReadFileBytes(tmp / name);
    ASSERT_TRUE(bytes.ok()) << bytes.status().message();
    EXPECT_EQ(*bytes, text) << name;
  }
}

TEST(LineReaderTest, ConcatenatedGzipMembersAndZstdFrames) {
  TempDir tmp;
  for (const char* ext : {".gz", ".zst"}) {
    WriteWithOutputFile(tmp / (std::string("p1") + ext), "a\nb\n");
    WriteWithOutputFile(tmp / (std::string("p2") + ext), "c\n");
    WriteFile(tmp / (std::string("both") + ext), ReadFile(tmp / (std::string("p1") + ext)) +
                                                     ReadFile(tmp / (std::string("p2") + ext)));
    EXPECT_EQ(ReadAllLines(tmp / (std::string("both") + ext)),
              (std::vector<std::string>{"a", "b", "c"}))
        << ext;
  }
}

TEST(LineReaderTest, TruncatedOrCorruptCompressedInputIsADataError) {
  TempDir tmp;
  auto lines = RandomLines(50, 3);
  for (const char* name : {"t.gz", "t.zst"}) {
    WriteWithOutputFile(tmp / name, Join(lines));
    std::string stored = ReadFile(tmp / name);
    WriteFile(tmp / name, stored.substr(0, stored.size() - 12));
    Status status;
    auto got = ReadAllLines(tmp / name, &status);
    EXPECT_EQ(status.code(), Status::Code::kDataError) << name;
    EXPECT_NE(status.message().find(tmp / name), std::string::npos) << status.message();
    EXPECT_NE(status.message().find("truncated"), std::string::npos) << status.message();
    EXPECT_LT(got.size(), lines.size());
    auto bytes = ReadFileBytes(tmp / name);
    EXPECT_EQ(bytes.status().code(), Status::Code::kDataError) << name;
  }
  WriteFile(tmp / "plain.gz", "this is not gzip\n");
  Status status;
  ReadAllLines(tmp / "plain.gz", &status);
  EXPECT_EQ(status.code(), Status::Code::kDataError);
  EXPECT_NE(status.message().find("corrupt gzip"), std::string::npos) << status.message();
  WriteFile(tmp / "plain.zst", "this is not zstd either\n");
  ReadAllLines(tmp / "plain.zst", &status);
  EXPECT_EQ(status.code(), Status::Code::kDataError);
}

TEST(LineReaderTest, MissingFileAndDirectoryAreErrorsNamingThePath) {
  TempDir tmp;
  auto missing = LineReader::Open(tmp / "missing.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  EXPECT_NE(missing.status().message().find(tmp / "missing.txt"), std::string::npos);
  auto dir = ReadFileBytes(tmp.path());
  ASSERT_FALSE(dir.ok());
  EXPECT_NE(dir.status().message().find(tmp.path()), std::string::npos);
}

TEST(ReadFileBytesTest, KeepsBinaryBytes) {
  TempDir tmp;
  std::string bytes("\xef\xbb\xbf\0\r\n\xff", 7);
  WriteFile(tmp / "b.bin", bytes);
  auto got = ReadFileBytes(tmp / "b.bin");
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, bytes);
}

TEST(ReadFileBytesTest, DashReadsStandardInput) {
  TempDir tmp;
  WriteFile(tmp / "in.txt", "from stdin\nline 2\n");
  int saved = dup(STDIN_FILENO);
  int fd = open((tmp / "in.txt").c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  dup2(fd, STDIN_FILENO);
  close(fd);
  auto got = ReadFileBytes("-");
  dup2(saved, STDIN_FILENO);
  close(saved);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, "from stdin\nline 2\n");
}

}  // namespace
}  // namespace baokan
