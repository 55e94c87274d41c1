#include "text/simplifier.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>

#include <filesystem>
#include <memory>
#include <opencc/SimpleConverter.hpp>
#include <string>
#include <thread>
#include <vector>

#include "baokan/normalize.h"
#include "text/test_seeds.h"

namespace baokan::text {
namespace {

std::string Simplified(std::string_view s) {
  NormalizeOptions o;
  o.simplified = true;
  return Normalize(s, o);
}

std::string CornerBracketsAsQuotes(std::string s) {
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"「", "“"}, {"」", "”"}, {"『", "‘"}, {"』", "’"}}) {
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at)) {
      s.replace(at, from.size(), to);
    }
  }
  return s;
}

// The seed pages in traditional characters (ICU's Simplified-Traditional),
// and the inputs the fuzzer once found.
std::vector<std::string> TraditionalTexts() {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> to_traditional(
      icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, err));
  EXPECT_TRUE(U_SUCCESS(err));
  std::vector<std::string> texts;
  for (const auto& [name, page] : testing::SeedPages()) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(page);
    to_traditional->transliterate(u);
    texts.emplace_back();
    u.toUTF8String(texts.back());
  }
  const std::filesystem::path found =
      std::filesystem::path(BAOKAN_SOURCE_DIR) / "tests/data/fuzz-regressions/normalize";
  for (const auto& entry : std::filesystem::directory_iterator(found)) {
    texts.push_back(testing::ReadFileBytes(entry.path()));
  }
  return texts;
}

TEST(SimplifierTest, IsAvailable) {
  EXPECT_TRUE(SimplifierStatus().ok()) << SimplifierStatus().message();
}

TEST(SimplifierTest, ConvertsPhrasesAndCharacters) {
  EXPECT_EQ(ToSimplified("繁體中文資料庫"), "繁体中文资料库");
  EXPECT_EQ(ToSimplified("成效顯著，天氣乾燥"), "成效显著，天气干燥");
  EXPECT_EQ(ToSimplified("乾隆年間"), "乾隆年间");  // the phrase keeps 乾
  EXPECT_EQ(ToSimplified("『引文』「資料」"), "‘引文’“资料”");
  EXPECT_EQ(ToSimplified("第一行\n後來\n\n"), "第一行\n后来\n\n");
}

// ICU's Traditional-Simplified rules, used before, changed all of these.
TEST(SimplifierTest, LeavesSimplifiedTextAlone) {
  for (const char* s : {"显著", "一应俱全的俱乐部", "大阪", "苎麻", "生旦净末丑", "著名著作"}) {
    EXPECT_EQ(ToSimplified(s), s);
  }
  for (const auto& [name, page] : testing::SeedPages()) {
    EXPECT_TRUE(Simplified(page) == CornerBracketsAsQuotes(Normalize(page))) << name;
  }
}

// Lines without a trigger are skipped; the result must not depend on it.
TEST(SimplifierTest, EqualsOpenCcOnTheWholeText) {
  opencc::SimpleConverter whole(BAOKAN_OPENCC_DIR "/t2s.json");
  std::vector<std::string> texts = TraditionalTexts();
  for (const auto& [name, page] : testing::SeedPages()) texts.push_back(page);
  for (const std::string& t : texts) {
    EXPECT_TRUE(ToSimplified(t) == CornerBracketsAsQuotes(whole.Convert(t))) << t.substr(0, 60);
  }
}

TEST(SimplifierTest, NormalizeWithSimplifiedIsIdempotent) {
  for (const std::string& t : TraditionalTexts()) {
    const std::string once = Simplified(t);
    EXPECT_TRUE(Simplified(once) == once) << t.substr(0, 60);
  }
}

TEST(SimplifierTest, InvalidUtf8LineIsCopied) {
  const std::string bad = "顯著\xff\n後來";
  EXPECT_EQ(ToSimplified(bad), "顯著\xff\n后来");
}

TEST(SimplifierTest, ThreadSafe) {
  const std::vector<std::string> texts = TraditionalTexts();
  std::vector<std::string> expected;
  for (const std::string& t : texts) expected.push_back(ToSimplified(t));
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int k = 0; k < 4; ++k) {
    threads.emplace_back([&, k] {
      for (int round = 0; round < 5; ++round) {
        for (size_t i = 0; i < texts.size(); ++i)
          mismatches[k] += ToSimplified(texts[i]) != expected[i];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(mismatches, std::vector<int>(4, 0));
}

}  // namespace
}  // namespace baokan::text
