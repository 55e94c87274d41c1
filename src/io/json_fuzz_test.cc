// Property test of JsonRecord::Parse on mutated input: it never crashes, it
// accepts what a full validating parser (simdjson's DOM API) accepts, and
// what it accepts serializes to a line that parses to the same fields.

#include <gtest/gtest.h>
#include <simdjson.h>

#include <random>
#include <set>

#include "baokan/io.h"
#include "baokan/json.h"

namespace baokan {
namespace {

std::vector<std::string> SeedLines() {
  std::vector<std::string> lines = {
      R"({"a": [1, -2.5e3, {"b": null, "c": [true, false]}], "s": "x\"\\\u4e2d\n"})",
      R"({"id": "p#1", "n": 0, "e": {}, "l": [], "u": "\ud83d\ude00"})"};
  auto reader = LineReader::Open(BAOKAN_SOURCE_DIR "/corpus/gold/seeds.gold.jsonl");
  std::string_view line;
  while (reader.ok() && (*reader)->Next(&line) && lines.size() < 6) lines.emplace_back(line);
  return lines;
}

std::string Mutate(std::string s, std::mt19937& rng) {
  static const std::string kAlphabet = "{}[]\":,\\ 0123456789.eE+-tfnulrsa\x01\xff\xe4";
  int edits = 1 + rng() % 3;
  for (int i = 0; i < edits && !s.empty(); ++i) {
    size_t at = rng() % s.size();
    switch (rng() % 4) {
      case 0:
        s[at] = kAlphabet[rng() % kAlphabet.size()];
        break;
      case 1:
        s.erase(at, 1 + rng() % 3);
        break;
      case 2:
        s.insert(at, 1, kAlphabet[rng() % kAlphabet.size()]);
        break;
      case 3:
        s.resize(at);
        break;
    }
  }
  return s;
}

// Whether simdjson's DOM parser, which validates everything, accepts `s` as
// an object with distinct keys. *range_error is set for the errors where the
// grammar allows what the DOM parser refuses (huge numbers, lone surrogates).
bool DomAccepts(const std::string& s, bool* range_error) {
  static simdjson::dom::parser parser;
  simdjson::dom::element doc;
  auto error = parser.parse(s).get(doc);
  *range_error = error == simdjson::NUMBER_ERROR || error == simdjson::STRING_ERROR;
  simdjson::dom::object object;
  if (error || doc.get_object().get(object)) return false;
  std::set<std::string_view> keys;
  for (auto field : object) {
    if (!keys.insert(field.key).second) return false;
  }
  return true;
}

TEST(JsonFuzzTest, MutatedLinesAgreeWithAFullValidator) {
  std::mt19937 rng(2024);
  size_t accepted = 0, rejected = 0;
  for (const std::string& seed : SeedLines()) {
    for (int round = 0; round < 3000; ++round) {
      std::string line = Mutate(seed, rng);
      auto ours = JsonRecord::Parse(line);
      bool range_error = false;
      bool dom = DomAccepts(line, &range_error);
      if (dom) {
        EXPECT_TRUE(ours.ok()) << line << "\n" << ours.status().message();
      } else if (ours.ok()) {
        EXPECT_TRUE(range_error) << "accepted: " << line;
      }
      if (!ours.ok()) {
        ++rejected;
        EXPECT_EQ(ours.status().code(), Status::Code::kDataError);
        continue;
      }
      ++accepted;
      auto again = JsonRecord::Parse(ours->Serialize());
      ASSERT_TRUE(again.ok()) << ours->Serialize();
      EXPECT_EQ(again->fields(), ours->fields());
    }
  }
  EXPECT_GT(accepted, 100u);
  EXPECT_GT(rejected, 100u);
}

}  // namespace
}  // namespace baokan
