#include "base/char_class.h"

#include <gtest/gtest.h>

namespace baokan {
namespace {

TEST(CharClassTest, HanIsTheIdeographsAndTheIdeographicZero) {
  for (char32_t c : U"中㐀𠀀豈〇") EXPECT_TRUE(c == 0 || IsHan(c)) << static_cast<int>(c);
  for (char32_t c : U"々あアㄅ한⻄，a1") EXPECT_TRUE(c == 0 || !IsHan(c)) << static_cast<int>(c);
}

TEST(CharClassTest, CjkAlsoHoldsKanaHangulBopomofoAndRadicals) {
  for (char32_t c : U"中々あアーㄅ한⻄〇") EXPECT_TRUE(c == 0 || IsCjk(c)) << static_cast<int>(c);
  for (char32_t c : U"，。a1·") EXPECT_TRUE(c == 0 || !IsCjk(c)) << static_cast<int>(c);
}

// The letters of CJK scripts only: not radicals (symbols), not the
// prolonged sound mark, the middle dot or 〆 (script Common).
TEST(CharClassTest, CjkLettersAreTheLettersOfCjkScripts) {
  for (char32_t c : U"中々〇あアｱ한ㄅ𠀀") {
    EXPECT_TRUE(c == 0 || IsCjkLetter(c)) << static_cast<int>(c);
  }
  for (char32_t c : U"⻄ー・〆，a1") EXPECT_TRUE(c == 0 || !IsCjkLetter(c)) << static_cast<int>(c);
}

TEST(CharClassTest, AsciiAlnum) {
  EXPECT_TRUE(IsAsciiAlnum('a') && IsAsciiAlnum('Z') && IsAsciiAlnum('0'));
  EXPECT_FALSE(IsAsciiAlnum('_') || IsAsciiAlnum(U'１') || IsAsciiAlnum(U'中'));
}

}  // namespace
}  // namespace baokan
