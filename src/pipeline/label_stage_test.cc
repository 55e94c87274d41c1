#include <gtest/gtest.h>

#include "baokan/pipeline.h"
#include "pipeline/test_pages.h"

namespace baokan {
namespace {

using namespace pipeline_testing;

JsonRecord Parse(const std::string& line) {
  StatusOr<JsonRecord> r = JsonRecord::Parse(line);
  EXPECT_TRUE(r.ok()) << line;
  return r.ok() ? std::move(r).value() : JsonRecord();
}

std::string Text(const std::string& json, const std::vector<std::string>& fields) {
  std::string text;
  EXPECT_TRUE(ClassifierText(Parse(json), fields, &text).ok()) << json;
  return text;
}

TEST(ClassifierTextTest, JoinsTheNonEmptyFieldsTitleFirst) {
  const std::vector<std::string>& both = DefaultClassifierFields();
  EXPECT_EQ(Text(R"({"title":"标题","text":"正文"})", both), "标题\n正文");
  EXPECT_EQ(Text(R"({"title":"","text":"正文"})", both), "正文");
  EXPECT_EQ(Text(R"({"title":null,"text":"正文"})", both), "正文");
  EXPECT_EQ(Text(R"({"text":"正文"})", {"text"}), "正文");
  EXPECT_EQ(Text(R"({"title":"甲","kicker":"乙","text":"丙"})", {"kicker", "title"}), "乙\n甲");
}

TEST(ClassifierTextTest, TheLongestFieldKeepsItsPlaceWhereverItIs) {
  // The longest value is moved in and the others put around it.
  const std::string json = R"({"a":"甲","b":"乙乙乙乙","c":"丙丙","d":""})";
  EXPECT_EQ(Text(json, {"a", "b", "c"}), "甲\n乙乙乙乙\n丙丙");
  EXPECT_EQ(Text(json, {"b", "a", "d", "c"}), "乙乙乙乙\n甲\n丙丙");
  EXPECT_EQ(Text(json, {"d", "c", "a", "b"}), "丙丙\n甲\n乙乙乙乙");
  EXPECT_EQ(Text(json, {"c", "b", "c"}), "丙丙\n乙乙乙乙\n丙丙");
  EXPECT_EQ(Text(json, {"d", "d"}), "");
}

TEST(ClassifierTextTest, AHeadlineWithNoOtherTextStillEndsItsLine) {
  // The lexicon reads the first line as the headline only when it ends.
  EXPECT_EQ(Text(R"({"title":"标题","text":""})", DefaultClassifierFields()), "标题\n");
  EXPECT_EQ(Text(R"({"title":"标题"})", {"title"}), "标题");
}

TEST(ClassifierTextTest, AFieldThatIsNotAStringIsAnErrorNamingIt) {
  std::string text;
  Status s = ClassifierText(Parse(R"({"title":7,"text":"正文"})"), DefaultClassifierFields(),
                            &text);
  EXPECT_EQ(s.code(), Status::Code::kDataError);
  EXPECT_NE(s.message().find("title"), std::string::npos) << s.message();
}

class LabelStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    StatusOr<Labellers> loaded = LoadLabellers(ModelsDirForTests(), "");
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    labellers_ = std::move(loaded).value();
    tagger_ = std::make_unique<RegionTagger>(labellers_.gazetteer.get());
  }

  LabelStageOptions Options(int threads) const {
    LabelStageOptions o;
    o.tagger = tagger_.get();
    o.classifier = labellers_.classifier.get();
    o.threads = threads;
    return o;
  }

  // Labels `input` and returns the records written, one per line.
  std::string Label(const std::string& input, const LabelStageOptions& options,
                    CapturedLog* captured = nullptr) {
    std::string out;
    CapturedLog ignored;
    LabelRecords({input}, options, (captured ? captured : &ignored)->log(),
                 [&](LabelledGroup&& g) {
                   for (const JsonRecord& r : g.records) out += r.Serialize() + "\n";
                   return true;
                 });
    return out;
  }

  Labellers labellers_;
  std::unique_ptr<RegionTagger> tagger_;
};

// `pages` pages of three articles each, consecutive by page.
std::string Records(int pages) {
  std::string lines;
  for (int p = 0; p < pages; ++p) {
    for (int a = 1; a <= 3; ++a) {
      JsonRecord r;
      r.SetString("id", "p" + std::to_string(p) + "#" + std::to_string(a));
      r.SetString("page", "p" + std::to_string(p));
      r.SetString("title", a == 1 ? "长沙市人民医院开展义诊" : "学校教师培训");
      r.SetString("dateline", a == 2 ? "湖南长沙" : "");
      r.SetString("text", Body(p * 3 + a));
      lines += r.Serialize() + "\n";
    }
  }
  return lines;
}

TEST_F(LabelStageTest, EveryRecordGetsRegionAndSubjectInInputOrderWhateverTheThreads) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Records(40));
  const std::string one = Label(dir / "in.jsonl", Options(1));
  EXPECT_EQ(Label(dir / "in.jsonl", Options(4)), one);
  const std::vector<std::string> in = Lines(dir / "in.jsonl");
  WriteFile(dir / "out.jsonl", one);
  const std::vector<std::string> out = Lines(dir / "out.jsonl");
  ASSERT_EQ(out.size(), in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    EXPECT_EQ(out[i].substr(0, 20), in[i].substr(0, 20));
    EXPECT_NE(out[i].find("\"region\":"), std::string::npos) << out[i];
    EXPECT_NE(out[i].find("\"subject\":"), std::string::npos) << out[i];
  }
  EXPECT_NE(out[1].find("430100"), std::string::npos) << out[1];  // dateline 湖南长沙
}

TEST_F(LabelStageTest, AFieldOfTheWrongTypeIsReadAsAbsentAndNamed) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", R"({"page":"p","title":5,"text":"医院开展义诊"})" "\n");
  CapturedLog captured;
  const std::string out = Label(dir / "in.jsonl", Options(1), &captured);
  EXPECT_NE(out.find("\"subject\":"), std::string::npos) << out;
  ASSERT_EQ(captured.errors.size(), 1u);
  EXPECT_NE(captured.errors[0].find("in.jsonl:1: "), std::string::npos) << captured.errors[0];
  EXPECT_NE(captured.errors[0].find("read as absent"), std::string::npos) << captured.errors[0];
}

TEST_F(LabelStageTest, PredictModeLeavesOutRecordsItCannotReadAndTakesTextLines) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", "{\"title\":5,\"text\":\"x\"}\n医院开展义诊\n{\"text\":\"学校\"}\n");
  LabelStageOptions predict = Options(2);
  predict.tagger = nullptr;
  predict.drop_bad_records = true;
  predict.text_lines = true;
  CapturedLog captured;
  const std::string out = Label(dir / "in.jsonl", predict, &captured);
  WriteFile(dir / "out.jsonl", out);
  const std::vector<std::string> lines = Lines(dir / "out.jsonl");
  ASSERT_EQ(lines.size(), 2u) << out;
  EXPECT_EQ(lines[0].rfind("{\"text\":\"医院开展义诊\",\"subject\":", 0), 0u) << lines[0];
  EXPECT_EQ(lines[0].find("\"region\""), std::string::npos) << lines[0];
  ASSERT_EQ(captured.errors.size(), 1u);
  EXPECT_NE(captured.errors[0].find("in.jsonl:1: "), std::string::npos) << captured.errors[0];
  EXPECT_EQ(captured.errors[0].find("read as absent"), std::string::npos) << captured.errors[0];
}

TEST_F(LabelStageTest, ALineThatIsNotJsonIsAnErrorOutsidePredictMode) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", "not json\n{\"page\":\"p\",\"text\":\"医院\"}\n");
  CapturedLog captured;
  WriteFile(dir / "out.jsonl", Label(dir / "in.jsonl", Options(1), &captured));
  EXPECT_EQ(Lines(dir / "out.jsonl").size(), 1u);
  ASSERT_EQ(captured.errors.size(), 1u);
  EXPECT_NE(captured.errors[0].find("in.jsonl:1: "), std::string::npos) << captured.errors[0];
}

TEST_F(LabelStageTest, LabelToFileWritesWhatLabelRecordsGivesAndCountsIt) {
  TempDir dir;
  WriteFile(dir / "in.jsonl", Records(5));
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(dir / "out.jsonl");
  ASSERT_TRUE(out.ok());
  LabelTotals totals;
  size_t seen = 0;
  ASSERT_TRUE(LabelToFile({dir / "in.jsonl"}, Options(2), out->get(), PipelineLog(), &totals,
                          [&](const LabelledGroup& g) { seen += g.records.size(); })
                  .ok());
  ASSERT_TRUE((*out)->Commit().ok());
  EXPECT_EQ(ReadFile(dir / "out.jsonl"), Label(dir / "in.jsonl", Options(1)));
  EXPECT_EQ(totals.records, 15u);
  EXPECT_EQ(seen, 15u);
  EXPECT_GE(totals.placed, 5u);  // at least the five datelines 湖南长沙
  EXPECT_GT(totals.text_bytes, 0u);
}

TEST(LoadLabellersTest, MissingModelsAreNotFound) {
  TempDir dir;
  StatusOr<Labellers> loaded = LoadLabellers(dir / "nothing-here", "");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace baokan
