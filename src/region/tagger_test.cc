// Placing articles with the shipped gazetteer: the hard cases of issue 5.

#include <random>
#include <string>
#include <vector>

#include "baokan/region.h"
#include "gtest/gtest.h"
#include "region/test_region.h"

namespace baokan {
namespace {

using testing_region::Code;
using testing_region::Codes;
using testing_region::Gaz;
using testing_region::Place;

TEST(RegionTaggerTest, ChaoyangBeijingOrLiaoning) {
  EXPECT_EQ(Codes(Place("北京朝阳", "", "")), "110000/110100/110105");
  EXPECT_EQ(Codes(Place("辽宁朝阳", "", "")), "210000/211300/-");
  EXPECT_EQ(Codes(Place("", "", "近日，北京市朝阳区举办了社区运动会。")), "110000/110100/110105");
  EXPECT_EQ(Codes(Place("", "", "辽宁省朝阳市召开会议。")), "210000/211300/-");
  EXPECT_EQ(Codes(Place("", "", "吉林省长春市朝阳区的居民")), "220000/220100/220104");
  // A bare 朝阳 takes the reading the rest of the article supports.
  EXPECT_EQ(Codes(Place("", "朝阳绿城北京诚园推出新房", "")), "110000/110100/110105");
  // 朝阳 is also the morning sun (region_common.tsv): alone it names no
  // place; in a place phrase, the city.
  EXPECT_TRUE(Place("", "", "朝阳的街头").empty());
  EXPECT_EQ(Codes(Place("", "", "记者在朝阳看到，早市很热闹。")), "210000/211300/-");
}

TEST(RegionTaggerTest, GulouInSeveralProvincesNeedsItsParent) {
  // Four 鼓楼区 (南京, 徐州, 福州, 开封): alone, no reading wins.
  Region alone = Place("鼓楼", "", "");
  EXPECT_TRUE(alone.empty()) << Codes(alone);
  EXPECT_EQ(Codes(Place("福建福州鼓楼", "", "")), "350000/350100/350102");
  EXPECT_EQ(Codes(Place("", "", "开封市鼓楼区")), "410000/410200/410204");
  // Two in 江苏: the province is known, the city and county are not.
  EXPECT_EQ(Codes(Place("江苏鼓楼", "", "")), "320000/-/-");
  EXPECT_EQ(Codes(Place("", "福州鼓楼区举办活动", "")), "350000/350100/350102");
}

TEST(RegionTaggerTest, DongfengDistrictTownOrWind) {
  EXPECT_EQ(Codes(Place("黑龙江东风", "", "")), "230000/230800/230805");
  EXPECT_EQ(Codes(Place("", "", "佳木斯市东风区开展活动")), "230000/230800/230805");
  // A bare 东风 in the body is the wind, or a car.
  EXPECT_TRUE(Place("", "", "东风吹来，满眼春色。东风汽车发布新车。").empty());
  // 东风镇 next to its county places the article in that county.
  EXPECT_EQ(Codes(Place("", "", "息烽县东风镇的村民")), "520000/520100/520122");
  // 东风镇 alone names one of eight towns: no reading wins.
  EXPECT_TRUE(Place("", "", "东风镇的村民种植蔬菜。").empty());
}

TEST(RegionTaggerTest, NamesInsideLongerWordsDoNotCount) {
  // 来到 makes the county's short form a place: 五大连池, never 大连.
  Region r = Place("", "", "游客来到五大连池风景区，观赏火山地貌。");
  EXPECT_EQ(Codes(r), "230000/231100/231182") << "五大连池 is not 大连";
  EXPECT_TRUE(Place("", "", "五大连池风景区的火山地貌。").empty());
  EXPECT_EQ(Codes(Place("黑龙江五大连池", "", "")), "230000/231100/231182");
  EXPECT_EQ(Codes(Place("", "", "广西北海市重庆路的一家商店开业。")), "450000/450500/-");
  EXPECT_TRUE(Place("", "", "他家住在南京路和重庆路交叉口。").empty());
  EXPECT_TRUE(Place("", "", "确保社会长治久安。").empty());
}

TEST(RegionTaggerTest, RenamedUnitsResolveToTodaysCode) {
  EXPECT_EQ(Codes(Place("", "", "山西省屯留县的农民")), "140000/140400/140405");
  EXPECT_EQ(Codes(Place("", "", "长治县的一家企业")), "140000/140400/140404");
  EXPECT_EQ(Codes(Place("", "", "山东省茌平县")), "370000/371500/371503");
  EXPECT_EQ(Codes(Place("", "", "北京市崇文区")), "110000/110100/110101");
  EXPECT_EQ(Codes(Place("山东茌平", "", "")), "370000/371500/371503");
}

TEST(RegionTaggerTest, AutonomousPrefecturesAndRegions) {
  EXPECT_EQ(Codes(Place("", "", "黔东南州举办民族文化节")), "520000/522600/-");
  EXPECT_EQ(Codes(Place("", "", "西双版纳傣族自治州景洪市")), "530000/532800/532801");
  EXPECT_EQ(Codes(Place("贵州凯里", "", "")), "520000/522600/522601");
  EXPECT_EQ(Codes(Place("", "", "延边州的朝鲜族群众")), "220000/222400/-");
  EXPECT_EQ(Codes(Place("", "内蒙古阿尔山旅游火热", "")), "150000/152200/152202");
  EXPECT_EQ(Codes(Place("", "", "广西壮族自治区南宁市")), "450000/450100/-");
  EXPECT_EQ(Codes(Place("", "", "长阳土家族自治县")), "420000/420500/420528");
}

TEST(RegionTaggerTest, MunicipalitiesUseTheir市辖区Code) {
  EXPECT_EQ(Codes(Place("重庆长寿", "", "")), "500000/500100/500115");
  EXPECT_EQ(Codes(Place("", "", "重庆市城口县的山村")), "500000/500100/500229");
  EXPECT_EQ(Codes(Place("", "上海松江：五连冠", "")), "310000/310100/310117");
  EXPECT_EQ(Codes(Place("", "", "北京的春天来得早。")), "110000/110100/-");
  // 长寿 alone in a body is long life, not 长寿区.
  EXPECT_EQ(Codes(Place("", "", "重庆的老人健康长寿。")), "500000/500100/-");
}

TEST(RegionTaggerTest, TownsPlaceTheArticleInTheirCounty) {
  EXPECT_EQ(Codes(Place("", "", "北京市海淀区西三旗街道获评先进")), "110000/110100/110108");
  // 西三旗街道 is unique: it places the article by itself.
  EXPECT_EQ(Codes(Place("", "", "西三旗街道的居民")), "110000/110100/110108");
  // 茶山街道 is in three counties; 温州 named elsewhere decides.
  EXPECT_EQ(Codes(Place("", "", "温州的杨梅上市了。位于茶山街道的农场")), "330000/330300/330304");
}

TEST(RegionTaggerTest, DatelineOutranksTitleAndBody) {
  Region r = Place("湖南长沙", "北京专家来访", "北京的专家和北京的学者来到这里。");
  EXPECT_EQ(Codes(r), "430000/430100/-");
  EXPECT_EQ(r.evidence, "dateline");
  EXPECT_GT(r.confidence, 0.9);
  Region t = Place("", "苏州张家港：儿童友好", "上海的经验值得借鉴。");
  EXPECT_EQ(Codes(t), "320000/320500/320582");
  EXPECT_EQ(t.evidence, "title");
  Region none = Place("", "开栏的话", "我们将陆续推出系列报道。");
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(none.confidence, 0);
  EXPECT_EQ(RegionToJson(none),
            "{\"province\":null,\"city\":null,\"county\":null,\"abroad\":null,\"evidence\":null,"
            "\"confidence\":0}");
}

TEST(RegionTaggerTest, PageHomeRegionForArticlesThatNameNoPlace) {
  RegionTagger tagger(&Gaz());
  std::vector<RegionInput> page = {
      {"沁源县外卖小哥享受温暖配送", "", "沁源县通过强组织、优服务，把温暖送到外卖员心坎上。",
       "通讯员 樊留波"},
      {"农村困境儿童感受浓情冬日", "", "长治市潞城区开展关爱活动。", "记者 皇甫艳斌"},
      {"淮海集团团员青年观看爱国影片", "", "集团团委近日组织团员观看爱国主义教育影片。",
       "记者 田彦君"},
      {"长治学院志愿者开展生命教育体验", "", "长治学院的志愿者走进社区。", "记者 韦婧"},
      {"中国式现代化", "", "文章指出，党的领导决定中国式现代化。", ""},
      {"太行天路咖啡屋", "", "一位来自越南的平顺媳妇在路旁摆起咖啡摊。", ""},
  };
  Region home = tagger.HomeRegion(page);
  EXPECT_EQ(Codes(home), "140000/140400/-");
  EXPECT_EQ(home.evidence, "page");
  std::vector<Region> r = tagger.TagPage(page);
  ASSERT_EQ(r.size(), page.size());
  EXPECT_EQ(Codes(r[0]), "140000/140400/140431");
  EXPECT_EQ(Codes(r[1]), "140000/140400/140406");
  EXPECT_EQ(Codes(r[2]), "140000/140400/-");  // staff report, no place: home
  EXPECT_EQ(r[2].evidence, "page");
  EXPECT_TRUE(r[4].empty());                       // a reprint with no marker stays null
  EXPECT_EQ(Codes(r[5]), "140000/140400/140425");  // 平顺 counts inside the home city
  // The same articles on their own: nothing for the staff report.
  EXPECT_TRUE(tagger.Tag(page[2]).empty());
  RegionOptions no_home;
  no_home.use_home = false;
  EXPECT_TRUE(RegionTagger(&Gaz(), no_home).TagPage(page)[2].empty());
}

TEST(RegionTaggerTest, BadTextNeverCrashesAndIsDeterministic) {
  std::string junk = "北京\xff\xfe\xc0 市朝\x80阳区";
  junk += std::string(3, '\0');
  junk += "重庆";
  Region a = Place(junk, junk, junk);
  Region b = Place(junk, junk, junk);
  EXPECT_EQ(RegionToJson(a), RegionToJson(b));
  EXPECT_TRUE(Place("", "", "").empty());
  // Radical look-alikes from PDF extraction match as ordinary characters.
  EXPECT_EQ(Codes(Place("", "", "\u2EC4双版纳州")), "530000/532800/-");
  EXPECT_EQ(Codes(Place("", "", "陕\u2EC4\u2ED3安区")), "610000/610100/610116");
  std::string long_text;
  for (int i = 0; i < 20000; ++i) long_text += "湖南长沙";
  EXPECT_EQ(Codes(Place("", "", long_text)), "430000/430100/-");
}

// Random bytes and random mixes of place-name pieces: no crash, same answer
// twice, and every code given is one of the gazetteer's.
TEST(RegionTaggerTest, RandomInputNeverCrashes) {
  const std::vector<std::string> pieces = {
      "北京", "市", "朝阳",   "区",       "五大连池", "重庆", "路",   "\xe5", "\xff",
      "\n",   " ",  "东风镇", "长治久安", "黔东南州", "我区", "湖南", "安乡"};
  std::mt19937 rng(5);
  RegionTagger tagger(&Gaz());
  for (int round = 0; round < 300; ++round) {
    std::string text;
    for (int i = 0; i < 40; ++i) {
      text += rng() % 5 == 0 ? std::string(1, static_cast<char>(rng() % 256))
                             : pieces[rng() % pieces.size()];
    }
    const std::string title = text.substr(0, 30), dateline = text.substr(0, 12);
    std::vector<RegionInput> page = {{title, dateline, text, "记者"}, {{}, {}, text, {}}};
    std::vector<Region> a = tagger.TagPage(page), b = tagger.TagPage(page);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(RegionToJson(a[i]), RegionToJson(b[i]));
      for (const auto* u : {&a[i].province, &a[i].city, &a[i].county}) {
        if (*u) {
          EXPECT_EQ(Gaz().NameOf((*u)->code), (*u)->name);
        }
      }
    }
  }
}

}  // namespace
}  // namespace baokan
