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
  ReportCollector collector(2);
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

// A sharded run collects each shard apart and merges the shards' states:
// the report is the one a single collector gives.
TEST(ReportCollectorTest, ShardsSerializedAndMergedGiveTheSameReport) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::Default();
  ASSERT_TRUE(taxonomy.ok());
  TempDir dir;
  ReportCollector whole(5), merged(5);
  std::vector<ReportCollector> shards(3, ReportCollector(5));
  for (int i = 0; i < 90; ++i) {
    LabelledGroup g;
    AddRecord(&g, "a" + std::to_string(i), i % 4 ? "湖南省" : "河北省", "health",
              0.3 + (i * 37 % 90) / 1000.0 + 1e-13);
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

TEST(LargestClustersTest, LargestFirstWithTheirTextsAndSources) {
  TempDir dir;
  WriteFile(dir / "clusters.tsv",
            "cluster\tid\trole\tsimilarity\tcontainment\n"
            "1\ta#1\toriginal\t1\t1\n1\tb#1\treprint\t0.9\t0.95\n"
            "2\ta#2\toriginal\t1\t1\n2\tb#2\treprint\t0.8\t0.9\n2\tc#2\treprint\t0.7\t0.8\n");
  WriteFile(dir / "articles.jsonl",
            "{\"id\":\"a#1\",\"title\":\"甲\",\"text\":\"一\"}\n"
            "{\"id\":\"b#1\",\"title\":\"甲\",\"text\":\"一\",\"source\":\"安徽日报\"}\n"
            "{\"id\":\"a#2\",\"title\":\"乙\",\"text\":\"二\"}\n"
            "{\"id\":\"b#2\",\"text\":\"二\"}\n{\"id\":\"c#2\",\"text\":\"二\"}\n");
  CapturedLog captured;
  std::vector<ReportCluster> clusters =
      LargestClusters(dir / "clusters.tsv", dir / "articles.jsonl", 1, captured.log());
  EXPECT_TRUE(captured.errors.empty());
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].original.id, "a#2");
  EXPECT_EQ(clusters[0].original.title, "乙");
  ASSERT_EQ(clusters[0].reprints.size(), 2u);
  EXPECT_EQ(clusters[0].reprints[1].article.id, "c#2");
  EXPECT_DOUBLE_EQ(clusters[0].reprints[1].similarity, 0.7);

  clusters = LargestClusters(dir / "clusters.tsv", dir / "articles.jsonl", 5, captured.log());
  ASSERT_EQ(clusters.size(), 2u);
  EXPECT_EQ(clusters[1].reprints[0].source, "安徽日报");
}

TEST(LargestClustersTest, AMissingClustersFileIsReported) {
  TempDir dir;
  CapturedLog captured;
  EXPECT_TRUE(LargestClusters(dir / "none.tsv", dir / "none.jsonl", 5, captured.log()).empty());
  EXPECT_EQ(captured.errors.size(), 1u);
}

}  // namespace
}  // namespace baokan
