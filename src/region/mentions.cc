#include "region/mentions.h"

#include <algorithm>

#include "base/char_class.h"
#include "base/utf8.h"
#include "region/context.h"
#include "region/heads.h"
#include "region/scan.h"
#include "region/uses.h"

namespace baokan::region {
namespace {

// True when the name ending at `end` is the first part of a street or
// similar name: 重庆路, 北京东路, 长沙大道, 南京街 (but 渝中区街道 stays).
bool FollowedByStreet(std::string_view text, size_t end) {
  char32_t c[3];
  PeekAfter(text, end, c, 3);
  auto street = [](char32_t a, char32_t b) {
    // 街头, 街上, 街边 are the city's streets, not a street's name (义乌街头).
    return a == U'路' || a == U'巷' || (a == U'街' && !In(b, U"道头上边")) ||
           (a == U'大' && (b == U'街' || b == U'道')) || (a == U'胡' && b == U'同');
  };
  if (street(c[0], c[1])) return true;
  bool direction =
      c[0] == U'东' || c[0] == U'西' || c[0] == U'南' || c[0] == U'北' || c[0] == U'中';
  return direction && (c[1] == U'路' || c[1] == U'街' || c[1] == U'巷');
}

// Words after a name that make it part of a building's, village's or ship's
// name: 临安大厦, 朝阳村 (not 村民), 兰州拉面, 中山舰.
bool FollowedByBuilding(const char32_t* c) {
  if (c[0] == U'村') return !In(c[1], U"民镇庄干委");
  if (c[0] == U'舰') return true;
  auto two = [&](char32_t a, char32_t b) { return c[0] == a && c[1] == b; };
  return two(U'大', U'厦') || two(U'小', U'区') || two(U'花', U'园') || two(U'酒', U'店') ||
         two(U'饭', U'店') || two(U'宾', U'馆') || two(U'拉', U'面') || two(U'面', U'馆') ||
         two(U'大', U'酒') || two(U'商', U'场') || two(U'公', U'寓');
}

// Characters that end the name of an organisation's prefix: between a place
// name and 公司/队/报 only the organisation's own name may stand (上海证券报,
// 广州某某公司), not a verb or particle (在上海成立公司).
constexpr std::u32string_view kNotInOrgName = U"的了在和与及等是将为从对把被向到成设注开创收投入进出回来去也都就还又要会能可已由该这那其内";
// Longest gap, in code points, between a place name and its organisation word.
constexpr int kMaxOrgGap = 8;
// The same for a team's 队 (广州某某淘宝队: a sponsor's name between).
constexpr int kMaxTeamGap = 4;
// The same for a listed company's trade word (矿业, 股份 ...).
constexpr int kMaxTradeGap = 2;

// Characters before 队 that make a unit or a local service, not a team:
// 部队, 军队, 舰队, 车队, 乐队, 陆战队, 梯队, 纵队, 支队, 分队, 大队, 小队,
// 中队, 团队, 联队, 排队, 连队, 总队, 卫队, 特警队, 消防队, 工作队.
constexpr std::u32string_view kUnitBeforeTeam = U"部军舰车乐战梯纵支分大小中团联排连营班组总卫警防工";

// True when the name ending at `end` begins a team's, paper's or company's
// name: 江苏队, 江苏男篮, 上海证券报, 广州某某科技公司, 华夏银行, 紫金矿业.
// `domestic`: the name is a Chinese one (the broadcasters, sponsored teams
// and trade words of the fifth pass are read after Chinese names only).
bool BeginsOrganisation(std::string_view text, size_t end, bool domestic) {
  char32_t c[kMaxOrgGap + 3];
  PeekAfter(text, end, c, kMaxOrgGap + 3);
  for (int gap = 0; gap <= kMaxOrgGap; ++gap) {
    char32_t a = c[gap], b = c[gap + 1], d = c[gap + 2];
    // A Chinese team's name may carry a sponsor's (广州某某淘宝队); 队伍, 队列
    // are no team, nor are units (部队, 舰队, 车队, 大队 …).
    if (a == U'队' && (gap <= 1 || (domestic && gap <= kMaxTeamGap && !In(c[gap - 1], kUnitBeforeTeam))) &&
        !In(b, U"伍列"))
      return true;
    if (a == U'报' && !In(b, U"道告名到送价表销警案关废批复备考喜忧")) return true;
    auto two = [&](char32_t x, char32_t y) { return a == x && b == y; };
    if (gap == 0 && (two(U'男', U'篮') || two(U'女', U'篮') || two(U'男', U'排') ||
                     two(U'女', U'排') || two(U'男', U'足') || two(U'女', U'足')))
      return true;
    // Chinese broadcasters named after their province or city: 湖南卫视,
    // 某某电视台 (a foreign country's is its own: 土耳其电视台播…).
    if (domestic && (two(U'卫', U'视') || (two(U'电', U'视') && d == U'台') || two(U'电', U'台')))
      return true;
    if (two(U'公', U'司') || two(U'集', U'团') || two(U'银', U'行') || two(U'基', U'金') ||
        two(U'俱', U'乐') || (two(U'证', U'券') && d != U'市'))
      return true;
    // Listed companies' trade words, at most kMaxTradeGap characters after
    // the name (紫金矿业, 上海家化股份, 某某铜业, 某某电器), 航空 right after it (厦门航空, not
    // 突尼斯解除航空禁令); not words that also name a place's industry
    // (科技, 金融, 能源, 汽车).
    if (gap <= kMaxTradeGap &&
        (two(U'矿', U'业') || two(U'股', U'份') || two(U'控', U'股') || two(U'置', U'业') ||
         two(U'药', U'业') || two(U'实', U'业') || (gap == 0 && two(U'航', U'空')) ||
         (domestic && (two(U'铜', U'业') || two(U'铝', U'业') || two(U'电', U'器')))))
      return true;
    if (!IsHan(a) || In(a, kNotInOrgName)) return false;
    // 一家, 一所 … open a new noun phrase (保税区内一家租赁公司).
    if (a == U'一' && In(b, U"家所个座批")) return false;
  }
  return false;
}

// True when the name ending at `end` runs on into a longer name, as a
// company's or a brand's does (贵州茅台, 深圳能源): a Han character follows
// that is no function character, particle or place suffix.
bool OpensLongerName(std::string_view text, size_t end) {
  char32_t a[1];
  PeekAfter(text, end, a, 1);
  return IsHan(a[0]) && !In(a[0], kNotInOrgName) && !In(a[0], U"省市县区州盟旗镇乡村人");
}

// Common single-character surnames that are not also common words before a
// place name (和, 向, 于, 江, 金, 高, 方, 白 ... are left out).
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙朱胡郭何罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡余杜程叶马"
    U"魏吕丁任沈姚卢姜崔谭陆汪范廖贾邹孟熊秦邱尹薛闫侯史陶贺顾郝龚邵钱覃戴莫孔汤";

// True when the two-character name at [begin, end) is the given name of a
// person (孙中山, 许银川): a surname right before it that is not part of
// another name.
bool IsGivenName(std::string_view text, size_t begin, const std::vector<bool>& taken) {
  size_t pos = begin;
  char32_t s = PrevNonSpace(text, &pos);
  return In(s, kSurnames) && !taken[pos];
}

// True when the two-character name at [begin, end) sits between two words
// that reach into it, so that the text reads as the end of one word and the
// start of the next (普通化学 is 普通 + 化学, not 通化; 锁定西部, 基金华夏):
// the character before it and its first form an edge word of
// region_words.tsv, and so do its last and the character after it. A
// neighbour that belongs to another name is no word's part (北京东城).
bool BetweenEdgeWords(const GazetteerTables& gaz, std::string_view text, size_t begin,
                      size_t end, const std::vector<bool>& taken) {
  if (begin == 0 || end >= text.size() || taken[begin - 1] || taken[end]) return false;
  size_t pos = begin, inner = begin;
  char32_t before = PrevCodePoint(text, &pos);
  char32_t first = NextCodePoint(text, &inner);
  size_t after_pos = end, last_pos = end;
  char32_t last = PrevCodePoint(text, &last_pos);
  char32_t after = NextCodePoint(text, &after_pos);
  return gaz.IsEdgeWord(before, first) && gaz.IsEdgeWord(last, after);
}

// Characters that end a word in 小 (从小, 大小, 缩小): 小 after them is no
// nickname's.
constexpr std::u32string_view kBeforeSmallWord = U"从大缩最较很太变减矮弱细短渺微";

// True when the name at `begin` is part of a nickname or stage name made of
// 小 and a place's short form (小沈阳, a comedian; 小香港, a town's
// nickname): 小 right before it, not ending a word (从小沈阳长大 is 从小).
bool IsNickname(std::string_view text, size_t begin) {
  size_t pos = begin;
  if (PrevNonSpace(text, &pos) != U'小') return false;
  return !In(PrevNonSpace(text, &pos), kBeforeSmallWord);
}

// True when every reading of the name is a short form (北京, 泰山), as teams
// and brands are named, not a name written out with its suffix (北京市).
bool OnlyShortForms(const std::vector<NameEntry>& entries) {
  for (const NameEntry& e : entries) {
    if (e.form == Form::kFull || e.form == Form::kFormer) return false;
  }
  return true;
}

// [begin, end) byte ranges of 《…》 titles (an unclosed 《 closes after
// kMaxTitleBytes).
constexpr size_t kMaxTitleBytes = 120;
std::vector<std::pair<size_t, size_t>> TitleSpans(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  constexpr std::string_view kOpen = "《", kClose = "》";
  for (size_t at = text.find(kOpen); at != std::string_view::npos; at = text.find(kOpen, at + 1)) {
    size_t close = text.find(kClose, at);
    size_t end = close == std::string_view::npos ? text.size() : close;
    out.emplace_back(at, std::min(end, at + kMaxTitleBytes));
  }
  return out;
}

// Words before a name that say it is a place (在义乌, 来自义乌, 位于义乌) and
// after it (义乌市场, 义乌境内, 义乌人).
bool InPlacePhrase(std::string_view text, size_t begin, size_t end) {
  size_t pos = begin;
  char32_t b1 = PrevNonSpace(text, &pos);
  char32_t b2 = PrevNonSpace(text, &pos);
  if (In(b1, U"在赴到于往抵") || (b2 == U'来' && b1 == U'自') || (b2 == U'位' && b1 == U'于') ||
      (b2 == U'地' && b1 == U'处') || (b2 == U'走' && b1 == U'进') || (b2 == U'来' && b1 == U'到'))
    return true;
  char32_t a[2];
  PeekAfter(text, end, a, 2);
  auto two = [&](char32_t x, char32_t y) { return a[0] == x && a[1] == y; };
  return two(U'市', U'场') || two(U'境', U'内') || two(U'全', U'境') || two(U'一', U'带') ||
         two(U'当', U'地') || two(U'街', U'头') || two(U'县', U'城') || two(U'城', U'区') ||
         two(U'农', U'村') || two(U'乡', U'村') || two(U'景', U'区');
}

// True when the name at [begin, end) opens a headline as its place, set off
// by a colon or a bar (正定：古城焕新颜, 义乌｜小商品出口增长): the paper
// says where the story is, as a dateline does. An opening bracket before it
// is allowed (【柯桥】).
bool LeadsHeadline(std::string_view text, size_t begin, size_t end) {
  size_t pos = begin;
  while (pos > 0) {
    char32_t c = PrevNonSpace(text, &pos);
    if (c != 0 && !In(c, U"【[（(")) return false;
  }
  char32_t a[1];
  PeekAfter(text, end, a, 1);
  return In(a[0], U"：:｜|】]）)");
}

// China named as a whole, after which its own bodies abroad are named
// (中国企业, 中国公民: NamesPeopleFrom); not 国内企业, which are at home.
constexpr std::string_view kChina = "中国";

// Characters before a foreign name that say the story is there (not a
// destination: 飞往曼谷, 到日本): 在泰国,
// 赴日本, 位于瑞士, 驻英国.
constexpr std::u32string_view kForeignPlaceWords = U"在赴于抵驻";

// News agencies and papers whose dispatch line is "AGENCY PLACE [date]电".
constexpr std::string_view kAgencies[] = {"新华社", "中新社", "中新网", "本报", "人民网"};
// The most code points between an agency and its 电 (湖南长沙12月31日).
constexpr int kMaxDispatchLength = 14;

// A resident correspondent's line, 驻 PLACE 记者 (本报驻东京记者, 驻沪记者),
// says where the story is filed from, as a dispatch line does.
constexpr std::string_view kResident = "驻", kReporter = "记者";
constexpr int kMaxResidentPlace = 8;  // code points between 驻 and 记者

// Byte ranges [after the agency, 电) of dispatch lines in `text`, and
// [after 驻, 记者) of resident correspondents' lines.
std::vector<std::pair<size_t, size_t>> DispatchSpans(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t at = text.find(kResident); at != std::string_view::npos;
       at = text.find(kResident, at + 1)) {
    size_t from = at + kResident.size(), pos = from;
    for (int n = 0; n <= kMaxResidentPlace && pos < text.size(); ++n) {
      if (pos > from && text.substr(pos).starts_with(kReporter)) {
        out.emplace_back(from, pos);
        break;
      }
      if (!IsHan(NextCodePoint(text, &pos))) break;
    }
  }
  for (std::string_view agency : kAgencies) {
    for (size_t at = text.find(agency); at != std::string_view::npos;
         at = text.find(agency, at + 1)) {
      size_t from = at + agency.size(), pos = from;
      for (int n = 0; n < kMaxDispatchLength && pos < text.size(); ++n) {
        size_t here = pos;
        char32_t c = NextCodePoint(text, &pos);
        if (c == U'电') {
          // 电 ends the line when a space, a bracket or 讯 follows, not a
          // word (电力, 电视).
          size_t after = pos;
          char32_t next = pos < text.size() ? NextCodePoint(text, &after) : 0;
          if (here > from && (!IsHan(next) || next == U'讯')) out.emplace_back(from, here);
          break;
        }
        bool digit = (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９');
        if (!(IsHan(c) || digit || IsNameBreakSpace(c))) break;
      }
    }
  }
  return out;
}

// Byte ranges [begin, end), possibly overlapping, asked whether a byte lies
// in one of them in O(log n) (a long text has many: a scan per name would be
// quadratic in its length).
class SpanIndex {
 public:
  explicit SpanIndex(std::vector<std::pair<size_t, size_t>> spans) : spans_(std::move(spans)) {
    std::sort(spans_.begin(), spans_.end());
    size_t reach = 0;
    for (const auto& span : spans_) reach_.push_back(reach = std::max(reach, span.second));
  }
  bool Contains(size_t at) const {
    // The spans beginning at or before `at`; one of them reaches past it?
    const auto after = std::upper_bound(spans_.begin(), spans_.end(), at,
                                        [](size_t a, const auto& span) { return a < span.first; });
    return after != spans_.begin() && reach_[after - spans_.begin() - 1] > at;
  }

 private:
  std::vector<std::pair<size_t, size_t>> spans_;  // by begin
  std::vector<size_t> reach_;  // per span: the largest end of it and those before
};

bool InSpans(const SpanIndex& spans, size_t begin) { return spans.Contains(begin); }

// True when byte `begin` starts the text or a sentence (white space and
// opening brackets before it skipped).
bool OpensSentence(std::string_view text, size_t begin) {
  size_t pos = begin;
  char32_t c = PrevNonSpace(text, &pos);
  while (In(c, U"“「『【（(")) c = PrevNonSpace(text, &pos);
  return c == 0 || In(c, U"。！？；!?");
}

bool OnlySpaceBetween(std::string_view text, size_t from, size_t to) {
  for (size_t pos = from; pos < to;) {
    if (!IsNameBreakSpace(NextCodePoint(text, &pos))) return false;
  }
  return true;
}

bool HasFullForm(const Mention& m) {
  for (const NameEntry& e : m.candidates) {
    if ((e.form == Form::kFull || e.form == Form::kFormer) && !e.weak) return true;
  }
  return false;
}

// Keeps in `inner` the readings under a reading of `outer` and in `outer` the
// readings over a kept one; false (nothing changed) when none nest.
bool Nest(const GazetteerTables& gaz, Mention* outer, Mention* inner) {
  std::vector<NameEntry> in, out;
  for (const NameEntry& i : inner->candidates) {
    for (const NameEntry& o : outer->candidates) {
      if (o.unit != i.unit && gaz.IsAncestorOrSelf(o.unit, i.unit)) {
        in.push_back(i);
        break;
      }
    }
  }
  if (in.empty()) return false;
  for (const NameEntry& o : outer->candidates) {
    for (const NameEntry& i : in) {
      if (gaz.IsAncestorOrSelf(o.unit, i.unit)) {
        out.push_back(o);
        break;
      }
    }
  }
  inner->candidates = std::move(in);
  outer->candidates = std::move(out);
  inner->beside_parent = true;
  outer->absorbed = true;
  return true;
}

// Drops readings that have an ancestor among the other readings.
void DropDescendants(const GazetteerTables& gaz, Mention* m) {
  std::vector<NameEntry> kept;
  for (const NameEntry& e : m->candidates) {
    bool under = false;
    for (const NameEntry& o : m->candidates) {
      if (o.unit != e.unit && gaz.IsAncestorOrSelf(o.unit, e.unit)) under = true;
    }
    if (!under) kept.push_back(e);
  }
  m->candidates = std::move(kept);
}

bool OnlyTowns(const GazetteerTables& gaz, int32_t pattern) {
  for (const NameEntry& e : gaz.entries[pattern]) {
    if (gaz.units[e.unit].level != Level::kTown) return false;
  }
  return !gaz.entries[pattern].empty();
}

bool OnlyTownReadings(const GazetteerTables& gaz, const Mention& m) {
  for (const NameEntry& e : m.candidates) {
    if (gaz.units[e.unit].level != Level::kTown) return false;
  }
  return !m.candidates.empty();
}

bool NamesCountyOrAbove(const GazetteerTables& gaz, int32_t pattern) {
  for (const NameEntry& e : gaz.entries[pattern]) {
    if (gaz.units[e.unit].level <= Level::kCounty) return true;
  }
  return false;
}

// A town name that overlaps the end of a province's, city's or county's name loses to
// the reading as two names: 湖南安乡 is 湖南 + 安乡, not 湖 + 南安乡, and
// 南阳镇平 is 南阳 + 镇平, not 南阳镇 + 平; 鹿邑县开发区 is 鹿邑县 + 开发区, not
// 鹿邑 + 县开发区. `hits` are in order of their end.
void DropTownsAcrossNames(const GazetteerTables& gaz, std::vector<Matcher::Hit>* hits) {
  std::vector<std::pair<uint32_t, uint32_t>> spans;  // of province and city names
  std::vector<uint32_t> starts;                      // of all names
  for (const Matcher::Hit& h : *hits) {
    if (NamesCountyOrAbove(gaz, h.pattern)) spans.emplace_back(h.begin, h.end);
    if (!gaz.entries[h.pattern].empty()) starts.push_back(h.begin);
  }
  if (spans.empty()) return;
  std::sort(starts.begin(), starts.end());
  // Only spans that start at most `longest` before h can cover h.begin: a
  // long text has many names, and each hit looks at a few (linear, not
  // quadratic, in the text's length).
  std::sort(spans.begin(), spans.end());
  uint32_t longest = 0;
  for (const auto& [b, e] : spans) longest = std::max(longest, e - b);
  std::erase_if(*hits, [&](const Matcher::Hit& h) {
    if (!OnlyTowns(gaz, h.pattern)) return false;
    const uint32_t from = h.begin > longest ? h.begin - longest : 0;
    for (auto it = std::lower_bound(spans.begin(), spans.end(), std::make_pair(from, 0u));
         it != spans.end() && it->first <= h.begin; ++it) {
      const auto [b, e] = *it;
      if (b <= h.begin && h.begin < e && e < h.end &&
          std::binary_search(starts.begin(), starts.end(), e)) {
        return true;
      }
    }
    return false;
  });
}

// A word that merely contains a place name (西长安) loses when it straddles
// two place names written back to back (陕西长安区 is 陕西 + 长安区).
void DropWordsAcrossNames(const GazetteerTables& gaz, std::vector<Matcher::Hit>* hits) {
  std::vector<std::pair<uint32_t, uint32_t>> names;  // (begin, end) of place names
  for (const Matcher::Hit& h : *hits) {
    if (!gaz.entries[h.pattern].empty()) names.emplace_back(h.begin, h.end);
  }
  if (names.size() < 2) return;
  std::sort(names.begin(), names.end());
  // Only names that start at most `longest` before b can reach into it.
  uint32_t longest = 0;
  for (const auto& [begin, end] : names) longest = std::max(longest, end - begin);
  std::erase_if(*hits, [&](const Matcher::Hit& b) {
    if (!gaz.entries[b.pattern].empty() || gaz.foreign[b.pattern] >= 0) return false;
    const uint32_t from = b.begin > longest ? b.begin - longest : 0;
    for (auto it = std::lower_bound(names.begin(), names.end(), std::make_pair(from, 0u));
         it != names.end() && it->first < b.begin; ++it) {
      const auto [begin, end] = *it;
      if (!(begin < b.begin && b.begin < end && end < b.end)) continue;
      auto next = std::lower_bound(names.begin(), names.end(), std::make_pair(end, 0u));
      for (; next != names.end() && next->first == end; ++next) {
        if (next->second >= b.end) return true;
      }
    }
    return false;
  });
}

}  // namespace

void FindMentions(const GazetteerTables& gaz, std::string_view text, Field field,
                  std::vector<Mention>* out, FieldScan* scan) {
  std::vector<Matcher::Hit> hits;
  gaz.matcher.FindAll(text, &hits);
  std::vector<uint32_t> sport_cues;   // where 主帅, 门将 ... stand
  std::vector<uint32_t> market_cues;  // where 股价, 板块 ... stand
  std::erase_if(hits, [&](const Matcher::Hit& h) {
    if (gaz.is_sport_cue[h.pattern]) {
      sport_cues.push_back(h.begin);
      return true;
    }
    if (gaz.is_market_cue[h.pattern]) {
      market_cues.push_back(h.begin);
      return true;
    }
    if (!gaz.is_marker[h.pattern]) return false;
    scan->local_marker = true;
    return true;
  });
  if (hits.empty()) return;
  DropTownsAcrossNames(gaz, &hits);
  DropWordsAcrossNames(gaz, &hits);
  // Longest first, then names with a strong reading (北京 before 城北 in
  // 绿城北京), then leftmost; a hit overlapping an accepted one is dropped.
  // Phrases with a one-character abbreviation (在京) yield to a name they
  // overlap (在桂林 is 桂林).
  // (GazetteerTables::strong_in_overlap, read once per comparison.)
  auto strong = [&](const Matcher::Hit& h) { return gaz.strong_in_overlap[h.pattern]; };
  std::sort(hits.begin(), hits.end(), [&](const Matcher::Hit& a, const Matcher::Hit& b) {
    if (a.length != b.length) return a.length > b.length;
    bool sa = strong(a), sb = strong(b);
    return sa != sb ? sa : a.begin < b.begin;
  });
  std::vector<Matcher::Hit> accepted;
  std::vector<bool> taken(text.size() + 1, false);
  for (const Matcher::Hit& h : hits) {
    bool free = true;
    for (uint32_t i = h.begin; i < h.end && free; ++i) free = !taken[i];
    if (!free) continue;
    for (uint32_t i = h.begin; i < h.end; ++i) taken[i] = true;
    accepted.push_back(h);
  }
  std::sort(accepted.begin(), accepted.end(),
            [](const Matcher::Hit& a, const Matcher::Hit& b) { return a.begin < b.begin; });

  const SpanIndex titles(TitleSpans(text));
  const SpanIndex fiction(FictionSpans(text));
  const SpanIndex matches(MatchSpans(text));
  const SpanIndex sport(SentencesAround(text, sport_cues));
  const SpanIndex market(ClausesAround(text, market_cues));
  const SpanIndex dispatches(field == kBody ? DispatchSpans(text) : Spans{});
  std::vector<Mention> found;
  struct {
    uint32_t begin = 0, end = 0;
    int16_t country = -1;
  } last_foreign;  // the last foreign name found
  bool previous_adjacent_ok = false;  // whether found.back() may nest with the next
  uint32_t goods_end = 0;  // end of the last name read as goods or a work's setting, or 0
  for (const Matcher::Hit& h : accepted) {
    const auto& entries = gaz.entries[h.pattern];
    char32_t after[2];
    PeekAfter(text, h.end, after, 2);
    bool sport_team = InSpans(matches, h.begin) ||
                      (OnlyShortForms(entries) && InSpans(sport, h.begin));
    bool team = sport_team && !InPlacePhrase(text, h.begin, h.end) &&
                !InSpans(dispatches, h.begin) && !gaz.yields[h.pattern] &&
                !BeginsEvent(text, h.end);
    bool two_chars = h.length == 2 && field != kDateline;
    bool bare = field != kDateline && !entries.empty() && OnlyShortForms(entries);
    bool role = bare && ((EndsPersonPhrase(text, h.begin, h.end) &&
                          !InPlacePhrase(text, h.begin, h.end)) ||
                         AfterAnniversary(text, h.begin, h.end) || IsPosition(text, h.begin, h.end));
    if (role) scan->roles.push_back(h.pattern);
    bool company = bare && InSpans(market, h.begin) && OpensLongerName(text, h.end) &&
                   !InPlacePhrase(text, h.begin, h.end);
    bool person = bare && AfterPersonTitle(text, h.begin);
    // 四川话, 北京烤鸭, 哈尔滨啤酒: a kind of thing called after the place;
    // 比香港还美, 与苏州相比: the standard of a comparison.
    bool kind = bare && HeadsKindName(text, h.end);
    // 湖南辣条和武汉鸭脖: the first of two things of one kind is one too.
    if (kind && !found.empty() && !found.back().beside_parent &&
        OnlyShortForms(found.back().candidates) &&
        JoinsTwoOfAKind(text, found.back().end, h.begin)) {
      found.back().candidates.clear();
    }
    bool compared = field != kDateline && InComparison(text, h.begin, h.end);
    // 以上海为背景, 笔下的湘西: a work's setting; 一罐云南普洱, 选用宁夏滩羊:
    // goods or a model, and so is a name written right after it (普洱).
    bool used = field != kDateline &&
                (SubjectOfWork(text, h.begin, h.end) || OpensGoodsOrModel(text, h.begin) ||
                 (goods_end > 0 && OnlySpaceBetween(text, goods_end, h.begin)));
    goods_end = used ? h.end : 0;
    bool not_a_place = role || company || person || kind || compared || used ||
                       InSpans(titles, h.begin) ||
                       InSpans(fiction, h.begin) || team ||
                       FollowedByStreet(text, h.end) || FollowedByBuilding(after) ||
                       BeginsOrganisation(text, h.end, !entries.empty()) ||
                       FollowedBySide(text, h.end) ||
                       (two_chars && BetweenEdgeWords(gaz, text, h.begin, h.end, taken)) ||
                       (field != kDateline && !entries.empty() && OnlyShortForms(entries) &&
                        IsNickname(text, h.begin));
    if (entries.empty()) {  // a foreign name, a domestic word, or a word that hides a name
      // 越南游客, 来自越南: people from abroad; 中国企业, 中国公民: China's
      // own, acting abroad.
      bool china = gaz.is_domestic[h.pattern] && text.substr(h.begin, h.end - h.begin) == kChina;
      bool from = IsOrigin(text, h.begin, h.end) || NamesPeopleFrom(text, h.end, china);
      if (gaz.foreign[h.pattern] >= 0 && !not_a_place && !from) {
        // 新华社开罗3月2日电 in a body is a foreign dateline.
        Field where = InSpans(dispatches, h.begin) ? kDateline : field;
        ForeignMention f{where, gaz.foreign[h.pattern]};
        f.opens_chain = last_foreign.country == f.country && found.empty() &&
                        OnlySpaceBetween(text, last_foreign.end, h.begin) &&
                        OpensSentence(text, last_foreign.begin);
        scan->foreign.push_back(f);
        last_foreign = {h.begin, h.end, f.country};
        // 土耳其东南部, 巴西亚马孙地区 before any Chinese place: the country
        // and a part of it, a chain whose second name the gazetteer lacks.
        // 在泰国, 驻日本: a word of place before it counts twice too, but
        // states no chain (意大利客商在罗马签约后到宁波考察 is no story abroad).
        size_t before = h.begin;
        bool part = FollowedByPartOfCountry(text, h.end) ||
                    OpensFacilityName(text, h.end, /*abroad=*/true);
        if (found.empty() && (part || In(PrevNonSpace(text, &before), kForeignPlaceWords))) {
          f.opens_chain = part;
          scan->foreign.push_back(f);
        }
      }
      if (gaz.is_domestic[h.pattern] && !not_a_place && !from) ++scan->domestic;
      previous_adjacent_ok = false;
      continue;
    }
    bool adjacent = previous_adjacent_ok && !found.empty() &&
                    OnlySpaceBetween(text, found.back().end, h.begin);
    if (not_a_place || (!adjacent && field != kDateline && h.length == 2 && IsGivenName(text, h.begin, taken))) {
      previous_adjacent_ok = false;
      continue;
    }
    Mention m{field, h.begin, h.end, entries, false};
    m.name = h.pattern;
    m.origin = field != kDateline &&
               (IsOrigin(text, h.begin, h.end) || NamesPeopleFrom(text, h.end, false));
    if (adjacent) {
      Mention& prev = found.back();
      if (!Nest(gaz, &prev, &m)) {
        // 北海市重庆…: part of a proper name; 开化县张湾乡: a town of the
        // named county that the gazetteer does not know, not a town elsewhere.
        bool town_after = OnlyTownReadings(gaz, m) && !OnlyTownReadings(gaz, prev);
        if ((HasFullForm(prev) && !HasFullForm(m)) || town_after) {
          prev.before_town = prev.before_town || town_after;
          previous_adjacent_ok = false;
          continue;
        }
      } else {
        m.chain = prev.chain + 1;
        // 来自四川成都: the whole chain is the origin.
        m.origin = m.origin || prev.origin;
      }
    }
    m.place_phrase = InPlacePhrase(text, h.begin, h.end) ||
                     OpensFacilityName(text, h.end, /*abroad=*/false) ||
                     (field == kTitle && LeadsHeadline(text, h.begin, h.end));
    if (InSpans(dispatches, h.begin)) m.field = kDateline;
    DropDescendants(gaz, &m);
    found.push_back(std::move(m));
    previous_adjacent_ok = true;
  }
  if (field != kDateline) DropListsAcrossProvinces(gaz, text, &found);
  for (Mention& m : found) {
    if (!m.candidates.empty()) out->push_back(std::move(m));
  }
}

}  // namespace baokan::region
