// Scores SplitPage on the seed pages against corpus/gold/seeds.gold.jsonl and
// fails below the targets of issue 3. The matching and the figures follow
// the project's seed scorer (tools/score-seeds): a gold article is found
// when one article of its page holds the gold `first` anchor within its
// first 60 characters and the `last` anchor within its last 60 (NFKC, white
// space removed) and no other required gold article's `first` anchor.

#include <gtest/gtest.h>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/json.h"
#include "baokan/split.h"
#include "segment/test_pages.h"
#include "support/seed_scorer.h"

namespace baokan::segment {
namespace {

using ::baokan::testing::ReadScoredArticles;
using ::baokan::testing::ScoredArticle;
using ::baokan::testing::ScoreSeeds;
using ::baokan::testing::SeedFigures;

ScoredArticle Scored(const Article& a) {
  ScoredArticle s;
  s.page = a.page;
  s.text = a.text;
  s.title = a.title;
  s.byline = a.byline;
  s.dateline = a.dateline;
  s.source = a.source;
  s.continued_from = a.continued_from;
  return s;
}

std::vector<ScoredArticle> SplitSeeds(bool normalize) {
  std::vector<ScoredArticle> all;
  SplitOptions options;
  options.normalize = normalize;
  for (const auto& page : testing::SeedPages()) {
    for (const Article& a : SplitPage(page.name, page.text, options).articles) {
      all.push_back(Scored(a));
    }
  }
  return all;
}

void ExpectTargets(const SeedFigures& s) {
  ::baokan::testing::ExpectSplitTargets(s);
  std::printf("seeds: %s\n", s.Summary().c_str());
}

TEST(SeedScoreTest, NormalizedPagesMeetTheTargets) {
  ExpectTargets(ScoreSeeds(SplitSeeds(/*normalize=*/true)));
}

TEST(SeedScoreTest, RawPagesMeetTheTargets) {
  // The rules read ASCII and full-width punctuation alike.
  ExpectTargets(ScoreSeeds(SplitSeeds(/*normalize=*/false)));
}

TEST(SeedScoreTest, ScorerMatchesOnAnchorsOnly) {
  // Articles made from the gold itself (fields as annotated, text from the
  // first and last anchors) score full recall and fields; shifting the text
  // by more than 60 characters loses every article.
  const std::string gold = testing::ReadFile(testing::SeedGoldPath());
  std::vector<ScoredArticle> exact = ReadScoredArticles(gold);
  ASSERT_GT(exact.size(), 30u);
  std::istringstream lines(gold);
  std::string line;
  for (size_t i = 0; std::getline(lines, line) && i < exact.size(); ++i) {
    StatusOr<JsonRecord> r = JsonRecord::Parse(line);
    ASSERT_TRUE(r.ok());
    std::optional<std::string> first, last;
    ASSERT_TRUE(r->GetString("first", &first).ok() && r->GetString("last", &last).ok());
    exact[i].text = *first + "……" + *last;
  }
  std::vector<ScoredArticle> shifted = exact;
  for (ScoredArticle& a : shifted) a.text = std::string(70, 'x') + a.text;
  const SeedFigures e = ScoreSeeds(exact);
  EXPECT_EQ(e.found, e.required);
  EXPECT_EQ(e.titles_ok, e.titles);
  EXPECT_EQ(e.bylines_ok, e.bylines);
  EXPECT_EQ(e.datelines_ok, e.datelines);
  EXPECT_EQ(e.province_ok, e.province);
  EXPECT_EQ(e.city_ok, e.city);
  EXPECT_EQ(e.county_ok, e.county);
  EXPECT_DOUBLE_EQ(e.precision(), 1.0);
  EXPECT_EQ(ScoreSeeds(shifted).found, 0);
}

}  // namespace
}  // namespace baokan::segment
