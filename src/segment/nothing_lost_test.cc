// "Nothing is lost": every non-blank line of a page ends up in exactly one
// article field or noise block, checked piece by piece on every seed page
// and on synthetic pages.

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "baokan/normalize.h"
#include "baokan/split.h"
#include "segment/chars.h"
#include "segment/layout.h"
#include "segment/test_pages.h"

namespace baokan::segment {
namespace {

std::vector<Piece> AllPieces(const PageLayout& layout) {
  std::vector<Piece> out;
  for (const Draft& d : layout.drafts) {
    for (const auto* v : {&d.column, &d.kicker, &d.title, &d.subtitle, &d.dateline, &d.byline,
                          &d.source, &d.jump, &d.jump_to}) {
      out.insert(out.end(), v->begin(), v->end());
    }
    for (const Paragraph& p : d.paragraphs) out.insert(out.end(), p.pieces.begin(), p.pieces.end());
  }
  for (const NoisePiece& n : layout.noise) out.push_back(n.piece);
  return out;
}

// Every byte of every line is covered by at most one piece, and every byte
// that is not white space by exactly one.
void ExpectPiecesCoverPage(const PageModel& model, const PageLayout& layout) {
  std::vector<std::vector<int>> cover(model.lines.size());
  for (size_t i = 0; i < model.lines.size(); ++i) cover[i].assign(model.lines[i].text.size(), 0);
  for (const Piece& p : AllPieces(layout)) {
    ASSERT_GE(p.line, 0);
    ASSERT_LT(p.line, static_cast<int>(model.lines.size()));
    ASSERT_LE(p.end, model.lines[p.line].text.size());
    ASSERT_LT(p.begin, p.end);
    for (size_t b = p.begin; b < p.end; ++b) ++cover[p.line][b];
  }
  for (size_t i = 0; i < model.lines.size(); ++i) {
    const std::string_view text = model.lines[i].text;
    for (size_t pos = 0; pos < text.size();) {
      const size_t start = pos;
      const char32_t c = NextCodePoint(text, &pos);
      const int n = cover[i][start];
      if (IsSpaceChar(c)) {
        EXPECT_LE(n, 1) << model.page << ":" << model.lines[i].number;
      } else {
        EXPECT_EQ(n, 1) << model.page << ":" << model.lines[i].number << " byte " << start
                        << " of \"" << text << "\"";
      }
      if (!IsSpaceChar(c) && n != 1) return;  // one report per page
    }
  }
}

// Public view: every non-blank line is listed by exactly one article (its
// `lines`) or one noise block, unless it is shared between an article and
// noise pieces of the same line; and no character of the page appears more
// often in the output than in the page.
void ExpectResultAccountsForLines(std::string_view text, const SplitResult& r) {
  std::map<int, int> owners;  // line -> number of articles listing it
  for (const Article& a : r.articles) {
    for (int l : a.lines) ++owners[l];
  }
  std::map<int, bool> in_noise;
  for (const NoiseBlock& n : r.noise) {
    for (int l = n.first_line; l <= n.last_line; ++l) in_noise[l] = true;
  }
  const std::string normal = Normalize(text);
  int number = 0;
  std::map<char32_t, int> page_chars;
  size_t start = 0;
  while (start <= normal.size()) {
    size_t nl = normal.find('\n', start);
    if (nl == std::string::npos) nl = normal.size();
    const std::string_view line = std::string_view(normal).substr(start, nl - start);
    ++number;
    if (!TrimSpace(line).empty()) {
      EXPECT_TRUE(owners[number] == 1 || (owners[number] == 0 && in_noise[number]))
          << "line " << number << " listed by " << owners[number] << " articles: " << line;
    }
    for (size_t p = 0; p < line.size();) {
      const char32_t c = NextCodePoint(line, &p);
      if (IsHan(c) || IsAsciiAlnum(c)) ++page_chars[c];
    }
    if (nl == normal.size()) break;
    start = nl + 1;
  }
  std::map<char32_t, int> out_chars;
  auto count = [&](const std::string& s) {
    for (size_t p = 0; p < s.size();) {
      const char32_t c = NextCodePoint(s, &p);
      if (IsHan(c) || IsAsciiAlnum(c)) ++out_chars[c];
    }
  };
  for (const Article& a : r.articles) {
    for (const auto* f : {&a.title, &a.subtitle, &a.kicker, &a.column, &a.dateline, &a.byline,
                          &a.source, &a.continued_from, &a.continued_to}) {
      if (*f) count(**f);
    }
    count(a.text);
  }
  for (const NoiseBlock& n : r.noise) count(n.text);
  for (const auto& [c, n] : out_chars) {
    std::string s;
    AppendUtf8(c, &s);
    EXPECT_LE(n, page_chars[c]) << "character " << s << " duplicated";
  }
}

TEST(NothingLostTest, EverySeedPageIsCoveredPieceByPiece) {
  const auto pages = testing::SeedPages();
  ASSERT_EQ(pages.size(), 5u);
  for (const auto& page : pages) {
    for (bool normalize : {true, false}) {
      SCOPED_TRACE(page.name + (normalize ? " normalized" : " raw"));
      PageModel model;
      PageLayout layout;
      SplitOptions options;
      options.normalize = normalize;
      AnalyzePage(page.name, page.text, options, &model, &layout);
      ASSERT_GT(model.lines.size(), 50u);
      ExpectPiecesCoverPage(model, layout);
    }
  }
}

TEST(NothingLostTest, EverySeedPageIsAccountedForInTheResult) {
  for (const auto& page : testing::SeedPages()) {
    SCOPED_TRACE(page.name);
    const SplitResult r = SplitPage(page.name, page.text);
    ASSERT_FALSE(r.articles.empty());
    ExpectResultAccountsForLines(page.text, r);
    for (const Article& a : r.articles) {
      EXPECT_FALSE(a.lines.empty()) << a.id;
      EXPECT_TRUE(std::is_sorted(a.lines.begin(), a.lines.end())) << a.id;
    }
  }
}

// The page as extractions without blank lines print it (pdftotext -raw):
// the headline runs and virtual breaks of SplitAtHeadlineRuns are at work.
std::string WithoutBlankLines(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(start, nl - start);
    if (!TrimSpace(line).empty()) {
      out.append(line);
      out.push_back('\n');
    }
    start = nl + 1;
  }
  return out;
}

TEST(NothingLostTest, SeedPagesWithoutBlankLinesAreCoveredAndAccountedFor) {
  for (const auto& page : testing::SeedPages()) {
    SCOPED_TRACE(page.name + " without blank lines");
    const std::string text = WithoutBlankLines(page.text);
    PageModel model;
    PageLayout layout;
    AnalyzePage(page.name, text, SplitOptions(), &model, &layout);
    ExpectPiecesCoverPage(model, layout);
    const SplitResult r = SplitPage(page.name, text);
    ASSERT_FALSE(r.articles.empty());
    ExpectResultAccountsForLines(text, r);
  }
}

TEST(NothingLostTest, AForwardJumpAfterASubheadStaysWithTheArticle) {
  // The body under the subhead is merged into the body above it; the jump
  // marker that ends it must come along.
  const std::string page =
      "老旧小区焕新颜\n\n某市今年以来持续推进老旧小区改造工作，惠及居民三万余户。\n\n"
      "改造惠及三万户\n\n改造后的小区环境整洁，设施完善，居民生活更便利。\n（下转第2版）\n";
  PageModel model;
  PageLayout layout;
  AnalyzePage("p", page, SplitOptions(), &model, &layout);
  ExpectPiecesCoverPage(model, layout);
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].continued_to, "第2版");
  EXPECT_EQ(r.articles[0].lines.back(), 8);  // the marker's line
  ExpectResultAccountsForLines(page, r);
}

TEST(NothingLostTest, TheCheckCatchesADroppedPiece) {
  const auto pages = testing::SeedPages();
  PageModel model;
  PageLayout layout;
  AnalyzePage(pages[0].name, pages[0].text, SplitOptions(), &model, &layout);
  ASSERT_FALSE(layout.drafts.empty());
  // Drop one body line: the coverage check must fail.
  for (Draft& d : layout.drafts) {
    if (d.paragraphs.size() > 1) {
      d.paragraphs[1].pieces.pop_back();
      break;
    }
  }
  ::testing::TestPartResultArray failures;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
    ExpectPiecesCoverPage(model, layout);
  }
  EXPECT_GT(failures.size(), 0);
}

TEST(NothingLostTest, TheCheckCatchesADuplicatedPiece) {
  const auto pages = testing::SeedPages();
  PageModel model;
  PageLayout layout;
  AnalyzePage(pages[1].name, pages[1].text, SplitOptions(), &model, &layout);
  ASSERT_FALSE(layout.drafts.empty());
  layout.noise.push_back({layout.drafts[0].paragraphs[0].pieces[0], "test"});
  ::testing::TestPartResultArray failures;
  {
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
    ExpectPiecesCoverPage(model, layout);
  }
  EXPECT_GT(failures.size(), 0);
}

}  // namespace
}  // namespace baokan::segment
