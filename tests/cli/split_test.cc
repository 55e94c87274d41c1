// `baokan split` as a command: records, noise, determinism, bad input.

#include <filesystem>
#include <string>
#include <vector>

#include "baokan/json.h"
#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

TEST(SplitCommand, EveryRecordHasEveryFieldAndSequentialIds) {
  std::string dir = MakeTempDir();
  CommandResult r = RunBaokan(
      {"split", BAOKAN_SOURCE_DIR "/corpus/seeds", "--noise", dir + "/noise.jsonl", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 30u);
  std::string page;
  int n = 0;
  for (const std::string& line : lines) {
    StatusOr<JsonRecord> rec = JsonRecord::Parse(line);
    ASSERT_TRUE(rec.ok()) << line;
    for (const char* field : {"id", "page", "title", "subtitle", "kicker", "column", "dateline",
                              "byline", "source", "continued_from", "continued_to", "date",
                              "edition", "section", "parts", "text"}) {
      EXPECT_TRUE(rec->Has(field)) << field << " missing in " << line;
    }
    std::optional<std::string> id, p;
    ASSERT_TRUE(rec->GetString("id", &id).ok());
    ASSERT_TRUE(rec->GetString("page", &p).ok());
    if (*p != page) {
      page = *p;
      n = 0;
    }
    EXPECT_EQ(*id, page + "#" + std::to_string(++n));
  }
  for (const std::string& line : Lines(ReadFile(dir + "/noise.jsonl"))) {
    StatusOr<JsonRecord> rec = JsonRecord::Parse(line);
    ASSERT_TRUE(rec.ok()) << line;
    EXPECT_TRUE(rec->Has("first_line") && rec->Has("last_line") && rec->Has("page"));
  }
}

TEST(SplitCommand, SameOutputAtAnyThreadCount) {
  CommandResult one = RunBaokan({"split", "--threads", "1", BAOKAN_SOURCE_DIR "/corpus/seeds"});
  CommandResult two = RunBaokan({"split", "--threads", "2", BAOKAN_SOURCE_DIR "/corpus/seeds"});
  ASSERT_EQ(one.exit_code, 0);
  ASSERT_EQ(two.exit_code, 0);
  EXPECT_EQ(one.out, two.out);
}

TEST(SplitCommand, SummaryGoesToStderrUnlessQuiet) {
  CommandResult r = RunBaokan({"split", BAOKAN_SOURCE_DIR "/corpus/seeds"});
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("5 page(s)"), std::string::npos) << r.err;
}

TEST(SplitCommand, OutputFileIsWrittenWhole) {
  std::string dir = MakeTempDir();
  CommandResult to_stdout = RunBaokan({"split", BAOKAN_SOURCE_DIR "/corpus/seeds"});
  CommandResult to_file =
      RunBaokan({"split", BAOKAN_SOURCE_DIR "/corpus/seeds", "-o", dir + "/a.jsonl"});
  ASSERT_EQ(to_file.exit_code, 0);
  EXPECT_EQ(ReadFile(dir + "/a.jsonl"), to_stdout.out);
  // Nothing but the output is left in the directory (no temporary file).
  size_t entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  EXPECT_EQ(entries, 1u);
}

TEST(SplitCommand, EmptyAndBinaryFilesAreReportedAndTheRestIsSplit) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/empty.txt", "");
  WriteFile(dir + "/binary.txt", std::string("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00", 12));
  std::string good = SeedPages()[0];
  CommandResult r = RunBaokan({"split", dir + "/empty.txt", dir + "/binary.txt", good});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/binary.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"page\":\"000_b99e7c74e4b20872\""), std::string::npos);
}

TEST(SplitCommand, MissingInputIsReportedWithItsPath) {
  CommandResult r = RunBaokan({"split", "/nonexistent/pages"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/pages"), std::string::npos);
}

TEST(SplitCommand, ReadsAPageFromStdin) {
  std::string page = ReadFile(SeedPages()[3]);
  CommandResult r = RunBaokan({"split", "-"}, page);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_GE(Lines(r.out).size(), 5u);
}

}  // namespace
}  // namespace baokan::testing
