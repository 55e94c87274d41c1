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
};

struct Gazetteer::Impl {
  std::vector<GazUnit> units;
  std::unordered_map<std::string, int32_t> by_code;
  region::Matcher matcher;
  // Per matcher pattern id: the units it names (empty for blockers, words
  // that merely contain a place name: 长治久安).
  std::vector<std::vector<NameEntry>> entries;
  // Per pattern id: true for words by which a local paper speaks of its own
  // place (本报讯, 我区, 区委 ...), found in the same pass as the names.
  std::vector<bool> is_marker;
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

}  // namespace baokan

#endif  // BAOKAN_SRC_REGION_INTERNAL_H_
