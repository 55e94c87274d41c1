// Context rules that tell a place of the story from a name used otherwise:
// made-up worlds, match reports, governments, enumerations (issue 14;
// private to the region stage; docs/region.md, step 8).

#ifndef BAOKAN_SRC_REGION_CONTEXT_H_
#define BAOKAN_SRC_REGION_CONTEXT_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "region/internal.h"
#include "region/mentions.h"

namespace baokan::region {

using Spans = std::vector<std::pair<size_t, size_t>>;  // [begin, end) byte ranges

// The sentences (ended by 。！？；!? or a line break) that speak of a game's,
// film's or novel's world: 游戏里, 剧中, 小说中 ... standing as words of their
// own (not 图书中心, 照片中, 话剧中心).
Spans FictionSpans(std::string_view text);

// The sentences that report a match: a score (3比1) or 客场, 主场迎战,
// 主场战胜, 战平, 逼平, 负于, 不敌.
Spans MatchSpans(std::string_view text);

// Words by which a sentence speaks of a football or basketball team at
// work: its coach, players and plays. There a place's bare short form names
// a team (北京国安主帅, 山东泰山门将扑出点球); a name written out (长沙市) is
// still a place. They are found in the same pass as the names (gazetteer:
// GazetteerTables::is_sport_cue). A club's league word (联赛, 俱乐部) is
// left out (义乌举办青少年足球联赛 is a local event), and so is 助攻, which
// also stands inside 有助攻克.
inline constexpr std::string_view kSportCues[] = {
    "主帅", "主教练", "门将", "后卫", "中场", "球员", "球队",   "外援",   "引援", "转会",
    "破门", "进球",   "射门", "点球", "扑出", "头球", "扳平",   "绝杀",   "赛季", "季后赛",
    "常规赛", "续约", "首发", "篮板", "三分球", "洋帅", "国脚"};

// The sentences (as FictionSpans cuts them) around the given byte positions.
Spans SentencesAround(std::string_view text, const std::vector<uint32_t>& positions);

// True when the name ending at `end` begins a tournament's name or one of
// its stops (海南精英赛, 上海大师赛, 郑州站: 赛 or 站 within three
// characters), which says where it is played.
bool BeginsEvent(std::string_view text, size_t end);

// True when the name at [begin, end) ends a noun phrase about people that
// opens with a number or demonstrative and a person's classifier (两名中卫,
// 这位年轻中卫在…): a role, not a place (两名沈阳游客 keeps 沈阳).
bool EndsPersonPhrase(std::string_view text, size_t begin, size_t end);

// True when the name at `begin` follows 周年 (建校七十周年大庆): the
// celebration, not a place.
bool AfterAnniversary(std::string_view text, size_t begin);

// True when the name ending at `end` speaks for a government (北京方面).
bool FollowedBySide(std::string_view text, size_t end);

// Clears the readings of every name in an enumeration (、和与及以及) of
// three or more names of two or more provinces: examples, not the story's
// place. `found` is in text order; absorbed outer names do not count as
// items.
void DropListsAcrossProvinces(const GazetteerTables& gaz, std::string_view text,
                              std::vector<Mention>* found);

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_CONTEXT_H_
