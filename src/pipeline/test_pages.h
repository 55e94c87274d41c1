// Test helpers for the pipeline stages: small generated pages and records
// (private to the pipeline tests).

#ifndef BAOKAN_SRC_PIPELINE_TEST_PAGES_H_
#define BAOKAN_SRC_PIPELINE_TEST_PAGES_H_

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "baokan/pipeline.h"
#include "support/test_util.h"

namespace baokan::pipeline_testing {

using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

// A body paragraph of about `chars` characters, different for each `seed`.
inline std::string Body(int seed, size_t chars = 120) {
  static const char* const kWords[] = {"医院", "开展", "义诊", "患者", "社区", "学校", "教师",
                                       "农田", "春耕", "技术", "居民", "改造", "道路", "河流",
                                       "企业", "工人", "生产", "订单", "文化", "演出"};
  std::string text;
  uint64_t state = 0x9E3779B97F4A7C15ull * (seed + 1);
  for (size_t i = 0; text.size() < chars * 3; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;  // an LCG
    text += kWords[(state >> 33) % 20];
    if (i % 9 == 8) text += "。";
  }
  return text + "。";
}

// A page in the layout the splitter reads: each article a headline, a blank
// line, a byline and its body wrapped at 20 characters, articles apart by a
// blank line.
inline std::string Page(const std::vector<std::pair<std::string, std::string>>& articles) {
  std::string page;
  for (const auto& [title, body] : articles) {
    page += title + "\n\n□本报记者 王明\n";
    for (size_t i = 0; i < body.size();) {  // body is CJK: 3 bytes a character
      page += body.substr(i, 60) + "\n";
      i += 60;
    }
    page += "\n";
  }
  return page;
}

// Calls that capture what a stage reports.
struct CapturedLog {
  std::vector<std::string> errors, infos;
  PipelineLog log() {
    PipelineLog l;
    l.error = [this](const std::string& m) { errors.push_back(m); };
    l.info = [this](const std::string& m) { infos.push_back(m); };
    return l;
  }
};

// The lines of a file.
inline std::vector<std::string> Lines(const std::string& path) {
  std::vector<std::string> lines;
  std::istringstream in(ReadFile(path));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

inline std::string ModelsDirForTests() { return std::string(BAOKAN_SOURCE_DIR) + "/models"; }

// The options of a run over `pages` into `outdir` with the models of the
// source tree, its report saying "baokan test".
inline RunOptions RunOptionsForTests(const std::vector<std::string>& pages,
                                     const std::string& outdir) {
  RunOptions o;
  o.pages = pages;
  o.outdir = outdir;
  o.models_dir = ModelsDirForTests();
  o.generator = "baokan test";
  return o;
}

}  // namespace baokan::pipeline_testing

#endif  // BAOKAN_SRC_PIPELINE_TEST_PAGES_H_
