// Scores SplitPage on the seed pages against corpus/gold/seeds.gold.jsonl and
// fails below the targets of issue 3. The matching and the figures follow
// the project's seed scorer (tools/score-seeds): a gold article is found
// when one article of its page holds the gold `first` anchor within its
// first 60 characters and the `last` anchor within its last 60 (NFKC, white
// space removed) and no other required gold article's `first` anchor.

#include <gtest/gtest.h>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "baokan/json.h"
#include "baokan/split.h"
#include "segment/test_pages.h"

namespace baokan::segment {
namespace {

// NFKC, then every white space character removed; as UTF-32 so that
// positions count characters.
std::u32string Squeeze(const std::optional<std::string>& s) {
  if (!s) return {};
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(*s);
  icu::UnicodeString out = U_SUCCESS(status) ? nfkc->normalize(in, status) : in;
  std::u32string r;
  for (int32_t i = 0; i < out.length();) {
    const UChar32 c = out.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isUWhiteSpace(c)) r.push_back(static_cast<char32_t>(c));
  }
  return r;
}

// The byline's name tokens: split at white space and slashes, role words
// and brackets removed (the scorer's list).
std::vector<std::u32string> NameTokens(const std::optional<std::string>& byline) {
  static const std::vector<std::u32string> kRoles = {
      U"中国妇女报全媒体", U"见习记者", U"本报记者", U"记者", U"通讯员", U"实习生",
      U"摄", U"报道", U"本报讯"};
  static const std::u32string kDrop = U"■□()（）/／";
  std::vector<std::u32string> out;
  if (!byline) return out;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(*byline);
  std::u32string part;
  auto flush = [&]() {
    std::u32string s = part;
    part.clear();
    // Remove role words left to right, longest alternatives first as the
    // scorer's regular expression does.
    std::u32string r;
    for (size_t i = 0; i < s.size();) {
      bool matched = false;
      for (const std::u32string& w : kRoles) {
        if (s.compare(i, w.size(), w) == 0) {
          i += w.size();
          matched = true;
          break;
        }
      }
      if (matched) continue;
      if (kDrop.find(s[i]) == std::u32string::npos && !u_isUWhiteSpace(s[i])) r.push_back(s[i]);
      ++i;
    }
    if (!r.empty()) out.push_back(r);
  };
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == U'/' || c == U'／') {
      flush();
    } else {
      part.push_back(static_cast<char32_t>(c));
    }
  }
  flush();
  return out;
}

std::string ConvertBack(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t c : s) u.append(static_cast<UChar32>(c));
  std::string out;
  u.toUTF8String(out);
  return out;
}

struct Gold {
  std::string page;
  std::optional<std::string> title, byline, dateline, source, continued_from, first, last, layout;
  bool optional = false;
};

std::vector<Gold> ReadGold() {
  std::vector<Gold> gold;
  std::ifstream in(testing::SeedGoldPath());
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    StatusOr<JsonRecord> r = JsonRecord::Parse(line);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (!r.ok()) continue;
    Gold g;
    std::optional<std::string> page;
    EXPECT_TRUE(r->GetString("page", &page).ok());
    g.page = page.value_or("");
    for (auto [key, field] : {std::pair{"title", &g.title}, {"byline", &g.byline},
                              {"dateline", &g.dateline}, {"source", &g.source},
                              {"continued_from", &g.continued_from}, {"first", &g.first},
                              {"last", &g.last}, {"layout", &g.layout}}) {
      EXPECT_TRUE(r->GetString(key, field).ok()) << key;
    }
    const std::string* opt = r->Raw("optional");
    g.optional = opt && *opt == "true";
    gold.push_back(std::move(g));
  }
  return gold;
}

struct Figures {
  int required = 0, found = 0, titles = 0, titles_ok = 0, bylines = 0, bylines_ok = 0;
  int datelines = 0, datelines_ok = 0, sources = 0, sources_ok = 0, continued = 0,
      continued_ok = 0;
  int longs = 0, extra = 0;
  std::vector<std::string> missed;
  static double Ratio(int ok, int n) { return n ? static_cast<double>(ok) / n : 1.0; }
  double recall() const { return Ratio(found, required); }
  double precision() const { return longs ? static_cast<double>(longs - extra) / longs : 0.0; }
};

Figures Score(const std::vector<Gold>& gold, const std::vector<Article>& pred) {
  Figures s;
  std::vector<std::u32string> text(pred.size()), firsts(gold.size());
  for (size_t k = 0; k < pred.size(); ++k) text[k] = Squeeze(pred[k].text);
  for (size_t i = 0; i < gold.size(); ++i) firsts[i] = Squeeze(gold[i].first);
  std::set<size_t> matched;
  for (size_t i = 0; i < gold.size(); ++i) {
    const Gold& g = gold[i];
    const std::u32string& f = firsts[i];
    const std::u32string l = Squeeze(g.last);
    std::optional<size_t> hit;
    for (size_t k = 0; k < pred.size() && !hit; ++k) {
      if (pred[k].page != g.page) continue;
      const std::u32string& t = text[k];
      const size_t fi = t.find(f), li = t.rfind(l);
      if (fi == std::u32string::npos || li == std::u32string::npos || fi > 60 ||
          t.size() - (li + l.size()) > 60) {
        continue;
      }
      bool other = false;
      for (size_t j = 0; j < gold.size(); ++j) {
        if (j != i && gold[j].page == g.page && !gold[j].optional &&
            t.find(firsts[j]) != std::u32string::npos) {
          other = true;
        }
      }
      if (!other) hit = k;
    }
    if (g.optional) {
      if (hit) matched.insert(*hit);
      continue;
    }
    ++s.required;
    if (!hit) {
      s.missed.push_back(g.page.substr(0, 3) + " " + g.title.value_or(g.first.value_or("")));
      continue;
    }
    ++s.found;
    matched.insert(*hit);
    const Article& p = pred[*hit];
    if (g.title && g.layout != std::optional<std::string>("split")) {
      ++s.titles;
      s.titles_ok += Squeeze(p.title) == Squeeze(g.title);
    }
    if (g.byline) {
      ++s.bylines;
      const std::u32string pb = Squeeze(p.byline);
      bool all = true;
      for (const std::u32string& n : NameTokens(g.byline)) {
        if (pb.find(Squeeze(ConvertBack(n))) == std::u32string::npos) all = false;
      }
      s.bylines_ok += all;
    }
    if (g.dateline) {
      ++s.datelines;
      std::u32string pd = Squeeze(p.dateline);
      while (!pd.empty() && (pd.back() == U':' || pd.back() == U'：')) pd.pop_back();
      s.datelines_ok += pd == Squeeze(g.dateline);
    }
    ++s.sources;
    std::u32string ps = Squeeze(p.source);
    while (!ps.empty() && (ps.front() == U'《' || ps.front() == U'》')) ps.erase(0, 1);
    while (!ps.empty() && (ps.back() == U'《' || ps.back() == U'》')) ps.pop_back();
    s.sources_ok += ps == Squeeze(g.source);
    if (g.continued_from) {
      ++s.continued;
      s.continued_ok += p.continued_from && !p.continued_from->empty();
    }
  }
  std::set<std::string> pages;
  for (const Gold& g : gold) pages.insert(g.page);
  for (size_t k = 0; k < pred.size(); ++k) {
    if (text[k].size() >= 30 && pages.count(pred[k].page)) {
      ++s.longs;
      if (!matched.count(k)) ++s.extra;
    }
  }
  return s;
}

std::vector<Article> SplitSeeds(bool normalize) {
  std::vector<Article> all;
  SplitOptions options;
  options.normalize = normalize;
  for (const auto& page : testing::SeedPages()) {
    SplitResult r = SplitPage(page.name, page.text, options);
    for (Article& a : r.articles) all.push_back(std::move(a));
  }
  return all;
}

void ExpectTargets(const Figures& s) {
  std::string missed;
  for (const std::string& m : s.missed) missed += "\n  missed: " + m;
  ASSERT_GT(s.required, 30);
  EXPECT_GE(s.recall(), 0.95) << s.found << "/" << s.required << missed;
  EXPECT_GE(s.precision(), 0.90) << s.extra << " extra of " << s.longs;
  EXPECT_EQ(s.sources_ok, s.sources);
  EXPECT_EQ(s.continued_ok, s.continued);
  EXPECT_GE(Figures::Ratio(s.datelines_ok, s.datelines), 0.95);
  EXPECT_GE(Figures::Ratio(s.bylines_ok, s.bylines), 0.90);
  EXPECT_GE(Figures::Ratio(s.titles_ok, s.titles), 0.85) << s.titles_ok << "/" << s.titles;
  std::printf("seeds: found %d/%d recall %.3f precision %.3f title %.3f byline %.3f "
              "dateline %.3f source %.3f continued_from %.3f\n",
              s.found, s.required, s.recall(), s.precision(),
              Figures::Ratio(s.titles_ok, s.titles), Figures::Ratio(s.bylines_ok, s.bylines),
              Figures::Ratio(s.datelines_ok, s.datelines), Figures::Ratio(s.sources_ok, s.sources),
              Figures::Ratio(s.continued_ok, s.continued));
}

TEST(SeedScoreTest, NormalizedPagesMeetTheTargets) {
  const std::vector<Gold> gold = ReadGold();
  ASSERT_GT(gold.size(), 30u);
  ExpectTargets(Score(gold, SplitSeeds(/*normalize=*/true)));
}

TEST(SeedScoreTest, RawPagesMeetTheTargets) {
  // The rules read ASCII and full-width punctuation alike.
  ExpectTargets(Score(ReadGold(), SplitSeeds(/*normalize=*/false)));
}

TEST(SeedScoreTest, ScorerMatchesOnAnchorsOnly) {
  // A page's gold against articles made from the anchors themselves scores
  // full recall; shifting the text by more than 60 characters loses it.
  const std::vector<Gold> gold = ReadGold();
  std::vector<Article> exact, shifted;
  for (const Gold& g : gold) {
    Article a;
    a.page = g.page;
    a.title = g.title;
    a.byline = g.byline;
    a.dateline = g.dateline;
    a.source = g.source;
    a.continued_from = g.continued_from;
    a.text = *g.first + "……" + *g.last;
    exact.push_back(a);
    a.text = std::string(70 * 3, 'x') + a.text;
    shifted.push_back(a);
  }
  const Figures e = Score(gold, exact);
  EXPECT_EQ(e.found, e.required);
  EXPECT_EQ(e.titles_ok, e.titles);
  EXPECT_EQ(e.bylines_ok, e.bylines);
  EXPECT_DOUBLE_EQ(e.precision(), 1.0);
  EXPECT_EQ(Score(gold, shifted).found, 0);
}

}  // namespace
}  // namespace baokan::segment
