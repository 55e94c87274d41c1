// The region map: China's province-level units shaded by their article
// counts, cities as dots, drawn as inline SVG for report.html and
// `baokan region --report` (docs/region.md, "The map").
//
//   StatusOr<ChinaMap> map = ChinaMap::Load(ModelsDir());   // models/china_map.tsv
//   RegionTally tally;
//   tally.Add({"140000", "山西省"}, {"140400", "长治市"});     // once per article
//   std::string svg = RegionMapSvg(*map, tally);

#ifndef BAOKAN_REGION_MAP_H_
#define BAOKAN_REGION_MAP_H_

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/status.h"

namespace baokan {

// One unit of the map, in map units (whole numbers, y growing downwards).
struct MapShape {
  std::string code;  // GB/T 2260 code as in models/regions.tsv
  std::string name;
  int x = 0, y = 0;  // a province's capital; a city's seat
  bool small = false;  // outline too small to see: the map adds a marker
  std::string path;    // SVG path data of a province's outline; empty for cities
};

// models/china_map.tsv (scripts/build_china_map.py): the outlines of the 34
// province-level units (Hong Kong, Macao and Taiwan included) and a point for
// every city. Immutable after loading.
struct ChinaMap {
  int width = 0, height = 0;  // the canvas, from the "# canvas W H" line
  std::vector<MapShape> provinces;
  std::vector<MapShape> cities;

  // Loads DIR/china_map.tsv. A missing file is NotFound; a malformed line is
  // a DataError naming FILE:LINE.
  static StatusOr<ChinaMap> Load(const std::string& dir);
  // The same from the file's contents; `origin` names it in errors.
  static StatusOr<ChinaMap> FromText(std::string_view text, const std::string& origin);
};

// A unit an article is placed in: code and name ("" code: not placed).
struct TallyUnit {
  std::string code;
  std::string name;
};

// Articles counted per province and per city (by code), and per country for
// stories abroad.
struct RegionTally {
  size_t articles = 0;  // every article added
  size_t abroad = 0;    // of which abroad
  std::map<std::string, size_t> provinces;   // province code -> articles
  std::map<std::string, size_t> cities;      // city code -> articles
  std::map<std::string, size_t> countries;   // country name -> articles abroad
  std::map<std::string, std::string> names;  // code -> name, as the records gave it

  // Counts one article: its province and city (either may have an empty
  // code), or the country when `country` is not empty.
  void Add(const TallyUnit& province, const TallyUnit& city, const std::string& country = "");
  size_t placed() const;  // articles with a province
};

// The map as one inline <svg> element (no scripts, no external references):
// every province shaded by its share of the largest count, in classes the
// legend names with their article counts; each province and city carries a
// <title> with its name and count (shown on hover); cities with articles are
// dots sized by their count. Deterministic.
std::string RegionMapSvg(const ChinaMap& map, const RegionTally& tally);

// A self-contained HTML page about a labelled set (`baokan region
// --report`): totals, the map (or a note when `map` is null), and tables of
// provinces, cities and countries abroad. Deterministic.
std::string RenderRegionReportHtml(const std::string& heading, const std::string& generator,
                                   const ChinaMap* map, const RegionTally& tally);

}  // namespace baokan

#endif  // BAOKAN_REGION_MAP_H_
