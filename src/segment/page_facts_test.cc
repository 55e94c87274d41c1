#include "segment/page_facts.h"

#include <gtest/gtest.h>

namespace baokan::segment {
namespace {

TEST(PageFactsTest, FullDatesInDigitsAndNumerals) {
  EXPECT_EQ(FindFullDate("2024年3月12日 星期二"), "2024-03-12");
  EXPECT_EQ(FindFullDate("某报 二〇二四年三月十二日 第5版"), "2024-03-12");
  EXPECT_EQ(FindFullDate("2023年12月31日"), "2023-12-31");
  EXPECT_EQ(FindFullDate("二〇二三年十月二十一日"), "2023-10-21");
  EXPECT_FALSE(FindFullDate("3月12日"));           // no year
  EXPECT_FALSE(FindFullDate("2023年2月29日"));      // no such day
  EXPECT_EQ(FindFullDate("2024年2月29日"), "2024-02-29");
  EXPECT_FALSE(FindFullDate("2024年13月1日"));
}

TEST(PageFactsTest, EditionNumbers) {
  EXPECT_EQ(FindEdition("2024年3月12日 星期二 第17版"), 17);
  EXPECT_EQ(FindEdition("第 3 版 要闻"), 3);
  EXPECT_EQ(FindEdition("01版 要闻"), 1);
  EXPECT_EQ(FindEdition("A3版"), 3);
  EXPECT_EQ(FindEdition("第十二版"), 12);
  EXPECT_FALSE(FindEdition("2023版 指南"));  // a book's edition year
  EXPECT_FALSE(FindEdition("新版上线"));
  EXPECT_FALSE(FindEdition("出版社"));
}

TEST(PageFactsTest, SectionAfterTheEditionOrBesideTheFolio) {
  EXPECT_EQ(FindSectionAfterEdition("第17版 国际 责任编辑：甲乙"), "国际");
  EXPECT_EQ(FindSectionAfterEdition("01版要闻"), "要闻");
  EXPECT_FALSE(FindSectionAfterEdition("第17版 星期二"));
  EXPECT_FALSE(FindSectionAfterEdition("第17版 责任编辑：甲乙"));
  const PageFacts f = ReadPageFacts({"2024年3月12日 星期二", "第17版 责任编辑：甲乙"}, {"国际"});
  EXPECT_EQ(f.date, "2024-03-12");
  EXPECT_EQ(f.edition, 17);
  EXPECT_EQ(f.section, "国际");
  // The section name with the page's number beside it, either side.
  for (const char* line : {"国内　　3", "3 国内"}) {
    const PageFacts g = ReadPageFacts({"2024年3月12日 星期二"}, {line});
    EXPECT_EQ(g.section, "国内") << line;
    EXPECT_EQ(g.edition, 3) << line;
  }
  EXPECT_EQ(ReadPageFacts({"第17版"}, {"国内 3"}).edition, 17);  // the folio's number wins
  const PageFacts none = ReadPageFacts({}, {});
  EXPECT_FALSE(none.date || none.edition || none.section);
}

TEST(PageFactsTest, EditionCodesOfEPaperFolios) {
  EXPECT_EQ(FindEditionCode("某报 2024年10月8日 星期二 A12 两岸 责任编辑：甲乙")->number, 12);
  EXPECT_EQ(FindEditionCode("B03　民生帮办　2024年11月14日")->number, 3);
  EXPECT_FALSE(FindEditionCode("国内统一连续出版物号CN44-0001"));  // not a field of its own
  EXPECT_FALSE(FindEditionCode("2024年 A1234 星期二"));            // too many digits
  EXPECT_FALSE(FindEditionCode("第9版 要闻"));
  const PageFacts f =
      ReadPageFacts({"某报　2024年10月8日　星期二　A12　两岸·港澳　责任编辑：甲乙"}, {});
  EXPECT_EQ(f.edition, 12);
  EXPECT_EQ(f.section, "两岸·港澳");
  EXPECT_EQ(ReadPageFacts({"B03　民生帮办　2024年11月14日"}, {}).section, "民生帮办");
  // A name run into other text after the code is no field: no section.
  EXPECT_FALSE(ReadPageFacts({"A12 要闻123"}, {}).section);
}

TEST(PageFactsTest, DispatchDateTakesThePagesYear) {
  EXPECT_EQ(DispatchDate("本报北京3月11日电", std::string("2024-03-12")), "2024-03-11");
  // A December dispatch on a January page was filed the year before.
  EXPECT_EQ(DispatchDate("新华社某地12月31日电", std::string("2024-01-01")), "2023-12-31");
  EXPECT_FALSE(DispatchDate("本报北京3月11日电", std::nullopt));
  EXPECT_FALSE(DispatchDate("本报讯", std::string("2024-03-12")));
  EXPECT_FALSE(DispatchDate("本报某地2月29日电", std::string("2023-03-01")));
  // A day alone: the page's month, or the month before.
  EXPECT_EQ(DispatchDate("新华社东京20日电", std::string("2024-05-21")), "2024-05-20");
  EXPECT_EQ(DispatchDate("新华社东京30日电", std::string("2024-05-02")), "2024-04-30");
  EXPECT_EQ(DispatchDate("新华社东京31日电", std::string("2024-01-02")), "2023-12-31");
  EXPECT_FALSE(DispatchDate("本报讯日前", std::string("2024-05-21")));
}

}  // namespace
}  // namespace baokan::segment
