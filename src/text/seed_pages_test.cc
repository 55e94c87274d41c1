// Properties of Normalize over the seed pages in corpus/seeds.

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "baokan/normalize.h"
#include "base/char_class.h"
#include "text/test_seeds.h"
#include "base/utf8.h"

namespace baokan {
namespace {

using text::testing::SeedPage;
using text::testing::SeedPages;

std::vector<char32_t> CodePoints(std::string_view s) {
  std::vector<char32_t> out;
  for (size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, &i));
  return out;
}

const std::u32string kFamily = U",:;?!()，：；？！（）";

// The marks of kFamily that stand next to a Han character (skipping other
// punctuation and spaces, within the line), as UTF-8 strings.
std::set<std::string> FamilyInHanContext(std::string_view text) {
  const std::vector<char32_t> cps = CodePoints(text);
  auto skip = [](char32_t c) { return c == ' ' || IsPunctuation(c); };
  std::set<std::string> found;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (kFamily.find(cps[i]) == std::u32string::npos) continue;
    size_t l = i, r = i + 1;
    while (l > 0 && cps[l - 1] != '\n' && skip(cps[l - 1])) --l;
    while (r < cps.size() && cps[r] != '\n' && skip(cps[r])) ++r;
    const bool han = (l > 0 && IsHan(cps[l - 1])) || (r < cps.size() && IsHan(cps[r]));
    if (han) {
      std::string mark;
      AppendUtf8(cps[i], &mark);
      found.insert(mark);
    }
  }
  return found;
}

// Han, ASCII comma, Han: the pattern page 002 uses and Normalize removes.
bool HasAsciiCommaBetweenHan(std::string_view text) {
  const std::vector<char32_t> cps = CodePoints(text);
  for (size_t i = 1; i + 1 < cps.size(); ++i) {
    if (cps[i] == ',' && IsHan(cps[i - 1]) && IsHan(cps[i + 1])) return true;
  }
  return false;
}

size_t CountLines(std::string_view s) { return std::count(s.begin(), s.end(), '\n'); }

size_t CountHan(std::string_view s) {
  const std::vector<char32_t> cps = CodePoints(s);
  return std::count_if(cps.begin(), cps.end(), IsHan);
}

TEST(SeedPagesTest, AllFivePagesArePresent) { EXPECT_EQ(SeedPages().size(), 5u); }

TEST(SeedPagesTest, NormalizeIsIdempotent) {
  NormalizeOptions joined, simplified, both;
  joined.join_lines = true;
  simplified.simplified = true;
  both.join_lines = both.simplified = true;
  for (const auto& [name, page] : SeedPages()) {
    for (const NormalizeOptions& o : {NormalizeOptions{}, joined, simplified, both}) {
      const std::string once = Normalize(page, o);
      EXPECT_TRUE(Normalize(once, o) == once)
          << name << " join_lines=" << o.join_lines << " simplified=" << o.simplified;
    }
    const std::string match = MatchForm(page);
    EXPECT_TRUE(MatchForm(match) == match) << name;
    EXPECT_TRUE(MatchForm(Normalize(page)) == match) << name;
  }
}

TEST(SeedPagesTest, NormalizeKeepsLinesAndCharacters) {
  for (const auto& [name, page] : SeedPages()) {
    const std::string normal = Normalize(page);
    EXPECT_EQ(CountLines(normal), CountLines(page)) << name;
    EXPECT_EQ(CountHan(normal), CountHan(page)) << name;
    EXPECT_EQ(CountHan(MatchForm(page)), CountHan(page)) << name;
  }
}

TEST(SeedPagesTest, PagesWithAsciiAndFullWidthCommasReadAlike) {
  const std::string page000 = SeedPage("000");  // prints ，
  const std::string page002 = SeedPage("002");  // prints ,
  ASSERT_FALSE(page000.empty());
  ASSERT_FALSE(page002.empty());
  ASSERT_TRUE(HasAsciiCommaBetweenHan(page002));  // the premise of the test
  ASSERT_TRUE(FamilyInHanContext(page002).count(","));

  const std::set<std::string> a = FamilyInHanContext(Normalize(page000));
  const std::set<std::string> b = FamilyInHanContext(Normalize(page002));
  EXPECT_FALSE(HasAsciiCommaBetweenHan(Normalize(page002)));
  EXPECT_TRUE(a.count("，"));
  EXPECT_TRUE(b.count("，"));
  // Each page uses only full-width marks in Chinese context, so every mark
  // both pages use has the same form in both.
  for (const std::set<std::string>* page : {&a, &b}) {
    for (const std::string& mark : *page) EXPECT_GT(mark.size(), 1u) << "ASCII " << mark;
  }
}

TEST(SeedPagesTest, MatchFormsOfBothStylesAreFreeOfPunctuation) {
  for (const auto& [name, page] : SeedPages()) {
    for (char32_t c : CodePoints(MatchForm(page))) {
      ASSERT_FALSE(IsMatchDropped(c))
          << name << " U+" << std::hex << static_cast<uint32_t>(c);
    }
  }
}

}  // namespace
}  // namespace baokan
