// The bad-input matrix (issue 8): every command meets hostile input with a
// message naming FILE (and LINE where there is one), goes on past the bad
// input when it can, and exits 1; nothing crashes.
//
// Cases covered elsewhere and not repeated here:
// - empty and binary pages to `split`: split_test.cc
//   (EmptyAndBinaryFilesAreReportedAndTheRestIsSplit); a binary page to `run`:
//   run_test.cc (ABadPageIsReportedAndTheRunGoesOn);
// - GB18030/UTF-16 and invalid UTF-8 to `normalize`, output into a missing
//   directory for `normalize`: normalize_test.cc;
// - a foreign model file for `predict` and a truncated one for `eval`:
//   classify_test.cc (BadModelsAreClearErrors); a corrupt model for `label`:
//   run_test.cc (CorruptModelIsAClearError);
// - a signature file made with another K for `dedup`: dedup_test.cc
//   (SignatureFilesGiveTheSameResult).

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// `split` output with the page name `page` (in "page" and in every id)
// replaced by PAGE, so pages with different file names compare alike.
std::string WithoutPageName(std::string jsonl, const std::string& page) {
  for (const std::string& from : {"\"page\":\"" + page + "\"", "\"" + page + "#"}) {
    std::string to = from;
    to.replace(to.find(page), page.size(), "PAGE");
    for (size_t at = 0; (at = jsonl.find(from, at)) != std::string::npos; at += to.size()) {
      jsonl.replace(at, from.size(), to);
    }
  }
  return jsonl;
}

// The number on the `label` row of the ledger `run` prints; -1 if absent.
long LedgerValue(const std::string& err, const std::string& label) {
  size_t at = err.find("  " + label + " ");
  if (at == std::string::npos) return -1;
  return std::strtol(err.c_str() + at + label.size() + 2, nullptr, 10);
}

TEST(HostileInput, RunReportsAnEmptyPageAndGoesOn) {
  std::string in = MakeTempDir(), out = MakeTempDir();
  WriteFile(in + "/empty.txt", "");
  fs::copy(SeedPages()[0], in + "/page.txt");
  CommandResult r = RunBaokan({"run", in + "/empty.txt", in + "/page.txt", "-o", out});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, in + "/empty.txt: ")) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "pages that failed"), 1) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "pages read"), 1) << r.err;
  EXPECT_TRUE(Contains(ReadFile(out + "/articles.jsonl"), "\"page\":\"page\""));
}

TEST(HostileInput, SplitDecodesGb18030AndUtf16PagesLikeTheUtf8Original) {
  std::string dir = MakeTempDir();
  std::string page = SeedPages()[1];
  std::string utf8 = ReadFile(page);
  WriteFile(dir + "/gb.txt", ConvertFromUtf8(utf8, "GB18030"));
  WriteFile(dir + "/u16.txt", "\xFF\xFE" + ConvertFromUtf8(utf8, "UTF-16LE"));
  CommandResult original = RunBaokan({"split", "--quiet", page});
  CommandResult gb = RunBaokan({"split", "--quiet", dir + "/gb.txt"});
  CommandResult u16 = RunBaokan({"split", "--quiet", dir + "/u16.txt"});
  ASSERT_EQ(original.exit_code, 0) << original.err;
  ASSERT_EQ(gb.exit_code, 0) << gb.err;
  ASSERT_EQ(u16.exit_code, 0) << u16.err;
  std::string expected = WithoutPageName(original.out, fs::path(page).stem().string());
  ASSERT_GE(CountLines(expected), 5u);
  EXPECT_EQ(WithoutPageName(gb.out, "gb"), expected);
  EXPECT_EQ(WithoutPageName(u16.out, "u16"), expected);
}

TEST(HostileInput, SplitNamesFileLineAndColumnOfInvalidUtf8AndGoesOn) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/bad.txt", "第一行\n第二行\xC3\x28坏\n");
  CommandResult r = RunBaokan({"split", "--encoding", "UTF-8", dir + "/bad.txt", SeedPages()[0]});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, dir + "/bad.txt:2:4: ")) << r.err;
  EXPECT_TRUE(Contains(r.out, "\"page\":\"" + fs::path(SeedPages()[0]).stem().string() + "\""));
}

// The commands that read article JSONL, one line per record.
class JsonlInput : public ::testing::TestWithParam<std::string> {};

TEST_P(JsonlInput, TruncatedLineIsNamedAndTheOtherRecordsAreWritten) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/a.jsonl", R"({"id":"a#1","page":"a","text":"北京市海淀区召开会议。"})"
                              "\n"
                              R"({"id":"a#2","page":"a","te)"
                              "\n"
                              R"({"id":"a#3","page":"a","text":"上海市浦东新区。"})"
                              "\n");
  CommandResult r = RunBaokan({GetParam(), dir + "/a.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, dir + "/a.jsonl:2: ")) << r.err;
  EXPECT_EQ(CountLines(r.out), 2u) << r.out;
  EXPECT_TRUE(Contains(r.out, "\"a#1\"") && Contains(r.out, "\"a#3\"")) << r.out;
}

// A number for "text" and lines that are not objects are named by FILE:LINE.
// A record without "text" is an article with no text for `label` and
// `region`; `dedup` needs an "id" and names the line that has none.
TEST_P(JsonlInput, WrongShapeIsNamedAndTheGoodRecordsAreWritten) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/a.jsonl", R"({"id":"a#1","page":"a","text":"北京市海淀区召开会议。"})"
                              "\n"
                              R"({"id":"a#2","page":"a","text":42})"
                              "\n"
                              "[1,2,3]\n"
                              R"({"page":"a"})"
                              "\n"
                              "\"just a string\"\n"
                              R"({"id":"a#3","page":"a","text":"上海市浦东新区。"})"
                              "\n");
  CommandResult r = RunBaokan({GetParam(), dir + "/a.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  for (const char* line : {":2: ", ":3: ", ":5: "}) {
    EXPECT_TRUE(Contains(r.err, dir + "/a.jsonl" + line)) << line << "\n" << r.err;
  }
  EXPECT_TRUE(Contains(r.err, "\"text\"")) << r.err;
  if (GetParam() == "dedup") {
    EXPECT_TRUE(Contains(r.err, dir + "/a.jsonl:4: record has no \"id\"")) << r.err;
  }
  EXPECT_TRUE(Contains(r.out, "\"a#1\"") && Contains(r.out, "\"a#3\"")) << r.out;
}

INSTANTIATE_TEST_SUITE_P(Commands, JsonlInput, ::testing::Values("label", "dedup", "region"));

// 100 MB of text on one line. `dedup` takes about 5 s for it; `label` and
// `region` take 20-40 s, too slow for the suite, so they are not run here.
TEST(HostileInput, DedupTakesARecordWithA100MbText) {
  std::string dir = MakeTempDir();
  std::string sentence = "北京市海淀区召开会议。";
  std::string text;
  text.reserve(100u << 20);
  while (text.size() < (100u << 20)) text += sentence;
  WriteFile(dir + "/big.jsonl", R"({"id":"b#1","page":"b","text":")" + text + "\"}\n" +
                                    R"({"id":"b#2","page":"b","text":"上海市浦东新区。"})"
                                    "\n");
  text.clear();
  CommandResult r = RunBaokan({"dedup", dir + "/big.jsonl", "-o", dir + "/out.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GT(fs::file_size(dir + "/out.jsonl"), 100u << 20);
  EXPECT_TRUE(Contains(r.err, "2 article(s) -> 2 kept")) << r.err;
}

// A page that is one 100 MB line (about 6 s), then a normal page.
TEST(HostileInput, SplitTakesAPageThatIsOne100MbLine) {
  std::string dir = MakeTempDir();
  std::string line;
  line.reserve((100u << 20) + 1);
  while (line.size() < (100u << 20)) line += "北京市海淀区召开会议。";
  WriteFile(dir + "/big.txt", line + "\n");
  line.clear();
  CommandResult r =
      RunBaokan({"split", dir + "/big.txt", SeedPages()[0], "-o", dir + "/out.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "2 page(s)")) << r.err;
  EXPECT_GT(fs::file_size(dir + "/out.jsonl"), 100u << 20);
}

TEST(HostileInput, SplitReadsADirectoryOfTenThousandSmallPages) {
  std::string dir = MakeTempDir();
  constexpr int kPages = 10000;
  for (int i = 0; i < kPages; ++i) {
    std::string n = std::to_string(i);
    WriteFile(dir + "/p" + std::string(5 - n.size(), '0') + n + ".txt",
              "第" + n + "号标题\n\n这是第" + n + "篇文章的正文，内容很短。\n");
  }
  CommandResult r = RunBaokan({"split", dir});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(Contains(r.err, "10000 page(s)")) << r.err;
  EXPECT_EQ(CountLines(r.out), static_cast<size_t>(kPages));
  EXPECT_TRUE(Contains(r.out, "\"page\":\"p09999\"")) << r.out.substr(0, 500);
}

// An output path whose parent is a regular file cannot be written.
void ExpectOutputUnderAFileFails(const std::vector<std::string>& command) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/file", "x");
  std::string target = dir + "/file/sub/out";
  std::vector<std::string> args = command;
  args.insert(args.end(), {SeedPages()[0], "-o", target});
  CommandResult r = RunBaokan(args);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, target)) << r.err;
  EXPECT_EQ(ReadFile(dir + "/file"), "x");
}

TEST(HostileInput, SplitOutputUnderARegularFileIsAnError) {
  ExpectOutputUnderAFileFails({"split"});
}

TEST(HostileInput, NormalizeOutputUnderARegularFileIsAnError) {
  ExpectOutputUnderAFileFails({"normalize"});
}

TEST(HostileInput, RunOutputDirectoryUnderARegularFileIsAnError) {
  ExpectOutputUnderAFileFails({"run"});
}

TEST(HostileInput, SplitSkipsAnUnreadablePageAndGoesOn) {
  std::string dir = MakeTempDir();
  fs::copy(SeedPages()[0], dir + "/locked.txt");
  ASSERT_EQ(chmod((dir + "/locked.txt").c_str(), 0), 0);
  const std::vector<std::string> args = {"split", dir + "/locked.txt", SeedPages()[1]};
  CommandResult r;
  if (geteuid() == 0) {  // root reads every file: run baokan as nobody
    std::vector<std::string> as_nobody = {"--reuid=nobody", "--regid=nogroup", "--clear-groups",
                                          BAOKAN_BIN};
    as_nobody.insert(as_nobody.end(), args.begin(), args.end());
    r = RunProgram("/usr/bin/setpriv", as_nobody);
  } else {
    r = RunBaokan(args);
  }
  chmod((dir + "/locked.txt").c_str(), 0644);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, dir + "/locked.txt")) << r.err;
  EXPECT_TRUE(Contains(r.out, "\"page\":\"" + fs::path(SeedPages()[1]).stem().string() + "\""));
}

// A 256 KB tmpfs, mounted for the test's lifetime where the test may mount.
class SmallDisk {
 public:
  SmallDisk() : dir_(MakeTempDir()) {
    if (geteuid() != 0) return;
    std::string cmd = "mount -t tmpfs -o size=256k tmpfs '" + dir_ + "' 2>/dev/null";
    mounted_ = std::system(cmd.c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_ && std::system(("umount '" + dir_ + "'").c_str()) != 0) {
      ADD_FAILURE() << "could not unmount " << dir_;
    }
  }
  bool mounted() const { return mounted_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_;
  bool mounted_ = false;
};

TEST(HostileInput, SplitOnAFullDiskFailsAndLeavesNoPartialOutput) {
  SmallDisk disk;
  if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs here (needs root)";
  WriteFile(disk.dir() + "/filler", std::string(200000, '\0'));  // ~56 KB left
  CommandResult r = RunBaokan({"split", BAOKAN_SOURCE_DIR "/corpus/seeds", "-o",
                               disk.dir() + "/out.jsonl"});  // ~100 KB of records
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(Contains(r.err, disk.dir() + "/out.jsonl")) << r.err;
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(disk.dir())) ++entries;
  EXPECT_EQ(entries, 1u);  // only the filler: no output, no temporary file
}

}  // namespace
}  // namespace baokan::testing
