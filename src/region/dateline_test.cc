// Datelines of every county, generated from the gazetteer: 甘肃省庆城县,
// 甘肃庆城, 黑龙江东风 ... Each must give the county exactly, or no county
// when its name is shared inside the province (then guessing is wrong).

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/region.h"
#include "gtest/gtest.h"

namespace baokan {
namespace {

struct Row {
  std::string code, level, parent, name;
  std::vector<std::string> forms;  // name and aliases
  bool devzone = false;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string part; std::getline(ss, part, sep);) out.push_back(part);
  if (!s.empty() && s.back() == sep) out.emplace_back();
  return out;
}

std::vector<Row> ReadRows() {
  std::ifstream f(BAOKAN_SOURCE_DIR "/models/regions.tsv");
  std::vector<Row> rows;
  for (std::string line; std::getline(f, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("code\t", 0) == 0) continue;
    auto c = Split(line, '\t');
    if (c.size() != 6 || c[1] == "town") continue;
    Row r{c[0], c[1], c[2], c[3], {c[3]}, c[5] == "devzone"};
    for (const auto& a : Split(c[4], ',')) {
      if (!a.empty()) r.forms.push_back(a);
    }
    if (c[5] != "placeholder") rows.push_back(std::move(r));
  }
  return rows;
}

struct Tally {
  int total = 0, exact = 0;
  std::vector<std::string> misses;
  void Add(bool ok, const std::string& what) {
    ++total;
    exact += ok;
    if (!ok && misses.size() < 15) misses.push_back(what);
  }
  double Rate() const { return total ? static_cast<double>(exact) / total : 1.0; }
};

TEST(DatelineTest, EveryCountyWithItsProvince) {
  auto gaz = Gazetteer::Load(BAOKAN_SOURCE_DIR "/models");
  ASSERT_TRUE(gaz.ok()) << gaz.status().message();
  RegionTagger tagger(gaz->get());
  std::vector<Row> rows = ReadRows();
  std::map<std::string, const Row*> by_code;
  for (const Row& r : rows) by_code[r.code] = &r;
  // Per province, the units answering to each form.
  std::map<std::string, std::map<std::string, std::set<std::string>>> holders;
  for (const Row& r : rows) {
    for (const auto& f : r.forms) holders[r.code.substr(0, 2)][f].insert(r.code);
  }
  Tally full, short_form, city_county, ambiguous;
  for (const Row& county : rows) {
    if (county.level != "county" || county.devzone) continue;
    const Row& province = *by_code.at(county.code.substr(0, 2) + "0000");
    const std::string& pshort = province.forms.size() > 1 ? province.forms[1] : province.name;
    auto place = [&](const std::string& dateline) {
      Region r = tagger.Tag(RegionInput{{}, dateline, {}, {}});
      return r.county ? r.county->code : std::string("-");
    };
    // 甘肃省庆城县: full names are unique within a province but for a few.
    const auto& same_full = holders[county.code.substr(0, 2)][county.name];
    std::string got = place(province.name + county.name);
    if (same_full.size() == 1) {
      full.Add(got == county.code, province.name + county.name + " -> " + got);
    } else {
      ambiguous.Add(got == "-", province.name + county.name + " -> " + got);
    }
    // 甘肃庆城: the short form, when the county has one.
    for (size_t i = 1; i < county.forms.size(); ++i) {
      const auto& same = holders[county.code.substr(0, 2)][county.forms[i]];
      std::string dateline = pshort + county.forms[i];
      std::string got_short = place(dateline);
      bool city_too = false;  // 湖南长沙: the city 长沙市, not 长沙县
      for (const auto& code : same) city_too |= by_code.at(code)->level == "city";
      if (same.size() == 1) {
        short_form.Add(got_short == county.code, dateline + " -> " + got_short);
      } else if (!city_too) {
        ambiguous.Add(got_short == "-", dateline + " -> " + got_short);
      }
    }
  }
  // 温州瓯海: city and county short forms, no province (municipalities and
  // counties directly under a province have no city name to give).
  for (const Row& county : rows) {
    if (county.level != "county" || county.devzone || county.forms.size() < 2) continue;
    auto parent = by_code.find(county.parent);  // placeholders are not rows
    if (parent == by_code.end() || parent->second->forms.size() < 2) continue;
    const Row& city = *parent->second;
    const auto& same = holders[county.code.substr(0, 2)][county.forms[1]];
    if (same.size() != 1) continue;
    std::string dateline = city.forms[1] + county.forms[1];
    Region r = tagger.Tag(RegionInput{{}, dateline, {}, {}});
    std::string got = r.county ? r.county->code : "-";
    city_county.Add(got == county.code, dateline + " -> " + got);
  }
  auto report = [](const char* what, const Tally& t) {
    std::string s =
        std::string(what) + ": " + std::to_string(t.exact) + "/" + std::to_string(t.total);
    for (const auto& m : t.misses) s += "\n  " + m;
    return s;
  };
  std::cout << report("full names", full) << "\n"
            << report("short names", short_form) << "\n"
            << report("city + county short names", city_county) << "\n"
            << report("shared names (no county expected)", ambiguous) << "\n";
  EXPECT_GT(full.total, 2800);
  EXPECT_GT(short_form.total, 2000);
  EXPECT_GE(full.Rate(), 0.97) << report("full", full);
  EXPECT_GE(short_form.Rate(), 0.97) << report("short", short_form);
  EXPECT_GE(ambiguous.Rate(), 0.97) << report("ambiguous", ambiguous);
  EXPECT_GE(city_county.Rate(), 0.97) << report("city + county", city_county);
}

}  // namespace
}  // namespace baokan
