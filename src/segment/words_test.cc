#include "segment/words.h"

#include <gtest/gtest.h>

namespace baokan::segment {
namespace {

TEST(LineBreakSplitsWordTest, AWordAcrossTheBreakIsAWrap) {
  EXPECT_TRUE(LineBreakSplitsWord("全市中小学生暑期安全教育工", "作全面启动"));
  EXPECT_TRUE(LineBreakSplitsWord("  某校举行开学典礼和升旗仪", "式 "));
}

TEST(LineBreakSplitsWordTest, ABreakBetweenWordsIsNot) {
  EXPECT_FALSE(LineBreakSplitsWord("全市中小学生暑期安全教育工作", "全面启动"));
  EXPECT_FALSE(LineBreakSplitsWord("某地粮食总产量创历史新高", "引导农户科学种田"));
}

TEST(LineBreakSplitsWordTest, ANumberCutFromItsDigitsOrItsUnit) {
  EXPECT_TRUE(LineBreakSplitsWord("某县农村公路通车里程达3", "56公里"));
  EXPECT_TRUE(LineBreakSplitsWord("某市上半年税收增长12", "%"));
  EXPECT_TRUE(LineBreakSplitsWord("某公司资本支出调降至17", "亿元"));
  EXPECT_FALSE(LineBreakSplitsWord("某县农村公路通车里程达到", "356公里"));
}

TEST(LineBreakSplitsWordTest, PunctuationOrAnEmptyLineEndsTheWord) {
  EXPECT_FALSE(LineBreakSplitsWord("某地开展“安全", "”宣传月活动"));
  EXPECT_FALSE(LineBreakSplitsWord("", "作全面启动"));
  EXPECT_FALSE(LineBreakSplitsWord("全市中小学生暑期安全教育工", "   "));
}

}  // namespace
}  // namespace baokan::segment
