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

}  // namespace baokan::testing_data

#endif  // BAOKAN_TESTS_SUPPORT_TEST_DATA_H_
