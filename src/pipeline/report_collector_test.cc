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
