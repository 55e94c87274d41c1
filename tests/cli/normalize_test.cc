// `baokan normalize`: text and JSONL modes, encodings and errors.

#include <set>
#include <string>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

// The punctuation characters that stand right after a CJK ideograph.
std::set<std::string> PunctuationAfterHan(const std::string& text) {
  std::set<std::string> found;
  for (size_t i = 0; i + 3 < text.size(); ++i) {
    unsigned char c = text[i];
    // A 3-byte sequence in U+4E00..U+9FFF starts with 0xE4..0xE9.
    if (c < 0xE4 || c > 0xE9) continue;
    size_t next = i + 3;
    unsigned char d = text[next];
    if (d == ',' || d == ';' || d == ':' || d == '(' || d == ')' || d == '?' || d == '!') {
      found.insert(std::string(1, static_cast<char>(d)));
    } else if (d == 0xEF && next + 2 < text.size()) {
      found.insert(text.substr(next, 3));  // U+FF00 block: full-width forms
    }
  }
  return found;
}

TEST(NormalizeCommand, PagesWithAsciiAndFullWidthPunctuationReadAlike) {
  std::vector<std::string> pages = SeedPages();
  ASSERT_EQ(pages.size(), 5u);
  CommandResult p000 = RunBaokan({"normalize", pages[0]});
  CommandResult p002 = RunBaokan({"normalize", pages[2]});
  ASSERT_EQ(p000.exit_code, 0) << p000.err;
  ASSERT_EQ(p002.exit_code, 0) << p002.err;
  // Page 002 prints ASCII commas after Chinese characters; normalized, it has none.
  EXPECT_NE(ReadFile(pages[2]).find("证,我"), std::string::npos);
  EXPECT_EQ(p002.out.find("证,我"), std::string::npos);
  EXPECT_NE(p002.out.find("证，我"), std::string::npos);
  std::set<std::string> a = PunctuationAfterHan(p000.out);
  std::set<std::string> b = PunctuationAfterHan(p002.out);
  for (const char* ascii : {",", ":", ";", "(", ")"}) {
    EXPECT_EQ(a.count(ascii), 0u) << ascii;
    EXPECT_EQ(b.count(ascii), 0u) << ascii;
  }
  EXPECT_TRUE(b.count("，"));
  EXPECT_TRUE(a.count("，"));
}

TEST(NormalizeCommand, IsIdempotentThroughTheCommand) {
  for (const std::string& page : SeedPages()) {
    CommandResult once = RunBaokan({"normalize", page});
    ASSERT_EQ(once.exit_code, 0);
    CommandResult twice = RunBaokan({"normalize", "-"}, once.out);
    ASSERT_EQ(twice.exit_code, 0);
    EXPECT_EQ(once.out, twice.out) << page;
  }
}

TEST(NormalizeCommand, Gb18030AndUtf16PagesDecodeLikeTheUtf8Original) {
  std::string dir = MakeTempDir();
  std::string page = SeedPages()[1];
  std::string utf8 = ReadFile(page);
  WriteFile(dir + "/gb.txt", ConvertFromUtf8(utf8, "GB18030"));
  WriteFile(dir + "/u16.txt", "\xFF\xFE" + ConvertFromUtf8(utf8, "UTF-16LE"));
  CommandResult original = RunBaokan({"normalize", page});
  CommandResult gb = RunBaokan({"normalize", dir + "/gb.txt"});
  CommandResult u16 = RunBaokan({"normalize", dir + "/u16.txt"});
  ASSERT_EQ(gb.exit_code, 0) << gb.err;
  ASSERT_EQ(u16.exit_code, 0) << u16.err;
  EXPECT_EQ(gb.out, original.out);
  EXPECT_EQ(u16.out, original.out);
}

TEST(NormalizeCommand, InvalidUtf8NamesFileLineAndColumn) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/bad.txt", "第一行\n第二行\xC3\x28坏\n");
  CommandResult r = RunBaokan({"normalize", "--encoding", "UTF-8", dir + "/bad.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/bad.txt:2:"), std::string::npos) << r.err;
}

TEST(NormalizeCommand, ReplaceModeCountsReplacements) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/bad.txt", "第一行\n第二行\xFF坏\n");
  CommandResult r =
      RunBaokan({"normalize", "--encoding", "UTF-8", "--on-invalid=replace", dir + "/bad.txt"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\xEF\xBF\xBD"), std::string::npos);  // U+FFFD
  EXPECT_NE(r.err.find("replaced 1"), std::string::npos) << r.err;
}

TEST(NormalizeCommand, UnknownEncodingIsAUsageError) {
  CommandResult r = RunBaokan({"normalize", "--encoding", "no-such-charset", "-"}, "x\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-charset"), std::string::npos) << r.err;
}

TEST(NormalizeCommand, BadOnInvalidValueIsAUsageError) {
  CommandResult r = RunBaokan({"normalize", "--on-invalid=ignore", "-"}, "x\n");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(NormalizeCommand, FieldModeNormalizesOneFieldAndPassesTheRestThrough) {
  std::string input =
      R"json({"id":"a","text":"残疾证,我母亲(90岁)","extra":{"k":[1,2.50,"ＡＢ"]}})json"
      "\n";
  CommandResult r = RunBaokan({"normalize", "--field", "text", "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("残疾证，我母亲（90岁）"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(R"("extra":{"k":[1,2.50,"ＡＢ"]})"), std::string::npos) << r.out;
}

TEST(NormalizeCommand, TruncatedJsonNamesFileAndLineAndGoesOn) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/a.jsonl", "{\"text\":\"好\"}\n{\"text\":\"坏\n{\"text\":\"又好\"}\n");
  CommandResult r = RunBaokan({"normalize", "--field", "text", dir + "/a.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/a.jsonl:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("又好"), std::string::npos);
}

TEST(NormalizeCommand, WrongFieldTypeNamesTheField) {
  CommandResult r = RunBaokan({"normalize", "--field", "text", "-"}, "{\"text\":42}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("<stdin>:1:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("text"), std::string::npos) << r.err;
}

TEST(NormalizeCommand, MissingInputIsReported) {
  CommandResult r = RunBaokan({"normalize", "/nonexistent/page.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/page.txt"), std::string::npos);
}

TEST(NormalizeCommand, OutputIntoMissingDirectoryIsAnError) {
  CommandResult r = RunBaokan({"normalize", "-o", "/nonexistent/dir/out.txt", "-"}, "好\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/dir/out.txt"), std::string::npos) << r.err;
}

TEST(NormalizeCommand, MatchFormDropsPunctuationAndSpace) {
  CommandResult r = RunBaokan({"normalize", "--match", "-"}, "你好， 世界！ A-B\n");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "你好世界AB\n");
}

TEST(NormalizeCommand, SimplifiedConvertsTraditionalAndKeepsSimplified) {
  CommandResult r =
      RunBaokan({"normalize", "--simplified", "-"}, "成效顯著，俱樂部\n显著，俱乐部\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "成效显著，俱乐部\n显著，俱乐部\n");
}

// Without OpenCC's data --simplified cannot keep its promise: an error
// naming the file, not traditional text passed off as converted.
TEST(NormalizeCommand, SimplifiedWithoutOpenCcDataIsAClearError) {
  const std::string empty_dir = MakeTempDir();
  const std::string foreign_dir = MakeTempDir();
  WriteFile(foreign_dir + "/t2s.json", "{\"segmentation\": 42");
  for (const std::string& dir : {empty_dir, foreign_dir}) {
    setenv("BAOKAN_OPENCC_DIR", dir.c_str(), 1);
    CommandResult r = RunBaokan({"normalize", "--simplified", "-"}, "顯著\n");
    unsetenv("BAOKAN_OPENCC_DIR");
    EXPECT_EQ(r.exit_code, 1) << dir;
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find(dir + "/t2s.json: cannot load OpenCC"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace baokan::testing
