#include "dedup/corpus.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dedup/spool.h"

namespace baokan::dedup {
namespace {

TEST(IdLessTest, PageThenArticleNumber) {
  std::vector<std::string> ids = {"p2#1", "p10#1", "p1#10", "p1#2", "p1#1", "x", "p1#b"};
  std::sort(ids.begin(), ids.end(), IdLess);
  EXPECT_EQ(ids, (std::vector<std::string>{"p1#1", "p1#2", "p1#10", "p1#b", "p10#1", "p2#1", "x"}));
  EXPECT_FALSE(IdLess("p1#1", "p1#1"));
}

TEST(SpoolTest, ReadsBackByOffset) {
  auto spool = Spool::Create("");
  ASSERT_TRUE(spool.ok()) << spool.status().message();
  StatusOr<uint64_t> a = (*spool)->Append("第一条");
  StatusOr<uint64_t> b = (*spool)->Append(std::string(5 << 20, 'x'));  // past the buffer
  StatusOr<uint64_t> c = (*spool)->Append("last");
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  ASSERT_TRUE((*spool)->Finish().ok());
  std::string out;
  ASSERT_TRUE((*spool)->Read(*a, 9, &out).ok());
  EXPECT_EQ(out, "第一条");
  ASSERT_TRUE((*spool)->Read(*c, 4, &out).ok());
  EXPECT_EQ(out, "last");
  EXPECT_EQ(*c, 9u + (5u << 20));
  EXPECT_FALSE((*spool)->Read(*c, 100, &out).ok());  // past the end
  EXPECT_FALSE(Spool::Create("/nonexistent/dir").ok());
}

}  // namespace
}  // namespace baokan::dedup
