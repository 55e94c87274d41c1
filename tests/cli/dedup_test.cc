// `baokan fingerprint` and `baokan dedup`: an abridged, re-wrapped,
// re-punctuated reprint of a seed 002 article is folded into it.

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/json.h"
#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

std::vector<JsonRecord> Records(const std::string& jsonl) {
  std::vector<JsonRecord> out;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    StatusOr<JsonRecord> r = JsonRecord::Parse(line);
    EXPECT_TRUE(r.ok()) << line;
    if (r.ok()) out.push_back(std::move(*r));
  }
  return out;
}

std::string Str(const JsonRecord& r, const char* key) {
  std::optional<std::string> v;
  EXPECT_TRUE(r.GetString(key, &v).ok());
  return v.value_or("");
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size()) {
    s->replace(pos, from.size(), to);
  }
}

// Lines of at most `width` code points.
std::string Wrap(const std::string& text, size_t width) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if ((c & 0xC0) != 0x80 && chars == width) {
      out += '\n';
      chars = 0;
    }
    if ((c & 0xC0) != 0x80) ++chars;
    out += text[i];
  }
  return out;
}

class DedupCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    std::vector<std::string> pages = SeedPages();
    ASSERT_EQ(pages.size(), 5u);
    const std::string seed002 = pages[2];
    ASSERT_NE(seed002.find("002_"), std::string::npos);
    CommandResult split = RunBaokan({"split", seed002});
    ASSERT_EQ(split.exit_code, 0) << split.err;
    seed_articles_ = split.out;
    for (const JsonRecord& r : Records(split.out)) {
      if (Str(r, "text").find("全科社工") != std::string::npos)
        original_id_ = Str(r, "id"), text_ = Str(r, "text");
    }
    ASSERT_FALSE(original_id_.empty());

    // The reprint keeps 3 of the body's 11 paragraphs (about a third),
    // swaps ASCII and full-width punctuation, is wrapped at 19 characters,
    // and carries a new headline, a byline and a 摘自 trailer.
    std::vector<std::string> paras;
    std::istringstream in(text_);
    for (std::string p; std::getline(in, p);) {
      if (!p.empty()) paras.push_back(p);
    }
    ASSERT_GE(paras.size(), 9u);
    std::string body = paras[1] + paras[4] + paras[7];
    ReplaceAll(&body, ",", "，");
    ReplaceAll(&body, "。", ".");
    ReplaceAll(&body, "“", "\"");
    ReplaceAll(&body, "”", "\"");
    ReplaceAll(&body, "、", ",");
    const std::string page =
        "全科社工上门服务\n\n通讯员 王小明\n\n" + Wrap(body, 19) + "\n摘自《安徽日报》\n";
    WriteFile(dir_ + "/900_reprint.txt", page);
    CommandResult reprint = RunBaokan({"split", dir_ + "/900_reprint.txt"});
    ASSERT_EQ(reprint.exit_code, 0) << reprint.err;
    reprint_articles_ = reprint.out;
    WriteFile(dir_ + "/a.jsonl", seed_articles_);
    WriteFile(dir_ + "/b.jsonl", reprint_articles_);
    for (const JsonRecord& r : Records(reprint.out)) {
      if (Str(r, "text").find("全科社工") != std::string::npos) reprint_id_ = Str(r, "id");
    }
    ASSERT_EQ(reprint_id_, "900_reprint#1") << reprint.out;
  }

  std::string dir_, seed_articles_, reprint_articles_, original_id_, reprint_id_, text_;
};

TEST_F(DedupCommand, FoldsTheAbridgedReprintIntoTheSeedArticle) {
  CommandResult r = RunBaokan({"dedup", dir_ + "/a.jsonl", dir_ + "/b.jsonl", "--clusters",
                               dir_ + "/clusters.tsv", "--threads", "1"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto in_a = Records(seed_articles_), in_b = Records(reprint_articles_);
  const auto out = Records(r.out);
  // Every article once: the reprint folded, all others kept.
  EXPECT_EQ(out.size(), in_a.size() + in_b.size() - 1);
  int found = 0;
  for (const JsonRecord& rec : out) {
    EXPECT_NE(Str(rec, "id"), reprint_id_);
    if (Str(rec, "id") != original_id_) {
      EXPECT_EQ(*rec.Raw("reprints"), "[]") << Str(rec, "id");
      continue;
    }
    ++found;
    EXPECT_EQ(Str(rec, "text"), text_);  // the original record passes through
    StatusOr<JsonRecord> entry =
        JsonRecord::Parse(rec.Raw("reprints")->substr(1, rec.Raw("reprints")->size() - 2));
    ASSERT_TRUE(entry.ok()) << *rec.Raw("reprints");
    EXPECT_EQ(Str(*entry, "id"), reprint_id_);
    EXPECT_EQ(Str(*entry, "page"), "900_reprint");
    EXPECT_EQ(Str(*entry, "source"), "安徽日报");
    std::optional<double> sim, cont;
    ASSERT_TRUE(entry->GetNumber("similarity", &sim).ok());
    ASSERT_TRUE(entry->GetNumber("containment", &cont).ok());
    EXPECT_GT(*cont, 0.85);  // nearly all of the reprint is in the original
    EXPECT_LT(*sim, 0.5);    // but it kept only about a third
    EXPECT_FALSE(entry->Has("text"));
  }
  EXPECT_EQ(found, 1);
  const std::string tsv = ReadFile(dir_ + "/clusters.tsv");
  EXPECT_NE(tsv.find("\t" + original_id_ + "\toriginal\t1\t1\n"), std::string::npos) << tsv;
  EXPECT_NE(tsv.find("\t" + reprint_id_ + "\treprint\t"), std::string::npos) << tsv;
}

TEST_F(DedupCommand, SameOutputForAnyThreadCountAndInputOrder) {
  CommandResult one = RunBaokan({"dedup", dir_ + "/a.jsonl", dir_ + "/b.jsonl", "--threads", "1"});
  CommandResult two = RunBaokan({"dedup", dir_ + "/b.jsonl", dir_ + "/a.jsonl", "--threads", "2"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
  CommandResult stdin_run =
      RunBaokan({"dedup", "-", "--threads", "2"}, reprint_articles_ + seed_articles_);
  EXPECT_EQ(one.out, stdin_run.out);
}

TEST_F(DedupCommand, MemoryTakesASizeAndDoesNotChangeTheOutput) {
  CommandResult plain = RunBaokan({"dedup", dir_ + "/a.jsonl", dir_ + "/b.jsonl"});
  CommandResult tiny = RunBaokan({"dedup", "--memory", "4K", dir_ + "/a.jsonl", dir_ + "/b.jsonl"});
  ASSERT_EQ(tiny.exit_code, 0) << tiny.err;
  EXPECT_EQ(tiny.out, plain.out);
  for (const char* bad : {"lots", "4X", "0", "-1M"}) {
    CommandResult r = RunBaokan({"dedup", "--memory", bad, dir_ + "/a.jsonl"});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("--memory"), std::string::npos) << r.err;
  }
}

TEST_F(DedupCommand, KeepAllAnnotatesEveryRecord) {
  CommandResult r =
      RunBaokan({"dedup", "--keep-all", "--keep-text", dir_ + "/a.jsonl", dir_ + "/b.jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto out = Records(r.out);
  EXPECT_EQ(out.size(), Records(seed_articles_).size() + 1);
  for (const JsonRecord& rec : out) {
    const std::string* dup = rec.Raw("dup");
    ASSERT_NE(dup, nullptr);
    StatusOr<JsonRecord> d = JsonRecord::Parse(*dup);
    ASSERT_TRUE(d.ok());
    if (Str(rec, "id") == reprint_id_) {
      EXPECT_EQ(Str(*d, "of"), original_id_);
      EXPECT_EQ(*d->Raw("canonical"), "false");
    } else {
      EXPECT_EQ(Str(*d, "of"), Str(rec, "id"));
      EXPECT_EQ(*d->Raw("canonical"), "true");
    }
    if (Str(rec, "id") == original_id_) {
      EXPECT_NE(rec.Raw("reprints")->find("\"text\":"), std::string::npos);  // --keep-text
    }
  }
}

TEST_F(DedupCommand, SignatureFilesGiveTheSameResult) {
  const std::string sig = dir_ + "/shard.sig";
  CommandResult f = RunBaokan({"fingerprint", dir_ + "/a.jsonl", dir_ + "/b.jsonl", "-o", sig});
  ASSERT_EQ(f.exit_code, 0) << f.err;
  CommandResult plain = RunBaokan({"dedup", dir_ + "/a.jsonl", dir_ + "/b.jsonl"});
  CommandResult with_sig = RunBaokan({"dedup", sig, dir_ + "/a.jsonl", dir_ + "/b.jsonl"});
  ASSERT_EQ(with_sig.exit_code, 0) << with_sig.err;
  EXPECT_EQ(plain.out, with_sig.out);
  EXPECT_NE(
      with_sig.err.find(std::to_string(Records(plain.out).size() + 1) + " signature(s) from files"),
      std::string::npos)
      << with_sig.err;

  // Signatures made with another K or k are refused by name, and the
  // articles are hashed again: same output, exit status 1.
  struct Other {
    std::string flag, value, made_with;
  };
  for (const Other& o :
       {Other{"--num-perm", "64", "k=5, K=64"}, Other{"--shingle-size", "3", "k=3, K=128"}}) {
    const std::string other = dir_ + "/other" + o.value + ".sig";
    ASSERT_EQ(RunBaokan({"fingerprint", o.flag, o.value, dir_ + "/a.jsonl", "-o", other}).exit_code,
              0);
    CommandResult mismatch = RunBaokan({"dedup", other, dir_ + "/a.jsonl", dir_ + "/b.jsonl"});
    EXPECT_EQ(mismatch.exit_code, 1);
    EXPECT_NE(mismatch.err.find(other + ": signatures were made with " + o.made_with),
              std::string::npos)
        << mismatch.err;
    EXPECT_EQ(mismatch.out, plain.out);
  }
}

TEST_F(DedupCommand, BadRecordsAreReportedAndSkipped) {
  WriteFile(dir_ + "/bad.jsonl",
            "{\"id\": \"x#1\", \"text\": \"好\"}\n{\"id\": \"x#2\", \"te\n"
            "{\"text\": \"no id\"}\n");
  CommandResult r = RunBaokan({"dedup", dir_ + "/a.jsonl", dir_ + "/bad.jsonl", dir_ + "/b.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir_ + "/bad.jsonl:2: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir_ + "/bad.jsonl:3: record has no \"id\""), std::string::npos) << r.err;
  const auto out = Records(r.out);
  EXPECT_EQ(out.size(), Records(seed_articles_).size() + 1);  // + x#1, reprint folded
  CommandResult missing = RunBaokan({"dedup", dir_ + "/nope.jsonl"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(RunBaokan({"dedup", "--num-perm", "2", dir_ + "/a.jsonl"}).exit_code, 2);
}

// Day 1 (the seeds) builds the index; day 2 (the reprint) folds into the
// archived seed article: nothing of day 2 is written, clusters.tsv names the
// archived original, and running day 2 again changes nothing.
TEST_F(DedupCommand, IndexFoldsADaysReprintIntoTheArchivedOriginal) {
  const std::string index = dir_ + "/index";
  CommandResult day1 = RunBaokan({"dedup", "--index", index, dir_ + "/a.jsonl"});
  ASSERT_EQ(day1.exit_code, 0) << day1.err;
  EXPECT_EQ(day1.out, RunBaokan({"dedup", dir_ + "/a.jsonl"}).out);
  CommandResult day2 = RunBaokan(
      {"dedup", "--index", index, dir_ + "/b.jsonl", "--clusters", dir_ + "/day2.tsv"});
  ASSERT_EQ(day2.exit_code, 0) << day2.err;
  EXPECT_EQ(day2.out, "");
  EXPECT_NE(day2.err.find("1 reprint(s) folded into archived articles; 0 article(s) added"),
            std::string::npos)
      << day2.err;
  const std::string tsv = ReadFile(dir_ + "/day2.tsv");
  EXPECT_NE(tsv.find("1\t" + original_id_ + "\tarchived\t1\t1\n1\t" + reprint_id_ + "\treprint\t"),
            std::string::npos)
      << tsv;
  CommandResult again = RunBaokan(
      {"dedup", "--index", index, dir_ + "/b.jsonl", "--clusters", dir_ + "/again.tsv"});
  EXPECT_EQ(again.out, day2.out);
  EXPECT_EQ(ReadFile(dir_ + "/again.tsv"), tsv);
  // Other settings than the index's are a usage error naming both.
  CommandResult other = RunBaokan({"dedup", "--index", index, "--num-perm", "64", dir_ + "/b.jsonl"});
  EXPECT_EQ(other.exit_code, 2);
  EXPECT_NE(other.err.find("the index was built with k=5, K=128"), std::string::npos) << other.err;
  WriteFile(dir_ + "/not-a-dir", "x");
  CommandResult bad = RunBaokan({"dedup", "--index", dir_ + "/not-a-dir", dir_ + "/b.jsonl"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find(dir_ + "/not-a-dir"), std::string::npos) << bad.err;
}

// run --index: the seeds' run fills the index, the reprint's page run folds
// its article into the archived one and the ledger still balances.
TEST_F(DedupCommand, RunWithAnIndexFoldsIntoEarlierRuns) {
  const std::string index = dir_ + "/run-index";
  CommandResult first = RunBaokan({"run", BAOKAN_SOURCE_DIR "/corpus/seeds", "-o",
                                   dir_ + "/out1", "--index", index, "--threads", "2"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  CommandResult second = RunBaokan(
      {"run", dir_ + "/900_reprint.txt", "-o", dir_ + "/out2", "--index", index});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(ReadFile(dir_ + "/out2/articles.jsonl").find("900_reprint#1"), std::string::npos);
  EXPECT_NE(ReadFile(dir_ + "/out2/clusters.tsv").find(original_id_ + "\tarchived\t"),
            std::string::npos);
  EXPECT_NE(second.err.find("reprint(s) of them folded"), std::string::npos) << second.err;
}

// The library names an option by its field, the command by its flag.
TEST_F(DedupCommand, BadOptionsAreNamedByTheirFlags) {
  CommandResult r = RunBaokan({"dedup", "--min-containment", "1.5", dir_ + "/a.jsonl"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("baokan dedup: --min-containment must be in (0, 1]"), std::string::npos)
      << r.err;
  r = RunBaokan({"dedup", "--num-perm", "2", dir_ + "/a.jsonl"});
  EXPECT_NE(r.err.find("baokan dedup: --num-perm must be between 8 and 4096, not 2"),
            std::string::npos)
      << r.err;
  r = RunBaokan({"fingerprint", "--shingle-size", "40", dir_ + "/a.jsonl", "-o",
                 dir_ + "/a.sig"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("baokan fingerprint: --shingle-size must be between 1 and 32, not 40"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace baokan::testing
