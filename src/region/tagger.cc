// Placing an article: mentions from the dateline, title and body vote level
// by level (province, then city under it, then county under that), the
// dateline outweighing the title and the title the body; then the page pass.

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "baokan/json.h"
#include "baokan/normalize.h"
#include "region/internal.h"
#include "region/mentions.h"

namespace baokan {

using region::Level;
using region::GazUnit;
using region::Form;
using region::NameEntry;
namespace {

using region::Field;
using region::Mention;

// Votes per mention: a dateline settles the matter, a headline counts as much
// as several mentions in the body.
constexpr double kFieldWeight[region::kFields] = {100.0, 3.0, 1.0};
// Confidence of a decision by each kind of evidence (before the margin).
constexpr double kFieldConfidence[region::kFields] = {0.98, 0.9, 0.8};
constexpr double kPageConfidence = 0.6;
// A story is abroad when the votes of its leading foreign country (same field
// weights; a foreign dateline settles it) reach kAbroadMinVotes and at least
// kAbroadRatio times the votes of all Chinese places plus China named as a
// whole (中国, 我国, 国内 ...).
constexpr double kAbroadMinVotes = 3.0;
// With no Chinese place and China not named, two names of one country do
// (法国总统…在巴黎, 俄罗斯莫斯科): a short story abroad names it rarely.
constexpr double kAbroadMinVotesAlone = 2.0;
constexpr double kAbroadRatio = 2.0;
// A story that opens with a chain abroad (肯尼亚内罗毕…: ForeignMention::
// opens_chain) needs only kAbroadMinVotesAlone, China named or not, and
// kAbroadRatio times the Chinese votes.

// Extra votes per further name of a stated chain: 浙江省杭州市余杭区 (three
// names) votes 1 + 2 × 0.5 = 2 times, so one stray name does not tie it.
constexpr double kChainBonus = 0.5;

double ChainFactor(const Mention& m) { return 1.0 + kChainBonus * (m.chain - 1); }
// A name written out with its suffix (石首市, 浙江省) is a deliberate
// reference to the unit; a bare short form may be part of some other name
// (香港城西街, a street of 石首). The full name's vote is worth this much
// more, so that the two do not tie. Not for names ending in 城市 (运城市,
// 盐城市): that may be the word 城市 after a short form (亚运城市).
constexpr double kFullNameFactor = 1.25;
constexpr std::string_view kCityWord = "城市";

double FormFactor(const region::GazetteerTables& gaz, const Mention& m) {
  for (const NameEntry& e : m.candidates) {
    if (e.form != Form::kFull || gaz.units[e.unit].name.ends_with(kCityWord)) return 1.0;
  }
  return kFullNameFactor;
}

// Bylines of a paper's own staff; wire-service credits are not local.
constexpr std::string_view kStaffBylines[] = {"本报", "记者", "通讯员"};
constexpr std::string_view kWireBylines[] = {"新华社", "中新社", "人民日报", "央视"};

bool Contains(std::string_view s, std::string_view w) {
  return s.find(w) != std::string_view::npos;
}

// True when the byline is the paper's own staff (本报记者, 通讯员 ...).
bool IsStaffByline(std::string_view byline) {
  if (Contains(byline, "本报讯")) return true;
  for (std::string_view w : kWireBylines) {
    if (Contains(byline, w)) return false;
  }
  for (std::string_view m : kStaffBylines) {
    if (Contains(byline, m)) return true;
  }
  return false;
}

// The 市辖区 city of a municipality (the only city under it), else -1.
int32_t MunicipalCity(const region::GazetteerTables& gaz, int32_t province) {
  const std::string& code = gaz.units[province].code;
  if (code != "110000" && code != "120000" && code != "310000" && code != "500000") return -1;
  auto it = gaz.by_code.find(code.substr(0, 2) + "0100");
  return it == gaz.by_code.end() ? -1 : it->second;
}

// An article's place names, found once; decisions are made from them.
struct Analysis {
  std::vector<Mention> mentions;
  std::vector<region::ForeignMention> foreign;
  int domestic = 0;  // 中国, 我国 ... anywhere
  bool local = false;
};

Analysis Analyze(const region::GazetteerTables& gaz, const RegionOptions& options,
                 const RegionInput& article) {
  Analysis an;
  std::string normal[region::kFields];
  std::string_view fields[region::kFields] = {article.dateline, article.title, article.text};
  std::vector<int32_t> roles;  // names read as a person's role, any field
  for (int f = 0; f < region::kFields; ++f) {
    if (options.normalize) {
      normal[f] = Normalize(fields[f]);
      fields[f] = normal[f];
    }
    region::FieldScan scan;
    region::FindMentions(gaz, fields[f], static_cast<Field>(f), &an.mentions, &scan);
    an.local = an.local || (scan.local_marker && f != region::kDateline);
    an.domestic += scan.domestic;
    an.foreign.insert(an.foreign.end(), scan.foreign.begin(), scan.foreign.end());
    roles.insert(roles.end(), scan.roles.begin(), scan.roles.end());
  }
  // A name the article uses as a person's role (两名中卫) is that word in
  // its other bare mentions too (a headline 中卫告别), unless the text
  // says there that it is a place: a parent before it, a chain, a phrase.
  std::erase_if(an.mentions, [&](const Mention& m) {
    return m.field != region::kDateline && !m.beside_parent && m.chain == 1 &&
           !m.place_phrase && std::find(roles.begin(), roles.end(), m.name) != roles.end();
  });
  an.local = an.local || IsStaffByline(article.byline);
  return an;
}

// The mentions that vote, with weak readings kept only where they count: in
// the dateline, beside a parent, with their parent named by a strong reading
// elsewhere in the article, or inside `home` (a page's home unit, or -1).
// True when a weak reading is a place by the words around it: a county's
// short form in a place phrase (在义乌, 义乌市场), a county right before a
// town (朗县张湾乡), a city whose name is also an ordinary word in a place
// phrase (在白银). A county whose name is an ordinary word is not made a
// place by a phrase (在东方 is "in the east").
bool PlaceByContext(const region::GazetteerTables& gaz, const NameEntry& e, const Mention& m) {
  if (m.before_town) return true;
  if (!m.place_phrase) return false;
  Level level = gaz.units[e.unit].level;
  if (e.common) return level == Level::kCity;
  return e.form == Form::kShort;
}

std::vector<Mention> Voters(const region::GazetteerTables& gaz, const std::vector<Mention>& all,
                            int32_t home) {
  std::vector<int32_t> strong;
  for (const Mention& m : all) {
    for (const NameEntry& e : m.candidates) {
      if (!e.weak || m.field == region::kDateline || m.beside_parent) strong.push_back(e.unit);
      if (e.weak && PlaceByContext(gaz, e, m)) strong.push_back(e.unit);
    }
  }
  std::sort(strong.begin(), strong.end());
  auto named = [&](int32_t u) { return std::binary_search(strong.begin(), strong.end(), u); };
  // Names that stand both in the headline and in the body (a headline on
  // 义乌's trade over a story that names 义乌 again): the paper repeats
  // where the story is.
  std::vector<int32_t> in_title, in_body;
  for (const Mention& m : all) {
    if (m.field == region::kTitle) in_title.push_back(m.name);
    if (m.field == region::kBody) in_body.push_back(m.name);
  }
  std::sort(in_title.begin(), in_title.end());
  std::sort(in_body.begin(), in_body.end());
  auto repeated = [&](const Mention& m) {
    return std::binary_search(in_title.begin(), in_title.end(), m.name) &&
           std::binary_search(in_body.begin(), in_body.end(), m.name);
  };
  auto in_home = [&](int32_t u) { return home >= 0 && gaz.IsAncestorOrSelf(home, u); };
  // A reading is supported when one of its ancestors is named strongly by
  // another name of the article, or when it lies inside home.
  auto supported = [&](int32_t u) {
    if (in_home(u)) return true;
    for (int32_t p = gaz.units[u].parent; p >= 0; p = gaz.units[p].parent) {
      if (!gaz.units[p].placeholder && named(p)) return true;
    }
    return false;
  };
  // A weak reading on its own counts only with a narrower parent named: its
  // city or county, or a municipality (长寿 with 重庆), not a province; a
  // city whose name is an ordinary word counts with its province (甘肃 …
  // 白银).
  auto counts = [&](const NameEntry& e, const Mention& m) {
    if (!e.weak || in_home(e.unit)) return true;
    Level level = gaz.units[e.unit].level;
    if ((level == Level::kCounty || e.common) && PlaceByContext(gaz, e, m)) return true;
    if (e.generic) return false;  // 开发区, 城关镇: only beside their parent
    // A county's short form in both headline and body (not an ordinary word).
    if (level == Level::kCounty && !e.common && e.form == Form::kShort && repeated(m)) return true;
    for (int32_t p = gaz.units[e.unit].parent; p >= 0; p = gaz.units[p].parent) {
      const GazUnit& pu = gaz.units[p];
      if (pu.placeholder) continue;
      bool province = pu.level == Level::kProvince;
      if (province && MunicipalCity(gaz, p) < 0 && !(e.common && level == Level::kCity)) break;
      if (named(p)) return true;
    }
    return false;
  };
  std::vector<Mention> out;
  for (const Mention& m : all) {
    if (m.absorbed) continue;
    Mention v = m;
    if (m.field != region::kDateline && !m.beside_parent) {
      // Of several readings, those the article supports win (朝阳 in an
      // article that names 北京 is 朝阳区); otherwise weak ones drop out.
      size_t n = std::count_if(v.candidates.begin(), v.candidates.end(),
                               [&](const NameEntry& e) { return supported(e.unit); });
      if (n > 0 && n < v.candidates.size() &&
          !std::all_of(v.candidates.begin(), v.candidates.end(),
                       [](const NameEntry& e) { return e.generic; })) {
        std::erase_if(v.candidates, [&](const NameEntry& e) { return !supported(e.unit); });
      } else {
        std::erase_if(v.candidates, [&](const NameEntry& e) { return !counts(e, m); });
      }
    }
    // The highest level a name reaches is its reading: 海南 is the province,
    // not 海南藏族自治州; 朝阳 alone is 朝阳市, not a 朝阳区.
    Level top = Level::kTown;
    for (const NameEntry& e : v.candidates) top = std::min(top, gaz.units[e.unit].level);
    std::erase_if(v.candidates, [&](const NameEntry& e) { return gaz.units[e.unit].level != top; });
    if (!v.candidates.empty()) out.push_back(std::move(v));
  }
  return out;
}

struct Decision {
  int32_t unit = -1;
  int field = -1;    // most trusted field that voted for it
  double share = 0;  // its share of all votes at this level
};

// Votes at `level` among units under `parent` (-1: any); unit -1 on a tie
// or when nobody votes.
Decision Vote(const region::GazetteerTables& gaz, const std::vector<Mention>& mentions, Level level,
              int32_t parent) {
  std::map<int32_t, std::pair<double, int>> score;  // unit -> (votes, best field)
  double total = 0;
  std::vector<int32_t> units;
  for (const Mention& m : mentions) {
    units.clear();
    for (const NameEntry& e : m.candidates) {
      int32_t u = gaz.At(e.unit, level);
      if (u < 0 || (level == Level::kCounty && gaz.units[u].devzone)) continue;
      if (parent >= 0 && !gaz.IsAncestorOrSelf(parent, u)) continue;
      if (std::find(units.begin(), units.end(), u) == units.end()) units.push_back(u);
    }
    if (units.empty()) continue;
    double w = kFieldWeight[m.field] * ChainFactor(m) * FormFactor(gaz, m) / units.size();
    for (int32_t u : units) {
      auto [it, fresh] = score.try_emplace(u, 0.0, m.field);
      it->second.first += w;
      it->second.second = std::min(it->second.second, static_cast<int>(m.field));
      total += w;
    }
  }
  Decision best;
  double top = 0, second = 0;
  for (const auto& [u, s] : score) {
    if (s.first > top) {
      second = top;
      top = s.first;
      best = Decision{u, s.second, 0};
    } else if (s.first > second) {
      second = s.first;
    }
  }
  if (top == 0 || std::fabs(top - second) < 1e-9) return Decision{};
  best.share = top / total;
  return best;
}

RegionUnit UnitOf(const region::GazetteerTables& gaz, int32_t u) {
  return RegionUnit{gaz.units[u].code, gaz.units[u].name};
}

// Fills `r` from unit indices (any may be -1).
void Fill(const region::GazetteerTables& gaz, int32_t p, int32_t c, int32_t k, Region* r) {
  r->province.reset();
  r->city.reset();
  r->county.reset();
  if (p >= 0) r->province = UnitOf(gaz, p);
  if (c >= 0) r->city = UnitOf(gaz, c);
  if (k >= 0) r->county = UnitOf(gaz, k);
}

double Round2(double x) { return std::round(x * 100) / 100; }

}  // namespace

RegionTagger::RegionTagger(const Gazetteer* gazetteer, RegionOptions options)
    : gazetteer_(gazetteer), options_(options) {}

namespace {

// The country of a story abroad (see kAbroadMinVotes), or nothing. A story
// of a local page that names a place inside the page's home (-1: none) is
// never abroad (越南咖啡 sold in 平顺).
std::optional<Region> AbroadOf(const region::GazetteerTables& gaz, const Analysis& an,
                               const std::vector<Mention>& chinese, int32_t home) {
  if (an.foreign.empty()) return std::nullopt;
  for (const Mention& m : chinese) {
    for (const NameEntry& e : m.candidates) {
      if (home >= 0 && gaz.IsAncestorOrSelf(home, e.unit)) return std::nullopt;
    }
  }
  // Countries in the order they are first named (dateline, title, body):
  // of two with equal votes, the one named first wins.
  std::vector<int16_t> order;
  std::map<int16_t, std::pair<double, int>> votes;  // country -> (votes, best field)
  double total = 0;
  for (const region::ForeignMention& f : an.foreign) {
    auto [it, fresh] = votes.try_emplace(f.country, 0.0, f.field);
    if (fresh) order.push_back(f.country);
    it->second.first += kFieldWeight[f.field];
    it->second.second = std::min(it->second.second, static_cast<int>(f.field));
    total += kFieldWeight[f.field];
  }
  double home_votes = an.domestic * kFieldWeight[region::kBody];
  bool chinese_dateline = false;
  for (const Mention& m : chinese) {
    // 一名来自沈阳的游客 in a story abroad: where a person comes from.
    if (!m.origin) home_votes += kFieldWeight[m.field] * ChainFactor(m);
    chinese_dateline = chinese_dateline || m.field == region::kDateline;
  }
  auto best = votes.find(order.front());
  for (int16_t country : order) {
    auto it = votes.find(country);
    if (it->second.first > best->second.first) best = it;
  }
  auto [top, field] = best->second;
  bool dateline = field == region::kDateline && !chinese_dateline;
  bool stated = std::any_of(an.foreign.begin(), an.foreign.end(), [&](const auto& f) {
    return f.opens_chain && f.country == best->first;
  });
  double least = home_votes > 0 && !stated ? kAbroadMinVotes : kAbroadMinVotesAlone;
  if (!dateline && (top < least || top < kAbroadRatio * home_votes)) return std::nullopt;
  Region r;
  r.abroad = gaz.countries[best->first];
  r.evidence = region::kFieldNames[field];
  r.confidence = Round2(kFieldConfidence[field] * (0.6 + 0.4 * top / total));
  return r;
}

// Places an analysed article; weak names inside `home` (-1: none) count.
Region Decide(const region::GazetteerTables& gaz, const Analysis& an, int32_t home) {
  std::vector<Mention> mentions = Voters(gaz, an.mentions, home);
  if (std::optional<Region> abroad = AbroadOf(gaz, an, mentions, home)) return *abroad;
  // Where someone or something comes from (来自四川成都的专家, 出生于广东的
  // 华侨) is not where the story happens: an origin does not vote.
  std::erase_if(mentions, [](const Mention& m) { return m.origin; });
  Region r;
  Decision province = Vote(gaz, mentions, Level::kProvince, -1);
  if (province.unit < 0) return r;
  int32_t city = MunicipalCity(gaz, province.unit);
  if (city < 0) city = Vote(gaz, mentions, Level::kCity, province.unit).unit;
  int32_t county = city < 0 ? -1 : Vote(gaz, mentions, Level::kCounty, city).unit;
  Fill(gaz, province.unit, city, county, &r);
  r.evidence = region::kFieldNames[province.field];
  r.confidence = Round2(kFieldConfidence[province.field] * (0.6 + 0.4 * province.share));
  return r;
}

}  // namespace

Region RegionTagger::Tag(const RegionInput& article) const {
  const region::GazetteerTables& gaz = region::TablesOf(*gazetteer_);
  return Decide(gaz, Analyze(gaz, options_, article), -1);
}

namespace {

// The deepest unit shared by enough of the page's placed articles, or -1.
int32_t HomeOf(const region::GazetteerTables& gaz, const RegionOptions& options,
               const std::vector<Region>& own) {
  // Count the articles placed in each unit, at every level.
  std::map<std::string, int> count;
  int placed = 0;
  for (const Region& r : own) {
    if (r.empty()) continue;
    ++placed;
    for (const auto* u : {&r.province, &r.city, &r.county}) {
      if (*u) ++count[(*u)->code];
    }
  }
  double need = std::max<double>(options.home_min_articles, options.home_share * placed);
  int32_t best = -1;
  for (const auto& [code, n] : count) {
    if (n < need) continue;
    int32_t u = gaz.by_code.at(code);
    // Placeholders (市辖区) stand for their province, which is counted too.
    if (gaz.units[u].placeholder) continue;
    if (best < 0 || gaz.units[u].level > gaz.units[best].level) best = u;
  }
  return best;
}

Region HomeRegionOf(const region::GazetteerTables& gaz, int32_t home) {
  Region r;
  if (home < 0) return r;
  int32_t p = gaz.At(home, Level::kProvince);
  int32_t c = gaz.At(home, Level::kCity);
  if (c < 0) c = MunicipalCity(gaz, p);
  Fill(gaz, p, c, gaz.At(home, Level::kCounty), &r);
  r.evidence = "page";
  r.confidence = kPageConfidence;
  return r;
}

}  // namespace

Region RegionTagger::HomeRegion(const std::vector<RegionInput>& articles) const {
  const region::GazetteerTables& gaz = region::TablesOf(*gazetteer_);
  std::vector<Region> own;
  for (const RegionInput& a : articles) own.push_back(Tag(a));
  return HomeRegionOf(gaz, HomeOf(gaz, options_, own));
}

std::vector<Region> RegionTagger::TagPage(const std::vector<RegionInput>& articles) const {
  const region::GazetteerTables& gaz = region::TablesOf(*gazetteer_);
  std::vector<Analysis> analyses;
  std::vector<Region> out;
  for (const RegionInput& a : articles) {
    analyses.push_back(Analyze(gaz, options_, a));
    out.push_back(Decide(gaz, analyses.back(), -1));
  }
  if (!options_.use_home) return out;
  int32_t home_unit = HomeOf(gaz, options_, out);
  if (home_unit < 0) return out;
  Region home = HomeRegionOf(gaz, home_unit);
  for (size_t i = 0; i < articles.size(); ++i) {
    Region& r = out[i];
    r = Decide(gaz, analyses[i], home_unit);
    if (r.abroad || (options_.home_needs_marker && !analyses[i].local)) continue;
    if (r.empty()) {
      r = home;
      continue;
    }
    // An article placed only as far as an ancestor of home ("重庆" in a
    // 渝中区 paper) is taken down to home.
    bool ancestor = r.province == home.province && (!r.city || r.city == home.city) && !r.county;
    if (ancestor && (!r.city || home.county)) {
      if (!r.city) r.city = home.city;
      r.county = home.county;
    }
  }
  return out;
}

std::string RegionToJson(const Region& r) {
  auto unit = [](const std::optional<RegionUnit>& u) {
    return u ? "{\"code\":" + JsonQuote(u->code) + ",\"name\":" + JsonQuote(u->name) + "}"
             : std::string("null");
  };
  return "{\"province\":" + unit(r.province) + ",\"city\":" + unit(r.city) +
         ",\"county\":" + unit(r.county) + ",\"abroad\":" +
         (r.abroad ? "{\"country\":" + JsonQuote(r.abroad->country) +
                         ",\"iso\":" + JsonQuote(r.abroad->iso) + "}"
                   : std::string("null")) +
         ",\"evidence\":" + (r.evidence.empty() ? std::string("null") : JsonQuote(r.evidence)) +
         ",\"confidence\":" + JsonNumber(r.confidence) + "}";
}

}  // namespace baokan
