// OpensArticle: the lines that open an article's body.

#include "baokan/article_opener.h"

#include <gtest/gtest.h>

namespace baokan {
namespace {

TEST(OpensArticleTest, OpenersAndBylineLinesOpenAnArticle) {
  EXPECT_TRUE(OpensArticle("本报讯（记者 某某）正文"));
  EXPECT_TRUE(OpensArticle("  本报讯（记者"));  // wrapped after 讯, indented
  EXPECT_TRUE(OpensArticle("本报长沙3月2日电（记者 某某）"));
  EXPECT_TRUE(OpensArticle("据新华社北京10月9日电"));
  EXPECT_TRUE(OpensArticle("本报记者 某某"));
}

TEST(OpensArticleTest, BodyTextCreditsAndClosingBylinesDoNot) {
  EXPECT_FALSE(OpensArticle("活动中，孩子们深入了解"));
  EXPECT_FALSE(OpensArticle("本报将继续关注此事。"));
  EXPECT_FALSE(OpensArticle("本报记者 某某 摄"));
  EXPECT_FALSE(OpensArticle("（本报记者 某某）"));
}

}  // namespace
}  // namespace baokan
