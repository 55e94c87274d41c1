#include "base/char_fold.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "base/utf8.h"

namespace baokan {
namespace {

TEST(FoldTest, IsIdempotentAndKeepsOtherCharacters) {
  for (char32_t c = 0x3400; c < 0x30000; ++c) {
    ASSERT_EQ(FoldChar(FoldChar(c)), FoldChar(c)) << static_cast<uint32_t>(c);
  }
  EXPECT_EQ(FoldChar(U'後'), U'后');
  EXPECT_EQ(FoldChar(U'臺'), U'台');
  EXPECT_EQ(FoldChar(U'台'), U'台');
  EXPECT_EQ(FoldChar(U'A'), U'A');
  EXPECT_EQ(FoldChar(U'，'), U'，');
  EXPECT_EQ(FoldText("a臺b"), "a台b");
}

TEST(FoldKeepingOffsetsTest, FoldsInPlaceAndKeepsEveryByteOffset) {
  const std::string text = "【本報訊】記者A報道：臺灣\n後來ab";
  const std::optional<std::string> folded = FoldKeepingOffsets(text);
  ASSERT_TRUE(folded);
  EXPECT_EQ(*folded, "【本报讯】记者A报道：台湾\n后来ab");
  EXPECT_EQ(folded->size(), text.size());
  EXPECT_FALSE(FoldKeepingOffsets("本报讯　记者报道，“新”字ab\n"));  // simplified: no copy
}

TEST(FoldKeepingOffsetsTest, LeavesFoldsOfAnotherLengthAndInvalidBytes) {
  // Every code point whose fold is encoded in another number of bytes (into
  // a supplementary plane) stays; all others fold.
  int other_length = 0;
  for (char32_t c = 0x3400; c < 0x30000; ++c) {
    const char32_t f = FoldChar(c);
    if (f == c) continue;
    std::string one, folded;
    AppendUtf8(c, &one);
    AppendUtf8(f, &folded);
    const std::optional<std::string> text = FoldKeepingOffsets(one);
    if (folded.size() == one.size()) {
      ASSERT_EQ(text, folded) << static_cast<uint32_t>(c);
    } else {
      ASSERT_FALSE(text) << static_cast<uint32_t>(c);
      ++other_length;
    }
  }
  EXPECT_GT(other_length, 0);
  // 報, a truncated sequence (E5 80), then " A報".
  const std::optional<std::string> broken =
      FoldKeepingOffsets(std::string("報") + "\xE5\x80" + " A報");
  ASSERT_TRUE(broken);
  EXPECT_EQ(*broken, std::string("报") + "\xE5\x80" + " A报");
}

}  // namespace
}  // namespace baokan
