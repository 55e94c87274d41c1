// Scores articles against the seed gold (corpus/gold/seeds.gold.jsonl) with
// the definitions of the project's seed scorer: a gold article is found when
// one predicted article of the same page holds the gold `first` anchor within
// its first 60 characters and the `last` anchor within its last 60 (NFKC,
// white space removed), and no other required gold article's `first` anchor.
// Used by the tests that hold split, region, subject and run to their targets.

#ifndef BAOKAN_TESTS_SUPPORT_SEED_SCORER_H_
#define BAOKAN_TESTS_SUPPORT_SEED_SCORER_H_

#include <optional>
#include <string>
#include <vector>

namespace baokan::testing {

// What the scorer reads of a predicted article.
struct ScoredArticle {
  std::string page;
  std::string text;
  std::optional<std::string> title, byline, dateline, source, continued_from;
  std::optional<std::string> province, city, county;  // region codes
  std::optional<std::string> subject;                 // id or Chinese name
};

// Reads JSON Lines (the output of split, label or run). Reprints listed in
// `reprints` with a `text` are scored as articles of their own.
std::vector<ScoredArticle> ReadScoredArticles(const std::string& jsonl);

struct SeedFigures {
  int required = 0, found = 0;
  int longs = 0, extra = 0;  // predicted articles of >= 30 characters, unmatched
  int titles = 0, titles_ok = 0, bylines = 0, bylines_ok = 0, datelines = 0, datelines_ok = 0;
  int sources = 0, sources_ok = 0, continued = 0, continued_ok = 0;
  int province = 0, province_ok = 0, city = 0, city_ok = 0, county = 0, county_ok = 0;
  int subject = 0, subject_ok = 0;
  std::vector<std::string> missed;

  static double Ratio(int ok, int n) { return n ? static_cast<double>(ok) / n : 1.0; }
  double recall() const { return Ratio(found, required); }
  double precision() const { return longs ? static_cast<double>(longs - extra) / longs : 0.0; }
  // One line with every figure, for test logs.
  std::string Summary() const;
};

// Scores `predicted` against the gold file (default: the repository's copy).
SeedFigures ScoreSeeds(const std::vector<ScoredArticle>& predicted,
                       const std::string& gold_path = BAOKAN_SOURCE_DIR
                       "/corpus/gold/seeds.gold.jsonl");

// Adds a GoogleTest failure for every split figure below the targets of the
// split issue: recall >= 0.95, precision >= 0.90, source and continued_from
// 1.0, dateline >= 0.95, byline >= 0.90, title >= 0.85.
void ExpectSplitTargets(const SeedFigures& figures);

}  // namespace baokan::testing

#endif  // BAOKAN_TESTS_SUPPORT_SEED_SCORER_H_
