#include "base/html.h"

#include <algorithm>

#include "base/strings.h"

namespace baokan {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

constexpr int kLabelWidth = 190;   // the labels' column
constexpr int kBarWidth = 420;     // a full-length bar
constexpr int kRowHeight = 24;     // one bar and the space around it
constexpr int kGroupGap = 8;       // between groups, when there are several series
constexpr int kLegendHeight = 24;  // below the groups, when there are several series

std::string Legend(const BarChart& chart, int y) {
  std::string svg;
  int x = kLabelWidth;
  for (const BarChart::Series& s : chart.series) {
    svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y + 4) +
           "\" width=\"12\" height=\"12\" fill=\"" + s.color + "\"/><text x=\"" +
           std::to_string(x + 16) + "\" y=\"" + std::to_string(y + 15) + "\" font-size=\"12\">" +
           HtmlEscape(s.name) + "</text>\n";
    x += 16 + 8 * static_cast<int>(s.name.size()) + 20;
  }
  return svg;
}

}  // namespace

std::string BarChartSvg(const BarChart& chart) {
  if (chart.labels.empty() || chart.series.empty()) return "<p class=note>Nothing to show.</p>\n";
  const bool several = chart.series.size() > 1;
  double full = chart.full_value;
  if (full <= 0) {
    full = 1;
    for (const std::vector<double>& row : chart.values) {
      for (double v : row) full = std::max(full, v);
    }
  }
  const int group = kRowHeight * static_cast<int>(chart.series.size()) + (several ? kGroupGap : 0);
  const int height = static_cast<int>(chart.labels.size()) * group + 8 + (several ? kLegendHeight : 0);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                    std::to_string(kLabelWidth + kBarWidth + 60) + "\" height=\"" +
                    std::to_string(height) + "\">\n";
  int y = 4;
  for (size_t l = 0; l < chart.labels.size(); ++l) {
    for (size_t s = 0; s < chart.series.size(); ++s) {
      const double v = l < chart.values.size() && s < chart.values[l].size() ? chart.values[l][s] : 0;
      const int w = std::max(1, static_cast<int>(kBarWidth * v / full));
      const std::string& name = chart.series[s].name;
      if (s == 0) {  // the label beside the group's first bar
        svg += "<text x=\"" + std::to_string(kLabelWidth - 8) + "\" y=\"" +
               std::to_string(y + 16) + "\" text-anchor=\"end\" font-size=\"13\">" +
               HtmlEscape(chart.labels[l]) + "</text>";
      }
      svg += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y + 3) +
             "\" width=\"" + std::to_string(w) + "\" height=\"" + std::to_string(kRowHeight - 6) +
             "\" fill=\"" + chart.series[s].color + "\"" +
             (name.empty() ? "/>"
                           : "><title>" + HtmlEscape(name) + ": " + FormatFixed(v, chart.digits) +
                                 "</title></rect>");
      svg += "<text x=\"" + std::to_string(kLabelWidth + w + 6) + "\" y=\"" +
             std::to_string(y + 16) + "\" font-size=\"12\">" + FormatFixed(v, chart.digits) +
             "</text>\n";
      y += kRowHeight;
    }
    if (several) y += kGroupGap;
  }
  if (several) svg += Legend(chart, y);
  return svg + "</svg>\n";
}

}  // namespace baokan
