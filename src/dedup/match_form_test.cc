#include "dedup/match_form.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "baokan/normalize.h"

namespace baokan::dedup {
namespace {

TEST(CompareFormTest, EqualsMatchFormOnSeedPages) {
  int pages = 0;
  for (const auto& e : std::filesystem::directory_iterator(BAOKAN_SOURCE_DIR "/corpus/seeds")) {
    std::ifstream f(e.path());
    std::stringstream page;
    page << f.rdbuf();
    ++pages;
    std::istringstream lines(page.str());
    for (std::string line; std::getline(lines, line);) {
      EXPECT_EQ(CompareForm(line), FoldText(MatchForm(line))) << line;
    }
    EXPECT_EQ(CompareForm(page.str()), FoldText(MatchForm(page.str())));
  }
  EXPECT_EQ(pages, 5);
}

TEST(CompareFormTest, EqualsMatchFormOnMixedText) {
  for (const char* text : {
           "“有了这张残疾证，我母亲每月就可以领到补贴。”", "年产锂电池隔膜12亿m² 江苏厚生",
           "ＡＢＣ１２３全角", "⻄部大开发", "a-b, c.d; (e) [f] {g} 1.88万元", "Tab\there\r\nCRLF",
           "𠀀扩展B", "《支持新型储能发展八条措施》——“全科社工”…", "bad \xff byte", "零宽\xE2\x80\x8B空格",
           "々〇", "臺灣𠀀裡", "㑳隊", ""}) {
    EXPECT_EQ(CompareForm(text), FoldText(MatchForm(text))) << text;
  }
}

// A traditional-character text and its simplified original (written for
// this test) have the same compared form.
TEST(CompareFormTest, FoldsTraditionalToSimplified) {
  EXPECT_EQ(CompareForm("臺灣的經濟發展與兩岸關係，記者會後發表聲明。"),
            CompareForm("台湾的经济发展与两岸关系，记者会后发表声明。"));
  EXPECT_EQ(CompareForm("香港特別行政區政府今日宣佈：裡面的線路將於下週開通"),
            CompareForm("香港特别行政区政府今日宣布：里面的线路将于下周开通"));
  EXPECT_EQ(CompareForm("這個問題"), "这个问题");
  // Simplified text and ASCII stay as they are.
  EXPECT_EQ(CompareForm("简体中文abc123"), "简体中文abc123");
}

}  // namespace
}  // namespace baokan::dedup
