// Helpers for the self-contained HTML pages baokan writes (run's
// report.html, eval's --report): escaping, and the one bar chart both draw.

#ifndef BAOKAN_SRC_BASE_HTML_H_
#define BAOKAN_SRC_BASE_HTML_H_

#include <string>
#include <string_view>
#include <vector>

namespace baokan {

// `s` with &, <, > and " replaced by their character references, safe in
// element text and in double-quoted attribute values.
std::string HtmlEscape(std::string_view s);

// A horizontal bar chart: one group of bars per label, one bar per series in
// each group, the value printed after each bar.
struct BarChart {
  struct Series {
    std::string name;   // shown in a legend and in each bar's tooltip; "" for none
    std::string color;  // CSS colour of its bars, e.g. "#3b6fb6"
  };
  std::vector<std::string> labels;
  std::vector<Series> series;
  std::vector<std::vector<double>> values;  // values[label][series], >= 0
  // The value of a full-length bar; 0: the largest value (at least 1).
  double full_value = 0;
  // Digits after the point of the printed values.
  int digits = 0;
};

// The chart as inline SVG (no script, nothing fetched): labels right-aligned
// in a 190-pixel column, bars of at least one pixel up to 420 pixels, a
// 24-pixel row per bar, a gap between groups and a legend below them when
// there are several series. An empty chart is a note, "Nothing to show.".
std::string BarChartSvg(const BarChart& chart);

}  // namespace baokan

#endif  // BAOKAN_SRC_BASE_HTML_H_
