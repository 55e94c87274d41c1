// report.html in a real browser: Debian's Chromium renders the report of a
// run over the seed pages, headless, to a PNG and to its DOM.

#include <sys/stat.h>

#include <cstdio>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "chromium.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

uint32_t BigEndian32(const std::string& s, size_t at) {
  return (static_cast<uint32_t>(static_cast<unsigned char>(s[at])) << 24) |
         (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 1])) << 16) |
         (static_cast<uint32_t>(static_cast<unsigned char>(s[at + 2])) << 8) |
         static_cast<uint32_t>(static_cast<unsigned char>(s[at + 3]));
}

TEST(ReportInBrowser, ChromiumRendersEverySection) {
  struct stat st;
  ASSERT_EQ(stat(kChromium, &st), 0) << "Chromium is missing: run scripts/install-deps.sh";
  const std::string dir = MakeTempDir();
  CommandResult run = RunBaokan({"run", BAOKAN_SOURCE_DIR "/corpus/seeds", "-o", dir, "--quiet"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string url = "file://" + dir + "/report.html";

  int status = 0;
  const std::string dom = Shell(Chromium(dir + "/profile-dom", "--dump-dom " + url), &status);
  ASSERT_EQ(status, 0);
  for (const char* heading :
       {"What happened, stage by stage", "Province", "Subject",
        "The largest reprint clusters", "Articles the labeller was least sure about"}) {
    EXPECT_NE(dom.find(heading), std::string::npos) << heading;
  }
  EXPECT_NE(dom.find("The ledger balances"), std::string::npos);
  EXPECT_NE(dom.find("<svg"), std::string::npos);  // the charts
  EXPECT_NE(dom.find("山西省"), std::string::npos);
  // The map: every province-level unit, Hong Kong, Macao and Taiwan among
  // them, with its count on hover; the seeds' cities as dots.
  EXPECT_NE(dom.find("class=\"region-map\""), std::string::npos);
  size_t provinces = 0;
  for (size_t at = dom.find("class=\"province\""); at != std::string::npos;
       at = dom.find("class=\"province\"", at + 1)) {
    ++provinces;
  }
  EXPECT_EQ(provinces, 34u);
  for (const char* unit : {"<title>香港特别行政区: ", "<title>澳门特别行政区: ", "<title>台湾省: ",
                           "<title>山西省: ", "class=\"city\""}) {
    EXPECT_NE(dom.find(unit), std::string::npos) << unit;
  }

  const std::string png = dir + "/report.png";
  Shell(Chromium(dir + "/profile-png",
                 "--window-size=1200,3000 --screenshot=" + png + " " + url),
        &status);
  ASSERT_EQ(status, 0);
  const std::string image = ReadFile(png);
  ASSERT_GT(image.size(), 20000u) << "a blank page would be tiny";
  ASSERT_EQ(image.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_EQ(BigEndian32(image, 16), 1200u);  // IHDR width
  EXPECT_EQ(BigEndian32(image, 20), 3000u);  // IHDR height
}

TEST(ReportInBrowser, ChromiumRendersTheRegionReportMap) {
  struct stat st;
  ASSERT_EQ(stat(kChromium, &st), 0) << "Chromium is missing: run scripts/install-deps.sh";
  const std::string dir = MakeTempDir();
  CommandResult split =
      RunBaokan({"split", BAOKAN_SOURCE_DIR "/corpus/seeds", "-o", dir + "/a.jsonl", "--quiet"});
  ASSERT_EQ(split.exit_code, 0) << split.err;
  CommandResult region = RunBaokan({"region", dir + "/a.jsonl", "-o", dir + "/b.jsonl",
                                    "--report", dir + "/region.html", "--quiet"});
  ASSERT_EQ(region.exit_code, 0) << region.err;
  const std::string url = "file://" + dir + "/region.html";

  int status = 0;
  const std::string dom = Shell(Chromium(dir + "/profile-dom", "--dump-dom " + url), &status);
  ASSERT_EQ(status, 0);
  for (const char* part : {"id=\"map\"", "id=\"provinces\"", "id=\"cities\"",
                           "class=\"region-map\"", "<title>台湾省: ", "no article"}) {
    EXPECT_NE(dom.find(part), std::string::npos) << part;
  }
  const std::string png = dir + "/region.png";
  Shell(Chromium(dir + "/profile-png", "--window-size=1000,1200 --screenshot=" + png + " " + url),
        &status);
  ASSERT_EQ(status, 0);
  const std::string image = ReadFile(png);
  ASSERT_EQ(image.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_GT(image.size(), 30000u) << "the outlines and shades make a busy picture";
}

}  // namespace
}  // namespace baokan::testing
