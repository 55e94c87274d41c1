#include <gtest/gtest.h>

#include "baokan/classify.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

std::vector<LabelledExample> ReadAll(const std::string& path, const TrainOptions& o,
                                     Status* status) {
  std::vector<LabelledExample> all;
  *status = ForEachExample(path, o, [&](LabelledExample&& e, size_t) {
    all.push_back(std::move(e));
    return true;
  });
  return all;
}

TEST(ExamplesTest, JsonLinesWithLabelOrLabels) {
  TempDir tmp;
  WriteFile(tmp / "d.jsonl",
            "{\"text\":\"甲\",\"label\":\"经济\"}\n\n"
            "{\"text\":\"乙\",\"labels\":[\"sports\",\"教育\"]}\n"
            "{\"text\":\"丙\"}\n");
  TrainOptions o;
  o.taxonomy = Taxonomy({{"economy", "经济", ""}, {"education", "教育", ""}});
  Status s;
  auto all = ReadAll(tmp / "d.jsonl", o, &s);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].labels, std::vector<std::string>{"economy"});
  EXPECT_EQ(all[1].labels, (std::vector<std::string>{"sports", "education"}));
  EXPECT_TRUE(all[2].labels.empty());
}

TEST(ExamplesTest, FieldOptionsAndFastTextLines) {
  TempDir tmp;
  WriteFile(tmp / "d.jsonl", "{\"title\":\"标题\",\"body\":\"正文\",\"cat\":\"a b\"}\n");
  WriteFile(tmp / "d.txt", "__label__x __label__y 一些 文字\n");
  TrainOptions o;
  o.text_fields = {"title", "body"};
  o.label_field = "cat";
  Status s;
  auto all = ReadAll(tmp / "d.jsonl", o, &s);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].text, "标题\n正文");
  EXPECT_EQ(all[0].labels, std::vector<std::string>{"a_b"});  // no spaces for fastText
  all = ReadAll(tmp / "d.txt", o, &s);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].labels, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(all[0].text, "一些 文字");
}

TEST(ExamplesTest, BadLinesNameFileAndLine) {
  TempDir tmp;
  TrainOptions o;
  Status s;
  WriteFile(tmp / "a.jsonl", "{\"text\":\"x\",\"label\":\"a\"}\n{\"text\":1,\"label\":\"a\"}\n");
  ReadAll(tmp / "a.jsonl", o, &s);
  EXPECT_NE(s.message().find("a.jsonl:2:"), std::string::npos) << s.message();
  WriteFile(tmp / "b.jsonl", "just text\n");
  ReadAll(tmp / "b.jsonl", o, &s);
  EXPECT_NE(s.message().find("b.jsonl:1:"), std::string::npos) << s.message();
  WriteFile(tmp / "c.jsonl", "{\"text\":\"x\",\"label\":[1]}\n");
  ReadAll(tmp / "c.jsonl", o, &s);
  EXPECT_NE(s.message().find("c.jsonl:1:"), std::string::npos) << s.message();
  ReadAll(tmp / "missing.jsonl", o, &s);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace baokan
