// The code-point Aho-Corasick matcher against a naive search.

#include "region/matcher.h"
#include "region/scan.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"

namespace baokan::region {
namespace {

using Found = std::set<std::tuple<uint32_t, uint32_t, int>>;

Found FindIn(const Matcher& m, std::string_view text) {
  std::vector<Matcher::Hit> hits;
  m.FindAll(text, &hits);
  Found out;
  for (const auto& h : hits) out.emplace(h.begin, h.end, h.pattern);
  return out;
}

TEST(MatcherTest, FindsOverlappingAndNestedPatterns) {
  Matcher m;
  int dalian = m.Add("大连");
  int wudalianchi = m.Add("五大连池");
  int lian = m.Add("连");
  m.Build();
  std::string text = "黑河五大连池市";
  Found f = FindIn(m, text);
  EXPECT_TRUE(f.count({6, 18, wudalianchi}));
  EXPECT_TRUE(f.count({9, 15, dalian}));
  EXPECT_TRUE(f.count({12, 15, lian}));
  EXPECT_EQ(f.size(), 3u);
}

TEST(MatcherTest, SameStringSameId) {
  Matcher m;
  EXPECT_EQ(m.Add("长沙"), m.Add("长沙"));
  EXPECT_NE(m.Add("长沙"), m.Add("长沙市"));
}

TEST(MatcherTest, NameBrokenByLineWrapStillMatches) {
  Matcher m;
  int id = m.Add("渝中区");
  m.Build();
  std::string text = "活动在渝中\n区举行";
  std::vector<Matcher::Hit> hits;
  m.FindAll(text, &hits);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].pattern, id);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "渝中\n区");
  EXPECT_EQ(hits[0].length, 3);
}

TEST(MatcherTest, InvalidUtf8NeverMatchesAndNeverCrashes) {
  Matcher m;
  m.Add("北京");
  m.Build();
  std::string text = "北\xff京 \xe5\x8c 北京\xc0";
  Found f = FindIn(m, text);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(std::get<0>(*f.begin()), text.find("北京"));
}

TEST(MatcherTest, EmptyMatcherAndEmptyText) {
  Matcher m;
  m.Build();
  EXPECT_TRUE(FindIn(m, "北京").empty());
  Matcher n;
  n.Add("北京");
  n.Build();
  EXPECT_TRUE(FindIn(n, "").empty());
}

// Property: on random texts over a small alphabet, the automaton finds
// exactly the occurrences a naive search finds.
TEST(MatcherTest, AgreesWithNaiveSearch) {
  const std::vector<std::string> alphabet = {"东", "西", "南", "北", "中", "a"};
  std::mt19937 rng(7);
  auto word = [&](size_t len) {
    std::string s;
    for (size_t i = 0; i < len; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  for (int round = 0; round < 20; ++round) {
    Matcher m;
    std::vector<std::string> patterns;
    for (int i = 0; i < 30; ++i) {
      std::string p = word(1 + rng() % 4);
      int id = m.Add(p);
      if (id == static_cast<int>(patterns.size())) patterns.push_back(p);
    }
    m.Build();
    std::string text = word(200);
    Found expected;
    for (size_t id = 0; id < patterns.size(); ++id) {
      for (size_t at = text.find(patterns[id]); at != std::string::npos;
           at = text.find(patterns[id], at + 1)) {
        // Occurrences must start on a character boundary (all are 1 or 3 bytes).
        size_t pos = 0;
        while (pos < at) pos += static_cast<unsigned char>(text[pos]) < 0x80 ? 1 : 3;
        if (pos == at) expected.emplace(at, at + patterns[id].size(), static_cast<int>(id));
      }
    }
    EXPECT_EQ(FindIn(m, text), expected) << "round " << round;
  }
}

// WordSet finds in one pass what one find() per word finds, at every byte
// offset (overlapping occurrences, words sharing a first character, text
// that is not valid UTF-8 included).
TEST(WordSetTest, FindsWhatFindFinds) {
  static constexpr std::string_view kWords[] = {"剧中", "剧情", "中国", "国中", "ab", "\xE4\xB8"};
  const WordSet set(kWords);
  const std::vector<std::string> alphabet = {"剧", "中", "国", "情", "a", "b", "\xE4", "\xB8", " "};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  for (int trial = 0; trial < 2000; ++trial) {
    std::string text;
    for (int k = static_cast<int>(rng() % 20); k > 0; --k) text += alphabet[pick(rng)];
    std::set<std::pair<size_t, size_t>> want, got;  // (byte, word)
    for (size_t w = 0; w < std::size(kWords); ++w) {
      for (size_t at = text.find(kWords[w]); at != std::string::npos;
           at = text.find(kWords[w], at + 1)) {
        want.insert({at, w});
      }
    }
    size_t last = 0;
    set.ForEach(text, [&](size_t w, size_t at) {
      EXPECT_GE(at, last);  // in text order
      last = at;
      got.insert({at, w});
    });
    ASSERT_EQ(got, want) << text;
  }
}

}  // namespace
}  // namespace baokan::region
