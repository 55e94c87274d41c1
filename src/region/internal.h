// The gazetteer's inside, shared by the region stage's files.

#ifndef BAOKAN_SRC_REGION_INTERNAL_H_
#define BAOKAN_SRC_REGION_INTERNAL_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
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
  // A name that is also an ordinary word (白银 silver, 东方 the east; from
  // region_common.tsv): weak, and a county's does not count in a place
  // phrase (在东方 is "in the east"); a city's counts with its province
  // named elsewhere or in a place phrase (在白银).
  bool common = false;
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
  // Per pattern id: a word of a team's staff or plays (主帅, 门将; see
  // region/context.h kSportCues), found in the same pass as the names.
  std::vector<bool> is_sport_cue;
  // Per pattern id: a word of the stock market (股价, 板块; see
  // region/context.h kMarketCues), found in the same pass as the names.
  std::vector<bool> is_market_cue;
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
  // Per pattern id: a hit of it wins an overlap against a weaker hit of the
  // same length (FindMentions): not a yielding phrase, and a name with a
  // strong reading, a short form that is also an ordinary word, or a word
  // that hides names. Set once the other tables are complete.
  std::vector<bool> strong_in_overlap;
  // Two-character words of region_words.tsv that reach into a two-character
  // name's first or last character (普通, 化学 around 通化), as EdgeKey(a, b).
  std::unordered_set<uint64_t> edge_words;
  size_t count[4] = {0, 0, 0, 0};

  static uint64_t EdgeKey(char32_t a, char32_t b) {
    return (static_cast<uint64_t>(a) << 32) | static_cast<uint64_t>(b);
  }
  bool IsEdgeWord(char32_t a, char32_t b) const {
    return !edge_words.empty() && edge_words.count(EdgeKey(a, b)) > 0;
  }

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
