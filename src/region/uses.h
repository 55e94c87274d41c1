// What a place name stands for in the phrase around it, where that is not
// the story's place: people named after where they come from, the setting
// of a work, goods and models named after their home (issue 14, sixth pass;
// private to the region stage; docs/region.md, "Sixth pass").

#ifndef BAOKAN_SRC_REGION_USES_H_
#define BAOKAN_SRC_REGION_USES_H_

#include <cstddef>
#include <string_view>

namespace baokan::region {

// True when the name ending at `end` names people by where they come from:
// a demonym (扬州人, 湖南人; not 湖南人民, 上海人大, 上海人口), or a word for
// people away from home (上海游客, 广东选手, 上海棋手, 温州客商, 中国留学生),
// or an office away from home (湖北驻京办, 中国驻日本大使馆: 驻 follows). Such
// a name is an origin: it does not vote (docs/region.md). Residents are no
// such word: 上海市民, 海口考生 stay places. `country`: the name is 中国, China
// as a whole, after which its bodies acting abroad are such
// words too (中国企业承建, 中国公民, 中国救援队).
bool NamesPeopleFrom(std::string_view text, size_t end, bool country);

// True when the name at [begin, end) is the setting or subject of a work:
// 以 NAME 为 背景, 题材, 原型, 蓝本, 舞台 or 主题, within one clause
// (以上海为背景的电影, 以当年的西藏为题材; not 以上海为中心), or after 笔下
// (作家笔下的湘西).
bool SubjectOfWork(std::string_view text, size_t begin, size_t end);

// True when the name at `begin` opens the name of goods or of a model that
// is used: after a quantity of goods (a number or 这/那 and a classifier of
// goods: 一罐云南普洱, 两斤阳澄湖, 一碗兰州拉面) or after a verb of using or
// copying (选用宁夏滩羊, 采用苏州刺绣工艺, 借鉴浙江经验, 效仿深圳). The goods are
// sold and the model copied elsewhere: the name says where they come from.
bool OpensGoodsOrModel(std::string_view text, size_t begin);

// True when the foreign name ending at `end` is followed by a part of its
// own country: a direction word (土耳其东南部, 日本北部) or a name the
// gazetteer does not hold that ends in a place suffix (巴西亚马孙地区,
// 肯尼亚蒙巴萨港, 泰国罗勇府). Written together, they state where the story
// is, as a chain of two known names does.
bool FollowedByPartOfCountry(std::string_view text, size_t end);

// True when the name ending at `end` opens the name of a landmark or
// facility that stands there, with at most a few characters of its own
// name between: an airport, a station, a port, a launch site, a market, an
// old town, a museum (文昌航天发射场, 义乌小商品市场, 西安咸阳机场, 新加坡樟宜机场,
// 法国卢浮宫博物馆). Such a name is a place phrase: the story is there.
// `abroad`: the name is foreign, and a market is left out (开拓越南市场 is an
// export market, not a story in Vietnam).
bool OpensFacilityName(std::string_view text, size_t end, bool abroad);

// True when the text between bytes `from` and `to` joins two things of one
// kind: one to three characters of the first thing's own name, then 和, 与,
// 、, 及 or 或 (湖南辣条和武汉鸭脖: the first name heads a kind of thing as the
// second does).
bool JoinsTwoOfAKind(std::string_view text, size_t from, size_t to);

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_USES_H_
