// `baokan region`: article records in, the same records with `region` out.

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

const std::string kModels = BAOKAN_SOURCE_DIR "/models";

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  size_t from = 0;
  for (size_t nl; (nl = s.find('\n', from)) != std::string::npos; from = nl + 1)
    out.push_back(s.substr(from, nl - from));
  return out;
}

const std::string kPage =
    R"({"id":"p1#1","page":"p1","title":"沁源县外卖小哥享受温暖配送","dateline":null,"byline":"通讯员 樊留波","text":"沁源县通过强组织、优服务，把温暖送到外卖员心坎上。","extra":[1,2]})"
    "\n"
    R"({"id":"p1#2","page":"p1","title":"农村困境儿童感受浓情冬日","byline":"记者 皇甫艳斌","text":"长治市潞城区开展关爱活动。"})"
    "\n"
    R"({"id":"p1#3","page":"p1","title":"淮海集团团员青年观看爱国影片","byline":"记者 田彦君","text":"集团团委近日组织团员观看影片。"})"
    "\n"
    R"({"id":"p2#1","page":"p2","title":"妇女干部学校挂牌成立","dateline":"湖南长沙","text":"为加大长沙女性人才培训力度……"})"
    "\n";

TEST(RegionCommandTest, AddsRegionAndPassesOtherFieldsThrough) {
  CommandResult r = RunBaokan({"region", "--gazetteer", kModels, "-"}, kPage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_NE(lines[0].find(R"("extra":[1,2])"), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find(R"("county":{"code":"140431","name":"沁源县"})"), std::string::npos)
      << lines[0];
  // The staff report that names no place takes the page's home region.
  EXPECT_NE(
      lines[2].find(R"("city":{"code":"140400","name":"长治市"},"county":null,"abroad":null,"evidence":"page")"),
      std::string::npos)
      << lines[2];
  EXPECT_NE(
      lines[3].find(
          R"("region":{"province":{"code":"430000","name":"湖南省"},"city":{"code":"430100","name":"长沙市"},"county":null,"abroad":null,"evidence":"dateline")"),
      std::string::npos)
      << lines[3];
  // Field order is kept; region comes last on records that had none.
  EXPECT_LT(lines[0].find("\"id\""), lines[0].find("\"extra\""));
  EXPECT_LT(lines[0].find("\"extra\""), lines[0].find("\"region\""));
}

TEST(RegionCommandTest, NoHomeLeavesPlacelessArticlesNull) {
  CommandResult r = RunBaokan({"region", "--gazetteer", kModels, "--no-home", "-"}, kPage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(
      Lines(r.out)[2].find(
          R"("region":{"province":null,"city":null,"county":null,"abroad":null,"evidence":null,"confidence":0})"),
      std::string::npos);
}

TEST(RegionCommandTest, SameOutputAtAnyThreadCount) {
  std::string many;
  for (int i = 0; i < 300; ++i) {
    std::string page = kPage;
    for (size_t at = 0; (at = page.find("\"p1", at)) != std::string::npos; at += 3)
      page.replace(at, 3, "\"q" + std::to_string(i));
    many += page;
  }
  CommandResult one = RunBaokan({"region", "--gazetteer", kModels, "--threads", "1", "-"}, many);
  CommandResult four = RunBaokan({"region", "--gazetteer", kModels, "--threads", "4", "-"}, many);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(Lines(one.out).size(), 1200u);
}

TEST(RegionCommandTest, BadLinesAreReportedWithFileAndLine) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/a.jsonl", std::string(R"({"page":"x","text":"北京市海淀区"})") +
                                  "\n{\"page\": \"x\", \"text\n" +
                                  R"({"page":"x","title":7,"text":"上海"})" + "\n\xff\xfe\n");
  CommandResult r = RunBaokan({"region", "--gazetteer", kModels, dir + "/a.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a.jsonl:2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("a.jsonl:3:"), std::string::npos) << r.err;  // title is not a string
  EXPECT_NE(r.err.find("a.jsonl:4:"), std::string::npos) << r.err;
  auto lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NE(lines[0].find("110108"), std::string::npos);
  EXPECT_NE(lines[1].find("310000"), std::string::npos);
}

TEST(RegionCommandTest, MissingOrCorruptGazetteerIsAClearError) {
  CommandResult r = RunBaokan({"region", "--gazetteer", "/nonexistent", "-"}, kPage);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/nonexistent/regions.tsv"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("; give the models directory with --gazetteer DIR"), std::string::npos)
      << r.err;
  std::string dir = MakeTempDir();
  WriteFile(dir + "/regions.tsv", "code\tlevel\tparent\tname\taliases\tflags\n110000\tprovince\n");
  r = RunBaokan({"region", "--gazetteer", dir, "-"}, kPage);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("regions.tsv:2:"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST(RegionCommandTest, ReportWritesAPageWithTheMap) {
  const std::string dir = MakeTempDir();
  CommandResult r =
      RunBaokan({"region", "--gazetteer", kModels, "--report", dir + "/map.html", "-"}, kPage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 4u);  // the records still go to the output
  const std::string html = ReadFile(dir + "/map.html");
  EXPECT_NE(html.find("class=\"region-map\""), std::string::npos);
  EXPECT_NE(html.find("<title>山西省: 3 articles"), std::string::npos) << html.substr(0, 2000);
  EXPECT_NE(html.find("<title>湖南省: 1 article"), std::string::npos);
  EXPECT_NE(html.find("<title>长沙市: 1 article</title>"), std::string::npos);

  // Without the map file the page is written without a map, and the exit
  // status says something was missing.
  for (const char* f : {"regions.tsv", "region_aliases.tsv", "foreign.tsv", "region_words.tsv",
                        "region_common.tsv"}) {
    WriteFile(dir + "/" + f, ReadFile(kModels + "/" + f));
  }
  r = RunBaokan({"region", "--gazetteer", dir, "--report", dir + "/bare.html", "-"}, kPage);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("china_map.tsv"), std::string::npos) << r.err;
  EXPECT_NE(ReadFile(dir + "/bare.html").find("No map"), std::string::npos);
}

TEST(RegionCommandTest, DefaultGazetteerIsFoundWithoutTheOption) {
  CommandResult r = RunBaokan({"region", "-"}, kPage);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out).size(), 4u);
}

}  // namespace
}  // namespace baokan::testing
