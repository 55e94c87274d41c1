// SplitPage on pages printed in traditional characters (docs/split.md,
// "Pages in traditional characters"): the rules read the page folded to
// simplified characters, and every field comes out as printed.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "baokan/split.h"
#include "segment/test_pages.h"

namespace baokan {
namespace {

using segment::testing::JoinLines;

// A Hong Kong style page: 【本報訊】 and 記者…報道： openers, an agency
// dispatch, a commentary signed with □ under its title, printed with no blank
// lines (as pdftotext -raw gives a page).
const std::vector<std::string> kTraditionalPage = {
    "港聞日報　2024年5月14日　星期二　A8　港聞　責任編輯：何嘉文",
    "新界北部將建創科園區",
    "【本報訊】記者鄭穎詩報道：政府昨日公佈",
    "新界北部發展規劃，計劃在邊境附近興建一",
    "個大型創新科技園區，預計提供數萬個職位。",
    "　　有議員表示，園區應配套交通設施，方便",
    "市民往返市區。政府稱會分階段推進工程。",
    "兩岸青年籃球賽在廈門開幕",
    "中通社廈門5月13日電　兩岸青年籃球邀請賽",
    "13日在廈門開幕，來自臺灣和內地的十二支",
    "隊伍將進行為期一週的比賽。",
    "　　主辦方表示，賽事已連續舉辦八屆，成為",
    "兩岸青年交流的品牌活動。",
    "樓市回暖仍需觀察",
    "□　梁志遠",
    "　　近月樓市成交有所回升，但利率走勢仍",
    "未明朗，買家入市前宜量力而為，審慎評估",
    "自身的供款能力。",
};

TEST(TraditionalTest, ArticlesOfATraditionalPageAreFoundAndPrintedAsTheyStand) {
  const SplitResult r = SplitPage("hk", JoinLines(kTraditionalPage));
  ASSERT_EQ(r.articles.size(), 3u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title, "新界北部將建創科園區");
  EXPECT_EQ(a.byline, "記者鄭穎詩");
  EXPECT_EQ(a.text.substr(0, 6), "政府");
  EXPECT_EQ(a.section, "港聞");  // after the edition code A8
  EXPECT_EQ(a.edition, 8);
  EXPECT_EQ(a.date, "2024-05-14");
  const Article& b = r.articles[1];
  EXPECT_EQ(b.title, "兩岸青年籃球賽在廈門開幕");
  EXPECT_EQ(b.dateline, "廈門");
  EXPECT_EQ(b.date, "2024-05-13");
  EXPECT_EQ(b.text.substr(0, 6), "兩岸");  // the dispatch is cut off the text
  EXPECT_NE(b.text.find("臺灣"), std::string::npos) << b.text;
  const Article& c = r.articles[2];
  EXPECT_EQ(c.title, "樓市回暖仍需觀察");
  EXPECT_EQ(c.byline, "梁志遠");
  EXPECT_NE(c.text.find("審慎評估自身"), std::string::npos) << c.text;
}

// A Taiwan page: 記者某某／某地報導 byline lines, a bracketed CNA dispatch
// opening the first paragraph with its reporter inside, a day without a month.
TEST(TraditionalTest, TaiwanReportLinesAndBracketedDispatches) {
  const SplitResult r = SplitPage(
      "tw", JoinLines({"2024年5月21日　星期二　A6　生活　編輯：林佩君", "",
                       "梅雨鋒面報到，北台灣明起防豪雨", "", "記者林宜蓁／台北報導", "",
                       "　　中央氣象署表示，今年第一道梅雨鋒面明天起影響台灣。", "",
                       "國內旅遊補助延長至年底", "",
                       "　　（中央社記者陳家倫台北20日電）交通部觀光署今天宣布，補助延長。", "",
                       "夏季用電高峰 台電籲節約", "", "記者黃志明／綜合報導", "",
                       "　　隨著氣溫升高，用電量逐步攀升。"}));
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].byline, "記者林宜蓁");
  EXPECT_EQ(r.articles[0].dateline, "台北");
  EXPECT_EQ(r.articles[1].title, "國內旅遊補助延長至年底");
  EXPECT_EQ(r.articles[1].byline, "中央社記者陳家倫");
  EXPECT_EQ(r.articles[1].dateline, "台北");
  EXPECT_EQ(r.articles[1].date, "2024-05-20");
  EXPECT_EQ(r.articles[1].text.substr(0, 9), "交通部");
  EXPECT_EQ(r.articles[2].byline, "記者黃志明");
  EXPECT_FALSE(r.articles[2].dateline);  // 綜合報導 names no place
}

// Characters that fold though simplified text uses them too (覆 -> 复,
// 乾 -> 干) come out as printed, in whole-line fields and in parsed ones.
TEST(TraditionalTest, SimplifiedPagesKeepCharactersTheFoldWouldChange) {
  const SplitResult r = SplitPage(
      "p", JoinLines({"乾隆御道翻覆的石板", "重获新生", "本报讯（记者 乾覆）近日，某地对一段",
                      "古御道进行修缮，翻覆多年的石板被重新铺", "设，复原了旧时的风貌。"}));
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.title.value_or("") + a.subtitle.value_or(""), "乾隆御道翻覆的石板重获新生");
  EXPECT_EQ(a.byline, "记者 乾覆");
  EXPECT_NE(a.text.find("翻覆多年"), std::string::npos) << a.text;
}

}  // namespace
}  // namespace baokan
