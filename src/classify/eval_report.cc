// The evaluation report: one self-contained HTML page (inline CSS and SVG, no
// scripts, nothing fetched) with the figures of one or more models, per-label
// F1 bars and a confusion-matrix heatmap per model.

#include <algorithm>
#include <cstdio>
#include <set>

#include "base/html.h"
#include "base/strings.h"
#include "classify/internal.h"

namespace baokan {
namespace {

std::string Fixed(double x, int digits = 3) { return FormatFixed(x, digits); }

std::string Display(const std::string& label, const Taxonomy& taxonomy) {
  const SubjectInfo* info = taxonomy.Find(label);
  return info ? info->name + " (" + label + ")" : label;
}

constexpr char kStyle[] =
    "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .6em;border-bottom:1px "
    "solid #ddd;text-align:right}th:first-child,td:first-child{text-align:left}"
    "h2{margin-top:2em}.side{display:flex;flex-wrap:wrap;gap:1em}figure{margin:0}"
    "figcaption{font-weight:bold}svg text{font-size:11px;font-family:inherit}.best{font-weight:bold}";

// Overall figures, one column per model.
std::string SummaryTable(const std::vector<std::string>& names,
                         const std::vector<EvalResult>& results) {
  std::string out = "<table><tr><th>figure</th>";
  for (const std::string& n : names) out += "<th>" + HtmlEscape(n) + "</th>";
  out += "</tr>";
  auto row = [&](const char* what, auto get) {
    double best = -1;
    for (const EvalResult& r : results) best = std::max(best, get(r));
    out += std::string("<tr><td>") + what + "</td>";
    for (const EvalResult& r : results) {
      bool mark = results.size() > 1 && get(r) == best;
      out += std::string("<td") + (mark ? " class=best" : "") + ">" + Fixed(get(r)) + "</td>";
    }
    out += "</tr>";
  };
  row("accuracy", [](const EvalResult& r) { return r.accuracy; });
  row("micro precision", [](const EvalResult& r) { return r.micro.precision; });
  row("micro recall", [](const EvalResult& r) { return r.micro.recall; });
  row("micro F1", [](const EvalResult& r) { return r.micro.f1; });
  row("macro precision", [](const EvalResult& r) { return r.macro.precision; });
  row("macro recall", [](const EvalResult& r) { return r.macro.recall; });
  row("macro F1", [](const EvalResult& r) { return r.macro.f1; });
  out += "<tr><td>examples</td>";
  for (const EvalResult& r : results) out += "<td>" + std::to_string(r.n) + "</td>";
  return out + "</tr></table>";
}

// Horizontal F1 bars per label, one bar per model.
std::string F1Bars(const std::vector<std::string>& names, const std::vector<EvalResult>& results,
                   const Taxonomy& taxonomy) {
  static const char* kColors[] = {"#3b6fb6", "#d9822b", "#4a9a5b", "#a1489c"};
  std::set<std::string> labels;
  for (const EvalResult& r : results) {
    for (const LabelScores& s : r.per_label) labels.insert(s.label);
  }
  BarChart chart;
  chart.full_value = 1;
  chart.digits = 2;
  for (size_t m = 0; m < results.size(); ++m) {
    chart.series.push_back({names[m], kColors[m % 4]});
  }
  for (const std::string& label : labels) {
    chart.labels.push_back(Display(label, taxonomy));
    std::vector<double>& f1 = chart.values.emplace_back(results.size(), 0.0);
    for (size_t m = 0; m < results.size(); ++m) {
      for (const LabelScores& s : results[m].per_label) {
        if (s.label == label) f1[m] = s.scores.f1;
      }
    }
  }
  return BarChartSvg(chart);
}

// Rows: primary gold label; columns: top prediction, then "none". Cells are
// shaded by their share of the row.
std::string Heatmap(const EvalResult& r, const Taxonomy& taxonomy) {
  const int cell = 34, left = 190, top = 110;
  size_t n = r.labels.size();
  std::string out = "<svg xmlns='http://www.w3.org/2000/svg' width='" +
                    std::to_string(left + cell * (n + 1) + 10) + "' height='" +
                    std::to_string(top + cell * n + 10) + "' role='img' aria-label='confusion'>";
  for (size_t j = 0; j <= n; ++j) {
    std::string name = j < n ? Display(r.labels[j], taxonomy) : "(none)";
    int x = left + static_cast<int>(j) * cell + cell / 2;
    out += "<text transform='translate(" + std::to_string(x) + "," + std::to_string(top - 6) +
           ") rotate(-60)'>" + HtmlEscape(name) + "</text>";
  }
  for (size_t i = 0; i < n; ++i) {
    int64_t row_total = 0;
    for (int64_t c : r.confusion[i]) row_total += c;
    int y = top + static_cast<int>(i) * cell;
    out += "<text x='0' y='" + std::to_string(y + cell / 2 + 4) + "'>" +
           HtmlEscape(Display(r.labels[i], taxonomy)) + "</text>";
    for (size_t j = 0; j <= n; ++j) {
      int64_t c = r.confusion[i][j];
      double share = row_total ? static_cast<double>(c) / row_total : 0;
      int light = 255 - static_cast<int>(share * 200);
      char fill[32];
      std::snprintf(fill, sizeof fill, i == j ? "rgb(%d,%d,255)" : "rgb(255,%d,%d)", light,
                    light);
      int x = left + static_cast<int>(j) * cell;
      out += "<rect x='" + std::to_string(x) + "' y='" + std::to_string(y) + "' width='" +
             std::to_string(cell - 1) + "' height='" + std::to_string(cell - 1) + "' fill='" +
             fill + "'><title>" + HtmlEscape(r.labels[i]) + " → " +
             HtmlEscape(j < n ? r.labels[j] : "(none)") + ": " + std::to_string(c) +
             "</title></rect>";
      if (c > 0) {
        out += "<text x='" + std::to_string(x + cell / 2) + "' y='" +
               std::to_string(y + cell / 2 + 4) + "' text-anchor='middle'" +
               (share > 0.6 ? " fill='#fff'" : "") + ">" + std::to_string(c) + "</text>";
      }
    }
  }
  return out + "</svg>";
}

std::string PerLabelTable(const EvalResult& r, const Taxonomy& taxonomy) {
  std::string out =
      "<table><tr><th>label</th><th>precision</th><th>recall</th><th>F1</th><th>support</th>"
      "<th>tp</th><th>fp</th><th>fn</th></tr>";
  for (const LabelScores& s : r.per_label) {
    out += "<tr><td>" + HtmlEscape(Display(s.label, taxonomy)) + "</td><td>" +
           Fixed(s.scores.precision) + "</td><td>" + Fixed(s.scores.recall) + "</td><td>" +
           Fixed(s.scores.f1) + "</td><td>" + std::to_string(s.support) + "</td><td>" +
           std::to_string(s.tp) + "</td><td>" + std::to_string(s.fp) + "</td><td>" +
           std::to_string(s.fn) + "</td></tr>";
  }
  return out + "</table>";
}

// Each model against the first: differences, intervals and McNemar's test.
std::string PairedTable(const ModelComparison& c) {
  std::string out =
      "<table><tr><th>model</th><th>Δ accuracy</th><th>95 % interval</th><th>Δ macro F1</th>"
      "<th>95 % interval</th><th>only first right</th><th>only this right</th>"
      "<th>McNemar test</th><th>p</th></tr>";
  for (size_t i = 0; i < c.paired.size(); ++i) {
    const PairedComparison& p = c.paired[i];
    char pv[32];
    std::snprintf(pv, sizeof pv, "%.3g", p.mcnemar.p_value);
    out += "<tr><td>" + HtmlEscape(c.names[i + 1]) + "</td><td>" +
           Fixed(p.accuracy_diff, 4) + "</td><td>[" + Fixed(p.accuracy_ci.low, 4) + ", " +
           Fixed(p.accuracy_ci.high, 4) + "]</td><td>" + Fixed(p.macro_f1_diff, 4) +
           "</td><td>[" + Fixed(p.macro_f1_ci.low, 4) + ", " + Fixed(p.macro_f1_ci.high, 4) +
           "]</td><td>" + std::to_string(p.mcnemar.only_a) + "</td><td>" +
           std::to_string(p.mcnemar.only_b) + "</td><td>" +
           (p.mcnemar.exact ? "exact binomial"
                            : "χ² with continuity correction " + Fixed(p.mcnemar.statistic, 2)) +
           "</td><td>" + pv + "</td></tr>";
  }
  return out + "</table><p>Differences are this model minus <b>" + HtmlEscape(c.names[0]) +
         "</b>. Intervals: percentile bootstrap, " + std::to_string(c.bootstrap.resamples) +
         " resamples of the examples (paired), seed " + std::to_string(c.bootstrap.seed) +
         ". McNemar's test on the examples exactly one of the two gets right: exact binomial "
         "below " + std::to_string(kMcNemarExactBelow) +
         " of them, else chi-square (1 df) with continuity correction.</p>";
}

// The reliability table: per confidence bin, examples, mean confidence and
// accuracy.
std::string ReliabilityTable(const EvalResult& r) {
  std::string out = "<p>Expected calibration error: " + Fixed(r.calibration.ece, 4) +
                    "</p><table><tr><th>top-label probability</th><th>examples</th>"
                    "<th>mean probability</th><th>accuracy</th></tr>";
  for (const CalibrationBin& b : r.calibration.bins) {
    out += "<tr><td>" + Fixed(b.low, 1) + "–" + Fixed(b.high, 1) + "</td><td>" +
           std::to_string(b.n) + "</td><td>" + (b.n ? Fixed(b.confidence) : "") + "</td><td>" +
           (b.n ? Fixed(b.accuracy) : "") + "</td></tr>";
  }
  return out + "</table>";
}

}  // namespace

std::string EvalReportHtml(const ModelComparison& c, const Taxonomy& taxonomy,
                           const std::string& data_name) {
  const std::vector<std::string>& names = c.names;
  const std::vector<EvalResult>& results = c.results;
  std::string out = "<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>baokan "
                    "eval — " + HtmlEscape(data_name) + "</title><style>" + kStyle +
                    "</style></head><body><h1>baokan eval</h1><p>data: <code>" +
                    HtmlEscape(data_name) + "</code></p>";
  out += SummaryTable(names, results);
  if (!c.paired.empty()) out += "<h2>Is the difference real?</h2>" + PairedTable(c);
  out += "<h2>F1 per label</h2>" + F1Bars(names, results, taxonomy);
  out += "<h2>Confusion matrices (rows: gold primary label, columns: top prediction)</h2>"
         "<div class=side>";
  for (size_t m = 0; m < results.size(); ++m) {
    out += "<figure><figcaption>" + HtmlEscape(names[m]) + "</figcaption>" +
           Heatmap(results[m], taxonomy) + "</figure>";
  }
  out += "</div>";
  for (size_t m = 0; m < results.size(); ++m) {
    out += "<h2>" + HtmlEscape(names[m]) + "</h2>" + PerLabelTable(results[m], taxonomy);
    if (!results[m].calibration.bins.empty()) {
      out += "<h3>Calibration</h3>" + ReliabilityTable(results[m]);
    }
  }
  return out + "</body></html>\n";
}

}  // namespace baokan
