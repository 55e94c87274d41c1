#include "dedup/match_form.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "baokan/normalize.h"

namespace baokan::dedup {
namespace {

TEST(FastMatchFormTest, EqualsMatchFormOnSeedPages) {
  int pages = 0;
  for (const auto& e : std::filesystem::directory_iterator(BAOKAN_SOURCE_DIR "/corpus/seeds")) {
    std::ifstream f(e.path());
    std::stringstream page;
    page << f.rdbuf();
    ++pages;
    std::istringstream lines(page.str());
    for (std::string line; std::getline(lines, line);) {
      EXPECT_EQ(FastMatchForm(line), MatchForm(line)) << line;
    }
    EXPECT_EQ(FastMatchForm(page.str()), MatchForm(page.str()));
  }
  EXPECT_EQ(pages, 5);
}

TEST(FastMatchFormTest, EqualsMatchFormOnMixedText) {
  for (const char* text : {
           "“有了这张残疾证，我母亲每月就可以领到补贴。”", "年产锂电池隔膜12亿m² 江苏厚生",
           "ＡＢＣ１２３全角", "⻄部大开发", "a-b, c.d; (e) [f] {g} 1.88万元", "Tab\there\r\nCRLF",
           "𠀀扩展B", "《支持新型储能发展八条措施》——“全科社工”…", "bad \xff byte", "零宽\xE2\x80\x8B空格",
           "々〇", ""}) {
    EXPECT_EQ(FastMatchForm(text), MatchForm(text)) << text;
  }
}

}  // namespace
}  // namespace baokan::dedup
