#include "dedup/shingle.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "baokan/dedup.h"

namespace baokan::dedup {
namespace {

std::vector<uint64_t> Hashes(std::string_view text, int k) {
  std::vector<uint64_t> out;
  ForEachShingle(text, k, 7, [&](uint64_t h) { out.push_back(h); });
  return out;
}

TEST(ShingleTest, OneShinglePerWindowOfCodePoints) {
  // 8 code points of mixed width (CJK is 3 bytes, digits 1 byte).
  const std::string text = "全科社工12项业";
  EXPECT_EQ(Hashes(text, 5).size(), 8u - 5u + 1u);
  EXPECT_EQ(Hashes(text, 1).size(), 8u);
  // Windows are code points, not bytes: "全科社工1" and "科社工12" differ from
  // their byte-window counterparts, and equal windows hash equally.
  const auto a = Hashes("甲乙丙丁戊甲乙丙丁戊", 5);
  ASSERT_EQ(a.size(), 6u);
  EXPECT_EQ(a[0], a[5]);
  EXPECT_NE(a[0], a[1]);
}

// The documented form of a shingle's hash (docs/dedup.md): for k <= 6, XXH3
// of 16 little-endian bytes holding code point j at bits 21j..21j+20; for
// larger k, XXH3 of the code points as 4-byte little-endian integers.
TEST(ShingleTest, HashIsXxh3OfTheCodePoints) {
  const std::u32string cps = U"甲乙丙丁戊己庚辛";
  unsigned char block[16] = {};
  for (int j = 0; j < 5; ++j) {
    const unsigned shift = 21u * static_cast<unsigned>(j);
    for (int bit = 0; bit < 21; ++bit) {
      if ((cps[j] >> bit) & 1u) block[(shift + bit) / 8] |= static_cast<unsigned char>(1u << ((shift + bit) % 8));
    }
  }
  EXPECT_EQ(Hashes("甲乙丙丁戊", 5)[0], XXH3_64bits_withSeed(block, 16, 7));
  unsigned char ints[32];
  for (int j = 0; j < 8; ++j) {
    for (int b = 0; b < 4; ++b) ints[4 * j + b] = static_cast<unsigned char>(cps[j] >> (8 * b));
  }
  EXPECT_EQ(Hashes("甲乙丙丁戊己庚辛", 8)[0], XXH3_64bits_withSeed(ints, 32, 7));
  EXPECT_EQ(Hashes("甲乙丙丁戊己庚辛", 7).size(), 2u);
}

TEST(ShingleTest, BrokenUtf8IsHashedNotTrusted) {
  // Cut sequences and stray continuation bytes are units of their own.
  EXPECT_EQ(Hashes("\xE4\xB8", 5).size(), 1u);
  EXPECT_EQ(Hashes("ab\x80" "cdef\xF0\x9F", 5).size(), 9u - 5u + 1u);
  EXPECT_NE(Hashes("\xE4\xB8" "abc", 2)[0], Hashes("\xE4" "abc", 2)[0]);
}

TEST(ShingleTest, ShortAndEmptyTexts) {
  EXPECT_TRUE(Hashes("", 5).empty());
  ASSERT_EQ(Hashes("社工", 5).size(), 1u);  // shorter than k: the whole text
  EXPECT_NE(Hashes("社工", 5)[0], Hashes("社区", 5)[0]);
}

TEST(ShingleTest, HashDependsOnSeedAndText) {
  std::vector<uint64_t> a, b;
  ForEachShingle("马鞍山市全科社工", 5, 1, [&](uint64_t h) { a.push_back(h); });
  ForEachShingle("马鞍山市全科社工", 5, 2, [&](uint64_t h) { b.push_back(h); });
  EXPECT_NE(a, b);
  std::vector<uint64_t> again;
  ForEachShingle("马鞍山市全科社工", 5, 1, [&](uint64_t h) { again.push_back(h); });
  EXPECT_EQ(a, again);
}

TEST(ShingleTest, SetIsSortedUniqueAndIntersects) {
  const auto s = ShingleSet("一二三四五一二三四五", 5, 9);
  EXPECT_EQ(s.size(), 5u);  // 6 windows, the last equals the first
  EXPECT_TRUE(std::is_sorted(s.begin(), s.end()));
  const auto t = ShingleSet("三四五一二三四五六七", 5, 9);
  // s: 一二三四五 二三四五一 三四五一二 四五一二三 五一二三四;
  // t: 三四五一二 四五一二三 五一二三四 一二三四五 二三四五六 三四五六七.
  EXPECT_EQ(IntersectionSize(s, t), 4u);
  EXPECT_EQ(IntersectionSize(s, s), s.size());
  EXPECT_EQ(IntersectionSize(s, {}), 0u);
}

TEST(ComparableTextTest, StripsTrailingZhaiZi) {
  std::string source;
  EXPECT_EQ(ComparableText("探索基层治理新路径。 摘自《安徽日报》", &source), "探索基层治理新路径。");
  EXPECT_EQ(source, "安徽日报");
  source.clear();
  EXPECT_EQ(ComparableText("正文。\n\n摘自《浙江日报》\n", &source), "正文。");
  EXPECT_EQ(source, "浙江日报");
  EXPECT_EQ(ComparableText("正文。（摘自《云南日报》）", &source), "正文。");
  EXPECT_EQ(source, "云南日报");
}

TEST(ComparableTextTest, LeavesOtherTextAlone) {
  std::string source = "unchanged";
  EXPECT_EQ(ComparableText("他说摘自《人民日报》的文章很好，值得一读。", &source),
            "他说摘自《人民日报》的文章很好，值得一读。");
  EXPECT_EQ(ComparableText("铜梁出台了《支持新型储能发展八条措施》", &source),
            "铜梁出台了《支持新型储能发展八条措施》");
  EXPECT_EQ(ComparableText("", &source), "");
  EXPECT_EQ(source, "unchanged");
}

}  // namespace
}  // namespace baokan::dedup
