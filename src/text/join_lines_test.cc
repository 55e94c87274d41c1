#include <gtest/gtest.h>

#include "baokan/normalize.h"
#include "text/test_seeds.h"

namespace baokan {
namespace {

TEST(JoinLinesTest, NoSeparatorBetweenCjkCharacters) {
  EXPECT_EQ(JoinLines("为推动“强省会”战略\n实施提供人才"), "为推动“强省会”战略实施提供人才");
  EXPECT_EQ(JoinLines("近日，湖南\n省长沙市"), "近日，湖南省长沙市");
  EXPECT_EQ(JoinLines("举办了2024\n年会"), "举办了2024年会");            // digit then CJK
  EXPECT_EQ(JoinLines("国内生产总值\nGDP增长"), "国内生产总值GDP增长");  // CJK then Latin
  EXPECT_EQ(JoinLines("他说：“\n好。”"), "他说：“好。”");                // CJK punctuation
}

TEST(JoinLinesTest, OneSpaceBetweenLatinWords) {
  EXPECT_EQ(JoinLines("the Belt and\nRoad Initiative"), "the Belt and Road Initiative");
  EXPECT_EQ(JoinLines("version 2.0,\n2024"), "version 2.0, 2024");
  EXPECT_EQ(JoinLines("inter-\nnational"), "inter-national");  // hyphen at a word break
  EXPECT_EQ(JoinLines("A-\nB"), "A- B");
}

TEST(JoinLinesTest, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(JoinLines("第一段\n续\n\n\n  \n第二段\n续\n"), "第一段续\n\n第二段续\n");
  EXPECT_EQ(JoinLines("\n\n  a  \n  b  "), "a b");
  EXPECT_EQ(JoinLines("a\r\nb\r\n\r\nc"), "a b\n\nc");
  EXPECT_EQ(JoinLines("中\u3000\n\u3000国"), "中国");
}

TEST(JoinLinesTest, EdgeCases) {
  EXPECT_EQ(JoinLines(""), "");
  EXPECT_EQ(JoinLines("\n\n"), "");
  EXPECT_EQ(JoinLines("   "), "");
  EXPECT_EQ(JoinLines("一行"), "一行");
  EXPECT_EQ(JoinLines("😀\n好"), "😀好");
}

TEST(JoinLinesTest, IdempotentOnSeedPages) {
  for (const auto& [name, page] : text::testing::SeedPages()) {
    const std::string once = JoinLines(page);
    EXPECT_EQ(JoinLines(once), once) << name;
    EXPECT_LT(once.size(), page.size()) << name;
    EXPECT_EQ(once.find("\n\n\n"), std::string::npos) << name;
  }
}

}  // namespace
}  // namespace baokan
