// The page of `baokan region --report`: where a labelled set's articles are.

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "base/html.h"
#include "baokan/region_map.h"

namespace baokan {
namespace {

constexpr size_t kMaxCityRows = 50;  // the city table lists the largest cities only

constexpr const char* kRegionPageStyle = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
 margin:2em auto;max-width:70em;padding:0 1em;color:#222;line-height:1.5}
h2{margin-top:1.6em;border-bottom:2px solid #c33}.note{color:#555;font-size:.9em}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}svg.region-map{max-width:100%;height:auto}
.region-map g.province:hover{stroke:#000;stroke-width:2}
)";

std::string Share(size_t n, size_t total) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", total ? 100.0 * n / total : 0.0);
  return buf;
}

// Rows by count, largest first (ties: by key), at most `limit`.
std::vector<std::pair<std::string, size_t>> Largest(const std::map<std::string, size_t>& counts,
                                                    size_t limit) {
  std::vector<std::pair<std::string, size_t>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

std::string Table(const char* id, const char* heading, const RegionTally& tally,
                  const std::map<std::string, size_t>& counts, size_t limit, size_t total,
                  bool by_code) {
  std::string html = std::string("<section id=\"") + id + "\"><h2>" + heading + "</h2>\n";
  if (counts.empty()) return html + "<p class=note>None.</p></section>\n";
  html += "<table><tr><th>name</th>" + std::string(by_code ? "<th>code</th>" : "") +
          "<th>articles</th><th>share</th></tr>\n";
  for (const auto& [key, n] : Largest(counts, limit)) {
    auto name = tally.names.find(key);
    html += "<tr><td>" + HtmlEscape(by_code && name != tally.names.end() ? name->second : key) +
            "</td>" + (by_code ? "<td>" + HtmlEscape(key) + "</td>" : "") + "<td class=n>" +
            std::to_string(n) + "</td><td class=n>" + Share(n, total) + "</td></tr>\n";
  }
  if (counts.size() > limit) {
    html += "<tr><td colspan=4 class=note>… and " + std::to_string(counts.size() - limit) +
            " more</td></tr>\n";
  }
  return html + "</table></section>\n";
}

}  // namespace

std::string RenderRegionReportHtml(const std::string& heading, const std::string& generator,
                                   const ChinaMap* map, const RegionTally& tally) {
  const size_t placed = tally.placed();
  std::string html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>" +
                     HtmlEscape(heading) + "</title>\n<style>" + kRegionPageStyle +
                     "</style></head><body>\n<h1>" + HtmlEscape(heading) +
                     "</h1>\n<p class=note>Made by " + HtmlEscape(generator) +
                     ". This page is self-contained: it needs no network.</p>\n";
  html += "<p>" + std::to_string(tally.articles) + " articles: " + std::to_string(placed) +
          " placed in China (" + Share(placed, tally.articles) + "), " +
          std::to_string(tally.abroad) + " abroad, " +
          std::to_string(tally.articles - placed - tally.abroad) + " with no place.</p>\n";
  html += "<section id=\"map\"><h2>Map</h2>\n";
  if (map) {
    html += "<p class=note>Provinces are shaded by their article counts (legend at the lower "
            "left); dots are cities, sized by their counts. Hover over a province or a dot for "
            "its figures.</p>\n" + RegionMapSvg(*map, tally);
  } else {
    html += "<p class=note>No map: models/china_map.tsv was not found.</p>\n";
  }
  html += "</section>\n";
  html += Table("provinces", "Provinces", tally, tally.provinces, tally.provinces.size(), placed,
                true);
  html += Table("cities", "Cities", tally, tally.cities, kMaxCityRows, placed, true);
  html += Table("abroad", "Stories abroad, by country", tally, tally.countries,
                tally.countries.size(), tally.abroad, false);
  return html + "</body></html>\n";
}

}  // namespace baokan
