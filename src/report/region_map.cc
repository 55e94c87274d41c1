// The region map: models/china_map.tsv and the SVG drawn from it.

#include "baokan/region_map.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "base/html.h"
#include "baokan/io.h"
#include "base/strings.h"

namespace baokan {
namespace {

constexpr std::string_view kMapFile = "china_map.tsv";
constexpr std::string_view kCanvasLine = "# canvas ";
constexpr size_t kColumns = 7;  // code level name x y flags path
// Sequential reds, lightest first; provinces with no article are grey.
constexpr const char* kClassColors[] = {"#fee5d9", "#fcbba1", "#fc9272",
                                        "#fb6a4a", "#de2d26", "#a50f15"};
constexpr int kClasses = sizeof kClassColors / sizeof kClassColors[0];
constexpr const char* kEmptyColor = "#f0f0f0";
constexpr const char* kBorderColor = "#999";
constexpr const char* kDotColor = "#1f3b73";
constexpr double kDotMinRadius = 2.0, kDotMaxRadius = 8.0;  // map units
constexpr int kMarkerRadius = 5;     // the marker of a unit too small to see
constexpr int kLegendSwatch = 18;    // map units
constexpr int kLegendFontSize = 15;  // map units

bool ParseInt(std::string_view s, int* out) {
  if (s.empty() || s.size() > 6) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

// The upper bounds of the colour classes for counts 1..max: about evenly
// spaced on a logarithmic scale (max^(k/kClasses)), duplicates merged, so
// that a few large provinces do not wash out all others.
std::vector<size_t> ClassBounds(size_t max) {
  std::vector<size_t> bounds;
  for (int k = 1; k <= kClasses; ++k) {
    const size_t b = static_cast<size_t>(
        std::ceil(std::pow(static_cast<double>(max), static_cast<double>(k) / kClasses) - 1e-9));
    if (bounds.empty() || b > bounds.back()) bounds.push_back(b);
  }
  if (bounds.back() < max) bounds.back() = max;
  return bounds;
}

// The colour of a count: its class spread over the whole ramp, the first
// class lightest and the last darkest, however few classes there are.
const char* ColorOf(size_t n, const std::vector<size_t>& bounds) {
  if (n == 0) return kEmptyColor;
  size_t k = 0;
  while (k + 1 < bounds.size() && n > bounds[k]) ++k;
  const size_t ramp = bounds.size() == 1 ? kClasses - 1 : k * (kClasses - 1) / (bounds.size() - 1);
  return kClassColors[ramp];
}

std::string Count(size_t n) { return std::to_string(n) + (n == 1 ? " article" : " articles"); }

std::string Percent(size_t n, size_t total) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", total ? 100.0 * n / total : 0.0);
  return buf;
}

size_t CountOf(const std::map<std::string, size_t>& counts, const std::string& code) {
  auto it = counts.find(code);
  return it == counts.end() ? 0 : it->second;
}

std::string Legend(const ChinaMap& map, const std::vector<size_t>& bounds) {
  const int rows = static_cast<int>(bounds.size()) + 1;
  int y = map.height - rows * (kLegendSwatch + 6) - 4;
  std::string svg = "<g class=\"legend\" font-size=\"" + std::to_string(kLegendFontSize) + "\">";
  auto row = [&](const char* color, const std::string& label) {
    svg += "<rect x=\"12\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(kLegendSwatch) + "\" height=\"" + std::to_string(kLegendSwatch) +
           "\" fill=\"" + color + "\" stroke=\"" + kBorderColor + "\"/><text x=\"" +
           std::to_string(18 + kLegendSwatch) + "\" y=\"" +
           std::to_string(y + kLegendSwatch - 4) + "\">" + label + "</text>";
    y += kLegendSwatch + 6;
  };
  row(kEmptyColor, "no article");
  size_t low = 1;
  for (size_t b : bounds) {
    row(ColorOf(b, bounds), low == b ? Count(b) : std::to_string(low) + "–" + Count(b));
    low = b + 1;
  }
  return svg + "</g>\n";
}

}  // namespace

StatusOr<ChinaMap> ChinaMap::FromText(std::string_view text, const std::string& origin) {
  ChinaMap map;
  bool header = false;
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    ++line_no;
    const std::string where = origin + ":" + std::to_string(line_no) + ": ";
    if (line.starts_with(kCanvasLine)) {
      const std::string_view size = line.substr(kCanvasLine.size());
      const size_t space = size.find(' ');
      if (space == std::string_view::npos || !ParseInt(size.substr(0, space), &map.width) ||
          !ParseInt(size.substr(space + 1), &map.height) || map.width == 0 || map.height == 0) {
        return Status::DataError(where + "the canvas line must read \"# canvas WIDTH HEIGHT\"");
      }
      continue;
    }
    if (line.empty() || line.starts_with('#')) continue;
    if (!header) {
      header = true;
      if (!line.starts_with("code\t")) return Status::DataError(where + "expected the header line");
      continue;
    }
    const std::vector<std::string_view> c = SplitTsvLine(line);
    MapShape s;
    if (c.size() != kColumns) {
      return Status::DataError(where + "expected " + std::to_string(kColumns) + " columns, got " +
                               std::to_string(c.size()));
    }
    int code = 0;
    if (c[0].size() != 6 || !ParseInt(c[0], &code) || !ParseInt(c[3], &s.x) ||
        !ParseInt(c[4], &s.y)) {
      return Status::DataError(where + "expected a 6-digit code and whole-number x and y");
    }
    if (c[1] != "province" && c[1] != "city") {
      return Status::DataError(where + "level must be province or city, not \"" +
                               std::string(c[1]) + "\"");
    }
    if (c[1] == "province" && c[6].empty()) return Status::DataError(where + "a province needs a path");
    s.code = c[0];
    s.name = c[2];
    s.small = c[5] == "small";
    s.path = c[6];
    (c[1] == "province" ? map.provinces : map.cities).push_back(std::move(s));
  }
  if (map.width == 0) return Status::DataError(origin + ": no \"# canvas WIDTH HEIGHT\" line");
  if (map.provinces.empty()) return Status::DataError(origin + ": no province outlines");
  return map;
}

StatusOr<ChinaMap> ChinaMap::Load(const std::string& dir) {
  const std::string path = dir + "/" + std::string(kMapFile);
  StatusOr<std::string> text = ReadFileBytes(path);
  if (!text.ok()) return text.status();
  return FromText(*text, path);
}

void RegionTally::Add(const TallyUnit& province, const TallyUnit& city,
                      const std::string& country) {
  ++articles;
  if (!country.empty()) {
    ++abroad;
    ++countries[country];
    return;
  }
  for (const TallyUnit* u : {&province, &city}) {
    if (u->code.empty()) continue;
    ++(u == &province ? provinces : cities)[u->code];
    names.emplace(u->code, u->name);
  }
}

size_t RegionTally::placed() const {
  size_t n = 0;
  for (const auto& [code, count] : provinces) n += count;
  return n;
}

std::string RegionMapSvg(const ChinaMap& map, const RegionTally& tally) {
  size_t max_province = 1, max_city = 1;
  for (const auto& [code, n] : tally.provinces) max_province = std::max(max_province, n);
  for (const auto& [code, n] : tally.cities) max_city = std::max(max_city, n);
  const std::vector<size_t> bounds = ClassBounds(max_province);
  const size_t placed = tally.placed();
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"region-map\" role=\"img\" "
                    "viewBox=\"0 0 " + std::to_string(map.width) + " " +
                    std::to_string(map.height) + "\" width=\"" + std::to_string(map.width * 4 / 5) +
                    "\" aria-label=\"Articles per province\">\n<g stroke=\"" + kBorderColor +
                    "\" stroke-width=\"0.8\" stroke-linejoin=\"round\">\n";
  for (const MapShape& p : map.provinces) {
    const size_t n = CountOf(tally.provinces, p.code);
    const std::string title = "<title>" + HtmlEscape(p.name) + ": " + Count(n) +
                              (n ? " (" + Percent(n, placed) + " of placed)" : "") + "</title>";
    svg += "<g class=\"province\" data-code=\"" + p.code + "\" data-count=\"" +
           std::to_string(n) + "\" fill=\"" + ColorOf(n, bounds) + "\">" + title + "<path d=\"" +
           p.path + "\"/>";
    if (p.small) {
      svg += "<circle cx=\"" + std::to_string(p.x) + "\" cy=\"" + std::to_string(p.y) +
             "\" r=\"" + std::to_string(kMarkerRadius) + "\"/>";
    }
    svg += "</g>\n";
  }
  svg += "</g>\n<g fill=\"" + std::string(kDotColor) +
         "\" fill-opacity=\"0.7\" stroke=\"#fff\" stroke-width=\"0.6\">\n";
  for (const MapShape& c : map.cities) {
    const size_t n = CountOf(tally.cities, c.code);
    if (n == 0) continue;
    char r[16];
    std::snprintf(r, sizeof r, "%.1f",
                  kDotMinRadius + (kDotMaxRadius - kDotMinRadius) *
                                      std::sqrt(static_cast<double>(n) / max_city));
    svg += "<circle class=\"city\" data-code=\"" + c.code + "\" cx=\"" + std::to_string(c.x) +
           "\" cy=\"" + std::to_string(c.y) + "\" r=\"" + r + "\"><title>" + HtmlEscape(c.name) +
           ": " + Count(n) + "</title></circle>\n";
  }
  return svg + "</g>\n" + Legend(map, bounds) + "</svg>\n";
}

}  // namespace baokan
