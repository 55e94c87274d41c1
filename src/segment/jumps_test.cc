#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>
#include <algorithm>

#include "baokan/io.h"

#include "baokan/split.h"

namespace baokan {
namespace {

JumpEnd End(std::string group, int edition, std::string title, std::optional<std::string> from,
            std::optional<std::string> to, std::optional<std::string> date = "2024-03-12") {
  JumpEnd e;
  e.group = std::move(group);
  e.edition = edition;
  e.title = std::move(title);
  e.continued_from = std::move(from);
  e.continued_to = std::move(to);
  e.date = std::move(date);
  return e;
}

TEST(JumpsTest, PairsAJumpWithTheContinuationThatRepeatsItsTitle) {
  const std::vector<JumpEnd> ends = {
      End("issue", 1, "老旧小区改造惠及三万户居民", std::nullopt, "第2版"),
      End("issue", 2, "春耕技术送到田间", "第1版", std::nullopt),   // another jump from page 1
      End("issue", 2, "老旧小区改造", "1版", std::nullopt),         // the repeat of the title
      End("issue", 2, "无关文章", std::nullopt, std::nullopt)};
  const std::vector<JumpJoin> joins = FindJumpJoins(ends);
  ASSERT_EQ(joins.size(), 1u);
  EXPECT_EQ(joins[0].first, 0u);
  EXPECT_EQ(joins[0].next, 2u);
}

TEST(JumpsTest, GroupEditionAndDateMustFit) {
  // Another issue's page 2, a page 3, and a part dated a week later do not fit.
  const std::vector<JumpEnd> ends = {
      End("a", 1, "老旧小区焕新颜", std::nullopt, "第二版", "2024-03-11"),
      End("b", 2, "老旧小区焕新颜", "第1版", std::nullopt),
      End("a", 3, "老旧小区焕新颜", "第1版", std::nullopt),
      End("a", 2, "老旧小区焕新颜", "第1版", std::nullopt, "2024-03-19")};
  EXPECT_TRUE(FindJumpJoins(ends).empty());
  // The dispatch's day (11th) may precede the page's (12th).
  const std::vector<JumpEnd> fits = {
      End("a", 1, "老旧小区焕新颜", std::nullopt, "第二版", "2024-03-11"),
      End("a", 2, "", "第1版", std::nullopt, "2024-03-12")};
  ASSERT_EQ(FindJumpJoins(fits).size(), 1u);
}

TEST(JumpsTest, EachPartJoinsOnce) {
  const std::vector<JumpEnd> ends = {End("a", 1, "甲", std::nullopt, "2版"),
                                     End("a", 1, "乙", std::nullopt, "2版"),
                                     End("a", 2, "", "1版", std::nullopt)};
  const std::vector<JumpJoin> joins = FindJumpJoins(ends);
  ASSERT_EQ(joins.size(), 1u);
  EXPECT_EQ(joins[0].first, 0u);  // a tie goes to the earlier
}

TEST(JumpsTest, JoinedRecordKeepsTheFirstPartsFieldsAndBothParts) {
  auto first = JsonRecord::Parse(
      R"({"id":"p1#1","page":"p1","title":"题","continued_from":null,"continued_to":"第2版",)"
      R"("parts":[{"page":"p1","first_line":3,"last_line":9}],"text":"上半。"})");
  auto next = JsonRecord::Parse(
      R"({"id":"p2#4","page":"p2","title":"题","continued_from":"第1版","continued_to":null,)"
      R"("parts":[{"page":"p2","first_line":20,"last_line":31}],"text":"下半。"})");
  ASSERT_TRUE(first.ok() && next.ok());
  StatusOr<JsonRecord> joined = JoinJumpRecords(*first, *next);
  ASSERT_TRUE(joined.ok());
  EXPECT_EQ(joined->Serialize(),
            R"({"id":"p1#1","page":"p1","title":"题","continued_from":null,"continued_to":null,)"
            R"("parts":[{"page":"p1","first_line":3,"last_line":9},)"
            R"({"page":"p2","first_line":20,"last_line":31}],"text":"上半。\n下半。"})");
  auto bad = JsonRecord::Parse(R"({"id":"x","text":3})");
  ASSERT_TRUE(bad.ok());
  EXPECT_FALSE(JoinJumpRecords(*first, *bad).ok());
}

// A scratch directory removed at the end of each test.
class StitchFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("baokan-jumps-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& text) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  static std::string Read(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::filesystem::path dir_;
};

TEST_F(StitchFileTest, JoinsInPlaceOfTheFirstPartAndCopiesTheRest) {
  const std::string in = Write(
      "split.jsonl",
      R"({"id":"a1#1","page":"a1","title":"老旧小区改造惠及三万户","continued_from":null,"continued_to":"第2版","date":"2024-03-12","edition":1,"parts":[{"page":"a1","first_line":3,"last_line":7}],"text":"上半。"})"
      "\n"
      R"({"id":"a1#2","page":"a1","title":"别的","continued_from":null,"continued_to":null,"date":"2024-03-12","edition":1,"parts":null,"text":"别的文章。"})"
      "\n"
      R"({"id":"a2#1","page":"a2","title":"老旧小区改造","continued_from":"第1版","continued_to":null,"date":"2024-03-12","edition":2,"parts":[{"page":"a2","first_line":3,"last_line":4}],"text":"下半。"})"
      "\n");
  const std::string out = (dir_ / "joined.jsonl").string();
  size_t joined = 0;
  const Status s = StitchJumpsInFile(in, out, [](const std::string&) { return "issue"; }, &joined);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(joined, 1u);
  const std::string text = Read(out);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_EQ(text.find(R"("id":"a1#1")"), 1u);  // the joined record stays first
  EXPECT_NE(text.find(R"("text":"上半。\n下半。")"), std::string::npos) << text;
  EXPECT_NE(text.find(R"({"page":"a2","first_line":3,"last_line":4}])"), std::string::npos);
  EXPECT_EQ(text.find(R"("id":"a2#1")"), std::string::npos);
  // Other groups do not join.
  size_t none = 0;
  ASSERT_TRUE(StitchJumpsInFile(in, out, [](const std::string& p) { return p; }, &none).ok());
  EXPECT_EQ(none, 0u);
  EXPECT_EQ(Read(out), Read(in));
}

TEST_F(StitchFileTest, BadRecordIsNamedByFileAndLine) {
  const std::string in = Write("bad.jsonl", "{\"id\":\"a#1\",\"continued_to\":\"第2版\",\"text\":\"x\"}\n"
                                            "{\"id\":\"a#2\",\"continued_to\":7}\n");
  size_t joined = 0;
  const Status s = StitchJumpsInFile(in, (dir_ / "out.jsonl").string(),
                                     [](const std::string&) { return ""; }, &joined);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("bad.jsonl:2"), std::string::npos) << s.message();
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out.jsonl"));
}

}  // namespace
}  // namespace baokan
