// Dedup end to end through the library: planted reprints are folded, every
// article is accounted for once, and the output does not depend on the
// thread count or on the order of the input.

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "baokan/dedup.h"
#include "baokan/json.h"
#include "dedup/test_text.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using dedup::RandomText;
using dedup::Slice;

std::string Read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// Adds Chinese punctuation every 15 characters and a line break every 37.
std::string Dress(const std::string& bare, const char* comma, const char* stop) {
  std::string out;
  const int n = static_cast<int>(bare.size() / 3);
  for (int i = 0; i < n; ++i) {
    out += Slice(bare, i, 1);
    if (i % 15 == 14) out += (i % 45 == 44) ? stop : comma;
    if (i % 37 == 36) out += "\n";
  }
  return out;
}

class DedupLibraryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // 60 originals with 1-2 abridged copies each (kept 30-90 %, other
    // punctuation, re-wrapped, some with 摘自), 200 unrelated articles, and
    // 40 articles sharing a boilerplate paragraph (a hard negative).
    std::mt19937_64 rng(11);
    const std::string boiler = RandomText(&rng, 100);
    int page = 0;
    auto add = [&](const std::string& text, const char* extra) {
      JsonRecord r;
      const std::string id = "p" + std::to_string(1000 + page / 3) + "#" + std::to_string(page % 3 + 1);
      ++page;
      r.SetString("id", id);
      r.SetString("page", id.substr(0, id.find('#')));
      r.SetString("text", text);
      if (extra != nullptr) r.SetString("source", extra);
      lines_.push_back(r.Serialize());
      return id;
    };
    for (int i = 0; i < 60; ++i) {
      const int len = 300 + static_cast<int>(rng() % 600);
      const std::string orig = RandomText(&rng, len);
      const std::string orig_id = add(Dress(orig, "，", "。"), nullptr);
      for (int c = 0; c < 1 + i % 2; ++c) {
        const int keep = len * (30 + static_cast<int>(rng() % 61)) / 100;
        const int from = static_cast<int>(rng() % (len - keep + 1));
        std::string copy = Dress(Slice(orig, from, keep), ",", ".");
        if (c == 0) copy += " 摘自《安徽日报》";
        truth_[add(copy, c == 1 ? "浙江日报" : nullptr)] = orig_id;
      }
    }
    for (int i = 0; i < 200; ++i) add(Dress(RandomText(&rng, 200 + static_cast<int>(rng() % 700)), "，", "。"), nullptr);
    for (int i = 0; i < 40; ++i) add(Dress(RandomText(&rng, 250) + boiler + RandomText(&rng, 100), "，", "。"), nullptr);
  }

  std::string Write(const std::string& name, const std::vector<std::string>& lines) {
    std::ofstream f(dir_ + "/" + name);
    for (const std::string& l : lines) f << l << "\n";
    return dir_ + "/" + name;
  }

  std::string Run(const std::vector<std::string>& inputs, int threads, const std::string& out,
                  size_t memory_bytes = 0, DedupStats* stats_out = nullptr) {
    DedupOptions o;
    o.threads = threads;
    o.memory_bytes = memory_bytes;
    DedupOutputs outputs;
    outputs.articles = dir_ + "/" + out;
    outputs.clusters = dir_ + "/" + out + ".tsv";
    std::vector<std::string> errors;
    DedupStats stats;
    Status s = Dedup(inputs, outputs, o, [&](const std::string& m) { errors.push_back(m); }, &stats);
    EXPECT_TRUE(s.ok()) << s.message();
    EXPECT_TRUE(errors.empty()) << errors.front();
    if (stats_out != nullptr) *stats_out = stats;
    return Read(outputs.articles) + "\n--\n" + Read(outputs.clusters);
  }

  testing_util::TempDir tmp_;  // under $TMPDIR, removed with the fixture
  const std::string dir_ = tmp_.path();
  std::vector<std::string> lines_;
  std::map<std::string, std::string> truth_;  // copy id -> original id
};

TEST_F(DedupLibraryTest, FoldsPlantedReprintsIntoTheirOriginals) {
  const std::string all = Write("all.jsonl", lines_);
  Run({all}, 1, "out.jsonl");
  std::map<std::string, std::string> found;  // folded id -> kept id
  std::multiset<std::string> seen;
  std::istringstream out(Read(dir_ + "/out.jsonl"));
  for (std::string line; std::getline(out, line);) {
    StatusOr<JsonRecord> r = JsonRecord::Parse(line);
    ASSERT_TRUE(r.ok());
    std::optional<std::string> id;
    ASSERT_TRUE(r->GetString("id", &id).ok());
    seen.insert(*id);
    const std::string& list = *r->Raw("reprints");
    for (size_t p = 0; (p = list.find("{\"id\":\"", p)) != std::string::npos; ++p) {
      const size_t start = p + 7;
      const std::string folded = list.substr(start, list.find('"', start) - start);
      seen.insert(folded);
      found[folded] = *id;
    }
  }
  EXPECT_EQ(seen.size(), lines_.size());  // every article once
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), lines_.size());
  EXPECT_EQ(found, truth_);  // all planted copies, each under its original, nothing else
}

TEST_F(DedupLibraryTest, SameOutputAtAnyThreadCountAndInputOrder) {
  const std::string one = Run({Write("all.jsonl", lines_)}, 1, "one.jsonl");
  std::vector<std::string> shuffled = lines_;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(5));
  const size_t half = shuffled.size() / 2;
  const std::string a = Write("a.jsonl", {shuffled.begin(), shuffled.begin() + half});
  const std::string b = Write("b.jsonl", {shuffled.begin() + half, shuffled.end()});
  EXPECT_EQ(Run({b, a}, 2, "two.jsonl"), one);
  EXPECT_EQ(Run({a, b}, 3, "three.jsonl"), one);
}

TEST_F(DedupLibraryTest, SignatureFilesAreUsedAndGiveTheSameOutput) {
  const std::string all = Write("all.jsonl", lines_);
  const std::string plain = Run({all}, 2, "plain.jsonl");
  FingerprintOptions fo;
  fo.threads = 2;
  FingerprintStats fs;
  ASSERT_TRUE(Fingerprint({all}, dir_ + "/all.sig", fo, [](const std::string&) {}, &fs).ok());
  EXPECT_EQ(fs.records, lines_.size());
  EXPECT_EQ(Run({dir_ + "/all.sig", all}, 2, "sig.jsonl"), plain);
}

TEST_F(DedupLibraryTest, TinyMemoryVerifiesInManyPassesWithTheSameOutput) {
  const std::string all = Write("all.jsonl", lines_);
  DedupStats roomy, tiny;
  const std::string plain = Run({all}, 2, "plain.jsonl", 0, &roomy);
  EXPECT_EQ(roomy.verify_chunks, 1u);
  // 4 KB holds the sets of one or two articles: one pass per pair or so.
  EXPECT_EQ(Run({all}, 2, "tiny.jsonl", 4096, &tiny), plain);
  EXPECT_GT(tiny.verify_chunks, roomy.candidates / 2);
  EXPECT_EQ(tiny.verified, roomy.verified);
}

// Dedup in steps (fingerprint per shard, candidates per band group, then
// verify, cluster and write once) writes Dedup()'s bytes at any number of
// shards and band groups, and takes the signatures from the shards' files.
TEST_F(DedupLibraryTest, StepsOverShardsAndBandGroupsWriteTheBytesOfDedup) {
  const std::string plain = Run({Write("all.jsonl", lines_)}, 2, "plain.jsonl");
  DedupOptions o;
  o.threads = 2;
  o.temp_dir = dir_;
  const auto fail = [](const std::string& m) { ADD_FAILURE() << m; };
  for (const auto& [shards, groups] : std::vector<std::pair<size_t, int>>{{1, 1}, {3, 5}, {2, 128}}) {
    const std::string run = std::to_string(shards) + "x" + std::to_string(groups);
    std::vector<DedupShardFiles> files;
    for (size_t s = 0; s < shards; ++s) {
      const size_t begin = lines_.size() * s / shards, end = lines_.size() * (s + 1) / shards;
      const std::string name = run + "." + std::to_string(s);
      files.push_back({Write(name + ".jsonl", {lines_.begin() + begin, lines_.begin() + end}),
                       dir_ + "/" + name + ".sig", dir_ + "/" + name + ".keys"});
      ASSERT_TRUE(FingerprintDedupShard(files.back(), o, fail).ok());
    }
    std::vector<std::string> pairs;
    for (int g = 0; g < groups; ++g) {
      pairs.push_back(dir_ + "/" + run + "." + std::to_string(g) + ".pairs");
      const Status s = FindDedupCandidates(files, g, groups, pairs.back(), o);
      ASSERT_TRUE(s.ok()) << s.message();
    }
    DedupOutputs outputs;
    outputs.articles = dir_ + "/" + run + ".out";
    outputs.clusters = dir_ + "/" + run + ".tsv";
    DedupStats stats;
    const Status s = DedupFromCandidates(files, pairs, outputs, o, fail, &stats);
    ASSERT_TRUE(s.ok()) << s.message();
    EXPECT_EQ(Read(outputs.articles) + "\n--\n" + Read(outputs.clusters), plain) << run;
    EXPECT_EQ(stats.signatures_loaded, lines_.size()) << run;  // none computed again
  }
}

TEST_F(DedupLibraryTest, StepsRefuseBadGroupsAndDamagedFiles) {
  DedupOptions o;
  o.temp_dir = dir_;
  const auto fail = [](const std::string& m) { ADD_FAILURE() << m; };
  const DedupShardFiles shard{Write("s.jsonl", lines_), dir_ + "/s.sig", dir_ + "/s.keys"};
  ASSERT_TRUE(FingerprintDedupShard(shard, o, fail).ok());
  EXPECT_FALSE(FindDedupCandidates({shard}, 0, 129, dir_ + "/p", o).ok());
  EXPECT_FALSE(FindDedupCandidates({shard}, 2, 2, dir_ + "/p", o).ok());
  ASSERT_TRUE(FindDedupCandidates({shard}, 0, 1, dir_ + "/p", o).ok());
  // A pairs file cut short is named.
  const std::string pairs = Read(dir_ + "/p");
  std::ofstream(dir_ + "/short") << pairs.substr(0, pairs.size() - 3);
  DedupOutputs outputs;
  outputs.articles = dir_ + "/out";
  Status s = DedupFromCandidates({shard}, {dir_ + "/short"}, outputs, o, fail, nullptr);
  EXPECT_NE(s.message().find("short: not a candidate pairs file"), std::string::npos)
      << s.message();
  // Keys without their signatures are named with the line.
  const DedupShardFiles other{shard.articles, dir_ + "/t.sig", dir_ + "/t.keys"};
  std::vector<std::string> half(lines_.begin(), lines_.begin() + 10);
  ASSERT_TRUE(FingerprintDedupShard({Write("t.jsonl", half), other.signatures, other.keys}, o, fail).ok());
  const DedupShardFiles mixed{shard.articles, other.signatures, shard.keys};
  s = FindDedupCandidates({mixed}, 0, 1, dir_ + "/p2", o);
  EXPECT_NE(s.message().find("s.keys:11: no signature"), std::string::npos) << s.message();
  // Pairs found among other articles are refused, not misread.
  const DedupShardFiles ten{dir_ + "/t.jsonl", other.signatures, other.keys};
  s = DedupFromCandidates({ten}, {dir_ + "/p"}, outputs, o, fail, nullptr);
  EXPECT_NE(s.message().find("found among other articles"), std::string::npos) << s.message();
}

// A traditional-character copy (Hong Kong or Taiwan print) of a simplified
// article, abridged, is folded into it. Texts written for this test.
TEST(DedupTraditionalTest, TraditionalReprintFoldsIntoSimplifiedOriginal) {
  testing_util::TempDir tmp;
  const std::string simplified =
      "国务院新闻办公室今天举行发布会，介绍经济运行情况。发言人表示，前三个季度国内生产总值"
      "同比增长，就业形势总体稳定，居民消费价格温和上涨。下一步将继续实施积极的财政政策，"
      "加大对小微企业的支持力度，推动产业结构优化升级，进一步扩大对外开放。";
  const std::string traditional =
      "國務院新聞辦公室今天舉行發佈會，介紹經濟運行情況。發言人表示，前三個季度國內生產總值"
      "同比增長，就業形勢總體穩定，居民消費價格溫和上漲。";
  const std::string other =
      "市民政局发布通知，今年冬季将为困难群众发放取暖补贴，申请材料可在各街道办事处领取。";
  std::ofstream(tmp.path() + "/in.jsonl")
      << R"({"id":"a#1","text":")" << simplified << "\"}\n"
      << R"({"id":"b#1","text":")" << traditional << "\"}\n"
      << R"({"id":"c#1","text":")" << other << "\"}\n";
  DedupOutputs outputs;
  outputs.articles = tmp.path() + "/out.jsonl";
  DedupStats stats;
  ASSERT_TRUE(Dedup({tmp.path() + "/in.jsonl"}, outputs, DedupOptions(),
                    [](const std::string& m) { ADD_FAILURE() << m; }, &stats)
                  .ok());
  EXPECT_EQ(stats.folded, 1u);
  const std::string out = Read(outputs.articles);
  EXPECT_NE(out.find(R"("reprints":[{"id":"b#1")"), std::string::npos) << out;
}

}  // namespace
}  // namespace baokan
