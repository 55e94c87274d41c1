// Finding place names in one article: matching, context rules, nesting.
// Private to the region stage.

#ifndef BAOKAN_SRC_REGION_MENTIONS_H_
#define BAOKAN_SRC_REGION_MENTIONS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "region/internal.h"

namespace baokan::region {

// The parts of an article, most trusted first.
enum Field : int { kDateline = 0, kTitle = 1, kBody = 2 };
inline constexpr int kFields = 3;
inline constexpr const char* kFieldNames[kFields] = {"dateline", "title", "body"};

// One place name found in a field, with the units it may mean.
struct Mention {
  Field field;
  uint32_t begin;  // bytes into the field's text
  uint32_t end;
  std::vector<NameEntry> candidates;
  bool beside_parent = false;  // right after a name of one of its ancestors
  // The outer part of a nested pair (湖南 in 湖南长沙): the inner mention
  // carries the whole place, so this one does not vote again.
  bool absorbed = false;
};

// Finds the place names of one field (normalized text):
//  - all names in one pass, then the longest first: a hit inside a longer
//    accepted name (大连 in 五大连池, 长治 in 长治久安) is dropped;
//  - a name followed by 路/街/大道/巷/胡同 (optionally after 东西南北中) is a
//    street, not the place (重庆路);
//  - a short name right after a full name that is not its ancestor is part
//    of a proper name (北海市重庆…) and is dropped;
//  - adjacent names nest: in 湖南长沙 each keeps only the readings that fit
//    the other, and the inner one is marked beside_parent;
//  - a reading whose ancestor is another reading of the same name is dropped
//    (长沙: 长沙市, not 长沙县).
// Weak readings are kept; the caller decides where they count.
// Sets *local_marker when the text holds a local marker (本报讯, 我区 ...).
void FindMentions(const Gazetteer::Impl& gaz, std::string_view text, Field field,
                  std::vector<Mention>* out, bool* local_marker);

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_MENTIONS_H_
