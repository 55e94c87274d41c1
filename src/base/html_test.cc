#include "base/html.h"

#include <gtest/gtest.h>

namespace baokan {
namespace {

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

TEST(HtmlTest, EscapesTheFourSpecialCharacters) {
  EXPECT_EQ(HtmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c'");
}

TEST(BarChartTest, OneBarPerRowScaledToTheLargest) {
  BarChart chart;
  chart.series.push_back({"", "#c33"});
  chart.labels = {"湖南省", "<x>"};
  chart.values = {{10}, {5}};
  const std::string svg = BarChartSvg(chart);
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"", 0), 0u) << svg;
  EXPECT_NE(svg.find("height=\"56\""), std::string::npos) << svg;  // 2 rows of 24, 8 around
  EXPECT_NE(svg.find("width=\"420\" height=\"18\" fill=\"#c33\"/>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("width=\"210\" height=\"18\" fill=\"#c33\"/>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("&lt;x&gt;"), std::string::npos);
  EXPECT_EQ(Count(svg, "<title>"), 0u);  // a series without a name has no tooltip
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
}

TEST(BarChartTest, SeveralSeriesHaveTooltipsALegendAndFixedDigits) {
  BarChart chart;
  chart.series = {{"model a", "#111"}, {"model b", "#222"}};
  chart.labels = {"sports", "health", "economy"};
  chart.values = {{0.5, 1}, {0.25, 0}, {1, 0.75}};
  chart.full_value = 1;
  chart.digits = 2;
  const std::string svg = BarChartSvg(chart);
  EXPECT_EQ(Count(svg, "<rect"), 3u * 2 + 2);  // bars, then the legend's swatches
  EXPECT_EQ(Count(svg, "text-anchor=\"end\""), 3u);  // one label per group
  EXPECT_NE(svg.find("<title>model a: 0.25</title>"), std::string::npos) << svg;
  EXPECT_NE(svg.find(">0.75</text>"), std::string::npos);
  EXPECT_NE(svg.find("width=\"1\" height"), std::string::npos);  // a zero is still seen
  EXPECT_NE(svg.find(">model b</text>"), std::string::npos);
}

TEST(BarChartTest, NothingToShowIsANote) {
  EXPECT_EQ(BarChartSvg(BarChart()), "<p class=note>Nothing to show.</p>\n");
}

}  // namespace
}  // namespace baokan
