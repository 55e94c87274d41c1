// SplitPage on small made-up pages, one behaviour each (see docs/split.md),
// and on bad input.

#include "baokan/split.h"
#include "segment/test_pages.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "baokan/article.h"

namespace baokan {
namespace {

using segment::testing::FindByTitle;
using segment::testing::JoinLines;

// A body paragraph of some length about `topic`, wrapped to 18 characters.
std::vector<std::string> Wrapped(const std::string& text) {
  std::vector<std::string> lines;
  // Cut by characters (all test text is 3-byte CJK or 1-byte ASCII).
  std::string line;
  size_t chars = 0;
  for (size_t p = 0; p < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[p]);
    const size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    line += text.substr(p, n);
    p += n;
    if (++chars == 18) {
      lines.push_back(line);
      line.clear();
      chars = 0;
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

TEST(SplitTest, DatelineHeadlineBodyAndClosingByline) {
  const std::string page = JoinLines({"", "湖南长沙：", "", "妇女干部", "学校挂牌成立", "",
                                 "近日，长沙市妇女干部学校在市委党校挂牌成立。", "",
                                 "学校将为女干部搭建教育培训平台。", "", "（某报记者 张三）"});
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 1u);
  const Article& a = r.articles[0];
  EXPECT_EQ(a.id, "p#1");
  EXPECT_EQ(a.page, "p");
  EXPECT_EQ(a.title, "妇女干部学校挂牌成立");
  EXPECT_EQ(a.dateline, "湖南长沙");
  EXPECT_EQ(a.byline, "某报记者 张三");
  EXPECT_EQ(a.text, "近日，长沙市妇女干部学校在市委党校挂牌成立。\n学校将为女干部搭建教育培训平台。");
  EXPECT_EQ(a.lines, (std::vector<int>{2, 4, 5, 7, 9, 11}));
  EXPECT_TRUE(r.noise.empty());
}

TEST(SplitTest, LineWrapsJoinAndParagraphsSplit) {
  std::vector<std::string> lines = {"网球进校园", ""};
  for (const std::string& l : Wrapped("近日，某自治区体育局主办的网球进校园活动在某小学举行，教练向师生介绍了网球运动的起源和规则。")) {
    lines.push_back(l);
  }
  lines.push_back("");
  // A blank line inside a sentence does not end the paragraph.
  lines.push_back("同学们认真聆听、积极练习，现场");
  lines.push_back("");
  lines.push_back("学习氛围十分浓厚。Tennis");
  lines.push_back("ball");
  const SplitResult r = SplitPage("p", JoinLines(lines));
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text,
            "近日，某自治区体育局主办的网球进校园活动在某小学举行，教练向师生介绍了网球运动的起源和规则。\n"
            "同学们认真聆听、积极练习，现场学习氛围十分浓厚。Tennis ball");
}

TEST(SplitTest, DispatchOpenerAndHeadlineAfterTheBody) {
  const std::string page = JoinLines({
      "本报讯 （记者 张三）5月30日，某区科技工作者座谈会召开，",
      "与会代表畅谈科技创新工作体会，表示要传播科学知识。",
      "",
      "下一步，某区将持续重视科技工作者队伍建设。",
      "",
      "凝聚科技工作者智慧力量",
      "传播科学知识引领社会新风尚",
      "",
      "本报讯 （记者 李四）日前，某区举办数字经济主题沙龙活动，",
      "企业负责人分享了数字技术应用的经验。",
      "",
      "某区举办数字经济主题沙龙活动",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "凝聚科技工作者智慧力量");
  EXPECT_EQ(r.articles[0].subtitle, "传播科学知识引领社会新风尚");
  EXPECT_EQ(r.articles[0].byline, "记者 张三");
  EXPECT_EQ(r.articles[0].text.substr(0, 9), "5月30日");
  EXPECT_EQ(r.articles[1].title, "某区举办数字经济主题沙龙活动");
  EXPECT_EQ(r.articles[1].byline, "记者 李四");
}

TEST(SplitTest, JumpMarkersAndReprintTrailers) {
  const std::string page = JoinLines({
      "区政府召开常务会议（上接1版）",
      "会议指出，安全生产工作是一场持久战。",
      "",
      "会议还研究了其他事项。",
      "",
      "◀ 上接第一版",
      "",
      "某区再次荣膺全国双拥模范城",
      "",
      "某区将保障军人军属的切身利益作为双拥工作的出发点。 摘自《某某日报》",
      "",
      "农户点点数字屏种杨梅",
      "",
      "5月7日，位于某区的农场里一颗颗杨梅挂满枝头，农户们忙着采摘。",
      "",
      "（摘自《另一日报》）",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].title, "区政府召开常务会议");
  EXPECT_EQ(r.articles[0].continued_from, "1版");
  EXPECT_EQ(r.articles[1].continued_from, "第一版");
  EXPECT_EQ(r.articles[1].title, "某区再次荣膺全国双拥模范城");
  EXPECT_EQ(r.articles[1].source, "某某日报");
  EXPECT_EQ(r.articles[1].text.find("摘自"), std::string::npos);
  EXPECT_EQ(r.articles[2].source, "另一日报");
}

TEST(SplitTest, DoubledHeadlineAndMarkedBylines) {
  const std::string page = JoinLines({
      "■ 某报记者 王五",
      "",
      "近日，某市文旅活动启动，游客同比增长七成多，旅游收入同比增长四成以上。",
      "",
      "记者了解到，截至8月底，该市接待游客两千万人次。",
      "",
      "游客同比增长七成多游客同比增长七成多 旅游收入同比增长四成以上旅游收入同比增长四成以上",
      " ■ 某报见习记者 赵六",
      "■ 钱七",
      "",
      "党的会议提出，高质量发展是首要任务，必须深化供给侧结构性改革。",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].title, "游客同比增长七成多 旅游收入同比增长四成以上");
  EXPECT_EQ(r.articles[0].byline, "某报记者 王五");
  EXPECT_FALSE(r.articles[1].title);
  EXPECT_EQ(r.articles[1].byline, "某报见习记者 赵六 钱七");
}

TEST(SplitTest, WrappedBylineAndWrappedTrailer) {
  const std::string page = JoinLines({
      " ■ 某某报全媒体",
      "记者 王五",
      "",
      "近日，某社区推出虚拟社工微信账号，居民有困难第一时间解决。 摘自《",
      "某某日报》",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].byline, "某某报全媒体记者 王五");
  EXPECT_EQ(r.articles[0].source, "某某日报");
  EXPECT_EQ(r.articles[0].text, "近日，某社区推出虚拟社工微信账号，居民有困难第一时间解决。");
  EXPECT_EQ(r.articles[0].lines, (std::vector<int>{1, 2, 4, 5}));
}

TEST(SplitTest, SubheadsStayInTheBody) {
  const std::string page = JoinLines({
      "某区多措并举推动绿色转型",
      "",
      "近年来，某区完整准确全面贯彻新发展理念，走出了一条转型发展的新路子。",
      "",
      "绿色转型 筑牢生态屏障",
      "",
      "在某区应急指挥中心，一张电子大屏正实时显示园区企业排污情况。",
      "",
      "某区的天更蓝了、水更清了，绿色发展的成效已经逐渐显现。",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "某区多措并举推动绿色转型");
  EXPECT_NE(r.articles[0].text.find("\n绿色转型 筑牢生态屏障\n"), std::string::npos)
      << r.articles[0].text;
}

TEST(SplitTest, CaptionsAndDebrisBecomeNoise) {
  const std::string page = JoinLines({
      "某区人才驿站同步启用", "", "", "", "图书阅览室一角", "", "", "",
      "为进一步优化人才服务环境，某区人才驿站同步启用。", "", "扫码看", "《某区新闻》视频", "",
      "", "", "图为工作人员介绍人才驿站情况。"});
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "某区人才驿站同步启用");
  EXPECT_EQ(r.articles[0].text, "为进一步优化人才服务环境，某区人才驿站同步启用。");
  ASSERT_EQ(r.noise.size(), 3u);
  EXPECT_EQ(r.noise[0].first_line, 5);
  EXPECT_EQ(r.noise[0].reason, "caption");
  EXPECT_EQ(r.noise[1].first_line, 11);
  EXPECT_EQ(r.noise[1].last_line, 12);
  EXPECT_EQ(r.noise[1].text, "扫码看\n《某区新闻》视频");
  EXPECT_EQ(r.noise[1].reason, "layout");
  EXPECT_EQ(r.noise[2].reason, "caption");
  EXPECT_EQ(r.noise[2].page, "p");
}

TEST(SplitTest, BodySplitAroundAnotherHeadline) {
  // The second article's body starts before its own jump header and goes on
  // after it, in mid-sentence.
  const std::string page = JoinLines({
      "◀ 上接第一版",
      "",
      "某区再次荣膺双拥模范城",
      "",
      "某区将保障军人军属和优抚对象的切身利益作为双拥工作的重要出发点和落脚点。",
      "",
      "军爱民，民拥军。某区打造具有特色的双拥文化品牌，营造军民鱼水情的浓厚氛围。",
      "",
      "区投促中心主任表示，本次参展帮助本地企业拓宽国际渠道，增强了企业出海的信心。",
      "",
      "展会期间，代表团还走访多家重点企业，对接国际商协会资源，正值世博会举行，日本",
      "",
      "◀ 上接第一版",
      "",
      "深化经贸交流与合作 助力企业出海拓市场",
      "",
      "及周边地区国际关注度持续升温，为本次参展和企业对接提供了更广阔的国际窗口。",
  });
  const SplitResult r = SplitPage("p", page);
  ASSERT_EQ(r.articles.size(), 2u);
  const Article* first = FindByTitle(r, "某区再次荣膺双拥模范城");
  const Article* second = FindByTitle(r, "深化经贸交流与合作 助力企业出海拓市场");
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->text.find("区投促"), std::string::npos) << first->text;
  EXPECT_EQ(second->text.find("区投促中心主任"), 0u) << second->text;
  EXPECT_NE(second->text.find("日本及周边地区"), std::string::npos) << second->text;
}

// A dateline and headline at the top with no body under them; their body
// is the end of the page, printed after another article in a narrower
// column.
std::vector<std::string> HeadlineAwayFromItsBody() {
  std::vector<std::string> lines = {"某省某市：", "", "推进流动留守儿童", "监测摸排工作",
                                    " 某省某县：", "", "某县举办国际音乐季", ""};
  auto add = [&](const std::string& para, size_t width) {
    std::string line;
    size_t chars = 0;
    for (size_t p = 0; p < para.size(); p += 3) {
      line += para.substr(p, 3);
      if (++chars == width) {
        lines.push_back(line);
        line.clear();
        chars = 0;
      }
    }
    if (!line.empty()) lines.push_back(line);
    lines.push_back("");
  };
  add("近日某县国际音乐季开幕音乐会在音乐厅举行来自世界各地的艺术家同台献艺共同奏响跨文化交流的"
      "时代华章。", 21);
  add("本届音乐季以丝绸之路为主线展现各国在音乐艺术领域的发展促进不同文明之间的对话与理解通过音乐"
      "这一共通的语言跨越隔阂增进友谊。", 21);
  add("据了解该音乐季自二〇一七年起已成功举办四届共有数千名艺术家和近百个音乐团体踏足该县上演了百"
      "余场精彩表演和交流活动。", 21);
  add("近日记者从某市获悉该市通过加强顶层设计强化网格管理扎实推进流动儿童留守儿童监测摸排工作。", 16);
  add("近年来该市高度重视流动儿童留守儿童权益保障工作发动基层力量开展集中摸底排查确保工作高效推"
      "进。", 16);
  lines.push_back("（某报记者 张三）");
  return lines;
}

TEST(SplitTest, HeadlineFindsItsBodyElsewhereOnThePage) {
  const SplitResult r = SplitPage("p", JoinLines(HeadlineAwayFromItsBody()));
  ASSERT_EQ(r.articles.size(), 2u);
  // Numbered by the first line: the headline at the top comes first.
  EXPECT_EQ(r.articles[0].title, "推进流动留守儿童监测摸排工作");
  EXPECT_EQ(r.articles[0].dateline, "某省某市");
  EXPECT_EQ(r.articles[0].byline, "某报记者 张三");
  EXPECT_EQ(r.articles[0].text.find("近日记者从某市获悉"), 0u) << r.articles[0].text;
  EXPECT_EQ(r.articles[1].title, "某县举办国际音乐季");
  EXPECT_EQ(r.articles[1].dateline, "某省某县");
  EXPECT_EQ(r.articles[1].text.find("记者从某市"), std::string::npos) << r.articles[1].text;
  EXPECT_FALSE(r.articles[1].byline);
}

TEST(SplitTest, EveryHeadlineOfALongPageFindsItsOwnBody) {
  // The page above printed many times over on one page: every headline
  // finds the body printed after it, although the same words occur in every
  // copy (the headlines search an index of the page's paragraphs, and the
  // bodies taken move out of it).
  constexpr size_t kCopies = 40;
  const SplitResult one = SplitPage("p", JoinLines(HeadlineAwayFromItsBody()));
  ASSERT_EQ(one.articles.size(), 2u);
  std::vector<std::string> lines;
  for (size_t i = 0; i < kCopies; ++i) {
    const std::vector<std::string> copy = HeadlineAwayFromItsBody();
    lines.insert(lines.end(), copy.begin(), copy.end());
    lines.push_back("");
  }
  const SplitResult r = SplitPage("p", JoinLines(lines));
  ASSERT_EQ(r.articles.size(), 2 * kCopies);
  for (size_t i = 0; i < r.articles.size(); ++i) {
    const Article& want = one.articles[i % 2];
    EXPECT_EQ(r.articles[i].title, want.title) << i;
    EXPECT_EQ(r.articles[i].dateline, want.dateline) << i;
    EXPECT_EQ(r.articles[i].text, want.text) << i;
  }
}

TEST(SplitTest, PunctuationFormDoesNotMatter) {
  const std::string full = JoinLines({"某县：", "", "推动党建与脱贫成果融合", "",
                                 "近年来，某县积极探索建立长效机制，做好动态监测。", "",
                                 "（某报记者 张三/李四）"});
  const std::string ascii = JoinLines({"某县:", "", "推动党建与脱贫成果融合", "",
                                  "近年来,某县积极探索建立长效机制,做好动态监测。", "",
                                  "(某报记者 张三/李四)"});
  for (bool normalize : {true, false}) {
    SplitOptions o;
    o.normalize = normalize;
    const SplitResult a = SplitPage("p", full, o), b = SplitPage("p", ascii, o);
    ASSERT_EQ(a.articles.size(), 1u);
    ASSERT_EQ(b.articles.size(), 1u);
    EXPECT_EQ(b.articles[0].title, a.articles[0].title);
    EXPECT_EQ(b.articles[0].dateline, "某县");
    EXPECT_EQ(b.articles[0].byline, "某报记者 张三/李四");
  }
}

TEST(SplitTest, EmptyAndBlankPages) {
  EXPECT_TRUE(SplitPage("p", "").articles.empty());
  EXPECT_TRUE(SplitPage("p", "").noise.empty());
  const SplitResult r = SplitPage("p", "\n\n  \n\t\n");
  EXPECT_TRUE(r.articles.empty());
  EXPECT_TRUE(r.noise.empty());
}

TEST(SplitTest, BadBytesAndHugeLinesDoNotBreakIt) {
  std::string bad = "标题\n\n正文\xff\xfe有坏字节。\n\x01\x02\x03\n";
  bad += std::string(1 << 20, 'a') + "\n";
  bad += std::string(300000, '\xe5') + "\n";  // truncated sequences
  for (bool normalize : {true, false}) {
    SplitOptions o;
    o.normalize = normalize;
    const SplitResult r = SplitPage("p", bad, o);
    size_t lines = 0;
    for (const Article& a : r.articles) lines += a.lines.size();
    for (const NoiseBlock& n : r.noise) lines += n.last_line - n.first_line + 1;
    // Normalize deletes the control characters, which blanks line 4.
    EXPECT_EQ(lines, normalize ? 4u : 5u);
  }
}

TEST(SplitTest, DeterministicAcrossThreads) {
  std::string page;
  for (int i = 0; i < 20; ++i) {
    page += JoinLines({"某地召开第" + std::to_string(i) + "次会议", "",
                  "会议指出，要做好第" + std::to_string(i) + "项工作。", "", "（记者 张三）", ""});
  }
  const SplitResult want = SplitPage("p", page);
  ASSERT_EQ(want.articles.size(), 20u);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      const SplitResult got = SplitPage("p", page);
      bool same = got.articles.size() == want.articles.size();
      for (size_t i = 0; same && i < got.articles.size(); ++i) {
        same = ArticleToRecord(got.articles[i]).Serialize() ==
               ArticleToRecord(want.articles[i]).Serialize();
      }
      ok[t] = same;
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(ok, std::vector<int>(4, 1));
  for (size_t i = 0; i < want.articles.size(); ++i) {
    EXPECT_EQ(want.articles[i].id, "p#" + std::to_string(i + 1));
  }
}

}  // namespace
}  // namespace baokan
