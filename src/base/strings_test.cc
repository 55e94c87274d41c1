#include "base/strings.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace baokan {
namespace {

using Fields = std::vector<std::string_view>;

TEST(SplitTsvLineTest, EveryTabSeparatesAndEmptyFieldsAreKept) {
  EXPECT_EQ(SplitTsvLine("110000\tprovince\t\t北京市"),
            (Fields{"110000", "province", "", "北京市"}));
  EXPECT_EQ(SplitTsvLine("a\t"), (Fields{"a", ""}));
  EXPECT_EQ(SplitTsvLine("\ta"), (Fields{"", "a"}));
  EXPECT_EQ(SplitTsvLine(""), (Fields{""}));
  EXPECT_EQ(SplitTsvLine("no tab, 空格 only"), (Fields{"no tab, 空格 only"}));
}

TEST(SplitTsvLineTest, FieldsPointIntoTheLine) {
  const std::string_view line = "x\tyz";
  const Fields f = SplitTsvLine(line);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].data(), line.data() + 2);
}

TEST(FormatFixedTest, DigitsAfterThePoint) {
  EXPECT_EQ(FormatFixed(0.8751, 2), "0.88");
  EXPECT_EQ(FormatFixed(3, 0), "3");
  EXPECT_EQ(FormatFixed(0.5, 3), "0.500");
  EXPECT_EQ(FormatFixed(1e300, 1).size(), 303u);
}

}  // namespace
}  // namespace baokan
