// Tests of ExpandInputs and PageNameOf.

#include <gtest/gtest.h>

#include "baokan/io.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

TEST(ExpandInputsTest, WalksRecursivelyInByteOrderAndSkipsHidden) {
  TempDir tmp;
  const std::string d = tmp / "pages";
  for (const char* name : {"b.txt", "a.txt", "A.txt", "sub/c.txt", "sub.txt", "中.txt",
                           ".hidden.txt", ".git/x.txt", "z/.h/y.txt", "z/y.txt"}) {
    WriteFile(d + "/" + name, "x");
  }
  auto files = ExpandInputs({d});
  ASSERT_TRUE(files.ok()) << files.status().message();
  // '.' (0x2E) sorts before '/' (0x2F); UTF-8 bytes (>= 0x80) after ASCII.
  std::vector<std::string> want = {d + "/A.txt",     d + "/a.txt",   d + "/b.txt", d + "/sub.txt",
                                   d + "/sub/c.txt", d + "/z/y.txt", d + "/中.txt"};
  EXPECT_EQ(*files, want);
}

TEST(ExpandInputsTest, KeepsArgumentOrderAndExplicitFiles) {
  TempDir tmp;
  WriteFile(tmp / "d/2.txt", "x");
  WriteFile(tmp / "d/1.txt", "x");
  WriteFile(tmp / "d/skip.json", "x");
  WriteFile(tmp / "z.json", "x");
  WriteFile(tmp / ".named.txt", "x");
  auto only_txt = [](const std::string& p) { return p.ends_with(".txt"); };
  auto files = ExpandInputs({tmp / "z.json", tmp / "d/", "-", tmp / ".named.txt"}, only_txt);
  ASSERT_TRUE(files.ok()) << files.status().message();
  std::vector<std::string> want = {tmp / "z.json", tmp / "d/1.txt", tmp / "d/2.txt", "-",
                                   tmp / ".named.txt"};
  EXPECT_EQ(*files, want);
}

TEST(ExpandInputsTest, EmptyDirectoryGivesNoFiles) {
  TempDir tmp;
  std::filesystem::create_directories(tmp / "empty/deeper");
  auto files = ExpandInputs({tmp / "empty"});
  ASSERT_TRUE(files.ok());
  EXPECT_TRUE(files->empty());
}

TEST(ExpandInputsTest, MissingPathIsNotFoundNamingIt) {
  TempDir tmp;
  const std::string missing = tmp / "no/such.txt";
  auto files = ExpandInputs({missing});
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().code(), Status::Code::kNotFound);
  EXPECT_NE(files.status().message().find(missing), std::string::npos);
}

TEST(PageNameOfTest, StripsDirectoriesAndExtensions) {
  EXPECT_EQ(PageNameOf("a/b/001.txt"), "001");
  EXPECT_EQ(PageNameOf("x/p.jsonl.gz"), "p");
  EXPECT_EQ(PageNameOf("p.txt.zst"), "p");
  EXPECT_EQ(PageNameOf("000_b99e7c74e4b20872.txt"), "000_b99e7c74e4b20872");
  EXPECT_EQ(PageNameOf("dir.d/name"), "name");
  EXPECT_EQ(PageNameOf("a.b.txt"), "a.b");
  EXPECT_EQ(PageNameOf("x.gz"), "x");
  EXPECT_EQ(PageNameOf("d/.hidden"), ".hidden");
}

}  // namespace
}  // namespace baokan
