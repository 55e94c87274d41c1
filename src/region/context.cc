#include "region/context.h"

#include <algorithm>
#include <string>

#include "base/char_class.h"
#include "base/utf8.h"
#include "region/scan.h"

namespace baokan::region {
namespace {

// Words by which a sentence speaks of a made-up world: a game's, a film's or
// a novel's (游戏里的长安城, 剧中的上海, 小说中的苏州); names in such a
// sentence are no place of the story.
constexpr std::string_view kFictionCues[] = {"游戏中", "游戏里", "游戏内", "游戏世界", "剧中",
                                             "片中",   "小说中", "小说里", "书中",     "剧情",
                                             "故事发生在", "虚构"};

bool EndsSentence(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n' ||
         c == U'；';
}

// Words by which a sentence reports a match: there, names name teams
// (山东泰山2比1击败上海申花; 辽宁男篮客场战胜广东宏远), except where a place
// phrase says where it was played (在北京举行的比赛中) and in a dispatch line.
// Words with other uses are left out (战胜疫情, 主场外交).
constexpr std::string_view kMatchCues[] = {"客场", "主场迎战", "主场战胜", "战平", "逼平",
                                           "负于", "不敌"};

// True when a score starts at byte `at`: a digit, 比, a digit (3比1; a
// colon is left out: 10:30 is a time of day).
bool IsScoreAt(std::string_view text, size_t at) {
  size_t pos = at;
  auto digit = [](char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); };
  if (!digit(NextCodePoint(text, &pos)) || pos >= text.size()) return false;
  if (NextCodePoint(text, &pos) != U'比' || pos >= text.size()) return false;
  return digit(NextCodePoint(text, &pos));
}

// The byte range around byte `at` between the nearest characters on either
// side for which `ends` holds (not included); `prev` steps back one
// character (PrevCodePoint, or PrevNonSpace to look past white space).
template <typename Ends, typename Prev>
std::pair<size_t, size_t> SpanAround(std::string_view text, size_t at, Ends ends, Prev prev) {
  size_t begin = at, end = at;
  while (begin > 0) {
    size_t p = begin;
    if (ends(prev(text, &p))) break;
    begin = p;
  }
  while (end < text.size()) {
    size_t p = end;
    if (ends(NextCodePoint(text, &p))) break;
    end = p;
  }
  return {begin, end};
}

// The byte range of the sentence around byte `at`.
std::pair<size_t, size_t> SentenceAround(std::string_view text, size_t at) {
  return SpanAround(
      text, at, [](char32_t c) { return EndsSentence(c); },
      [](std::string_view t, size_t* p) { return PrevNonSpace(t, p); });
}

// The byte range of the clause around byte `at`: the sentence, cut also at a
// comma, a colon or white space (a headline's clauses are set off by spaces:
// 上海二手房走出翘尾行情 郊区楼市年底领涨).
bool EndsClause(char32_t c) {
  return EndsSentence(c) || c == U'，' || c == U',' || c == U'：' || c == U':' ||
         IsNameBreakSpace(c);
}
std::pair<size_t, size_t> ClauseAround(std::string_view text, size_t at) {
  return SpanAround(
      text, at, [](char32_t c) { return EndsClause(c); },
      [](std::string_view t, size_t* p) { return PrevCodePoint(t, p); });
}

// True when the cue at [at, at + size) is a word of its own, not the end of
// a longer one or the start of 中心/中央: 图书中心, 照片中, 秘书中, 话剧中心
// and 游戏中心 are no fiction.
bool CueStandsAlone(std::string_view text, size_t at, size_t size) {
  size_t before = at;
  char32_t b = PrevNonSpace(text, &before);
  char32_t a[1];
  PeekAfter(text, at + size, a, 1);
  if (text.substr(at, size).ends_with("中") && (a[0] == U'心' || a[0] == U'央')) return false;
  return !In(b, U"图照秘相");
}

// Byte ranges of the sentences of `text` that hold one of `cues`, in text
// order.
Spans CueSpans(std::string_view text, const WordSet& cues) {
  Spans out;
  cues.ForEach(text, [&](size_t i, size_t at) {
    if (CueStandsAlone(text, at, cues.word(i).size())) out.push_back(SentenceAround(text, at));
  });
  return out;
}

// Separators of an enumeration: 北京、上海、广州和深圳 (nothing between the
// parts of one item, 湖南长沙、湖北武汉).
bool OnlyListSeparatorBetween(std::string_view text, size_t from, size_t to) {
  std::string_view gap = text.substr(from, to - from);
  return gap.empty() || gap == "、" || gap == "和" || gap == "与" || gap == "及" ||
         gap == "以及";
}

// The province of a mention's readings, or -1 when they differ.
int32_t ProvinceOf(const GazetteerTables& gaz, const Mention& m) {
  int32_t p = gaz.At(m.candidates.front().unit, Level::kProvince);
  for (const NameEntry& e : m.candidates) {
    if (gaz.At(e.unit, Level::kProvince) != p) return -1;  // ambiguous
  }
  return p;
}

}  // namespace

Spans FictionSpans(std::string_view text) {
  static const WordSet kCues(kFictionCues);
  return CueSpans(text, kCues);
}

Spans SentencesAround(std::string_view text, const std::vector<uint32_t>& positions) {
  Spans out;
  for (uint32_t at : positions) out.push_back(SentenceAround(text, at));
  return out;
}

Spans ClausesAround(std::string_view text, const std::vector<uint32_t>& positions) {
  Spans out;
  for (uint32_t at : positions) out.push_back(ClauseAround(text, at));
  return out;
}

// True when the name ending at `end` speaks for a government or party, not
// for where the story happens: 北京方面, 台北方面, 华盛顿方面.
bool FollowedBySide(std::string_view text, size_t end) {
  char32_t a[2];
  PeekAfter(text, end, a, 2);
  return a[0] == U'方' && a[1] == U'面';
}

// A person's classifier (名, 位) after a number or a demonstrative (两名,
// 这位, 每位) starts a noun phrase about people; a name ending that phrase,
// with at most kMaxRoleModifier characters between (这位年轻中卫), is the
// person's role or title, not a place. The phrase ends where a function
// character, a verb of being or a punctuation mark follows the name.
constexpr int kMaxRoleModifier = 4;
constexpr std::u32string_view kCountOrPointer = U"一二两三四五六七八九十百千几数多这那该每各此";
constexpr std::u32string_view kPersonClassifier = U"名位";
constexpr std::u32string_view kAfterNounPhrase = U"在和与及是也都将已被把从对向又还就便曾均则却等们为";
bool EndsPersonPhrase(std::string_view text, size_t begin, size_t end) {
  char32_t a[1];
  PeekAfter(text, end, a, 1);
  if (IsHan(a[0]) && !In(a[0], kAfterNounPhrase)) return false;
  size_t pos = begin;
  for (int i = 0; i <= kMaxRoleModifier && pos > 0; ++i) {
    char32_t c = PrevNonSpace(text, &pos);
    // A number with no classifier (三中卫) or a break ends the phrase.
    if (!IsHan(c) || In(c, kCountOrPointer)) return false;
    if (In(c, kPersonClassifier) && pos > 0) {
      size_t p = pos;
      char32_t before = PrevNonSpace(text, &p);
      if ((before >= '0' && before <= '9') || In(before, kCountOrPointer)) return true;
    }
  }
  return false;
}

// True when the name at `begin` follows an anniversary (七十周年大庆): what
// follows N周年 is the celebration (大庆, a grand celebration), not a place.
// Festival words before a celebration: a national or an institution's day
// (国庆, 校庆, 厂庆, 店庆), a birthday (华诞).
constexpr std::u32string_view kCelebrated[] = {U"国庆", U"校庆", U"厂庆", U"店庆", U"华诞"};
bool AfterAnniversary(std::string_view text, size_t begin, size_t end) {
  size_t pos = begin;
  char32_t b1 = PrevNonSpace(text, &pos), b2 = PrevNonSpace(text, &pos);
  if (b2 == U'周' && b1 == U'年') return true;
  // After a festival word only a name that is itself a celebration (ends in
  // 庆: 国庆大庆) is one; 国庆广州房价 speaks of 广州.
  size_t last = end;
  if (PrevCodePoint(text, &last) != U'庆') return false;
  for (std::u32string_view w : kCelebrated) {
    if (b2 == w[0] && b1 == w[1]) return true;
  }
  return false;
}

// Verbs that give a player a position: 司职中卫, 改打中卫, 客串中卫.
constexpr std::u32string_view kPositionVerbs[] = {U"司职", U"改打", U"客串", U"改踢"};
bool IsPosition(std::string_view text, size_t begin, size_t end) {
  char32_t a[3];
  PeekAfter(text, end, a, 3);
  if (a[0] == U'位' && a[1] == U'置' && In(a[2], U"上的")) return true;
  size_t pos = begin;
  char32_t b1 = PrevNonSpace(text, &pos), b2 = PrevNonSpace(text, &pos);
  for (std::u32string_view w : kPositionVerbs) {
    if (b2 == w[0] && b1 == w[1]) return true;
  }
  return false;
}

// Titles and trades written right before a person's name (拳王阿里,
// 钢琴家孙长春). 记者 is left out: 记者北京报道 is a dispatch line.
constexpr std::string_view kPersonTitles[] = {
    "主持人", "作家", "诗人", "画家", "歌手", "演员", "导演", "教授", "院士", "研究员",
    "工程师", "航天员", "运动员", "拳王", "拳手", "球王", "球星", "棋手", "名将", "老将",
    "教练", "总统", "总理", "首相", "国王", "律师", "支书", "董事长", "总经理", "创始人",
    "钢琴家", "歌唱家", "艺术家", "科学家", "企业家", "老师", "医生", "歌星", "影星", "影帝",
    "影后", "小说家", "书法家", "音乐家", "作曲家", "舞蹈家", "评论家", "收藏家", "摄影家",
    "雕塑家", "翻译家", "文学家"};
// Characters that, right after a title, start no surname but a verb or a
// function word: 教授称北京…, 导演在上海…, 院士回浙江….
constexpr std::u32string_view kNotSurnameAfterTitle =
    U"在赴到于往抵从来去回返与和及对向把被将为是的了也都又称说谈讲表曾已正府";
bool AfterPersonTitle(std::string_view text, size_t begin) {
  // The titles' last characters: most names are let go after one look.
  static const std::u32string kLast = [] {
    std::u32string out;
    for (std::string_view w : kPersonTitles) {
      size_t pos = w.size();
      out += PrevCodePoint(w, &pos);
    }
    return out;
  }();
  auto ends_with_title = [&](size_t end) {
    size_t pos = end;
    if (!In(PrevNonSpace(text, &pos), kLast)) return false;
    std::string_view before = text.substr(0, end);
    for (std::string_view w : kPersonTitles) {
      if (before.ends_with(w)) return true;
    }
    return false;
  };
  if (ends_with_title(begin)) return true;
  // A surname between the title and the name: 演员高唐山, 歌手江山海 (the
  // name is the person's given name).
  size_t pos = begin;
  char32_t surname = PrevNonSpace(text, &pos);
  return IsHan(surname) && !In(surname, kNotSurnameAfterTitle) && ends_with_title(pos);
}

// True when the name ending at `end` begins the name of a tournament or one
// of its stops, which says where it is played: 海南精英赛, 上海大师赛, 郑州站.
constexpr int kMaxEventGap = 3;
bool BeginsEvent(std::string_view text, size_t end) {
  char32_t c[kMaxEventGap + 1];
  PeekAfter(text, end, c, kMaxEventGap + 1);
  for (int i = 0; i <= kMaxEventGap; ++i) {
    if (c[i] == U'赛' || c[i] == U'站') return true;
    if (!IsHan(c[i])) return false;
  }
  return false;
}

// Sentences that report a match: a match word or a score.
Spans MatchSpans(std::string_view text) {
  static const WordSet kCues(kMatchCues);
  Spans out = CueSpans(text, kCues);
  for (size_t at = text.find("比"); at != std::string_view::npos; at = text.find("比", at + 1)) {
    size_t digit = at;
    if (PrevNonSpace(text, &digit) != 0 && IsScoreAt(text, digit))
      out.push_back(SentenceAround(text, at));
  }
  return out;
}

// An enumeration of kMinListNames or more names of two or more provinces
// (北京、上海、广州、深圳等城市; 湖南、湖北、江西三省) gives examples, not the
// story's place: its names are dropped. A list within one province (长沙、
// 株洲、湘潭) stays. `found` is in text order.
constexpr size_t kMinListNames = 3;
void DropListsAcrossProvinces(const GazetteerTables& gaz, std::string_view text,
                              std::vector<Mention>* found) {
  std::vector<bool> drop(found->size(), false);
  for (size_t i = 0; i < found->size();) {
    size_t j = i + 1;
    while (j < found->size() && !(*found)[j - 1].candidates.empty() &&
           OnlyListSeparatorBetween(text, (*found)[j - 1].end, (*found)[j].begin)) {
      ++j;
    }
    std::vector<int32_t> provinces;
    size_t items = 0;
    for (size_t k = i; k < j; ++k) {
      const Mention& m = (*found)[k];
      if (m.candidates.empty() || m.absorbed) continue;
      ++items;
      int32_t p = ProvinceOf(gaz, m);
      if (p >= 0 && std::find(provinces.begin(), provinces.end(), p) == provinces.end())
        provinces.push_back(p);
    }
    if (items >= kMinListNames && provinces.size() >= 2) {
      for (size_t k = i; k < j; ++k) drop[k] = true;
    }
    i = j;
  }
  for (size_t k = 0; k < found->size(); ++k) {
    if (drop[k]) (*found)[k].candidates.clear();
  }
}

}  // namespace baokan::region
