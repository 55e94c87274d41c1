// Tests of the article record.

#include "baokan/article.h"

#include <gtest/gtest.h>

#include "baokan/io.h"

namespace baokan {
namespace {

Article FullArticle() {
  Article a;
  a.id = "000_b99e7c74e4b20872#2";
  a.page = "000_b99e7c74e4b20872";
  a.title = "推进流动留守儿童监测摸排工作";
  a.subtitle = "副题 \"引号\"";
  a.kicker = "引题";
  a.column = "专栏";
  a.dateline = "贵州凯里";
  a.byline = "中国妇女报全媒体见习记者 王瑞欣";
  a.source = "安徽日报";
  a.continued_from = "1版";
  a.continued_to = "第2版";
  a.date = "2024-03-12";
  a.edition = 17;
  a.section = "国际";
  a.text = "第一段。\n第二段\t含制表符\\。";
  return a;
}

TEST(ArticleTest, RecordHasTheDocumentedFieldOrderWithNulls) {
  Article a;
  a.id = "p#1";
  a.page = "p";
  a.dateline = "湖南长沙";
  a.text = "正文";
  a.lines = {3, 4};
  EXPECT_EQ(ArticleToRecord(a).Serialize(),
            R"({"id":"p#1","page":"p","title":null,"subtitle":null,"kicker":null,)"
            R"("column":null,"dateline":"湖南长沙","byline":null,"source":null,)"
            R"("continued_from":null,"continued_to":null,"date":null,"edition":null,)"
            R"("section":null,"parts":[{"page":"p","first_line":3,"last_line":4}],"text":"正文"})");
  a.lines.clear();
  EXPECT_NE(ArticleToRecord(a).Serialize().find(R"("parts":null)"), std::string::npos);
}

TEST(ArticleTest, RoundTripThroughJson) {
  const Article a = FullArticle();
  auto record = JsonRecord::Parse(ArticleToRecord(a).Serialize());
  ASSERT_TRUE(record.ok()) << record.status().message();
  Article b;
  ASSERT_TRUE(ArticleFromRecord(*record, &b).ok());
  EXPECT_EQ(b.id, a.id);
  EXPECT_EQ(b.page, a.page);
  EXPECT_EQ(b.title, a.title);
  EXPECT_EQ(b.subtitle, a.subtitle);
  EXPECT_EQ(b.kicker, a.kicker);
  EXPECT_EQ(b.column, a.column);
  EXPECT_EQ(b.dateline, a.dateline);
  EXPECT_EQ(b.byline, a.byline);
  EXPECT_EQ(b.source, a.source);
  EXPECT_EQ(b.continued_from, a.continued_from);
  EXPECT_EQ(b.continued_to, a.continued_to);
  EXPECT_EQ(b.date, a.date);
  EXPECT_EQ(b.edition, a.edition);
  EXPECT_EQ(b.section, a.section);
  EXPECT_EQ(b.text, a.text);
  EXPECT_TRUE(b.lines.empty());
}

TEST(ArticleTest, EditionMustBeAPageNumber) {
  for (const char* bad : {R"({"id":"p#1","page":"p","edition":2.5,"text":""})",
                          R"({"id":"p#1","page":"p","edition":-3,"text":""})",
                          R"({"id":"p#1","page":"p","edition":"3","text":""})"}) {
    auto record = JsonRecord::Parse(bad);
    ASSERT_TRUE(record.ok());
    Article b;
    const Status s = ArticleFromRecord(*record, &b);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find("edition"), std::string::npos) << s.message();
  }
  auto record = JsonRecord::Parse(R"({"id":"p#1","page":"p","edition":3,"text":""})");
  Article b;
  ASSERT_TRUE(ArticleFromRecord(*record, &b).ok());
  EXPECT_EQ(b.edition, 3);
}

TEST(ArticleTest, MissingFieldsStayUnsetAndUnknownOnesAreIgnored) {
  auto record = JsonRecord::Parse(R"({"page": "p", "title": null, "region": {"x": 1}})");
  ASSERT_TRUE(record.ok());
  Article a = FullArticle();
  ASSERT_TRUE(ArticleFromRecord(*record, &a).ok());
  EXPECT_EQ(a.page, "p");
  EXPECT_EQ(a.id, "");
  EXPECT_EQ(a.text, "");
  EXPECT_FALSE(a.title.has_value());
  EXPECT_FALSE(a.source.has_value());
}

TEST(ArticleTest, WrongTypeNamesTheFieldAndLeavesArticleUnchanged) {
  auto record = JsonRecord::Parse(R"({"id": "p#1", "byline": ["a", "b"]})");
  ASSERT_TRUE(record.ok());
  Article a = FullArticle();
  Status s = ArticleFromRecord(*record, &a);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("\"byline\""), std::string::npos) << s.message();
  EXPECT_EQ(a.id, FullArticle().id);
}

// Every gold record of the seed pages parses, reads as an article, and keeps
// its extra fields exactly through a serialize / parse cycle.
TEST(ArticleTest, SeedGoldRecordsReadAndPassThrough) {
  auto reader = LineReader::Open(BAOKAN_SOURCE_DIR "/corpus/gold/seeds.gold.jsonl");
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  std::string_view line;
  size_t count = 0;
  while ((*reader)->Next(&line)) {
    auto record = JsonRecord::Parse(line);
    ASSERT_TRUE(record.ok()) << (*reader)->line_number() << ": " << record.status().message();
    Article a;
    ASSERT_TRUE(ArticleFromRecord(*record, &a).ok());
    EXPECT_FALSE(a.page.empty());
    auto again = JsonRecord::Parse(record->Serialize());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->fields(), record->fields());
    ASSERT_TRUE(record->Has("region"));
    ++count;
  }
  EXPECT_TRUE((*reader)->status().ok());
  EXPECT_GT(count, 10u);
}

}  // namespace
}  // namespace baokan
