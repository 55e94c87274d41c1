#include "baokan/tokenize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace baokan {
namespace {

std::string Line(std::string_view text, TokenizeOptions options = {}) {
  return TokenizeToLine(text, options);
}

TEST(TokenizeTest, CjkUnigramsThenBigrams) {
  EXPECT_EQ(Line("妇女儿童"), "妇 女 儿 童 妇女 女儿 儿童");
}

TEST(TokenizeTest, NgramsDoNotCrossPunctuationOrLatin) {
  EXPECT_EQ(Line("教育，体育"), "教 育 教育 体 育 体育");
  EXPECT_EQ(Line("经济GDP增长"), "经 济 经济 gdp 增 长 增长");
}

TEST(TokenizeTest, CharNgramsSetting) {
  TokenizeOptions uni;
  uni.char_ngrams = 1;
  EXPECT_EQ(Line("农业农村", uni), "农 业 农 村");
  TokenizeOptions tri;
  tri.char_ngrams = 3;
  EXPECT_EQ(Line("生态环境", tri), "生 态 环 境 生态 态环 环境 生态环 态环境");
}

TEST(TokenizeTest, LatinWordsAndNumbersStayWhole) {
  EXPECT_EQ(Line("COVID-19 e-mail rock'n'roll"), "covid-19 e-mail rock'n'roll");
  EXPECT_EQ(Line("增长5.2%，达到3,000亿元"), "增 长 增长 5.2 达 到 达到 3,000 亿 元 亿元");
  EXPECT_EQ(Line("2024年"), "2024 年");
  // A joiner not followed by a word character is dropped.
  EXPECT_EQ(Line("end. Next-"), "end next");
}

TEST(TokenizeTest, FullWidthIsNormalizedFirst) {
  EXPECT_EQ(Line("ＡＢＣ１２３"), "abc123");
  TokenizeOptions raw;
  raw.normalize = false;
  raw.lowercase = false;
  EXPECT_EQ(Line("ABC", raw), "ABC");
}

TEST(TokenizeTest, KeepCase) {
  TokenizeOptions keep;
  keep.lowercase = false;
  EXPECT_EQ(Line("Beijing AI", keep), "Beijing AI");
  EXPECT_EQ(Line("Beijing AI"), "beijing ai");
}

TEST(TokenizeTest, EmojiAndSymbolsAreDropped) {
  EXPECT_EQ(Line("好😀天气🌧️！！"), "好 天 气 天气");
  EXPECT_EQ(Line("★☆→※"), "");
}

TEST(TokenizeTest, EmptyAndBlank) {
  EXPECT_EQ(Line(""), "");
  EXPECT_EQ(Line(" \t\n  "), "");
  std::vector<std::string> tokens;
  Tokenize("", {}, &tokens);
  EXPECT_TRUE(tokens.empty());
}

TEST(TokenizeTest, InvalidUtf8IsDroppedNotFatal) {
  EXPECT_EQ(Line(std::string("中\xff\xfe国")), "中 国");
}

TEST(TokenizeTest, LinesAreIndependentRuns) {
  EXPECT_EQ(Line("标题\n正文"), "标 题 标题 正 文 正文");
}

TEST(TokenizeTest, WordsSchemeUsesDictionary) {
  TokenizeOptions words;
  words.scheme = TokenizeOptions::Scheme::kWords;
  std::string line = Line("中华人民共和国成立", words);
  // ICU's dictionary cuts words; it never emits overlapping bigrams.
  EXPECT_NE(line.find("中华"), std::string::npos) << line;
  EXPECT_EQ(line.find("华人 人民"), std::string::npos) << line;
  EXPECT_EQ(Line("GDP 2024", words), "gdp 2024");
}

TEST(TokenizeTest, OptionsJsonRoundTrip) {
  TokenizeOptions o;
  o.scheme = TokenizeOptions::Scheme::kWords;
  o.char_ngrams = 3;
  o.lowercase = false;
  o.normalize = false;
  TokenizeOptions back;
  ASSERT_TRUE(TokenizeOptionsFromJson(TokenizeOptionsToJson(o), &back).ok());
  EXPECT_EQ(back.scheme, o.scheme);
  EXPECT_EQ(back.char_ngrams, 3);
  EXPECT_FALSE(back.lowercase);
  EXPECT_FALSE(back.normalize);
}

TEST(TokenizeTest, BadOptionsAreErrors) {
  TokenizeOptions o;
  EXPECT_FALSE(TokenizeOptionsFromJson("{\"scheme\":\"bpe\"}", &o).ok());
  EXPECT_FALSE(TokenizeOptionsFromJson("{\"char_ngrams\":9}", &o).ok());
  EXPECT_FALSE(TokenizeOptionsFromJson("{\"lowercase\":\"yes\"}", &o).ok());
  EXPECT_FALSE(TokenizeOptionsFromJson("not json", &o).ok());
  TokenizeOptions::Scheme scheme;
  EXPECT_FALSE(ParseScheme("bigrams", &scheme).ok());
}

}  // namespace
}  // namespace baokan
