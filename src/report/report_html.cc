#include <algorithm>
#include <cstdio>
#include <string>

#include "baokan/report.h"
#include "base/html.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace baokan {
namespace {

// The first `max_chars` code points of a UTF-8 string, with "…" when cut.
std::string Clip(std::string_view s, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); NextCodePoint(s, &i)) {
    if (chars++ == max_chars) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

constexpr const char* kStyle = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
 margin:2em auto;max-width:70em;padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.6em;margin-bottom:0}h2{margin-top:2em;border-bottom:2px solid #c33;padding-bottom:.2em}
.meta{color:#777}table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#276d2b;font-weight:bold}.bad{color:#b00;font-weight:bold}
.cluster{border:1px solid #ddd;border-radius:6px;margin:1em 0;padding:.6em}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.pair>div{background:#fafafa;padding:.5em;border-radius:4px;font-size:.92em}
del{background:#fdd;text-decoration:line-through;color:#700}
ins{background:#dfd;text-decoration:none;color:#050}
.note{color:#555;font-size:.9em}
)";

// A horizontal bar chart, one bar per row.
std::string CountsChart(const std::vector<std::pair<std::string, size_t>>& rows,
                        const char* color) {
  BarChart chart;
  chart.series.push_back({"", color});
  for (const auto& [label, value] : rows) {
    chart.labels.push_back(label);
    chart.values.push_back({static_cast<double>(value)});
  }
  return BarChartSvg(chart);
}

std::string LedgerSection(const RunLedger& l) {
  const Status check = l.Check();
  std::string html = "<section id=\"ledger\"><h2>What happened, stage by stage</h2>\n<table>\n";
  const std::pair<const char*, size_t> rows[] = {
      {"Page files found", l.pages_found},
      {"Pages that could not be read", l.pages_failed},
      {"Non-blank lines on the pages", l.page_lines},
      {"… placed in an article", l.article_lines},
      {"… set aside as layout debris (noise)", l.noise_lines},
      {"Articles found by split", l.articles_split},
      {"Continuations joined to their first part", l.jumps_joined},
      {"Reprints folded into their original", l.reprints_folded},
      {"Articles written", l.articles_written},
  };
  for (const auto& [label, n] : rows) {
    html += "<tr><td>" + std::string(label) + "</td><td class=n>" + std::to_string(n) +
            "</td></tr>\n";
  }
  html += "</table>\n";
  html += check.ok() ? "<p class=ok>The ledger balances: every line of every page is in "
                       "exactly one article or in the noise file, and every article split is "
                       "either written or folded into the article it reprints.</p>\n"
                     : "<p class=bad>" + HtmlEscape(check.message()) + "</p>\n";
  return html + "</section>\n";
}

std::string CountsSection(const char* id, const char* heading, const char* note,
                          const std::vector<std::pair<std::string, size_t>>& rows,
                             const char* color) {
  std::string html = std::string("<section id=\"") + id + "\"><h2>" + heading + "</h2>\n";
  html += std::string("<p class=note>") + note + "</p>\n" + CountsChart(rows, color);
  if (!rows.empty()) {
    html += "<table><tr><th>" + std::string(heading) + "</th><th>articles</th></tr>\n";
    for (const auto& [label, n] : rows) {
      html += "<tr><td>" + HtmlEscape(label) + "</td><td class=n>" + std::to_string(n) +
              "</td></tr>\n";
    }
    html += "</table>\n";
  }
  return html + "</section>\n";
}

std::string Headline(const ReportArticle& a) {
  return "<b>" + HtmlEscape(a.title.empty() ? Clip(a.text, 24) : a.title) + "</b> <span class=note>" +
         HtmlEscape(a.id) + "</span>";
}

std::string ClusterBlock(const ReportCluster& c) {
  std::string html = "<div class=cluster>\n<p>Kept: " + Headline(c.original) + " — " +
                     std::to_string(c.reprints.size()) + " reprint(s)</p>\n";
  for (const ReportReprint& r : c.reprints) {
    html += "<p class=note>Reprint " + HtmlEscape(r.article.id) +
            (r.source.empty() ? "" : " (摘自《" + HtmlEscape(r.source) + "》)") +
            ": similarity " + FormatFixed(r.similarity, 2) + ", containment " +
            FormatFixed(r.containment, 2) + "</p>\n<div class=pair><div>";
    std::string left, right;
    for (const DiffPiece& p : DiffSentences(c.original.text, r.article.text)) {
      const std::string t = HtmlEscape(p.text);
      switch (p.kind) {
        case DiffPiece::Kind::kSame: left += t; right += t; break;
        case DiffPiece::Kind::kOnlyOriginal: left += "<del>" + t + "</del>"; break;
        case DiffPiece::Kind::kOnlyReprint: right += "<ins>" + t + "</ins>"; break;
      }
    }
    html += left + "</div><div>" + right + "</div></div>\n";
  }
  return html + "</div>\n";
}

std::string ClustersSection(const std::vector<ReportCluster>& clusters) {
  std::string html =
      "<section id=\"reprints\"><h2>The largest reprint clusters</h2>\n<p class=note>Each "
      "cluster keeps the original (left); every reprint folded into it is shown on the right. "
      "<del>Struck</del> sentences were left out of the reprint, <ins>green</ins> ones are "
      "new or changed in it.</p>\n";
  if (clusters.empty()) html += "<p class=note>No reprints were found.</p>\n";
  for (const ReportCluster& c : clusters) html += ClusterBlock(c);
  return html + "</section>\n";
}

std::string UncertainSection(const std::vector<ReportArticle>& articles) {
  std::string html =
      "<section id=\"uncertain\"><h2>Articles the labeller was least sure about</h2>\n<p "
      "class=note>Worth a look by a person: low subject probability or region "
      "confidence.</p>\n<table><tr><th>article</th><th>subject</th><th>p</th><th>region</th>"
      "<th>confidence</th></tr>\n";
  for (const ReportArticle& a : articles) {
    html += "<tr><td>" + Headline(a) + "</td><td>" + HtmlEscape(a.subject) + "</td><td class=n>" +
            FormatFixed(a.subject_prob, 2) + "</td><td>" +
            HtmlEscape(a.region.empty() ? "—" : a.region) + "</td><td class=n>" +
            FormatFixed(a.region_confidence, 2) + "</td></tr>\n";
  }
  return html + "</table></section>\n";
}

}  // namespace

std::string RenderReportHtml(const RunReport& report) {
  std::string html =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>" +
      HtmlEscape(report.heading) + "</title>\n<style>" + kStyle + "</style></head><body>\n";
  html += "<h1>" + HtmlEscape(report.heading) + "</h1>\n<p class=meta>Made by " +
          HtmlEscape(report.generator) + ". This page is self-contained: it needs no network.</p>\n";
  html += LedgerSection(report.ledger);
  if (report.map) {
    html += "<section id=\"map\"><h2>Map</h2>\n<p class=note>Provinces shaded by their "
            "article counts (legend at the lower left), cities as dots sized by theirs; hover "
            "for the figures.</p>\n" + RegionMapSvg(*report.map, report.regions) + "</section>\n";
  }
  html += CountsSection("provinces", "Province", "Articles per province (the region level "
                        "above city and county); articles that name no place are not counted.",
                        report.provinces, "#c0392b");
  html += CountsSection("subjects", "Subject", "Articles per subject (the top label of each).",
                        report.subjects, "#2c6fbb");
  html += ClustersSection(report.clusters);
  html += UncertainSection(report.uncertain);
  return html + "</body></html>\n";
}

}  // namespace baokan
