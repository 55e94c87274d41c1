#include <gtest/gtest.h>

#include "baokan/pipeline.h"
#include "pipeline/test_pages.h"

namespace baokan {
namespace {

using namespace pipeline_testing;

// A labelled record: id, title, province (empty: unplaced), subject label
// and its probability.
void AddRecord(LabelledGroup* g, const std::string& id, const std::string& province,
               const std::string& label, double prob) {
  JsonRecord r;
  r.SetString("id", id);
  r.SetString("title", "标题" + id);
  r.SetString("text", "正文" + id);
  g->records.push_back(r);
  Region region;
  if (!province.empty()) region.province = RegionUnit{"430000", province};
  region.confidence = prob;
  g->regions.push_back(region);
  g->subjects.push_back({{label, prob}});
}

TEST(ReportCollectorTest, CountsProvincesAndSubjectsAndKeepsTheLeastSure) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::Default();
  ASSERT_TRUE(taxonomy.ok()) << taxonomy.status().message();
  ReportCollector collector(2, 0);
  for (int i = 0; i < 100; ++i) {  // more than the collector keeps between trims
    LabelledGroup g;
    AddRecord(&g, "a" + std::to_string(i), i % 3 ? "湖南省" : "", "health", 0.5 + i / 1000.0);
    AddRecord(&g, "b" + std::to_string(i), "湖南省", "education", 0.9);
    collector.Add(g, *taxonomy);
  }
  RunReport report;
  collector.FillReport(&report);
  ASSERT_EQ(report.provinces.size(), 1u);
  EXPECT_EQ(report.provinces[0], (std::pair<std::string, size_t>{"湖南省", 166}));
  ASSERT_EQ(report.subjects.size(), 2u);
  EXPECT_EQ(report.subjects[0].second, 100u);
  EXPECT_EQ(report.subjects[1].second, 100u);
  ASSERT_EQ(report.uncertain.size(), 2u);
  EXPECT_EQ(report.uncertain[0].id, "a0");
  EXPECT_EQ(report.uncertain[1].id, "a1");
  EXPECT_EQ(report.uncertain[1].region, "湖南省");
}

// A record as dedup writes an original with `reprints` reprints of it.
JsonRecord Original(const std::string& id, int reprints) {
  JsonRecord r;
  r.SetString("id", id);
  r.SetString("title", "标题" + id);
  r.SetString("text", "正文" + id);
  std::string list;
  for (int i = 1; i <= reprints; ++i) {
    JsonRecord e;
    e.SetString("id", id + "-" + std::to_string(i));
    e.SetString("page", "p");
    if (i == 1) e.SetString("source", "安徽日报");
    else e.SetNull("source");
    e.SetNumber("similarity", 0.9 - i / 10.0);
    e.SetNumber("containment", 0.95);
    e.SetString("text", "转载" + std::to_string(i));
    list += (list.empty() ? "" : ",") + e.Serialize();
  }
  if (reprints > 0) r.SetRaw("reprints", "[" + list + "]");
  return r;
}

TEST(ReportCollectorTest, KeepsTheLargestClustersTiesInTheOrderSeen) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::Default();
  ASSERT_TRUE(taxonomy.ok()) << taxonomy.status().message();
  ReportCollector collector(0, 2);
  LabelledGroup g;
  for (const auto& [id, n] : std::vector<std::pair<std::string, int>>{
           {"a", 1}, {"b", 0}, {"c", 2}, {"d", 1}, {"e", 2}, {"f", 3}}) {
    g.records.push_back(Original(id, n));
  }
  collector.Add(g, *taxonomy);
  RunReport report;
  collector.FillReport(&report);
  ASSERT_EQ(report.clusters.size(), 2u);
  EXPECT_EQ(report.clusters[0].original.id, "f");
  EXPECT_EQ(report.clusters[0].original.title, "标题f");
  EXPECT_EQ(report.clusters[0].original.text, "正文f");
  EXPECT_EQ(report.clusters[1].original.id, "c");  // before e, its equal
  const std::vector<ReportReprint>& r = report.clusters[0].reprints;
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].article.id, "f-1");
  EXPECT_EQ(r[0].article.text, "转载1");
  EXPECT_EQ(r[0].source, "安徽日报");
  EXPECT_EQ(r[1].source, "");
  EXPECT_DOUBLE_EQ(r[2].similarity, 0.6);
  EXPECT_DOUBLE_EQ(r[2].containment, 0.95);
}

// Clusters gathered from other collectors (shards, in input order) keep the
// order a single collector would give them.
TEST(ReportCollectorTest, KeptClustersFromElsewhereAreRankedTheSameWay) {
  auto cluster = [](const std::string& id, size_t reprints) {
    ReportCluster c;
    c.original.id = id;
    c.reprints.resize(reprints);
    return c;
  };
  ReportCollector collector(0, 3);
  for (auto [id, n] : std::vector<std::pair<std::string, size_t>>{
           {"a", 1}, {"b", 2}, {"c", 0}, {"d", 2}, {"e", 1}, {"f", 3}}) {
    collector.KeepCluster(cluster(id, n));
  }
  RunReport report;
  collector.FillReport(&report);
  std::vector<std::string> ids;
  for (const ReportCluster& c : report.clusters) ids.push_back(c.original.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"f", "b", "d"}));
}

TEST(ReportCollectorTest, RecordsWithoutReprintsMakeNoCluster) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::Default();
  ASSERT_TRUE(taxonomy.ok()) << taxonomy.status().message();
  ReportCollector collector(5, 5);
  LabelledGroup g;
  g.records.push_back(Original("a", 0));
  JsonRecord empty = Original("b", 0);
  empty.SetRaw("reprints", "[]");
  g.records.push_back(empty);
  collector.Add(g, *taxonomy);
  RunReport report;
  collector.FillReport(&report);
  EXPECT_TRUE(report.clusters.empty());
  EXPECT_EQ(report.uncertain.size(), 2u);
}

// A sharded run collects each shard apart and merges the shards' states:
// the report is the one a single collector gives.
TEST(ReportCollectorTest, ShardsSerializedAndMergedGiveTheSameReport) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::Default();
  ASSERT_TRUE(taxonomy.ok());
  TempDir dir;
  ReportCollector whole(5, 3), merged(5, 3);
  std::vector<ReportCollector> shards(3, ReportCollector(5, 3));
  for (int i = 0; i < 90; ++i) {
    LabelledGroup g;
    AddRecord(&g, "a" + std::to_string(i), i % 4 ? "湖南省" : "河北省", "health",
              0.3 + (i * 37 % 90) / 1000.0 + 1e-13);
    if (i % 7 == 0) {  // an original with reprints: clusters of 1 to 4, ties across shards
      LabelledGroup c;
      AddRecord(&c, "c" + std::to_string(i), "河北省", "health", 0.9);
      c.records.back() = Original("c" + std::to_string(i), 1 + i % 4);
      g.records.push_back(c.records.back());
      g.regions.push_back(c.regions.back());
      g.subjects.push_back(c.subjects.back());
    }
    whole.Add(g, *taxonomy);
    shards[static_cast<size_t>(i / 30)].Add(g, *taxonomy);
  }
  for (size_t s = 0; s < shards.size(); ++s) {
    WriteFile(dir / std::to_string(s), shards[s].Serialize());
    ASSERT_TRUE(merged.Merge(dir / std::to_string(s)).ok());
  }
  RunReport a, b;
  whole.FillReport(&a);
  merged.FillReport(&b);
  EXPECT_EQ(a.provinces, b.provinces);
  EXPECT_EQ(a.regions.articles, b.regions.articles);
  EXPECT_EQ(a.regions.provinces, b.regions.provinces);
  EXPECT_EQ(a.regions.names, b.regions.names);
  ASSERT_EQ(a.clusters.size(), 3u);
  ASSERT_EQ(a.clusters.size(), b.clusters.size());
  for (size_t i = 0; i < a.clusters.size(); ++i) {
    EXPECT_EQ(a.clusters[i].original.id, b.clusters[i].original.id);
    ASSERT_EQ(a.clusters[i].reprints.size(), b.clusters[i].reprints.size());
    for (size_t k = 0; k < a.clusters[i].reprints.size(); ++k) {
      EXPECT_EQ(a.clusters[i].reprints[k].article.text, b.clusters[i].reprints[k].article.text);
      EXPECT_EQ(a.clusters[i].reprints[k].source, b.clusters[i].reprints[k].source);
      EXPECT_EQ(a.clusters[i].reprints[k].similarity, b.clusters[i].reprints[k].similarity);
    }
  }
  EXPECT_EQ(a.subjects, b.subjects);
  ASSERT_EQ(a.uncertain.size(), b.uncertain.size());
  for (size_t i = 0; i < a.uncertain.size(); ++i) {
    EXPECT_EQ(a.uncertain[i].id, b.uncertain[i].id);
    EXPECT_EQ(a.uncertain[i].subject_prob, b.uncertain[i].subject_prob);
    EXPECT_EQ(a.uncertain[i].region, b.uncertain[i].region);
  }
  WriteFile(dir / "bad", "{\"province\":\"湖南省\",\"count\":1}\n{\"what\":1}\n");
  const Status bad = merged.Merge(dir / "bad");
  EXPECT_NE(bad.message().find("bad:2"), std::string::npos) << bad.message();
}

}  // namespace
}  // namespace baokan
