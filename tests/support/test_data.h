// Labelled data for the classifier's unit and command tests.

#ifndef BAOKAN_TESTS_SUPPORT_TEST_DATA_H_
#define BAOKAN_TESTS_SUPPORT_TEST_DATA_H_

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace baokan::testing_data {

// JSONL headlines of three subjects (sports, economy, health), `per_class`
// each, every one drawn from its subject's own words plus words shared by
// all; deterministic for a given seed.
inline std::string LabelledHeadlines(int per_class, uint32_t seed) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> classes = {
      {"sports", {"足球", "联赛", "冠军", "球队", "比赛", "篮球", "运动员"}},
      {"economy", {"投资", "企业", "产业", "金融", "贸易", "营收", "市场"}},
      {"health", {"医院", "患者", "医生", "疫苗", "诊疗", "健康", "医保"}}};
  const std::vector<std::string> shared = {"今年", "本市", "举行", "新闻", "记者", "表示"};
  std::mt19937 rng(seed);
  std::string out;
  for (int i = 0; i < per_class; ++i) {
    for (const auto& [label, words] : classes) {
      std::string text;
      for (int w = 0; w < 6; ++w) {
        text += rng() % 2 ? words[rng() % words.size()] : shared[rng() % shared.size()];
      }
      out += "{\"text\":\"" + text + "\",\"label\":\"" + label + "\"}\n";
    }
  }
  return out;
}

// An unlabelled corpus for the bootstrap loop: articles of three subjects,
// each a title line and four body lines drawn from its subject's own words
// (which no lexicon knows) and words shared by all. `sure_share` of them also
// carry cue words of their subject (in the title and one body line) that the
// lexicon of TopicLexiconTsv() knows. gold[i] is article i's subject.
struct TopicCorpus {
  std::vector<std::string> texts;
  std::vector<std::string> gold;
};

inline const std::vector<std::pair<std::string, std::vector<std::string>>>& TopicCues() {
  static const std::vector<std::pair<std::string, std::vector<std::string>>> cues = {
      {"sports", {"足球", "联赛", "冠军"}},
      {"economy", {"投资", "金融", "贸易"}},
      {"health", {"医院", "患者", "疫苗"}}};
  return cues;
}

// "subject<TAB>cue<TAB>3" for every cue word of TopicCues().
inline std::string TopicLexiconTsv() {
  std::string tsv;
  for (const auto& [subject, words] : TopicCues()) {
    for (const std::string& w : words) tsv += subject + "\t" + w + "\t3\n";
  }
  return tsv;
}

inline TopicCorpus UnlabelledTopics(int per_class, double sure_share, uint32_t seed) {
  const std::vector<std::vector<std::string>> own = {
      {"球场", "教练", "赛季", "进球", "主场", "队员", "训练营", "射门"},
      {"营收", "产业", "股价", "利润", "出口", "订单", "融资", "基金"},
      {"诊疗", "医生", "病房", "医保", "药品", "护士", "门诊", "体检"}};
  const std::vector<std::string> shared = {"今年", "本市", "举行", "记者", "表示", "发展",
                                           "工作", "情况", "活动", "上午"};
  std::mt19937 rng(seed);
  auto word = [&](size_t c) {
    return rng() % 3 ? own[c][rng() % own[c].size()] : shared[rng() % shared.size()];
  };
  TopicCorpus corpus;
  for (int i = 0; i < per_class; ++i) {
    for (size_t c = 0; c < own.size(); ++c) {
      const std::vector<std::string>& cues = TopicCues()[c].second;
      const bool sure = std::uniform_real_distribution<double>(0, 1)(rng) < sure_share;
      std::string text = (sure ? cues[rng() % cues.size()] : "") + word(c) + word(c) + "\n";
      for (int line = 0; line < 4; ++line) {
        for (int w = 0; w < 6; ++w) text += word(c);
        if (sure && line == 0) text += cues[rng() % cues.size()];
        text += "。\n";
      }
      corpus.texts.push_back(text);
      corpus.gold.push_back(TopicCues()[c].first);
    }
  }
  return corpus;
}

}  // namespace baokan::testing_data

#endif  // BAOKAN_TESTS_SUPPORT_TEST_DATA_H_
