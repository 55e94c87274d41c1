#include "classify/han_words.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <string>
#include <vector>

#include "baokan/tokenize.h"
#include "classify/internal.h"

namespace baokan::classify {
namespace {

std::vector<size_t> CodePointStarts(const std::string& run) {
  std::vector<size_t> starts;
  for (int32_t i = 0; i < static_cast<int32_t>(run.size());) {
    starts.push_back(static_cast<size_t>(i));
    U8_FWD_1(run.data(), i, static_cast<int32_t>(run.size()));
  }
  return starts;
}

// The word ends ICU's Chinese word BreakIterator gives for the whole of `run`.
std::vector<size_t> IcuEnds(const std::string& run) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iter(
      icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), err));
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, run.data(), static_cast<int64_t>(run.size()), &err);
  iter->setText(&text, err);
  EXPECT_TRUE(U_SUCCESS(err));
  std::vector<size_t> ends;
  iter->first();
  for (int32_t end = iter->next(); end != icu::BreakIterator::DONE; end = iter->next()) {
    ends.push_back(static_cast<size_t>(end));
  }
  utext_close(&text);
  return ends;
}

std::vector<size_t> HanEnds(const std::string& run) {
  std::vector<size_t> ends;
  EXPECT_TRUE(HanWords::Get()->Cut(run, CodePointStarts(run), &ends)) << run;
  return ends;
}

TEST(HanWordsTest, CutsSentencesAsIcuDoes) {
  ASSERT_NE(HanWords::Get(), nullptr);
  for (const std::string run :
       {"国务院常务会议研究部署进一步做好防汛抗旱工作", "市教育局召开新学期中小学安全工作会议",
        "男子篮球联赛总决赛第三场主队加时险胜", "研究人员在月球背面发现新的矿物",
        "乡村振兴战略推动农民增收", "他说", "的", "中华人民共和国成立七十五周年",
        "妇女儿童权益保障法实施细则公布", "暴雨橙色预警继续发布各地做好应急准备"}) {
    EXPECT_EQ(HanEnds(run), IcuEnds(run)) << run;
  }
}

// Random runs of ideographs, some longer than ICU's 20-character words and
// with characters no dictionary word starts with: every cut the same.
TEST(HanWordsTest, RandomRunsMatchIcu) {
  ASSERT_NE(HanWords::Get(), nullptr);
  const std::string pool_text =
      "国家经济发展改革委员会教育体育科学技术文化旅游卫生健康生态环境农业农村社会法治"
      "劳动就业妇女儿童军事应急安全党建时政市场价格股票银行学校学生医院医生比赛冠军"
      "暴雨地震救援游戏玩家攻略三国历史小说电影音乐的了在是和有不这为上中下大小人们"
      "龘靐齉爨鬱";
  std::vector<std::string> pool;
  const std::vector<size_t> starts = CodePointStarts(pool_text);
  for (size_t i = 0; i < starts.size(); ++i) {
    const size_t end = i + 1 < starts.size() ? starts[i + 1] : pool_text.size();
    pool.push_back(pool_text.substr(starts[i], end - starts[i]));
  }
  SplitMix64 random(20261207);
  for (int trial = 0; trial < 400; ++trial) {
    std::string run;
    const size_t length = 1 + random.Below(trial % 4 == 0 ? 120 : 16);
    for (size_t i = 0; i < length; ++i) run += pool[random.Below(pool.size())];
    ASSERT_EQ(HanEnds(run), IcuEnds(run)) << run;
  }
}

TEST(HanWordsTest, LeavesOtherRunsToIcu) {
  ASSERT_NE(HanWords::Get(), nullptr);
  std::vector<size_t> ends;
  for (const std::string run : {"東京タワー", "ひらがな", "二〇二四", "한국어", "\xEF\xA4\x80"}) {
    EXPECT_FALSE(HanWords::Get()->Cut(run, CodePointStarts(run), &ends)) << run;
  }
  EXPECT_TRUE(ends.empty());
  // The tokenizer still cuts those runs (by ICU) and plain ones (here).
  TokenizeOptions words;
  words.scheme = TokenizeOptions::Scheme::kWords;
  for (const std::string run : {"二〇二四年", "すもももももも"}) {
    std::string joined;
    size_t start = 0;
    for (size_t end : IcuEnds(run)) {
      joined += (joined.empty() ? "" : " ") + run.substr(start, end - start);
      start = end;
    }
    EXPECT_EQ(TokenizeToLine(run, words), joined) << run;
  }
  EXPECT_EQ(TokenizeToLine("经济发展，乡村振兴", words), "经济 发展 乡村 振兴");
}

}  // namespace
}  // namespace baokan::classify
