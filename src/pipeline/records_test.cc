#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "baokan/parallel.h"
#include "baokan/pipeline.h"
#include "support/test_util.h"

namespace baokan {
namespace {

// What a reader handed on, in order: each record as "LINE:TEXT?:JSON" and
// each error as "error: MESSAGE".
struct RecordCalls {
  std::vector<std::string> seen;
  PipelineLog Log() {
    PipelineLog log;
    log.error = [this](const std::string& m) { seen.push_back("error: " + m); };
    return log;
  }
};

// Many lines, some blank, some not JSON, one longer than a chunk's bytes.
std::string ManyRecordLines() {
  std::string s;
  for (int i = 0; i < 3000; ++i) {
    if (i % 97 == 5) s += "  \n";
    if (i % 211 == 7) s += "not json " + std::to_string(i) + "\n";
    s += R"({"id":")" + std::to_string(i) + R"(","text":"文)" + std::to_string(i) + "\"}\n";
    if (i == 1500) s += R"({"id":"long","text":")" + std::string(5 << 20, 'x') + "\"}\n";
  }
  return s;
}

std::vector<std::string> ReadParsed(const std::string& path, bool text_lines, int threads,
                              size_t stop_after) {
  RecordCalls calls;
  ThreadPool pool(threads);
  size_t records = 0;
  ForEachParsedRecord({path}, text_lines, &pool, calls.Log(),
                      [&](JsonRecord& r, const std::string&, size_t line, bool is_text) {
                        const std::string json = r.Serialize();
                        calls.seen.push_back(std::to_string(line) + ":" + (is_text ? "T" : "") +
                                             ":" + json.substr(0, 40));
                        return ++records < stop_after;
                      });
  return calls.seen;
}

TEST(ForEachParsedRecordTest, GivesTheSerialReadersCallsInTheirOrderWhateverTheThreads) {
  testing_util::TempDir tmp;
  const std::string path = tmp / "in.jsonl";
  testing_util::WriteFile(path, ManyRecordLines());
  for (bool text_lines : {false, true}) {
    RecordCalls serial;
    size_t records = 0;
    auto fn = [&](JsonRecord& r, const std::string&, size_t line, bool is_text) {
      const std::string json = r.Serialize();
      serial.seen.push_back(std::to_string(line) + ":" + (is_text ? "T" : "") + ":" +
                            json.substr(0, 40));
      return ++records < SIZE_MAX;
    };
    if (text_lines) {
      ForEachRecordOrTextLine({path}, serial.Log(), fn);
    } else {
      ForEachRecord({path}, serial.Log(), [&](JsonRecord& r, const std::string& p, size_t l) {
        return fn(r, p, l, false);
      });
    }
    ASSERT_EQ(serial.seen.size(), 3000u + 1 + 15);
    EXPECT_EQ(ReadParsed(path, text_lines, 1, SIZE_MAX), serial.seen);
    EXPECT_EQ(ReadParsed(path, text_lines, 3, SIZE_MAX), serial.seen);
  }
}

TEST(ForEachParsedRecordTest, StopsWhereTheCallerSaysAndReportsNothingAfter) {
  testing_util::TempDir tmp;
  const std::string path = tmp / "in.jsonl";
  testing_util::WriteFile(path, ManyRecordLines());
  const std::vector<std::string> all = ReadParsed(path, false, 3, SIZE_MAX);
  const std::vector<std::string> some = ReadParsed(path, false, 3, 100);
  // The 100 records and the errors among them, nothing after the 100th.
  size_t records = 0, n = 0;
  while (records < 100) records += all[n++].rfind("error: ", 0) != 0;
  EXPECT_EQ(some, std::vector<std::string>(all.begin(), all.begin() + n));
}

}  // namespace
}  // namespace baokan
