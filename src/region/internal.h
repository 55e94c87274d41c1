// The gazetteer's inside, shared by the region stage's files.

#ifndef BAOKAN_SRC_REGION_INTERNAL_H_
#define BAOKAN_SRC_REGION_INTERNAL_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "baokan/region.h"
#include "region/matcher.h"

namespace baokan {
namespace region {

enum class Level : uint8_t { kProvince = 0, kCity = 1, kCounty = 2, kTown = 3 };

struct GazUnit {
  std::string code;
  std::string name;
  Level level;
  bool placeholder = false;  // 市辖区, 省直辖县级行政区划 ...: a code, no place
  bool devzone = false;      // NBS-only development zone: places in its city only
  int32_t parent = -1;
  // Index of the ancestor-or-self at each level (-1 if none): [0] province,
  // [1] city, [2] county.
  int32_t at[3] = {-1, -1, -1};
};

// How a name refers to a unit.
enum class Form : uint8_t { kFull, kShort, kFormer, kFormerShort };

struct NameEntry {
  int32_t unit;
  Form form;
  // A weak name counts only in a dateline or beside a named parent: short
  // county names (东风, 长寿), two-character county names (城区, 和县),
  // town names shared by several towns (城关镇) or without a town suffix
  // (国有林场, 综合保税区).
  bool weak;
  // A town name too common to place an article unless its parent stands
  // right before it (开发区, 城关镇: shared by kGenericTownCount towns or more,
  // or without a town suffix).
  bool generic = false;
};

}  // namespace region

struct region::GazetteerTables {
  std::vector<GazUnit> units;
  std::unordered_map<std::string, int32_t> by_code;
  region::Matcher matcher;
  // Per matcher pattern id: the units it names (empty for blockers, words
  // that merely contain a place name: 长治久安).
  std::vector<std::vector<NameEntry>> entries;
  // Per pattern id: true for words by which a local paper speaks of its own
  // place (本报讯, 我区, 区委 ...), found in the same pass as the names.
  std::vector<bool> is_marker;
  // Per pattern id: the index into `countries` of a foreign name (东京,
  // 日本), or -1. A name of China's own gazetteer is never foreign.
  std::vector<int16_t> foreign;
  std::vector<Abroad> countries;
  // Per pattern id: words by which a story speaks of China as a whole (中国,
  // 我国, 国内): they count against placing the story abroad.
  std::vector<bool> is_domestic;
  // Per pattern id: a phrase with a one-character abbreviation (在京, 沪上)
  // that loses to a name it overlaps (在桂林 is 桂林).
  std::vector<bool> yields;
  size_t count[4] = {0, 0, 0, 0};

  // True when `a` is `b` or one of its ancestors.
  bool IsAncestorOrSelf(int32_t a, int32_t b) const {
    for (int32_t u = b; u >= 0; u = units[u].parent) {
      if (u == a) return true;
    }
    return false;
  }
  // The unit's ancestor-or-self at `level` (province, city or county), or -1.
  int32_t At(int32_t unit, Level level) const {
    return level == Level::kTown ? -1 : units[unit].at[static_cast<int>(level)];
  }
};

inline const region::GazetteerTables& region::TablesOf(const Gazetteer& gazetteer) {
  return *gazetteer.impl_;
}

}  // namespace baokan

#endif  // BAOKAN_SRC_REGION_INTERNAL_H_
