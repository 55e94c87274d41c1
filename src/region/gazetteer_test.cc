// The committed gazetteer (models/) and its loader.

#include <fstream>
#include <sstream>
#include <string>

#include "baokan/region.h"
#include "gtest/gtest.h"
#include "region/internal.h"

namespace baokan {

using region::Level;
using region::GazUnit;
namespace {

const std::string kModels = BAOKAN_SOURCE_DIR "/models";

std::string Slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

const Gazetteer& Shipped() {
  static const Gazetteer* g = [] {
    auto loaded = Gazetteer::Load(kModels);
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return loaded.ok() ? std::move(loaded).value().release() : nullptr;
  }();
  return *g;
}

TEST(GazetteerTest, ShippedFileHasThe2023Division) {
  const Gazetteer& g = Shipped();
  // 31 provinces of the mainland, and Hong Kong, Macao, Taiwan (810000, 820000, 710000).
  EXPECT_EQ(g.provinces(), 34u);
  // 342 prefecture codes less 重庆's 县 (500200), whose counties sit under 500100.
  EXPECT_EQ(g.cities(), 341u);
  // 2,978 county codes less 东莞, 中山 and 儋州, which list themselves as their only county.
  EXPECT_EQ(g.counties(), 2975u);
  EXPECT_EQ(g.towns(), 41352u);
  EXPECT_EQ(g.NameOf("140405"), "屯留区");
  EXPECT_EQ(g.NameOf("110100"), "市辖区");
  EXPECT_EQ(g.NameOf("440000"), "广东省");
  EXPECT_FALSE(g.NameOf("500200").has_value());
}

TEST(GazetteerTest, CodesNestAndMunicipalitiesUseTheir市辖区) {
  const auto& impl = region::TablesOf(Shipped());
  for (const GazUnit& u : impl.units) {
    ASSERT_EQ(u.code.size(), u.level == Level::kTown ? 9u : 6u) << u.code;
    if (u.parent >= 0) {
      const std::string& p = impl.units[u.parent].code;
      // A unit's code starts with its province's two digits.
      EXPECT_EQ(u.code.substr(0, 2), p.substr(0, 2)) << u.code;
    }
    for (const char* m : {"11", "12", "31", "50"}) {
      if (u.level == Level::kCounty && u.code.substr(0, 2) == m) {
        EXPECT_EQ(impl.units[u.parent].code, std::string(m) + "0100") << u.code;
      }
    }
    int digits56 = std::stoi(u.code.substr(4, 2));
    if (u.level == Level::kCounty) {
      EXPECT_EQ(u.devzone, digits56 >= 71 && digits56 <= 79) << u.code;
    }
  }
}

// `text` with adjacent Python string literals on separate lines joined:
// "ab"<newline>  "cd" -> "abcd".
std::string JoinAdjacentLiterals(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\n')) ++j;
      const bool joined = j < text.size() && text[j] == '"' && text.find('\n', i) < j;
      if (joined) {
        i = j;  // drop both quotes and what is between them
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

TEST(GazetteerTest, HeaderNamesTheSourceAndItsIntegrity) {
  std::string tsv = Slurp(kModels + "/regions.tsv");
  std::string script = Slurp(BAOKAN_SOURCE_DIR "/scripts/build_gazetteer.py");
  const std::string marker = "china-division@2.7.0\n# (integrity ";
  const size_t at = tsv.find(marker);
  ASSERT_NE(at, std::string::npos);
  const size_t end = tsv.find(')', at + marker.size());
  ASSERT_NE(end, std::string::npos);
  const std::string pinned = tsv.substr(at + marker.size(), end - at - marker.size());
  ASSERT_EQ(pinned.rfind("sha512-", 0), 0u) << pinned;
  EXPECT_EQ(pinned.find_first_not_of(
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=", 7),
            std::string::npos)
      << pinned;
  // The integrity in the file is the one the script pins.
  EXPECT_NE(JoinAdjacentLiterals(script).find('"' + pinned + '"'), std::string::npos) << pinned;
  std::string aliases = Slurp(kModels + "/region_aliases.tsv");
  EXPECT_NE(aliases.find("yescallop/areacodes"), std::string::npos);
  EXPECT_NE(aliases.find("CC0"), std::string::npos);
  EXPECT_LT(tsv.size(), 5u << 20);
  EXPECT_LT(aliases.size(), 5u << 20);
}

TEST(GazetteerTest, ShortNamesComeFromRules) {
  std::string tsv = Slurp(kModels + "/regions.tsv");
  for (const char* row :
       {"522600\tcity\t520000\t黔东南苗族侗族自治州\t黔东南,黔东南州\t",
        "532800\tcity\t530000\t西双版纳傣族自治州\t西双版纳,西双版纳州\t",
        "150000\tprovince\t\t内蒙古自治区\t内蒙古\t", "450000\tprovince\t\t广西壮族自治区\t广西\t",
        "421002\tcounty\t421000\t沙市区\t沙市\t", "430100\tcity\t430000\t长沙市\t长沙\t"}) {
    EXPECT_NE(tsv.find(row), std::string::npos) << row;
  }
}

// That regenerating regions.tsv from the pinned npm package gives the
// committed file byte for byte is checked by the ctest test
// GazetteerRegeneratesFromItsPinnedPackage (tests/CMakeLists.txt).

TEST(GazetteerTest, MalformedFilesAreDataErrorsNamingTheLine) {
  std::string head = "# comment\ncode\tlevel\tparent\tname\taliases\tflags\n";
  auto bad = [&](const std::string& body) {
    auto g = Gazetteer::FromText(head + body, "", "dir");
    EXPECT_FALSE(g.ok());
    return g.ok() ? std::string() : g.status().message();
  };
  EXPECT_NE(bad("110000\tprovince\t\t北京市\n").find("dir/regions.tsv:3:"), std::string::npos);
  EXPECT_NE(bad("11000x\tprovince\t\t北京市\t北京\t\n").find("not a 6- or 9-digit code"),
            std::string::npos);
  EXPECT_NE(bad("110000\tprovince\t\t北京市\t北京\t\n110101\tcounty\t999999\t东城区\t\t\n")
                .find("999999"),
            std::string::npos);
  EXPECT_NE(bad("110000\tprovince\t\t\xff\xfe\t北京\t\n").find(":3:"), std::string::npos);
  EXPECT_FALSE(Gazetteer::FromText("", "", "dir").ok());
  EXPECT_FALSE(Gazetteer::FromText(std::string("\0\1\2binary", 9), "", "dir").ok());
  auto aliases = Gazetteer::FromText(
      head + "110000\tprovince\t\t北京市\t北京\t\n",
      "name\tcode\told_code\taliases\tyears\n旧名\t999999\t1\t\t1981-1990\n", "dir");
  ASSERT_FALSE(aliases.ok());
  EXPECT_NE(aliases.status().message().find("dir/region_aliases.tsv:2:"), std::string::npos);
  auto missing = Gazetteer::Load("/nonexistent/dir");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace baokan
