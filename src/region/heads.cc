#include "region/heads.h"

#include <string>

#include "base/char_class.h"
#include "base/utf8.h"
#include "region/scan.h"

namespace baokan::region {
namespace {

// Head words of kinds of things called after a place (HeadsKindName), by
// class. Each is matched right after the name; a head may forbid some
// characters after it (kNotAfterHead), where it starts a longer word.
struct Head {
  std::u32string_view word;
  std::u32string_view not_after = U"";  // characters that make it part of a longer word
};
// A festival of a food or drink (青岛啤酒节, 成都小吃节) is held at its
// home: the name stays a place there.
constexpr std::u32string_view kFestival = U"节";
// A craft's fair, market, museum, park, works or school (瓷器节, 陶瓷城, 丝绸馆,
// 瓷器博览会, 紫砂园, 陶瓷厂, 陶瓷大学) is at its home.
constexpr std::u32string_view kCraftsHome = U"节城馆博园厂大";
constexpr Head kHeads[] = {
    // Ways of speaking: 四川话, 温州方言, 东北口音 (not 话剧, 话题, 话别 ...).
    {U"话", U"剧题语筒费务术别"},
    {U"方言"},
    {U"口音"},
    {U"土话"},
    {U"官话"},
    // Cuisines: 湖南菜 (not 菜市场, 菜价, 菜农, 菜园 ...), 成都小吃, 四川风味.
    {U"菜", U"市场园地农篮价摊田籽节"},
    {U"小吃", kFestival},
    {U"风味", kFestival},
    {U"口味"},
    {U"特产", kFestival},
    // Dishes and foods named after their home: a dish, a noodle, a pastry.
    {U"烤鸭", kFestival},
    {U"火锅", kFestival},
    {U"米粉", kFestival},
    {U"米线", kFestival},
    {U"小面", kFestival},
    {U"牛肉面", kFestival},
    {U"凉皮", kFestival},
    {U"汤圆", kFestival},
    {U"麻花", kFestival},
    {U"烧饼", kFestival},
    {U"煎饼", kFestival},
    {U"包子", kFestival},
    {U"烧鸡", kFestival},
    {U"板鸭", kFestival},
    {U"腊肉", kFestival},
    {U"鸭脖", kFestival},
    {U"糕点", kFestival},
    // Drinks sold under a place's name: 哈尔滨啤酒.
    {U"啤酒", kFestival},
    {U"白酒", kFestival},
    {U"黄酒", kFestival},
    // Crafts and wares: 苏州刺绣, 景德镇瓷器, 宜兴紫砂 (not 瓷器节, 陶瓷城,
    // 瓷器博览会, 陶瓷大学: held or housed at home).
    {U"刺绣", kCraftsHome},
    {U"瓷器", kCraftsHome},
    {U"陶瓷", kCraftsHome},
    {U"丝绸", kCraftsHome},
    {U"漆器", kCraftsHome},
    {U"紫砂", kCraftsHome},
    // Art forms: 苏州评弹, 河北梆子, 凤阳花鼓.
    {U"评弹"},
    {U"评话"},
    {U"梆子"},
    {U"花鼓"},
    {U"小调"},
    {U"民歌"},
    // Styles: 上海风格, 海南风情.
    {U"风格"},
    {U"风情"},
};

// The longest head word, in code points, and what may follow it.
constexpr int kMaxHead = 3;

// True when text[begin...] (white space skipped) starts with `word`.
bool CodePointsStartWith(const char32_t* c, std::u32string_view word) {
  for (size_t i = 0; i < word.size(); ++i) {
    if (c[i] != word[i]) return false;
  }
  return true;
}

// True when the text before byte `begin` ends with `word` (white space
// skipped); *pos moves to the word's first byte.
bool PrecededBy(std::string_view text, size_t* pos, std::u32string_view word) {
  size_t p = *pos;
  for (size_t i = word.size(); i-- > 0;) {
    if (PrevNonSpace(text, &p) != word[i]) return false;
  }
  *pos = p;
  return true;
}

// Words right before a name that compare with it: 比香港, 堪比苏州.
constexpr std::u32string_view kCompareBefore[] = {U"比", U"堪比", U"媲美", U"不亚于", U"好比",
                                                  U"赛过", U"胜过", U"犹如", U"宛如"};
// Words right after a name that compare with it: 与苏州相比, 像西安一样.
constexpr std::u32string_view kCompareAfter[] = {U"相比", U"相媲美", U"一样", U"那样", U"似的"};

// Words that open a comparison ending in kCompareAfter (与苏州相比, 像西安一
// 样), at most kMaxCompareGap characters before the name (与当年的开封相比).
constexpr std::u32string_view kCompareWith = U"与和跟同像如";
constexpr int kMaxCompareGap = 6;

// Words before a name that say it is an origin: 来自沈阳, 出生于广东.
constexpr std::u32string_view kOriginBefore[] = {U"来自", U"产自", U"源自", U"出自",
                                                 U"出生于", U"生于", U"出生在", U"祖籍",
                                                 U"原籍", U"籍贯"};
// Copulas that may stand between an origin word and the name (祖籍是江西).
constexpr std::u32string_view kOriginCopulas = U"是为在";

// The first or last code points of a list of words, as a set to test one
// character against before comparing whole words (a name is looked at
// once per mention, so most names are let go after one character).
template <size_t N>
std::u32string Edges(const std::u32string_view (&words)[N], bool last) {
  std::u32string out;
  for (std::u32string_view w : words) out += last ? w.back() : w.front();
  return out;
}

}  // namespace

bool HeadsKindName(std::string_view text, size_t end) {
  static const std::u32string kFirst = [] {
    std::u32string out;
    for (const Head& h : kHeads) out += h.word.front();
    return out;
  }();
  char32_t c[kMaxHead + 1];
  PeekAfter(text, end, c, kMaxHead + 1);
  if (!In(c[0], kFirst)) return false;
  for (const Head& h : kHeads) {
    if (CodePointsStartWith(c, h.word) && !In(c[h.word.size()], h.not_after)) return true;
  }
  return false;
}

bool InComparison(std::string_view text, size_t begin, size_t end) {
  static const std::u32string kBeforeLast = Edges(kCompareBefore, true);
  static const std::u32string kAfterFirst = Edges(kCompareAfter, false);
  size_t before = begin;
  if (In(PrevNonSpace(text, &before), kBeforeLast)) {
    for (std::u32string_view w : kCompareBefore) {
      size_t pos = begin;
      if (PrecededBy(text, &pos, w)) return true;
    }
  }
  char32_t c[kMaxHead];
  PeekAfter(text, end, c, kMaxHead);
  if (!In(c[0], kAfterFirst)) return false;
  bool before_compare = false;
  for (std::u32string_view w : kCompareAfter) before_compare = before_compare || CodePointsStartWith(c, w);
  if (!before_compare) return false;
  // 与…相比, 像…一样: the comparing word stands a few characters before, in
  // the same clause (今年北京相比去年 compares Beijing with itself).
  size_t pos = begin;
  for (int i = 0; i < kMaxCompareGap && pos > 0; ++i) {
    char32_t b = PrevNonSpace(text, &pos);
    if (In(b, kCompareWith)) return true;
    if (!IsHan(b)) return false;
  }
  return false;
}

bool IsOrigin(std::string_view text, size_t begin, size_t end) {
  char32_t a[1];
  PeekAfter(text, end, a, 1);
  if (a[0] == U'籍') return true;
  static const std::u32string kLast = Edges(kOriginBefore, true);
  size_t copula = begin;
  char32_t b1 = PrevNonSpace(text, &copula);
  bool after_copula = In(b1, kOriginCopulas);
  if (!after_copula && !In(b1, kLast)) return false;
  for (std::u32string_view w : kOriginBefore) {
    size_t pos = begin;
    if (PrecededBy(text, &pos, w)) return true;
    pos = copula;
    if (after_copula && w.size() > 1 && w != U"来自" && PrecededBy(text, &pos, w)) return true;
  }
  return false;
}

}  // namespace baokan::region
