// Loading the gazetteer: models/regions.tsv and models/region_aliases.tsv
// (formats in docs/region.md) into units and one matching automaton.

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "baokan/io.h"
#include "baokan/normalize.h"
#include "base/strings.h"
#include "region/context.h"
#include "region/internal.h"
#include "base/utf8.h"

namespace baokan {

using region::Level;
using region::GazUnit;
using region::Form;
using region::NameEntry;
namespace {

// Words that contain a city's name but are not about the city. They enter the
// automaton as names of nothing, so the longest-match rule hides the city.
constexpr const char* kNotPlaces[] = {
    "长治久安", "幸福安康",     "安康码",   "大同小异", "世界大同", "天下大同",
    "阿里巴巴", "阿里云",       "哈密瓜",   "普洱茶",   "和田玉",   "中山装",
    "东北虎",   "西湖龙井",     "新华社",   "新华网",   "新华书店", "南京条约",
    "北京时间", "上海合作组织", "健康长寿", "佛罗里达", "阿里斯",   "蒙古族",   "朝鲜族", "藏族", "藏语", "藏药",
    "沪深两市", "沪深股市", "沪深港",
};

// Words that name China as a whole: a story that says them is not abroad
// unless foreign places clearly outweigh them.
constexpr const char* kDomesticWords[] = {"中国", "我国", "国内", "全国", "中方"};

// One-character province abbreviations in the fixed phrases where they name
// the province: {abbreviation, province code, phrases as templates with X}.
struct Abbreviation {
  const char* abbr;
  const char* province;
  const char* templates;  // space-separated
};
constexpr const char* kMunicipalTemplates = "在X 来X 赴X 抵X 进X 返X 离X 驻X 留X X郊 X城";
constexpr const char* kProvinceTemplates = "在X 赴X 援X 入X 来X";
constexpr Abbreviation kAbbreviations[] = {
    {"京", "110000", kMunicipalTemplates}, {"沪", "310000", kMunicipalTemplates},
    {"津", "120000", "在X 来X 赴X 抵X 返X 离X 驻X X门"}, {"渝", "500000", kMunicipalTemplates},
    {"沪", "310000", "X上"},         {"川", "510000", kProvinceTemplates},
    {"粤", "440000", kProvinceTemplates}, {"鄂", "420000", kProvinceTemplates},
    {"湘", "430000", kProvinceTemplates}, {"皖", "340000", kProvinceTemplates},
    {"浙", "330000", kProvinceTemplates}, {"闽", "350000", kProvinceTemplates},
    {"赣", "360000", kProvinceTemplates}, {"黔", "520000", kProvinceTemplates},
    {"滇", "530000", kProvinceTemplates}, {"藏", "540000", "在X 赴X 援X 入X 进X"},
    {"疆", "650000", "在X 援X 入X 进X"}, {"琼", "460000", kProvinceTemplates},
    {"冀", "130000", kProvinceTemplates}, {"晋", "140000", "在X 赴X 援X 入X"},
    {"陕", "610000", kProvinceTemplates}, {"豫", "410000", kProvinceTemplates},
    {"鲁", "370000", "在X 赴X 援X 入X"},
};
// Town names shared by at least this many towns are generic (城关镇, 新华街道).
constexpr int kGenericTownCount = 4;

// Words by which a local paper speaks of its own place.
constexpr const char* kLocalMarkers[] = {"本报讯", "我区", "我市",   "我县",   "我旗", "我州",
                                         "本市",   "本区", "本县",   "全区",   "全市", "全县",
                                         "全旗",   "区委", "区政府", "区领导", "县委", "县政府",
                                         "县领导", "市委", "市政府", "市领导"};

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    size_t sp = s.find(' ');
    if (sp != 0) out.push_back(s.substr(0, sp));
    if (sp == std::string_view::npos) break;
    s.remove_prefix(sp + 1);
  }
  return out;
}

std::vector<std::string_view> SplitCommas(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    size_t comma = s.find(',');
    if (comma != 0) out.push_back(s.substr(0, comma));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

// Towns proper end in 镇, 乡, 街道, 苏木 or 地区 (Beijing's 南磨房地区); the
// other town-level units (国有林场, 综合保税区, 经济开发区管委会) have names
// too generic to place an article alone.
bool HasTownSuffix(std::string_view name) {
  for (std::string_view suffix : {"镇", "乡", "街道", "苏木", "地区"}) {
    if (name.ends_with(suffix)) return true;
  }
  return false;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) NextCodePoint(s, &pos);
  return n;
}

bool IsCode(std::string_view s) {
  if (s.size() != 6 && s.size() != 9) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A name usable for matching: valid UTF-8, no white space or separators.
bool IsName(std::string_view s) {
  if (s.empty() || !IsValidUtf8(s)) return false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\r' || c == ',') return false;
  }
  return true;
}

// Iterates over the data lines of a TSV text (comments and the header skipped).
template <typename Fn>
Status ForEachRow(std::string_view tsv, const std::string& file, size_t columns, Fn fn) {
  size_t line_no = 0;
  bool header = false;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!header) {  // the column names
      header = true;
      continue;
    }
    auto cols = SplitTsvLine(line);
    std::string where = file + ":" + std::to_string(line_no) + ": ";
    if (cols.size() != columns) {
      return Status::DataError(where + "expected " + std::to_string(columns) +
                               " tab-separated columns, found " + std::to_string(cols.size()) +
                               "; regenerate the file with its script in scripts/");
    }
    Status s = fn(cols, where);
    if (!s.ok()) return s;
  }
  if (!header) return Status::DataError(file + ": no header line; not a baokan gazetteer file");
  return Status::OK();
}

// Lets CJK radicals (⻄ U+2EC4, ⻓ U+2ED3 ...) and compatibility ideographs,
// which PDF extraction often leaves in the text, and traditional characters
// (臺北, 廣州, 九龍; issue 14) match as the ordinary simplified characters
// baokan::Normalize maps them to (with its traditional-to-simplified
// conversion, one character at a time), so matching needs no normalization
// pass. A character that a name itself holds keeps its own matches
// (Matcher::Fold). Each range is normalized in one call, a character a
// line (Normalize keeps the lines; no OpenCC phrase spans a line break).
void FoldLookAlikes(region::Matcher* matcher) {
  constexpr std::pair<char32_t, char32_t> kRanges[] = {
      {0x2E80, 0x2FDF}, {0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}, {0x3400, 0x9FFF}};
  NormalizeOptions simplify;
  simplify.simplified = true;
  std::string lines;
  for (auto [first, last] : kRanges) {
    lines.clear();
    for (char32_t c = first; c <= last; ++c) {
      AppendUtf8(c, &lines);
      lines += '\n';
    }
    const std::string normal = Normalize(lines, simplify);
    size_t pos = 0;
    for (char32_t c = first; c <= last && pos < normal.size(); ++c) {
      const size_t eol = normal.find('\n', pos);
      if (eol == std::string::npos) break;
      std::string_view line(normal.data() + pos, eol - pos);
      pos = eol + 1;
      size_t at = 0;
      if (line.empty()) continue;
      char32_t d = NextCodePoint(line, &at);
      if (at == line.size() && d != c) matcher->Fold(c, d);
    }
  }
}

// GazetteerTables::strong_in_overlap of a pattern with these entries.
bool StrongInOverlap(const std::vector<NameEntry>& entries, bool yields) {
  if (yields) return false;
  for (const NameEntry& e : entries) {
    // A short form that is also an ordinary word is a word of its own
    // here (朝阳江南 is 朝阳 + 江南, not 阳江; but 京城区 stays 京城).
    if (!e.weak || (e.common && e.form == Form::kShort)) return true;
  }
  return entries.empty();  // words that hide names are strong
}

class Builder {
 public:
  explicit Builder(region::GazetteerTables* g) : g_(g) {}

  Status AddUnits(std::string_view tsv, const std::string& file);
  Status AddFormerNames(std::string_view tsv, const std::string& file);
  Status AddForeign(std::string_view tsv, const std::string& file);
  // Words that contain a place name but do not name it (三明治): blockers;
  // two-character words are edge words (普通, 化学 around 通化).
  Status AddWords(std::string_view tsv, const std::string& file) {
    return ForEachRow(tsv, file, 3,
                      [&](const std::vector<std::string_view>& c, const std::string& where) {
                        if (!IsName(c[0])) return Status::DataError(where + "malformed word");
                        if (CodePoints(c[0]) == 2) {
                          size_t pos = 0;
                          char32_t a = NextCodePoint(c[0], &pos);
                          char32_t b = NextCodePoint(c[0], &pos);
                          g_->edge_words.insert(region::GazetteerTables::EdgeKey(a, b));
                        } else {
                          words_.emplace_back(c[0]);
                        }
                        return Status::OK();
                      });
  }
  // Names that are also ordinary words (白银, 江山): their readings turn
  // weak and common once all names are in.
  Status AddCommonNames(std::string_view tsv, const std::string& file) {
    return ForEachRow(tsv, file, 3,
                      [&](const std::vector<std::string_view>& c, const std::string& where) {
                        if (!IsName(c[0])) return Status::DataError(where + "malformed name");
                        common_.emplace_back(c[0]);
                        return Status::OK();
                      });
  }
  void AddNamesAndBuild();

 private:
  void AddName(std::string_view name, int32_t unit, Form form, bool weak) {
    int id = g_->matcher.Add(name);
    if (static_cast<size_t>(id) >= g_->entries.size()) g_->entries.resize(id + 1);
    for (const NameEntry& e : g_->entries[id]) {
      if (e.unit == unit) return;  // a unit is named once per string
    }
    g_->entries[id].push_back(NameEntry{unit, form, weak});
  }

  // True when the unit's name starts with the name or a short form of one of
  // its ancestors (not a placeholder) and goes on after it.
  bool OpensWithAncestorName(int32_t unit) const {
    const std::string& name = g_->units[unit].name;
    for (int32_t a = g_->units[unit].parent; a >= 0; a = g_->units[a].parent) {
      const GazUnit& au = g_->units[a];
      if (au.placeholder) continue;
      if (name.size() > au.name.size() && name.starts_with(au.name)) return true;
      for (std::string_view alias : aliases_[a]) {
        if (name.size() > alias.size() && name.starts_with(alias)) return true;
      }
    }
    return false;
  }

  region::GazetteerTables* g_;
  std::vector<std::vector<std::string_view>> aliases_;  // per unit, into the TSV text
  struct Former {
    std::string name;
    int32_t unit;
    std::vector<std::string> aliases;
  };
  std::vector<Former> former_;
  struct ForeignName {
    std::string name;
    int16_t country;
  };
  std::vector<ForeignName> foreign_;
  std::vector<std::string> words_;
  std::vector<std::string> common_;
};

Status Builder::AddForeign(std::string_view tsv, const std::string& file) {
  std::unordered_map<std::string, int16_t> index;
  return ForEachRow(
      tsv, file, 4, [&](const std::vector<std::string_view>& c, const std::string& where) {
        if (!IsName(c[0]) || c[1].size() != 2 || !IsName(c[2])) {
          return Status::DataError(where + "expected a name, a two-letter ISO code, a country");
        }
        auto [it, fresh] = index.try_emplace(std::string(c[1]),
                                             static_cast<int16_t>(g_->countries.size()));
        if (fresh) g_->countries.push_back(Abroad{std::string(c[2]), std::string(c[1])});
        foreign_.push_back(ForeignName{std::string(c[0]), it->second});
        return Status::OK();
      });
}

Status Builder::AddUnits(std::string_view tsv, const std::string& file) {
  std::vector<std::string> parents;
  size_t lines = static_cast<size_t>(std::count(tsv.begin(), tsv.end(), '\n'));
  g_->units.reserve(lines);
  g_->by_code.reserve(lines);
  parents.reserve(lines);
  aliases_.reserve(lines);
  g_->matcher.Reserve(lines * 2);
  Status s = ForEachRow(
      tsv, file, 6, [&](const std::vector<std::string_view>& c, const std::string& where) {
        static const std::unordered_map<std::string_view, Level> kLevels = {
            {"province", Level::kProvince},
            {"city", Level::kCity},
            {"county", Level::kCounty},
            {"town", Level::kTown}};
        auto level = kLevels.find(c[1]);
        if (!IsCode(c[0]))
          return Status::DataError(where + "'" + std::string(c[0]) +
                                   "' is not a 6- or 9-digit code");
        if (level == kLevels.end())
          return Status::DataError(where + "unknown level '" + std::string(c[1]) + "'");
        if (!IsName(c[3])) return Status::DataError(where + "missing or malformed name");
        if ((level->second == Level::kProvince) != c[2].empty() ||
            (!c[2].empty() && !IsCode(c[2]))) {
          return Status::DataError(where + "bad parent code '" + std::string(c[2]) + "'");
        }
        GazUnit u;
        u.code = c[0];
        u.name = c[3];
        u.level = level->second;
        u.placeholder = c[5] == "placeholder";
        u.devzone = c[5] == "devzone";
        int32_t index = static_cast<int32_t>(g_->units.size());
        if (!g_->by_code.emplace(u.code, index).second)
          return Status::DataError(where + "duplicate code " + u.code);
        auto aliases = SplitCommas(c[4]);
        for (std::string_view a : aliases) {
          if (!IsName(a)) return Status::DataError(where + "malformed alias");
        }
        g_->units.push_back(std::move(u));
        parents.emplace_back(c[2]);
        aliases_.push_back(std::move(aliases));
        return Status::OK();
      });
  if (!s.ok()) return s;
  for (size_t i = 0; i < g_->units.size(); ++i) {
    GazUnit& u = g_->units[i];
    if (!parents[i].empty()) {
      auto p = g_->by_code.find(parents[i]);
      if (p == g_->by_code.end() || g_->units[p->second].level >= u.level) {
        return Status::DataError(file + ": unit " + u.code + " names parent " + parents[i] +
                                 ", which is not a unit of a higher level");
      }
      u.parent = p->second;
    }
    ++g_->count[static_cast<int>(u.level)];
  }
  // Ancestors by level; parents come first only by convention, so walk up.
  for (size_t i = 0; i < g_->units.size(); ++i) {
    for (int32_t a = static_cast<int32_t>(i); a >= 0; a = g_->units[a].parent) {
      Level l = g_->units[a].level;
      if (l != Level::kTown) g_->units[i].at[static_cast<int>(l)] = a;
    }
  }
  if (g_->count[0] == 0) return Status::DataError(file + ": no provinces; not a baokan gazetteer");
  return Status::OK();
}

Status Builder::AddFormerNames(std::string_view tsv, const std::string& file) {
  return ForEachRow(
      tsv, file, 5, [&](const std::vector<std::string_view>& c, const std::string& where) {
        auto unit = g_->by_code.find(std::string(c[1]));
        if (!IsName(c[0]) || unit == g_->by_code.end()) {
          return Status::DataError(where +
                                   "the former name must name a unit of regions.tsv by its code");
        }
        Former f{std::string(c[0]), unit->second, {}};
        for (std::string_view a : SplitCommas(c[3])) f.aliases.emplace_back(a);
        former_.push_back(std::move(f));
        return Status::OK();
      });
}

void Builder::AddNamesAndBuild() {
  std::unordered_map<std::string_view, int> town_names;
  town_names.reserve(g_->count[static_cast<int>(Level::kTown)]);
  for (const GazUnit& u : g_->units) {
    if (u.level == Level::kTown) ++town_names[u.name];
  }
  for (int32_t i = 0; i < static_cast<int32_t>(g_->units.size()); ++i) {
    const GazUnit& u = g_->units[i];
    if (u.placeholder) continue;
    bool county = u.level == Level::kCounty;
    // 天津港保税区, 张家港保税区: a town-level unit whose name opens with its
    // own city's or county's name says where it is, suffix or not.
    bool self_placed = u.level == Level::kTown && OpensWithAncestorName(i);
    bool weak_full =
        (county && CodePoints(u.name) <= 2) ||
        (u.level == Level::kTown && !self_placed &&
         (town_names[u.name] > 1 || CodePoints(u.name) <= 2 || !HasTownSuffix(u.name)));
    AddName(u.name, i, Form::kFull, weak_full);
    if (u.level == Level::kTown && !self_placed &&
        (town_names[u.name] >= kGenericTownCount || !HasTownSuffix(u.name))) {
      int id = g_->matcher.Add(u.name);
      for (NameEntry& e : g_->entries[id]) {
        if (e.unit == i) e.generic = true;
      }
    }
    for (std::string_view a : aliases_[i]) AddName(a, i, Form::kShort, county);
  }
  for (const Former& f : former_) {
    bool county = g_->units[f.unit].level == Level::kCounty;
    AddName(f.name, f.unit, Form::kFormer, county && CodePoints(f.name) <= 2);
    for (const std::string& a : f.aliases) AddName(a, f.unit, Form::kFormerShort, county);
  }
  for (const std::string& name : common_) {
    int id = g_->matcher.Add(name);
    if (static_cast<size_t>(id) >= g_->entries.size()) g_->entries.resize(id + 1);
    for (NameEntry& e : g_->entries[id]) {
      e.weak = true;
      e.common = true;
    }
  }
  std::vector<int> phrases;
  for (const Abbreviation& a : kAbbreviations) {
    int32_t province = g_->by_code.count(a.province) ? g_->by_code.at(a.province) : -1;
    if (province < 0) continue;
    for (std::string_view t : SplitSpaces(a.templates)) {
      std::string phrase(t);
      phrase.replace(phrase.find('X'), 1, a.abbr);
      AddName(phrase, province, Form::kShort, false);
      phrases.push_back(g_->matcher.Add(phrase));
    }
  }
  for (const std::string& word : words_) {
    int id = g_->matcher.Add(word);
    if (static_cast<size_t>(id) >= g_->entries.size()) g_->entries.resize(id + 1);
  }
  for (const char* word : kNotPlaces) {
    int id = g_->matcher.Add(word);
    if (static_cast<size_t>(id) >= g_->entries.size()) g_->entries.resize(id + 1);
  }
  g_->entries.resize(g_->matcher.patterns());
  auto add_word = [&](std::string_view word) {
    int id = g_->matcher.Add(word);
    size_t n = g_->matcher.patterns();
    g_->entries.resize(n);
    g_->is_marker.resize(n, false);
    g_->is_sport_cue.resize(n, false);
    g_->is_market_cue.resize(n, false);
    g_->is_domestic.resize(n, false);
    g_->foreign.resize(n, -1);
    g_->yields.resize(n, false);
    return id;
  };
  for (const ForeignName& f : foreign_) {
    int id = add_word(f.name);
    // A name of China's gazetteer stays Chinese (the script leaves them out).
    if (g_->entries[id].empty()) g_->foreign[id] = f.country;
  }
  g_->yields.assign(g_->matcher.patterns(), false);
  for (int id : phrases) g_->yields[id] = g_->entries[id].size() == 1;
  for (const char* word : kLocalMarkers) {
    int id = add_word(word);
    // A marker that is also a place name (none today) stays a place name.
    if (g_->entries[id].empty()) g_->is_marker[id] = true;
  }
  for (std::string_view word : region::kSportCues) {
    int id = add_word(word);
    if (g_->entries[id].empty()) g_->is_sport_cue[id] = true;
  }
  for (std::string_view word : region::kMarketCues) {
    int id = add_word(word);
    if (g_->entries[id].empty()) g_->is_market_cue[id] = true;
  }
  // A word for China as a whole is never a county's short form: 中方 is
  // China's side, not 中方县 (written out, the county is still found).
  for (const char* word : kDomesticWords) {
    int id = add_word(word);
    g_->entries[id].clear();
    g_->is_domestic[id] = true;
  }
  FoldLookAlikes(&g_->matcher);
  g_->matcher.Build();
  g_->strong_in_overlap.resize(g_->matcher.patterns());
  for (size_t id = 0; id < g_->strong_in_overlap.size(); ++id) {
    g_->strong_in_overlap[id] = StrongInOverlap(g_->entries[id], g_->yields[id]);
  }
}

}  // namespace

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::FromText(std::string_view regions_tsv,
                                                         std::string_view aliases_tsv,
                                                         const std::string& origin,
                                                         std::string_view foreign_tsv,
                                                         std::string_view words_tsv,
                                                         std::string_view common_tsv) {
  auto impl = std::make_unique<Impl>();
  Builder b(impl.get());
  BAOKAN_RETURN_IF_ERROR(b.AddUnits(regions_tsv, origin + "/regions.tsv"));
  if (!aliases_tsv.empty())
    BAOKAN_RETURN_IF_ERROR(b.AddFormerNames(aliases_tsv, origin + "/region_aliases.tsv"));
  if (!foreign_tsv.empty())
    BAOKAN_RETURN_IF_ERROR(b.AddForeign(foreign_tsv, origin + "/foreign.tsv"));
  if (!words_tsv.empty())
    BAOKAN_RETURN_IF_ERROR(b.AddWords(words_tsv, origin + "/region_words.tsv"));
  if (!common_tsv.empty())
    BAOKAN_RETURN_IF_ERROR(b.AddCommonNames(common_tsv, origin + "/region_common.tsv"));
  b.AddNamesAndBuild();
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(impl)));
}

StatusOr<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& dir) {
  StatusOr<std::string> regions = ReadFileBytes(dir + "/regions.tsv");
  if (!regions.ok()) {
    return Status::NotFound("cannot read the gazetteer " + dir + "/regions.tsv (" +
                            regions.status().message() + ")");
  }
  StatusOr<std::string> aliases = ReadFileBytes(dir + "/region_aliases.tsv");
  StatusOr<std::string> foreign = ReadFileBytes(dir + "/foreign.tsv");
  StatusOr<std::string> words = ReadFileBytes(dir + "/region_words.tsv");
  StatusOr<std::string> common = ReadFileBytes(dir + "/region_common.tsv");
  auto view = [](const StatusOr<std::string>& s) {
    return s.ok() ? std::string_view(*s) : std::string_view();
  };
  return FromText(*regions, view(aliases), dir, view(foreign), view(words), view(common));
}

size_t Gazetteer::provinces() const { return impl_->count[0]; }
size_t Gazetteer::cities() const { return impl_->count[1]; }
size_t Gazetteer::counties() const { return impl_->count[2]; }
size_t Gazetteer::towns() const { return impl_->count[3]; }

std::optional<std::string> Gazetteer::NameOf(std::string_view code) const {
  auto it = impl_->by_code.find(std::string(code));
  if (it == impl_->by_code.end()) return std::nullopt;
  return impl_->units[it->second].name;
}

}  // namespace baokan
