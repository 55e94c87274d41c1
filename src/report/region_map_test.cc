#include "baokan/region_map.h"

#include <set>
#include <string>

#include "gtest/gtest.h"

namespace baokan {
namespace {

const ChinaMap& RealMap() {
  static const ChinaMap* map = [] {
    StatusOr<ChinaMap> m = ChinaMap::Load(BAOKAN_SOURCE_DIR "/models");
    EXPECT_TRUE(m.ok()) << m.status().message();
    return new ChinaMap(m.ok() ? std::move(m).value() : ChinaMap());
  }();
  return *map;
}

size_t Occurrences(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

TEST(ChinaMap, HasEveryProvinceLevelUnitAndCityPointsOnTheCanvas) {
  const ChinaMap& map = RealMap();
  std::set<std::string> codes;
  for (const MapShape& p : map.provinces) {
    codes.insert(p.code);
    EXPECT_FALSE(p.path.empty()) << p.code;
    EXPECT_EQ(p.path[0], 'M') << p.code;
  }
  EXPECT_EQ(codes.size(), 34u);
  for (const char* code : {"110000", "650000", "710000", "810000", "820000"}) {
    EXPECT_TRUE(codes.count(code)) << code;
  }
  EXPECT_GT(map.cities.size(), 300u);
  for (const MapShape& c : map.cities) {
    EXPECT_TRUE(c.x > 0 && c.x < map.width && c.y > 0 && c.y < map.height) << c.code;
  }
}

TEST(ChinaMap, ShadesCountedProvincesAndDrawsTheirCities) {
  RegionTally tally;
  for (int i = 0; i < 9; ++i) tally.Add({"140000", "山西省"}, {"140400", "长治市"});
  tally.Add({"810000", "香港特别行政区"}, {});
  tally.Add({}, {}, "日本");
  tally.Add({}, {});
  EXPECT_EQ(tally.articles, 12u);
  EXPECT_EQ(tally.placed(), 10u);
  EXPECT_EQ(tally.abroad, 1u);

  const std::string svg = RegionMapSvg(RealMap(), tally);
  EXPECT_NE(svg.find("<title>山西省: 9 articles (90.0% of placed)</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>香港特别行政区: 1 article (10.0% of placed)</title>"),
            std::string::npos);
  EXPECT_NE(svg.find("<title>长治市: 9 articles</title>"), std::string::npos);
  EXPECT_NE(svg.find("<title>台湾省: 0 articles</title>"), std::string::npos);
  EXPECT_EQ(Occurrences(svg, "class=\"city\""), 1u);  // only cities with articles
  EXPECT_EQ(Occurrences(svg, "class=\"province\""), 34u);
  // The largest count has the darkest class, an empty province the grey.
  EXPECT_NE(svg.find("data-code=\"140000\" data-count=\"9\" fill=\"#a50f15\""), std::string::npos);
  EXPECT_NE(svg.find("data-code=\"710000\" data-count=\"0\" fill=\"#f0f0f0\""), std::string::npos);
  // Macao is too small to see: a marker is added.
  const size_t macao = svg.find("data-code=\"820000\"");
  ASSERT_NE(macao, std::string::npos);
  EXPECT_LT(svg.find("<circle", macao), svg.find("</g>", macao));
  // The legend names the classes with their counts.
  EXPECT_NE(svg.find(">no article<"), std::string::npos);
  EXPECT_NE(svg.find("–9 articles<"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg, RegionMapSvg(RealMap(), tally));
}

TEST(ChinaMap, RegionReportPageHasMapAndTables) {
  RegionTally tally;
  tally.Add({"330000", "浙江省"}, {"330100", "杭州市"});
  tally.Add({}, {}, "日本");
  const std::string html = RenderRegionReportHtml("t <x>", "baokan test", &RealMap(), tally);
  for (const char* id : {"map", "provinces", "cities", "abroad"}) {
    EXPECT_NE(html.find(std::string("id=\"") + id + "\""), std::string::npos) << id;
  }
  EXPECT_NE(html.find("t &lt;x&gt;"), std::string::npos);
  EXPECT_NE(html.find("<td>杭州市</td><td>330100</td>"), std::string::npos);
  EXPECT_NE(html.find("<td>日本</td>"), std::string::npos);
  EXPECT_NE(html.find("2 articles: 1 placed in China (50.0%), 1 abroad, 0 with no place"),
            std::string::npos);
  const std::string without = RenderRegionReportHtml("t", "g", nullptr, tally);
  EXPECT_NE(without.find("No map"), std::string::npos);
  EXPECT_EQ(without.find("<svg"), std::string::npos);
}

TEST(ChinaMap, MalformedFilesAreDataErrorsNamingTheLine) {
  const std::string head = "# canvas 100 80\ncode\tlevel\tname\tx\ty\tflags\tpath\n";
  auto error = [&](const std::string& text) {
    StatusOr<ChinaMap> m = ChinaMap::FromText(text, "m.tsv");
    EXPECT_FALSE(m.ok());
    return m.ok() ? std::string() : m.status().message();
  };
  EXPECT_NE(error(head + "110000\tprovince\t北京市\t1\t2\t\n").find("m.tsv:3:"), std::string::npos);
  EXPECT_NE(error(head + "11000x\tprovince\t北京市\t1\t2\t\tM0 0l1 1z\n").find("6-digit"),
            std::string::npos);
  EXPECT_NE(error(head + "110000\ttown\t北京市\t1\t2\t\tM0 0l1 1z\n").find("province or city"),
            std::string::npos);
  EXPECT_NE(error(head + "110000\tprovince\t北京市\t1\t2\t\t\n").find("needs a path"),
            std::string::npos);
  EXPECT_NE(error("code\tlevel\tname\tx\ty\tflags\tpath\n110000\tprovince\t北\t1\t2\t\tM0 0z\n")
                .find("canvas"),
            std::string::npos);
  EXPECT_NE(error("# canvas 100\n").find("m.tsv:1:"), std::string::npos);
  StatusOr<ChinaMap> ok = ChinaMap::FromText(head + "110000\tprovince\t北京市\t1\t2\tsmall\tM0 0l1 1z\n"
                                             "110100\tcity\t北京市\t3\t4\t\t\n", "m.tsv");
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(ok->width, 100);
  EXPECT_TRUE(ok->provinces[0].small);
  EXPECT_EQ(ok->cities[0].y, 4);
  EXPECT_EQ(ChinaMap::Load("/nonexistent-dir").status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace baokan
