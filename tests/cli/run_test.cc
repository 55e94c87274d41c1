// `baokan run` and `baokan label`: the main job end to end on the seed pages.

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "run_command.h"
#include "support/seed_scorer.h"

namespace baokan::testing {
namespace {

namespace fs = std::filesystem;

const char* const kSeeds = BAOKAN_SOURCE_DIR "/corpus/seeds";

// The number on the ledger row `label` in run's summary, or -1.
long LedgerValue(const std::string& err, const std::string& label) {
  size_t at = err.find("  " + label + " ");
  if (at == std::string::npos) return -1;
  size_t end = err.find('\n', at);
  std::string row = err.substr(at + label.size() + 2, end - at - label.size() - 2);
  return std::strtol(row.c_str(), nullptr, 10);
}

// Runs the seeds once per test binary and keeps the output directory.
const std::string& SeedRun() {
  static const std::string* dir = [] {
    auto* d = new std::string(MakeLastingTempDir());
    CommandResult r = RunBaokan({"run", kSeeds, "-o", *d});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    return d;
  }();
  return *dir;
}

TEST(RunCommand, SeedsMeetTheSplitRegionAndSubjectTargets) {
  const std::string articles = ReadFile(SeedRun() + "/articles.jsonl");
  SeedFigures s = ScoreSeeds(ReadScoredArticles(articles));
  ExpectSplitTargets(s);
  EXPECT_GE(SeedFigures::Ratio(s.province_ok, s.province), 0.97) << s.Summary();
  EXPECT_GE(SeedFigures::Ratio(s.city_ok, s.city), 0.95) << s.Summary();
  EXPECT_GE(SeedFigures::Ratio(s.county_ok, s.county), 0.90) << s.Summary();
  EXPECT_GE(SeedFigures::Ratio(s.subject_ok, s.subject), 0.80) << s.Summary();
  std::printf("run on seeds: %s\n", s.Summary().c_str());
}

TEST(RunCommand, WritesEveryOutputAndNoWorkingFiles) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(SeedRun())) {
    names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"articles.jsonl", "clusters.tsv", "noise.jsonl",
                                             "report.html"}));
  const std::string html = ReadFile(SeedRun() + "/report.html");
  for (const char* id : {"ledger", "provinces", "subjects", "reprints", "uncertain"}) {
    EXPECT_NE(html.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(html.find("The ledger balances"), std::string::npos);
}

TEST(RunCommand, LedgerIsPrintedAndBalances) {
  std::string dir = MakeTempDir();
  CommandResult r = RunBaokan({"run", kSeeds, "-o", dir});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* row : {"pages read", "non-blank page lines", "in articles", "in noise",
                          "articles split", "continuations joined", "reprints folded",
                          "articles written"}) {
    EXPECT_NE(r.err.find(row), std::string::npos) << row << "\n" << r.err;
  }
  // Every record carries region and subject.
  for (const ScoredArticle& a : ReadScoredArticles(ReadFile(dir + "/articles.jsonl"))) {
    EXPECT_TRUE(a.subject.has_value()) << a.page;
  }
}

TEST(RunCommand, ABadPageIsReportedAndTheRunGoesOn) {
  std::string in = MakeTempDir(), out = MakeTempDir();
  fs::copy(SeedPages()[0], in + "/000.txt");
  WriteFile(in + "/bad.txt", std::string("\x00\x01\x02binary\x00", 10));
  CommandResult r = RunBaokan({"run", in, "-o", out});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(in + "/bad.txt"), std::string::npos) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "pages that failed"), 1) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "pages read"), 1) << r.err;
  EXPECT_FALSE(ReadFile(out + "/articles.jsonl").empty());
}

TEST(RunCommand, JoinsAnArticleContinuedOnAnotherPageOfTheIssue) {
  const std::string in = MakeTempDir(), out = MakeTempDir();
  fs::create_directories(in + "/day1");
  fs::create_directories(in + "/day2");
  // Two issues (folders) laid out alike with other stories, so that dedup
  // keeps both: parts join within an issue, never across.
  struct Story {
    const char* day;
    const char* title;
    const char* start;
    const char* rest;
  };
  const Story stories[] = {
      {"day1", "老旧小区改造惠及三万户居民", "某市持续推进老旧小区改造工作，累计完成改造项目一百余个。",
       "甲市居民们纷纷表示，生活变得更加便利了。"},
      {"day2", "春耕生产技术服务送到田间地头", "某县组织农技人员深入田间，指导农户开展病虫害防治。",
       "乙县农户说，今年小麦长势明显好于往年。"}};
  for (const Story& st : stories) {
    const std::string day = st.day;
    WriteFile(in + "/" + day + "/" + day + "-p1.txt",
              std::string("2024年3月12日 星期二 第1版 要闻\n\n") + st.title +
                  "\n本报某地3月11日电（记者 甲乙）" + st.start + "\n（下转第2版）\n");
    WriteFile(in + "/" + day + "/" + day + "-p2.txt",
              std::string("2024年3月12日 星期二 第2版 综合\n\n") +
                  std::string(st.title).substr(0, 12) + "\n（上接第1版）" + st.rest + "\n");
  }
  CommandResult r = RunBaokan({"run", in, "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "articles split"), 4) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "continuations joined"), 2) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "articles written"), 2) << r.err;
  const std::string articles = ReadFile(out + "/articles.jsonl");
  for (const char* day : {"day1", "day2"}) {
    const std::string parts = std::string(R"("parts":[{"page":")") + day +
                              R"(-p1","first_line":3,"last_line":5},{"page":")" + day +
                              R"(-p2","first_line":3,"last_line":4}])";
    EXPECT_NE(articles.find(parts), std::string::npos) << articles;
  }
  EXPECT_NE(articles.find("改造项目一百余个。\\n甲市居民们纷纷表示"), std::string::npos) << articles;
}

TEST(RunCommand, LinesOfControlAndFormatCharactersAloneAreBlank) {
  // pdftotext ends every page with a form feed on a line of its own; a line
  // of zero-width spaces shows nothing either. The ledger must balance.
  const std::string in = MakeTempDir(), out = MakeTempDir();
  WriteFile(in + "/p.txt",
            "老旧小区焕新颜\n某市今年以来持续推进老旧小区改造工作，惠及居民三万余户。\n"
            "\u200b\u200b\n\x0c\n");
  CommandResult r = RunBaokan({"run", in, "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "non-blank page lines"), 2) << r.err;
  EXPECT_EQ(LedgerValue(r.err, "in articles"), 2) << r.err;
}

TEST(RunCommand, NeedsAnOutputDirectory) {
  CommandResult r = RunBaokan({"run", kSeeds});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("-o OUTDIR"), std::string::npos) << r.err;
}

TEST(LabelCommand, AddsRegionAndSubjectAndPassesOtherFieldsThrough) {
  std::string input =
      R"({"id":"p#1","page":"p","title":"山东茌平","dateline":"山东茌平","text":"近年来，山东省聊城市茌平区乡村振兴局积极探索农业农村发展。","mine":[1,{"a":null}]})"
      "\n";
  CommandResult r = RunBaokan({"label", "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(R"("mine":[1,{"a":null}])"), std::string::npos) << r.out;
  std::vector<ScoredArticle> a = ReadScoredArticles(r.out);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].county.value_or(""), "371503");
  EXPECT_TRUE(a[0].subject.has_value());
}

TEST(LabelCommand, TakesTheLexiconFromTheModelsDirectoryItIsGiven) {
  // A models directory whose lexicon knows one word: the subject must come
  // from it, not from the default lexicon.
  std::string dir = MakeTempDir();
  for (const char* f : {"regions.tsv", "region_aliases.tsv", "subjects.tsv"}) {
    fs::copy(std::string(BAOKAN_SOURCE_DIR "/models/") + f, dir + "/" + f);
  }
  WriteFile(dir + "/subject_lexicon.tsv", "military\t咖啡\t4\n");
  const std::string input = R"({"id":"p#1","page":"p","text":"今天的咖啡很好喝。"})" "\n";
  CommandResult r = RunBaokan({"label", "--gazetteer", dir, "-"}, input);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<ScoredArticle> a = ReadScoredArticles(r.out);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].subject.value_or(""), "military") << r.out;
}

TEST(LabelCommand, CorruptModelIsAClearError) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/m.bin", "not a model at all");
  WriteFile(dir + "/m.json", "{}");
  CommandResult r = RunBaokan({"label", "--model", dir + "/m.bin", "-"}, "{\"text\":\"x\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/m."), std::string::npos) << r.err;
}

}  // namespace
}  // namespace baokan::testing
