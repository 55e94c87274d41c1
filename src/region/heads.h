// Names that head the name of a kind of thing, or stand in a comparison
// (issue 14, fifth pass; private to the region stage; docs/region.md,
// "Fifth pass").

#ifndef BAOKAN_SRC_REGION_HEADS_H_
#define BAOKAN_SRC_REGION_HEADS_H_

#include <cstddef>
#include <string_view>

namespace baokan::region {

// True when the name ending at `end` heads the name of a kind of thing that
// is called after a place: a way of speaking (四川话, 温州方言, 东北口音), a
// cuisine or dish (湖南菜, 北京烤鸭, 天津麻花, 成都小吃), a drink (哈尔滨啤酒),
// an art form (苏州评弹, 河北梆子) or a style (上海风格, 海南风情). Such a
// thing is sold, spoken or shown anywhere; the name says where it comes
// from, not where the story is. A word that merely starts with the head's
// first character is no head: 北京话剧院 (话剧), 湖南菜价 (vegetable prices),
// 上海菜市场 keep the place.
bool HeadsKindName(std::string_view text, size_t end);

// True when the name at [begin, end) is what something is compared with:
// right after 比, 堪比, 媲美, 不亚于, 好比 (这里的夜景比香港还美), or before 相比,
// 一样, 那样, 似的 with 与, 和, 跟, 同, 像 or 如 a few characters before it (与当年的
// 苏州相比, 像西安一样; not 今年北京相比去年): the standard of a comparison,
// not where the story is.
bool InComparison(std::string_view text, size_t begin, size_t end);

// True when the name at [begin, end) says where someone or something comes
// from: after 来自, 产自, 源自, 出自, 出生于, 生于, 祖籍, 原籍, 籍贯, 老家 (来自沈阳的游客,
// 出生于广东的华侨, 老家江西), or before 籍 (四川籍球员). Not where the story
// happens: an origin does not vote (docs/region.md).
bool IsOrigin(std::string_view text, size_t begin, size_t end);

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_HEADS_H_
