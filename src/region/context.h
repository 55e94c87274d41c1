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

// Words by which a clause (ClausesAround) speaks of listed companies and the
// stock market: there a place's bare short form that opens a longer name is a company, a
// brand or a stock (贵州茅台股价, 泸州老窖领涨白酒板块, 深圳能源增持), not
// the place; a name written out (贵州省) or in a place phrase is still a
// place. Found in the same pass as the names (GazetteerTables::
// is_market_cue). Words a region's economy also uses (营收, 公告, 上市公司)
// are left out: 浙江上市公司数量 speaks of the province.
inline constexpr std::string_view kMarketCues[] = {
    "股价", "板块", "涨停", "跌停", "领涨", "领跌", "收涨", "收跌", "翻红", "翻绿",
    "个股", "概念股", "市值", "季报", "年报", "净利润", "增持", "减持", "回购", "股东"};

// The sentences (as FictionSpans cuts them) around the given byte positions.
Spans SentencesAround(std::string_view text, const std::vector<uint32_t>& positions);

// The clauses around the given byte positions: sentences cut also at commas,
// colons and white space (a headline's clauses are set off by spaces).
Spans ClausesAround(std::string_view text, const std::vector<uint32_t>& positions);

// True when the name ending at `end` begins a tournament's name or one of
// its stops (海南精英赛, 上海大师赛, 郑州站: 赛 or 站 within three
// characters), which says where it is played.
bool BeginsEvent(std::string_view text, size_t end);

// True when the name at [begin, end) ends a noun phrase about people that
// opens with a number or demonstrative and a person's classifier (两名中卫,
// 这位年轻中卫在…): a role, not a place (两名沈阳市民 keeps 沈阳).
bool EndsPersonPhrase(std::string_view text, size_t begin, size_t end);

// True when the name at [begin, end) follows 周年 (建校七十周年大庆), or
// follows a festival word (国庆, 校庆, 厂庆, 店庆, 华诞) and ends in 庆
// (国庆大庆): the celebration, not a place. 国庆广州房价 keeps 广州.
bool AfterAnniversary(std::string_view text, size_t begin, size_t end);

// True when the name at [begin, end) is a position on a team (中卫, a
// defender): followed by 位置上 or 位置的 (在中卫位置上; not 中卫位置偏远,
// the city's location) or after a verb that gives a
// player a position (司职中卫, 改打中卫, 客串中卫).
bool IsPosition(std::string_view text, size_t begin, size_t end);

// True when the name at `begin` follows a person's title or trade (拳王阿里,
// 航天员杨凌峰, 钢琴家…), directly or after one character that is a surname
// (演员高唐山; not 教授称北京, 导演在上海, 总统府台北): a person's name, not a place.
bool AfterPersonTitle(std::string_view text, size_t begin);

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
