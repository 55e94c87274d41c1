// Tests of JsonQuote and JsonNumber.

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>

#include "baokan/json.h"

namespace baokan {
namespace {

TEST(JsonQuoteTest, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(JsonQuote(""), "\"\"");
  EXPECT_EQ(JsonQuote("a\"b\\c/d"), "\"a\\\"b\\\\c/d\"");
  EXPECT_EQ(JsonQuote("\n\r\t\b\f"), "\"\\n\\r\\t\\b\\f\"");
  EXPECT_EQ(JsonQuote(std::string("\0\x01\x1f\x7f", 4)), "\"\\u0000\\u0001\\u001f\x7f\"");
  EXPECT_EQ(JsonQuote("\x1b[0m"), "\"\\u001b[0m\"");
}

TEST(JsonQuoteTest, ValidUtf8PassesAsIs) {
  const std::string s = "中国妇女报，“一带一路”😀 é \u2028";
  EXPECT_EQ(JsonQuote(s), "\"" + s + "\"");
}

TEST(JsonQuoteTest, InvalidBytesBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(JsonQuote("a\xff"
                      "b"),
            "\"a" + fffd + "b\"");
  EXPECT_EQ(JsonQuote("\xe4\xb8"), "\"" + fffd + "\"");  // cut short
  EXPECT_EQ(JsonQuote("\xe4\xb8"
                      "中"),
            "\"" + fffd + "中\"");                                         // cut short, then valid
  EXPECT_EQ(JsonQuote("\xc0\xaf"), "\"" + fffd + fffd + "\"");             // overlong
  EXPECT_EQ(JsonQuote("\xed\xa0\x80"), "\"" + fffd + fffd + fffd + "\"");  // surrogate
  EXPECT_EQ(JsonQuote("\xf4\x90\x80\x80"), "\"" + fffd + fffd + fffd + fffd + "\"");  // > U+10FFFF
  EXPECT_EQ(JsonQuote("\"\xff\n"), "\"\\\"" + fffd + "\\n\"");
}

TEST(JsonQuoteTest, QuotedTextReadsBackUnchanged) {
  std::mt19937 rng(11);
  const std::vector<std::string> pieces = {"\"", "\\", "/", "中", "😀", "a", " ", "\u00e9"};
  for (int round = 0; round < 200; ++round) {
    std::string s;
    for (int i = 0; i < 20; ++i) {
      if (rng() % 3 == 0) {
        s.push_back(static_cast<char>(rng() % 0x20));
      } else {
        s += pieces[rng() % pieces.size()];
      }
    }
    JsonRecord r;
    r.SetString("s", s);
    auto parsed = JsonRecord::Parse(r.Serialize());
    ASSERT_TRUE(parsed.ok()) << parsed.status().message();
    std::optional<std::string> back;
    ASSERT_TRUE(parsed->GetString("s", &back).ok());
    EXPECT_EQ(back, s);
  }
}

TEST(JsonArrayElementsTest, RawElementsAtTheTopLevelOnly) {
  using V = std::vector<std::string_view>;
  EXPECT_EQ(JsonArrayElements(R"([1, {"a":[2,3],"b":"],{"}, "x\"y" ,null])"),
            (V{"1", R"({"a":[2,3],"b":"],{"})", R"("x\"y")", "null"}));
  EXPECT_EQ(JsonArrayElements(" [ ] "), V{});
  EXPECT_EQ(JsonArrayElements("[[]]"), V{"[]"});
  EXPECT_EQ(JsonArrayElements("null"), V{});
  EXPECT_EQ(JsonArrayElements(R"({"a":1})"), V{});
}

TEST(JsonNumberTest, ShortestRoundTrip) {
  EXPECT_EQ(JsonNumber(0), "0");
  EXPECT_EQ(JsonNumber(3.0), "3");
  EXPECT_EQ(JsonNumber(-42), "-42");
  EXPECT_EQ(JsonNumber(0.1), "0.1");
  EXPECT_EQ(JsonNumber(0.87), "0.87");
  EXPECT_EQ(JsonNumber(1e21), "1e+21");
  EXPECT_EQ(JsonNumber(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(JsonNumber(std::numeric_limits<double>::infinity()), "null");
  std::mt19937_64 rng(5);
  for (int i = 0; i < 1000; ++i) {
    double v = std::ldexp(static_cast<double>(rng() >> 11), static_cast<int>(rng() % 200) - 100);
    std::string text = JsonNumber(v);
    double back = 0;
    std::from_chars(text.data(), text.data() + text.size(), back);
    EXPECT_EQ(back, v) << text;
  }
}

}  // namespace
}  // namespace baokan
