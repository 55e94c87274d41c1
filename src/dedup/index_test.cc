// The archive index: segment files, the lookup, a day's run against the
// archive giving the clusters of one run over both, reruns, a crash between
// writing a segment and naming it, and compaction.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "baokan/dedup.h"
#include "baokan/json.h"
#include "base/strings.h"
#include "dedup/even_sort.h"
#include "dedup/index.h"
#include "dedup/test_text.h"
#include "support/test_util.h"

namespace baokan::dedup {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

// Checks UniformLowerBound (64-bit keys only) and LowerBoundFrom against
// std::lower_bound on random keys of type Key, and on keys that are not
// spread evenly (most of them tiny: a scan expecting the answer near gives
// up and searches).
template <typename Key>
void CheckLowerBounds() {
  std::mt19937_64 rng(3);
  for (size_t n : {0, 1, 2, 7, 100, 5000, 5001}) {
    std::vector<Key> keys(n);
    for (Key& k : keys) k = static_cast<Key>(rng());
    if (n == 5001) {
      for (size_t i = 0; i < 4000; ++i) keys[i] = static_cast<Key>(i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<Key> probes = {0, static_cast<Key>(~Key{0})};
    for (int i = 0; i < 200; ++i) probes.push_back(static_cast<Key>(rng()));
    for (Key k : keys) probes.insert(probes.end(), {k, static_cast<Key>(k - 1), static_cast<Key>(k + 1)});
    for (Key p : probes) {
      const size_t want = static_cast<size_t>(std::lower_bound(keys.begin(), keys.end(), p) - keys.begin());
      if constexpr (sizeof(Key) == 8) {
        ASSERT_EQ(UniformLowerBound(keys.data(), n, p), want) << n << " " << p;
      }
      for (size_t from : {size_t{0}, want / 2, want}) {
        ASSERT_EQ(LowerBoundFrom(keys.data(), n, from, p), want) << n << " " << p << " " << from;
      }
    }
  }
}

TEST(UniformLowerBound, AgreesWithBinarySearch) {
  CheckLowerBounds<uint64_t>();
  CheckLowerBounds<uint32_t>();
}

// A segment stores the high half of each band key: rows whose keys share it
// are told apart by the whole key, and the limit counts only true matches.
TEST(Segment, FindBandTellsApartKeysSharingTheirHighHalf) {
  IndexSettings settings;
  settings.signature.num_perm = 4;
  settings.band_rows = 2;
  auto band0 = [](uint32_t a, uint32_t b) {
    return BandKeyStep(BandKeyStep(kBandKeySeed, a, 0), b, 1);
  };
  // Two signatures whose band-0 keys differ but share the high half: found
  // among random pairs by the birthday bound (about 2^16 draws).
  std::mt19937_64 rng(11);
  std::map<uint32_t, std::pair<uint32_t, uint32_t>> seen;
  std::pair<uint32_t, uint32_t> x, y;
  for (;;) {
    const std::pair<uint32_t, uint32_t> v{static_cast<uint32_t>(rng()), static_cast<uint32_t>(rng())};
    const uint64_t key = band0(v.first, v.second);
    auto [it, fresh] = seen.emplace(static_cast<uint32_t>(key >> 32), v);
    if (!fresh && band0(it->second.first, it->second.second) != key) {
      x = it->second;
      y = v;
      break;
    }
  }
  // Rows 0 and 2 are x, row 1 is y, row 3 something else.
  const std::vector<uint32_t> values = {x.first, x.second, 7, 8, y.first, y.second, 7, 8,
                                        x.first, x.second, 9, 9, 1, 2, 3, 4};
  const MemoryColumns columns(values.data(), 4, 4);
  const std::vector<uint32_t> shingles = {10, 10, 10, 10};
  SegmentRows rows;
  rows.count = 4;
  rows.columns = &columns;
  rows.shingles = shingles.data();
  rows.record = [](size_t row, std::string* out) {
    *out = EncodeArchivedRecord({"p#" + std::to_string(row + 1), "p", std::nullopt, std::nullopt, "x"});
    return Status::OK();
  };
  testing_util::TempDir tmp;
  ThreadPool pool(1);
  ASSERT_TRUE(WriteSegment(tmp / "seg.bki", settings, rows, &pool).ok());
  StatusOr<std::unique_ptr<Segment>> seg = Segment::Open(tmp / "seg.bki", settings);
  ASSERT_TRUE(seg.ok()) << seg.status().message();
  std::vector<uint32_t> buffer;
  for (bool copy : {false, true}) {
    StatusOr<const uint32_t*> keys = (*seg)->BandKeys(0, copy, &buffer);
    ASSERT_TRUE(keys.ok());
    auto find = [&](uint64_t key, size_t limit) {
      std::vector<uint32_t> found;
      (*seg)->FindBand(0, *keys, key, 0, limit, [&](uint32_t row) { found.push_back(row); });
      return found;
    };
    EXPECT_EQ(find(band0(x.first, x.second), 10), (std::vector<uint32_t>{0, 2})) << copy;
    EXPECT_EQ(find(band0(y.first, y.second), 10), (std::vector<uint32_t>{1})) << copy;
    EXPECT_EQ(find(band0(x.first, x.second), 1), (std::vector<uint32_t>{0})) << copy;
  }
  EXPECT_EQ((*seg)->BandKey(0, 1), band0(y.first, y.second));
}

// Even hashes, keys all in one bucket, and repeated keys with rows in any
// order: the order of std::sort, for (key, row) entries and for shingle keys.
TEST(SortEvenly, GivesTheOrderOfSortOnAnyKeys) {
  std::mt19937_64 rng(5);
  std::vector<std::pair<uint64_t, uint32_t>> scratch;
  std::vector<uint32_t> scratch32;
  for (size_t n : {0, 1, 255, 256, 1000, 70000}) {
    for (int shape = 0; shape < 3; ++shape) {
      std::vector<std::pair<uint64_t, uint32_t>> entries(n);
      std::vector<uint32_t> keys(n);
      for (size_t i = 0; i < n; ++i) {
        const uint64_t r = rng();
        const uint64_t key = shape == 0 ? r : shape == 1 ? r >> 40 : r % 7 << 61;
        entries[i] = {key, static_cast<uint32_t>(rng())};
        keys[i] = static_cast<uint32_t>(key >> 32);
      }
      std::vector<std::pair<uint64_t, uint32_t>> want = entries;
      std::sort(want.begin(), want.end());
      SortEvenly(&entries, [](const std::pair<uint64_t, uint32_t>& e) { return e.first; }, &scratch);
      ASSERT_EQ(entries, want) << n << " entries, shape " << shape;
      std::vector<uint32_t> want32 = keys;
      std::sort(want32.begin(), want32.end());
      SortEvenly(&keys, [](uint32_t k) { return uint64_t{k} << 32; }, &scratch32);
      ASSERT_EQ(keys, want32) << n << " keys, shape " << shape;
    }
  }
}

TEST(ArchivedRecord, RoundTripsAndRefusesCutBytes) {
  const ArchivedRecord r{"p1#2", "p1", std::string("安徽日报"), std::nullopt, "正文"};
  ArchivedRecord back;
  const std::string bytes = EncodeArchivedRecord(r);
  ASSERT_TRUE(DecodeArchivedRecord(bytes, &back));
  EXPECT_EQ(back.id, r.id);
  EXPECT_EQ(back.source, r.source);
  EXPECT_FALSE(back.paper.has_value());
  EXPECT_EQ(back.match_form, r.match_form);
  EXPECT_FALSE(DecodeArchivedRecord(bytes.substr(0, bytes.size() - 1), &back));
}

// A corpus in two parts: the archive (pages a1000 ...) and a later day
// (pages b1000 ...). The day holds abridged copies of archived originals
// (some marked 摘自), new originals with copies of their own, and unrelated
// articles; the archive holds originals, copies of them and unrelated ones.
class ArchiveIndexTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::mt19937_64 rng(5);
    std::vector<std::string> archived_texts;
    for (int i = 0; i < 40; ++i) {
      const std::string text = RandomText(&rng, 300 + static_cast<int>(rng() % 500));
      archived_texts.push_back(text);
      Add(&archive_, "a", text, nullptr);
      if (i % 3 == 0) Add(&archive_, "a", Abridge(text, &rng), "浙江日报");
    }
    for (int i = 0; i < 60; ++i) Add(&archive_, "a", RandomText(&rng, 200 + static_cast<int>(rng() % 400)), nullptr);
    for (int i = 0; i < 25; ++i) {
      Add(&day_, "b", Abridge(archived_texts[i], &rng), i % 2 ? "安徽日报" : nullptr);
    }
    for (int i = 0; i < 15; ++i) {
      const std::string text = RandomText(&rng, 300 + static_cast<int>(rng() % 500));
      Add(&day_, "b", text, nullptr);
      Add(&day_, "b", Abridge(text, &rng), "四川日报");
    }
    for (int i = 0; i < 50; ++i) Add(&day_, "b", RandomText(&rng, 200 + static_cast<int>(rng() % 400)), nullptr);
    archive_path_ = Write("archive.jsonl", archive_);
    day_path_ = Write("day.jsonl", day_);
  }

  // Keeps 40-90 % of the text, from a random place.
  static std::string Abridge(const std::string& text, std::mt19937_64* rng) {
    const int len = static_cast<int>(text.size() / 3);
    const int keep = len * (40 + static_cast<int>((*rng)() % 51)) / 100;
    return Slice(text, static_cast<int>((*rng)() % (len - keep + 1)), keep);
  }

  void Add(std::vector<std::string>* lines, const std::string& prefix, const std::string& text,
           const char* source) {
    const int n = static_cast<int>(lines->size());
    const std::string id = prefix + std::to_string(1000 + n / 3) + "#" + std::to_string(n % 3 + 1);
    JsonRecord r;
    r.SetString("id", id);
    r.SetString("text", text);
    if (source != nullptr) r.SetString("source", source);
    lines->push_back(r.Serialize());
  }

  std::string Write(const std::string& name, const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& l : lines) text += l + "\n";
    testing_util::WriteFile(tmp_ / name, text);
    return tmp_ / name;
  }

  // Runs dedup; returns its articles and clusters, or the error's message.
  std::string Run(const std::vector<std::string>& inputs, const std::string& out,
                  const std::string& index, int threads = 2, DedupStats* stats = nullptr) {
    DedupOptions o;
    o.threads = threads;
    o.index_dir = index;
    DedupOutputs outputs{tmp_ / out, tmp_ / (out + ".tsv")};
    DedupStats local;
    const Status s = Dedup(inputs, outputs, o, [](const std::string& m) { ADD_FAILURE() << m; },
                           stats != nullptr ? stats : &local);
    if (!s.ok()) return "error: " + s.message();
    return ReadAll(outputs.articles) + "--\n" + ReadAll(outputs.clusters);
  }

  // reprint id -> "original id, similarity, containment" from a clusters.tsv;
  // an archived original counts as the original.
  static std::map<std::string, std::string> Reprints(const std::string& tsv_path) {
    std::map<std::string, std::string> original_of_cluster, out;
    std::istringstream in(ReadAll(tsv_path));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      const std::vector<std::string_view> f = SplitTsvLine(line);
      const std::string cluster(f[0]);
      if (f[2] == "original" || f[2] == "archived") {
        original_of_cluster[cluster] = std::string(f[1]);
      } else {
        out[std::string(f[1])] =
            original_of_cluster[cluster] + " " + std::string(f[3]) + " " + std::string(f[4]);
      }
    }
    return out;
  }

  static std::set<std::string> OutputIds(const std::string& path) {
    std::set<std::string> ids;
    std::istringstream in(ReadAll(path));
    for (std::string line; std::getline(in, line);) {
      std::optional<std::string> id;
      EXPECT_TRUE(JsonRecord::Parse(line)->GetString("id", &id).ok());
      ids.insert(*id);
    }
    return ids;
  }

  size_t IndexRows(const std::string& dir) {
    StatusOr<std::unique_ptr<ArchiveIndex>> index = ArchiveIndex::Open(dir, {});
    EXPECT_TRUE(index.ok()) << index.status().message();
    return index.ok() ? (*index)->rows() : 0;
  }

  testing_util::TempDir tmp_;
  std::vector<std::string> archive_, day_;
  std::string archive_path_, day_path_;
};

TEST_F(ArchiveIndexTest, ADayAgainstTheIndexClustersAsOneRunOverBoth) {
  Run({archive_path_, day_path_}, "single", "");
  DedupStats first, second;
  Run({archive_path_}, "archive", tmp_ / "index", 2, &first);
  Run({day_path_}, "day", tmp_ / "index", 2, &second);
  EXPECT_EQ(first.indexed, first.kept);
  EXPECT_EQ(second.archived, first.indexed);
  EXPECT_EQ(second.folded_into_archive, 25u);

  std::map<std::string, std::string> both = Reprints(tmp_ / "archive.tsv");
  const std::map<std::string, std::string> day = Reprints(tmp_ / "day.tsv");
  both.insert(day.begin(), day.end());
  EXPECT_EQ(both, Reprints(tmp_ / "single.tsv"));
  EXPECT_EQ(both.size(), 14u + 25u + 15u);

  std::set<std::string> kept = OutputIds(tmp_ / "archive");
  const std::set<std::string> kept_today = OutputIds(tmp_ / "day");
  kept.insert(kept_today.begin(), kept_today.end());
  EXPECT_EQ(kept, OutputIds(tmp_ / "single"));
  EXPECT_EQ(IndexRows(tmp_ / "index"), first.indexed + second.indexed);
  EXPECT_NE(ReadAll(tmp_ / "day.tsv").find("\tarchived\t1\t1\n"), std::string::npos);
}

TEST_F(ArchiveIndexTest, TheSameBytesAtAnyThreadCount) {
  Run({archive_path_}, "archive1", tmp_ / "index1", 1);
  Run({archive_path_}, "archive4", tmp_ / "index4", 4);
  EXPECT_EQ(Run({day_path_}, "day1", tmp_ / "index1", 1), Run({day_path_}, "day4", tmp_ / "index4", 4));
  for (const char* name : {"seg-000001.bki", "seg-000002.bki", "MANIFEST"}) {
    EXPECT_EQ(ReadAll(tmp_ / (std::string("index1/") + name)),
              ReadAll(tmp_ / (std::string("index4/") + name)))
        << name;
  }
}

// Dedup in steps (two shards, three band groups; the candidate tasks only
// read the index) writes Dedup()'s bytes and leaves the same index.
TEST_F(ArchiveIndexTest, StepsAgainstTheIndexWriteTheBytesOfDedup) {
  Run({archive_path_}, "archive.whole", tmp_ / "whole");
  Run({archive_path_}, "archive.steps", tmp_ / "steps");
  const std::string whole = Run({day_path_}, "day.whole", tmp_ / "whole");
  DedupOptions o;
  o.threads = 2;
  o.index_dir = tmp_ / "steps";
  o.temp_dir = tmp_.path();
  const auto fail = [](const std::string& m) { ADD_FAILURE() << m; };
  const size_t half = day_.size() / 2;
  const std::vector<DedupShardFiles> shards = {
      {Write("d0.jsonl", {day_.begin(), day_.begin() + half}), tmp_ / "d0.sig", tmp_ / "d0.keys"},
      {Write("d1.jsonl", {day_.begin() + half, day_.end()}), tmp_ / "d1.sig", tmp_ / "d1.keys"}};
  for (const DedupShardFiles& s : shards) ASSERT_TRUE(FingerprintDedupShard(s, o, fail).ok());
  std::vector<std::string> pairs;
  {
    // Readers share the index; a writer waits for them.
    StatusOr<std::unique_ptr<ArchiveIndex>> reader =
        ArchiveIndex::Open(o.index_dir, {}, IndexAccess::kRead);
    ASSERT_TRUE(reader.ok()) << reader.status().message();
    EXPECT_FALSE(ArchiveIndex::Open(o.index_dir, {}).ok());
    EXPECT_FALSE((*reader)->Append(SegmentRows(), nullptr).ok());
    for (int g = 0; g < 3; ++g) {
      pairs.push_back(tmp_ / ("g" + std::to_string(g) + ".pairs"));
      const Status s = FindDedupCandidates(shards, g, 3, pairs.back(), o);
      ASSERT_TRUE(s.ok()) << s.message();
    }
  }
  DedupOutputs outputs{tmp_ / "day.steps", tmp_ / "day.steps.tsv"};
  ASSERT_TRUE(DedupFromCandidates(shards, pairs, outputs, o, fail, nullptr).ok());
  EXPECT_EQ(ReadAll(outputs.articles) + "--\n" + ReadAll(outputs.clusters), whole);
  for (const char* name : {"seg-000001.bki", "seg-000002.bki", "MANIFEST"}) {
    EXPECT_EQ(ReadAll(tmp_ / (std::string("steps/") + name)),
              ReadAll(tmp_ / (std::string("whole/") + name)))
        << name;
  }
  // A reader of an index that is not there sees an empty one and makes nothing.
  StatusOr<std::unique_ptr<ArchiveIndex>> none =
      ArchiveIndex::Open(tmp_ / "none", {}, IndexAccess::kRead);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ((*none)->rows(), 0u);
  EXPECT_FALSE(std::filesystem::exists(tmp_ / "none"));
}

TEST_F(ArchiveIndexTest, RunningTheDayAgainGivesTheSameOutputAndAddsNothing) {
  Run({archive_path_}, "archive", tmp_ / "index");
  DedupStats first, again;
  const std::string once = Run({day_path_}, "day", tmp_ / "index", 2, &first);
  const size_t rows = IndexRows(tmp_ / "index");
  EXPECT_EQ(Run({day_path_}, "day", tmp_ / "index", 2, &again), once);
  EXPECT_EQ(again.indexed, 0u);
  EXPECT_EQ(again.already_indexed, first.indexed);
  EXPECT_EQ(IndexRows(tmp_ / "index"), rows);
}

TEST_F(ArchiveIndexTest, ACrashBeforeTheManifestSwapLeavesTheIndexAsItWas) {
  Run({archive_path_}, "archive", tmp_ / "clean");
  const std::string clean = Run({day_path_}, "day", tmp_ / "clean");
  Run({archive_path_}, "archive", tmp_ / "index");
  const std::string manifest = ReadAll(tmp_ / "index/MANIFEST");
  const size_t rows = IndexRows(tmp_ / "index");
  SetIndexFaultHookForTesting([](std::string_view point) {
    return point == "segment-written" ? Status::IOError("injected: the run dies here")
                                      : Status::OK();
  });
  EXPECT_NE(Run({day_path_}, "day", tmp_ / "index").find("injected"), std::string::npos);
  SetIndexFaultHookForTesting(nullptr);
  EXPECT_TRUE(fs::exists(tmp_ / "index/seg-000002.bki"));  // written, never named
  // And a cut segment file the manifest does not name either.
  const std::string segment = ReadAll(tmp_ / "index/seg-000001.bki");
  testing_util::WriteFile(tmp_ / "index/seg-000077.bki", segment.substr(0, segment.size() / 2));
  EXPECT_EQ(ReadAll(tmp_ / "index/MANIFEST"), manifest);
  EXPECT_EQ(IndexRows(tmp_ / "index"), rows);
  // The day runs again as if nothing had happened; the leftovers go.
  EXPECT_EQ(Run({day_path_}, "day", tmp_ / "index"), clean);
  EXPECT_EQ(IndexRows(tmp_ / "index"), IndexRows(tmp_ / "clean"));
  EXPECT_FALSE(fs::exists(tmp_ / "index/seg-000077.bki"));
}

TEST_F(ArchiveIndexTest, ACutSegmentTheManifestNamesIsAnErrorNamingIt) {
  Run({archive_path_}, "archive", tmp_ / "index");
  const std::string path = tmp_ / "index/seg-000001.bki";
  const std::string segment = ReadAll(path);
  testing_util::WriteFile(path, segment.substr(0, segment.size() - 10));
  const std::string result = Run({day_path_}, "day", tmp_ / "index");
  EXPECT_NE(result.find("seg-000001.bki: not a complete archive index segment"), std::string::npos)
      << result;
}

TEST_F(ArchiveIndexTest, AnIndexOfAnOlderFormatIsRefusedAskingForARebuild) {
  Run({archive_path_}, "archive", tmp_ / "index");
  const std::string path = tmp_ / "index/MANIFEST";
  std::string manifest = ReadAll(path);
  manifest.replace(manifest.find("\t2\n"), 3, "\t1\n");
  testing_util::WriteFile(path, manifest);
  const std::string result = Run({day_path_}, "day", tmp_ / "index");
  EXPECT_NE(result.find("MANIFEST:1: an index of format 1"), std::string::npos) << result;
  EXPECT_NE(result.find("rebuild"), std::string::npos) << result;
}

TEST_F(ArchiveIndexTest, OtherSettingsAreRefused) {
  Run({archive_path_}, "archive", tmp_ / "index");
  DedupOptions o;
  o.signature.num_perm = 64;
  o.index_dir = tmp_ / "index";
  DedupOutputs outputs{tmp_ / "out", ""};
  const Status s = Dedup({day_path_}, outputs, o, [](const std::string&) {}, nullptr);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("K=128"), std::string::npos) << s.message();
}

TEST_F(ArchiveIndexTest, AFullerCopyTodayStillFoldsIntoThePublishedOriginal) {
  Run({archive_path_}, "archive", tmp_ / "index");
  // Today's copy holds all of the archived a1000#1 and more.
  std::optional<std::string> text;
  ASSERT_TRUE(JsonRecord::Parse(archive_[0])->GetString("text", &text).ok());
  std::vector<std::string> fuller;
  std::mt19937_64 rng(9);
  Add(&fuller, "c", *text + RandomText(&rng, 100), nullptr);
  Run({Write("fuller.jsonl", fuller)}, "fuller", tmp_ / "index");
  EXPECT_EQ(Reprints(tmp_ / "fuller.tsv").at("c1000#1").substr(0, 8), "a1000#1 ");
  EXPECT_EQ(ReadAll(tmp_ / "fuller"), "");
}

TEST_F(ArchiveIndexTest, CompactionKeepsFewSegmentsAndEveryArticle) {
  DedupStats archived;
  Run({archive_path_}, "archive", tmp_ / "index", 2, &archived);
  // Days of a few articles each, then a day with a copy of the first one.
  std::mt19937_64 rng(13);
  std::vector<std::string> first_day;
  for (size_t d = 0; d < 2 * kMaxSegments; ++d) {
    std::vector<std::string> lines;
    for (int i = 0; i < 3; ++i) {
      Add(&lines, "d" + std::to_string(100 + d) + "x", RandomText(&rng, 300), nullptr);
    }
    if (d == 0) first_day = lines;
    Run({Write("d.jsonl", lines)}, "d", tmp_ / "index");
  }
  StatusOr<std::unique_ptr<ArchiveIndex>> index = ArchiveIndex::Open(tmp_ / "index", {});
  ASSERT_TRUE(index.ok());
  EXPECT_LE((*index)->segments().size(), kMaxSegments);
  EXPECT_EQ((*index)->rows(), archived.indexed + 2 * kMaxSegments * 3);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(tmp_ / "index")) {
    files += e.path().filename().string().rfind("seg-", 0) == 0;
  }
  EXPECT_EQ(files, (*index)->segments().size());
  index->reset();
  std::optional<std::string> text;
  ASSERT_TRUE(JsonRecord::Parse(first_day[0])->GetString("text", &text).ok());
  std::vector<std::string> copy;
  Add(&copy, "z", Slice(*text, 0, 200), "安徽日报");
  Run({Write("copy.jsonl", copy)}, "copy", tmp_ / "index");
  EXPECT_EQ(Reprints(tmp_ / "copy.tsv").at("z1000#1").substr(0, 10), "d100x1000#");
}

}  // namespace
}  // namespace baokan::dedup
