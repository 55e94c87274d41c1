#include "base/utf8.h"

#include <gtest/gtest.h>

namespace baokan {
namespace {

TEST(Utf8Test, RoundTripsEveryScalarValue) {
  std::string s;
  for (char32_t c = 0; c < 0x110000; c += (c < 0x800 ? 1 : 97)) {
    if (c >= 0xD800 && c < 0xE000) continue;
    s.clear();
    AppendUtf8(c, &s);
    ASSERT_EQ(s.size(), c < 0x80 ? 1u : c < 0x800 ? 2u : c < 0x10000 ? 3u : 4u);
    size_t pos = 0;
    bool valid = false;
    ASSERT_EQ(NextCodePoint(s, &pos, &valid), c);
    ASSERT_TRUE(valid);
    ASSERT_EQ(pos, s.size());
    ASSERT_EQ(PrevCodePoint(s, &pos), c);
    ASSERT_EQ(pos, 0u);
  }
}

TEST(Utf8Test, RejectsMalformedSequences) {
  for (const char* bad :
       {"\x80", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
        "\xF5\x80\x80\x80", "\xFF", "\xE4\xB8", "\xF0\x9F\x98"}) {
    EXPECT_FALSE(IsValidUtf8(bad)) << bad;
  }
  EXPECT_TRUE(IsValidUtf8("plain ascii, long enough for the word-at-a-time path"));
  EXPECT_TRUE(IsValidUtf8("中文😀\xF4\x8F\xBF\xBF"));
}

TEST(Utf8Test, ReplacesMaximalSubparts) {
  std::string out;
  // E4 B8 is a truncated 3-byte sequence: one replacement; C0 and AF: two.
  EXPECT_EQ(ReplaceInvalidUtf8("a\xE4\xB8"
                               "b\xC0\xAF"
                               "c",
                               &out),
            3u);
  EXPECT_EQ(out,
            "a\uFFFD"
            "b\uFFFD\uFFFD"
            "c");
}

// Forwards, each ill-formed maximal subpart is one U+FFFD; backwards, a byte
// that does not end a well-formed sequence is one U+FFFD.
TEST(Utf8Test, DecodesInvalidBytesAsReplacementCharacters) {
  const std::string s = "a\xE4\xB8" "b\xC0\xAF" "中\x80";
  std::u32string forward;
  for (size_t pos = 0; pos < s.size();) forward.push_back(NextCodePoint(s, &pos));
  EXPECT_EQ(forward, U"a\uFFFDb\uFFFD\uFFFD中\uFFFD");
  std::u32string backward;
  for (size_t pos = s.size(); pos > 0;) backward.insert(0, 1, PrevCodePoint(s, &pos));
  EXPECT_EQ(backward, U"a\uFFFD\uFFFDb\uFFFD\uFFFD中\uFFFD");
  size_t pos = 1;
  bool valid = true;
  EXPECT_EQ(NextCodePoint(s, &pos, &valid), kReplacementChar);
  EXPECT_FALSE(valid);
  EXPECT_EQ(pos, 3u);  // E4 B8, the maximal subpart
}

TEST(Utf8Test, ScanCountsErrorsAndSequences) {
  const Utf8Scan scan = ScanUtf8(
      "中\xFF文\xFE"
      "a",
      /*stop_at_first=*/false);
  EXPECT_EQ(scan.errors, 2u);
  EXPECT_EQ(scan.multibyte, 2u);
  EXPECT_EQ(scan.first_error, 3u);
}

TEST(Utf8Test, LocatesLineAndColumn) {
  const std::string s = "ab\r\n中文x\ry\nz";
  EXPECT_EQ(LocateOffset(s, 0).line, 1u);
  const LineColumn x = LocateOffset(s, s.find('x'));
  EXPECT_EQ(x.line, 2u);
  EXPECT_EQ(x.column, 3u);
  const LineColumn z = LocateOffset(s, s.find('z'));
  EXPECT_EQ(z.line, 4u);
  EXPECT_EQ(z.column, 1u);
}

}  // namespace
}  // namespace baokan
