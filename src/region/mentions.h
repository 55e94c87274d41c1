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
  // Names in a nested chain ending here: 3 for 浙江省杭州市余杭区, 1 alone.
  // A stated chain outweighs stray mentions (it votes `chain` times).
  int chain = 1;
  // In a phrase that says "this is a place": 在义乌, 义乌市场, 来自义乌. A
  // county's short form counts there even where it is weak.
  bool place_phrase = false;
  // Right before a town name (朗县张湾乡): even a two-character county name
  // (朗县, 茂县) is a place there.
  bool before_town = false;
  // Where someone or something comes from (来自沈阳的游客, 产自义乌): no
  // vote against a story abroad.
  bool origin = false;
  // The name as matched (an id of the gazetteer's matcher).
  int32_t name = -1;
};

// A foreign place (东京, 日本) found in a field.
struct ForeignMention {
  Field field;
  int16_t country;  // index into GazetteerTables::countries
  // The second name of a chain that opens the field or a sentence: a country
  // and a place of its own written together before any Chinese place
  // (肯尼亚内罗毕的一所学校…, 巴西圣保罗车展开幕). The text states where the
  // story is, as a Chinese chain does.
  bool opens_chain = false;
};

// What one pass over a field found besides Chinese place names.
struct FieldScan {
  bool local_marker = false;  // 本报讯, 我区 ...
  int domestic = 0;           // 中国, 我国, 国内 ...
  std::vector<ForeignMention> foreign;
  // Names read here as a word: a person's role (两名中卫) or the celebration
  // of an anniversary (三十周年大庆). The same bare name elsewhere in the
  // article is that word too (one sense per article).
  std::vector<int32_t> roles;
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
//  - a name that is part of another name is not a place: inside 《》, before
//    a building, village, ship or organisation word (临安大厦, 朝阳村,
//    江苏队, 上海证券报, 广州某某公司), or a person's given name after a
//    surname (孙中山, 许银川);
//  - in a body, a name right after 新华社/中新社/本报 and before …电 is the
//    dispatch's dateline (新华社北京1月2日电) and gets field kDateline.
// Weak readings are kept; the caller decides where they count. Foreign
// names, domestic words and local markers go to *scan.
void FindMentions(const GazetteerTables& gaz, std::string_view text, Field field,
                  std::vector<Mention>* out, FieldScan* scan);

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_MENTIONS_H_
