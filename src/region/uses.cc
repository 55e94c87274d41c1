#include "region/uses.h"

#include <string>

#include "base/char_class.h"
#include "base/utf8.h"
#include "region/scan.h"

namespace baokan::region {
namespace {

// Characters after 人 that make a longer word, not a demonym: 人民, 人大,
// 人口, 人才, 人员, 人社, 人力, 人事, 人寿, 人保, 人行, 人工, 人家, 人数, 人均,
// 人次, 人气, 人文, 人情.
constexpr std::u32string_view kNotDemonym = U"民大口才员社力事寿保行工家数均次气文情性格";

// Words for people away from home, named after where they come from.
constexpr std::u32string_view kPeopleFrom[] = {
    U"游客", U"旅客", U"选手", U"棋手", U"客商", U"商人", U"老乡", U"同乡",
    U"姑娘", U"小伙", U"留学生", U"华侨", U"侨胞", U"移民"};
// Words for a country's own people and bodies acting abroad (中国企业承建,
// 中国公民, 中国救援队): said after a name of China as a whole only.
constexpr std::u32string_view kActorsFrom[] = {U"企业", U"公民", U"公司", U"救援队",
                                               U"医疗队", U"维和", U"使馆", U"大使馆"};
// Characters after 驻 that make a word of its own, not an office away from
// home: 驻军, 驻扎, 驻守, 驻地, 驻点, 驻村, 驻场.
constexpr std::u32string_view kNotAnOffice = U"军扎守地点村场";

// Nouns of a work's setting or subject after 以 NAME 为: 背景, 题材, 原型,
// 蓝本, 舞台, 主题.
constexpr std::u32string_view kWorkNouns[] = {U"背景", U"题材", U"原型", U"蓝本", U"舞台",
                                              U"主题"};
// Most characters between 以 and the name, and between the name and 为.
constexpr int kMaxWorkGap = 10;

// Classifiers of goods after a number or 这/那: 一罐, 两斤, 这碗.
constexpr std::u32string_view kGoodsClassifiers = U"碗盘盒罐瓶袋斤箱杯壶包串碟锅桶听件双套块筐篮";
constexpr std::u32string_view kQuantities = U"一二两三四五六七八九十百几半这那每";
// Verbs of using or copying right before a name: what follows is goods, a
// technique or a model (选用宁夏滩羊, 借鉴浙江经验).
constexpr std::u32string_view kUsingVerbs[] = {U"选用", U"采用", U"使用", U"借鉴", U"效仿",
                                               U"仿照", U"引进", U"精选", U"选购", U"复制"};

// Characters that cannot stand inside a place's name abroad that the
// gazetteer lacks (巴西亚马孙地区): function words and verbs of being.
constexpr std::u32string_view kNotInPlaceName = U"的了在和与及等是将为从对把被向到也都就还又要会能可已由这那其一政";
// Place suffixes after such a name, and its longest and shortest length.
constexpr std::u32string_view kPlaceSuffixes = U"州省港岛湾市";
constexpr int kMaxUnknownPlace = 4;
constexpr int kMinUnknownPlace = 2;
// Words after a country for a part of it: 各地, 境内, 全境, 首都, 多地, 沿海.
constexpr std::u32string_view kPartWords[] = {U"各地", U"境内", U"全境", U"首都", U"多地",
                                              U"沿海", U"地区"};

// Landmarks and facilities named after where they stand, and the most
// characters of their own name between the place's name and the word.
constexpr std::u32string_view kFacilities[] = {
    U"机场", U"火车站", U"高铁站", U"发射场", U"发射中心", U"码头", U"港口", U"市场",
    U"古城", U"古镇", U"博物馆", U"博物院"};
constexpr int kMaxFacilityGap = 3;
constexpr std::u32string_view kMarket = U"市场";
constexpr int kLongestFacility = 4;
// Most characters of a thing's own name before the conjunction, and the
// conjunctions.
constexpr int kMaxKindGap = 3;
constexpr std::u32string_view kConjunctions = U"和与、及或";

bool StartsWith(const char32_t* c, std::u32string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    if (c[i] != word[i]) return false;
  }
  return true;
}

template <size_t N>
bool StartsWithAny(const char32_t* c, const std::u32string_view (&words)[N]) {
  for (std::u32string_view w : words) {
    if (StartsWith(c, w)) return true;
  }
  return false;
}

bool IsDigit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }

// True when the text before byte `begin` ends with one of `words`.
template <size_t N>
bool EndsWithAny(std::string_view text, size_t begin, const std::u32string_view (&words)[N]) {
  for (std::u32string_view w : words) {
    size_t pos = begin;
    size_t i = w.size();
    while (i > 0 && PrevNonSpace(text, &pos) == w[i - 1]) --i;
    if (i == 0) return true;
  }
  return false;
}

constexpr int kPeek = 4;

}  // namespace

bool NamesPeopleFrom(std::string_view text, size_t end, bool country) {
  char32_t c[kPeek];
  PeekAfter(text, end, c, kPeek);
  if (c[0] == U'人') return !In(c[1], kNotDemonym);
  if (c[0] == U'驻') return IsHan(c[1]) && !In(c[1], kNotAnOffice);
  return StartsWithAny(c, kPeopleFrom) || (country && StartsWithAny(c, kActorsFrom));
}

bool SubjectOfWork(std::string_view text, size_t begin, size_t end) {
  size_t pos = begin;
  char32_t b1 = PrevNonSpace(text, &pos), b2 = PrevNonSpace(text, &pos),
           b3 = PrevNonSpace(text, &pos);
  if ((b2 == U'笔' && b1 == U'下') || (b3 == U'笔' && b2 == U'下' && b1 == U'的')) return true;
  // 为 + a work noun ahead, in the same clause.
  char32_t c[kMaxWorkGap + 3];
  PeekAfter(text, end, c, kMaxWorkGap + 3);
  bool ahead = false;
  for (int i = 0; i <= kMaxWorkGap && IsHan(c[i]); ++i) {
    if (c[i] == U'为' && StartsWithAny(c + i + 1, kWorkNouns)) {
      ahead = true;
      break;
    }
  }
  if (!ahead) return false;
  pos = begin;
  for (int i = 0; i <= kMaxWorkGap && pos > 0; ++i) {
    char32_t b = PrevNonSpace(text, &pos);
    if (b == U'以') return true;
    if (!IsHan(b) && !IsDigit(b)) return false;
  }
  return false;
}

bool OpensGoodsOrModel(std::string_view text, size_t begin) {
  size_t pos = begin;
  char32_t b1 = PrevNonSpace(text, &pos);
  if (In(b1, kGoodsClassifiers)) {
    char32_t b2 = PrevNonSpace(text, &pos);
    if (IsDigit(b2) || In(b2, kQuantities)) return true;
  }
  return EndsWithAny(text, begin, kUsingVerbs);
}

bool FollowedByPartOfCountry(std::string_view text, size_t end) {
  char32_t c[kMaxUnknownPlace + 3];
  PeekAfter(text, end, c, kMaxUnknownPlace + 3);
  auto direction = [](char32_t x) { return In(x, U"东西南北"); };
  if ((direction(c[0]) || c[0] == U'中') && c[1] == U'部') return true;
  if (direction(c[0]) && direction(c[1]) && c[2] == U'部') return true;
  if (StartsWithAny(c, kPartWords)) return true;
  for (int n = 0; n < kMaxUnknownPlace + 1; ++n) {
    if (!IsHan(c[n]) || In(c[n], kNotInPlaceName)) return false;
    if (n < kMinUnknownPlace) continue;
    if (In(c[n], kPlaceSuffixes) && !(c[n] == U'市' && c[n + 1] == U'场')) return true;
    if (c[n] == U'地' && c[n + 1] == U'区') return true;
  }
  return false;
}

bool OpensFacilityName(std::string_view text, size_t end, bool abroad) {
  char32_t c[kMaxFacilityGap + kLongestFacility + 1];
  PeekAfter(text, end, c, kMaxFacilityGap + kLongestFacility + 1);
  for (int n = 0; n <= kMaxFacilityGap; ++n) {
    if (StartsWithAny(c + n, kFacilities)) return !(abroad && StartsWith(c + n, kMarket));
    if (!IsHan(c[n]) || In(c[n], kNotInPlaceName)) return false;
  }
  return false;
}

bool JoinsTwoOfAKind(std::string_view text, size_t from, size_t to) {
  if (to <= from) return false;
  std::string_view gap = text.substr(from, to - from);
  std::u32string cps;
  for (size_t pos = 0; pos < gap.size();) cps += NextCodePoint(gap, &pos);
  if (cps.size() < 2 || cps.size() > kMaxKindGap + 1 || !In(cps.back(), kConjunctions))
    return false;
  for (size_t i = 0; i + 1 < cps.size(); ++i) {
    if (!IsHan(cps[i]) || In(cps[i], kNotInPlaceName) || In(cps[i], kConjunctions)) return false;
  }
  return true;
}

}  // namespace baokan::region
