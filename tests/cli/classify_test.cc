// The subject commands end to end: tokenize, train, predict, eval, bootstrap.

#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/test_data.h"
#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

class ClassifyCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    WriteFile(dir_ + "/train.jsonl", testing_data::LabelledHeadlines(50, 7));
    WriteFile(dir_ + "/test.jsonl", testing_data::LabelledHeadlines(15, 8));
  }
  CommandResult TrainTiny(const std::string& model) {
    return RunBaokan({"train", dir_ + "/train.jsonl", "-o", model, "--threads", "1", "--dim", "8",
                      "--epoch", "20", "--quiet"});
  }
  std::string dir_;
};

TEST_F(ClassifyCliTest, TokenizeTextAndLabelledData) {
  CommandResult r = RunBaokan({"tokenize"}, "体育新闻 NBA 2024\n\n😀\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "体 育 新 闻 体育 育新 新闻 nba 2024\n\n\n");
  r = RunBaokan({"tokenize", "--labelled"}, "{\"text\":\"足球\",\"label\":\"体育\"}\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "__label__sports 足 球 足球\n");  // names become taxonomy ids
  r = RunBaokan({"tokenize", "--field", "title"}, "{\"title\":\"医院\"}\nnot json\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "医 院 医院\n");
  EXPECT_NE(r.err.find("<stdin>:2:"), std::string::npos) << r.err;
  EXPECT_EQ(RunBaokan({"tokenize", "--char-ngrams", "7"}, "x\n").exit_code, 2);
}

TEST_F(ClassifyCliTest, TrainPredictEval) {
  std::string model = dir_ + "/m";
  CommandResult r = TrainTiny(model);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(model + ".bin").substr(0, 4), std::string("\xba\x16\x4f\x2f", 4));
  EXPECT_NE(ReadFile(model + ".json").find("\"format\":\"baokan-model\""), std::string::npos);

  r = RunBaokan({"predict", model + ".bin", "-", "--k", "2"},
                "{\"id\":\"p#1\",\"title\":\"足球联赛\",\"text\":\"球队夺得冠军\"}\n篮球比赛\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t nl = r.out.find('\n');
  std::string first = r.out.substr(0, nl);
  EXPECT_EQ(first.rfind("{\"id\":\"p#1\",\"title\":\"足球联赛\"", 0), 0u) << first;
  EXPECT_NE(first.find("\"subject\":{\"label\":\"sports\",\"name\":\"体育\",\"prob\":"),
            std::string::npos)
      << first;
  EXPECT_NE(r.out.find("{\"text\":\"篮球比赛\",\"subject\":{\"label\":\"sports\""),
            std::string::npos)
      << r.out;

  std::string json = dir_ + "/metrics.json", html = dir_ + "/report.html";
  r = RunBaokan({"eval", model, dir_ + "/test.jsonl", "--json", json, "--report", html});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("accuracy"), std::string::npos);
  std::string metrics = ReadFile(json);
  for (const char* key : {"\"accuracy\":", "\"micro\":{\"precision\":", "\"macro\":",
                          "\"per_label\":", "\"confusion\":", "\"n\":45}"}) {
    EXPECT_NE(metrics.find(key), std::string::npos) << key << " in " << metrics;
  }
  std::string page = ReadFile(html);
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_EQ(page.find("http://cdn"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
}

TEST_F(ClassifyCliTest, EvalSideBySide) {
  ASSERT_EQ(TrainTiny(dir_ + "/a").exit_code, 0);
  CommandResult r = RunBaokan({"train", dir_ + "/train.jsonl", "-o", dir_ + "/b", "--threads", "1",
                               "--dim", "4", "--epoch", "2", "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string json = dir_ + "/both.json";
  r = RunBaokan({"eval", dir_ + "/a.bin", dir_ + "/b.bin", "--lexicon", dir_ + "/test.jsonl",
                 "--json", json});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[3] " + dir_ + "/b.bin"), std::string::npos) << r.out;
  std::string metrics = ReadFile(json);
  EXPECT_EQ(metrics.rfind("{\"models\":[{\"model\":\"lexicon\"", 0), 0u) << metrics;
  // Each model against the first, in the text and the JSON.
  EXPECT_NE(r.out.find("difference to [1] (this - first), 95 % paired bootstrap interval"),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[3] accuracy "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("McNemar: only-first "), std::string::npos) << r.out;
  EXPECT_NE(metrics.find("\"vs_first\":{\"n\":45,"), std::string::npos) << metrics;
  EXPECT_NE(metrics.find("\"mcnemar\":{"), std::string::npos) << metrics;
  std::string html = dir_ + "/both.html";
  r = RunBaokan({"eval", dir_ + "/a.bin", dir_ + "/b.bin", dir_ + "/test.jsonl", "--report", html,
                 "--resamples", "100", "--json", json});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(ReadFile(html).find("Is the difference real?"), std::string::npos);
  EXPECT_NE(ReadFile(json).find("\"resamples\":100,"), std::string::npos);
}

TEST_F(ClassifyCliTest, EvalFoldsCrossValidatesARecipe) {
  ASSERT_EQ(TrainTiny(dir_ + "/a").exit_code, 0);
  std::string json = dir_ + "/cv.json";
  CommandResult r = RunBaokan({"eval", "--folds", "3", dir_ + "/a.bin", dir_ + "/train.jsonl",
                               "--json", json, "--quiet"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(dir_ + "/a.bin: 3-fold cross-validation, 150 examples"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("  fold 3  n 50  accuracy "), std::string::npos) << r.out;
  EXPECT_NE(ReadFile(json).find("{\"folds\":3,\"recipes\":[{\"recipe\":"), std::string::npos);
  // Deterministic: the same figures again.
  CommandResult again = RunBaokan({"eval", "--folds", "3", dir_ + "/a.bin",
                                   dir_ + "/train.jsonl", "--quiet"});
  EXPECT_EQ(again.out, r.out);
  EXPECT_EQ(RunBaokan({"eval", "--folds", "1", dir_ + "/train.jsonl"}).exit_code, 2);
}

TEST_F(ClassifyCliTest, PredictLexiconNeedsNoModel) {
  CommandResult r = RunBaokan({"predict", "--lexicon"},
                              "{\"title\":\"区人民医院开展义诊\",\"text\":\"患者在家门口看病\"}\n"
                              "{\"title\":\"今天\",\"text\":\"天气晴\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"subject\":{\"label\":\"health\",\"name\":\"卫生健康\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"text\":\"天气晴\",\"subject\":null"), std::string::npos) << r.out;
}

// predict and label build the classifier's text in one place
// (ClassifierText): a headline with no body is read as a headline by both.
TEST_F(ClassifyCliTest, PredictAndLabelGiveAHeadlineOnlyArticleTheSameSubject) {
  const std::string record = "{\"title\":\"区人民医院开展义诊\",\"text\":\"\"}\n";
  CommandResult predicted = RunBaokan({"predict", "--lexicon"}, record);
  CommandResult labelled = RunBaokan({"label"}, record);
  ASSERT_EQ(predicted.exit_code, 0) << predicted.err;
  ASSERT_EQ(labelled.exit_code, 0) << labelled.err;
  const size_t at = predicted.out.find("\"subject\":{\"label\":\"health\"");
  ASSERT_NE(at, std::string::npos) << predicted.out;
  EXPECT_NE(labelled.out.find(predicted.out.substr(at)), std::string::npos)
      << predicted.out << labelled.out;
}

// An installed baokan (PREFIX/bin/baokan) reads PREFIX/share/baokan/models,
// for the lexicon as for the gazetteer, not the source tree it was built from.
TEST_F(ClassifyCliTest, LexiconComesFromTheModelsInstalledWithTheExecutable) {
  namespace fs = std::filesystem;
  const std::string models = dir_ + "/share/baokan/models";
  fs::create_directories(dir_ + "/bin");
  fs::create_directories(models);
  fs::copy_file(BAOKAN_BIN, dir_ + "/bin/baokan");
  fs::copy(BAOKAN_SOURCE_DIR "/models", models);
  WriteFile(models + "/subject_lexicon.tsv", "weather\t天气晴\t4\n");
  WriteFile(models + "/subjects.tsv", "weather\t天气\t\n");
  const char* saved = std::getenv("BAOKAN_MODELS");
  const std::string saved_value = saved ? saved : "";
  unsetenv("BAOKAN_MODELS");
  const std::string record = "{\"title\":\"今天\",\"text\":\"天气晴\"}\n";
  CommandResult predicted = RunProgram(dir_ + "/bin/baokan", {"predict", "--lexicon"}, record);
  CommandResult labelled = RunProgram(dir_ + "/bin/baokan", {"label"}, record);
  if (saved) setenv("BAOKAN_MODELS", saved_value.c_str(), 1);
  for (const CommandResult& r : {predicted, labelled}) {
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"subject\":{\"label\":\"weather\",\"name\":\"天气\""), std::string::npos)
        << r.out;
  }
}

TEST_F(ClassifyCliTest, BadModelsAreClearErrors) {
  WriteFile(dir_ + "/junk.bin", "not a model at all\n");
  CommandResult r = RunBaokan({"predict", dir_ + "/junk.bin"}, "{\"text\":\"x\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("junk.bin: not a fastText model"), std::string::npos) << r.err;

  ASSERT_EQ(TrainTiny(dir_ + "/m").exit_code, 0);
  std::string bytes = ReadFile(dir_ + "/m.bin");
  WriteFile(dir_ + "/m.bin", bytes.substr(0, bytes.size() / 3));
  r = RunBaokan({"eval", dir_ + "/m.bin", dir_ + "/test.jsonl"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("truncated"), std::string::npos) << r.err;
  r = RunBaokan({"predict"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
}

TEST_F(ClassifyCliTest, TrainRejectsBadInput) {
  WriteFile(dir_ + "/bad.jsonl", "{\"text\":\"足球\",\"label\":\"sports\"}\n{\"text\"\n");
  CommandResult r = RunBaokan({"train", dir_ + "/bad.jsonl", "-o", dir_ + "/x"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.jsonl:2:"), std::string::npos) << r.err;
  r = RunBaokan({"train", dir_ + "/train.jsonl", "-o", dir_ + "/x", "--loss", "ns"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("baokan train: --loss must be softmax, ova or hs, not 'ns'"),
            std::string::npos) << r.err;
  // The library names the option field, the command its flag.
  r = RunBaokan({"train", dir_ + "/train.jsonl", "-o", dir_ + "/x", "--word-ngrams", "9"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("baokan train: --word-ngrams must be 1 to 6"), std::string::npos) << r.err;
  r = RunBaokan({"train", dir_ + "/train.jsonl", "-o", dir_ + "/x", "--char-ngrams", "5"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("baokan train: --char-ngrams must be 1 to 4, not 5"), std::string::npos)
      << r.err;
  r = RunBaokan({"train", dir_ + "/train.jsonl"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  r = RunBaokan({"train", dir_ + "/train.jsonl", "-o", dir_ + "/x", "--ensemble", "chars"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("--ensemble takes words and/or nb"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("not 'chars'"), std::string::npos) << r.err;
}

TEST_F(ClassifyCliTest, TrainWritesTheWordsAndNaiveBayesMembersUnlessToldNone) {
  ASSERT_EQ(TrainTiny(dir_ + "/m").exit_code, 0);
  EXPECT_TRUE(std::filesystem::exists(dir_ + "/m.words.bin"));
  EXPECT_TRUE(std::filesystem::exists(dir_ + "/m.nb.tsv"));
  const std::string json = ReadFile(dir_ + "/m.json");
  EXPECT_NE(json.find("\"ensemble\":{\"words\":"), std::string::npos) << json;
  EXPECT_NE(json.find("\"nb\":{\"model\":\"m.nb.tsv\""), std::string::npos) << json;
  // predict, eval and label load the main model and its members.
  CommandResult r = RunBaokan({"predict", dir_ + "/m.bin", "-", "--k", "3"}, "足球联赛冠军\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"label\":\"sports\""), std::string::npos) << r.out;
  r = RunBaokan({"label", "--model", dir_ + "/m"},
                "{\"id\":\"x#1\",\"title\":\"足球联赛冠军\",\"text\":\"球队比赛\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"subject\":{\"label\":\"sports\""), std::string::npos) << r.out;
  r = RunBaokan({"eval", dir_ + "/m", dir_ + "/test.jsonl", "--json", dir_ + "/e.json"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = RunBaokan({"train", dir_ + "/train.jsonl", "-o", dir_ + "/m", "--threads", "1", "--dim", "8",
                 "--quiet", "--ensemble", "none"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/m.words.bin"));
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/m.nb.tsv"));
  EXPECT_EQ(ReadFile(dir_ + "/m.json").find("ensemble"), std::string::npos);
}

TEST_F(ClassifyCliTest, BootstrapKeepsConfidentArticles) {
  std::string in = dir_ + "/articles.jsonl";
  WriteFile(
      in,
      "{\"id\":\"a#1\",\"title\":\"全市足球联赛决赛落幕\",\"text\":\"球队夺冠，运动员比赛\"}\n"
      "{\"id\":\"a#2\",\"title\":\"今日天气\",\"text\":\"晴\"}\n");
  CommandResult r = RunBaokan({"bootstrap", in, "-o", "-"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("{\"id\":\"a#1\",\"text\":\"全市足球联赛决赛落幕\\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\"label\":\"sports\""), std::string::npos);
  EXPECT_EQ(r.out.find("a#2"), std::string::npos);
  EXPECT_NE(r.err.find("1 of 2 articles labelled"), std::string::npos) << r.err;
}

TEST_F(ClassifyCliTest, TrainBootstrapLoopsUntilTheLabelsSettle) {
  // Articles as records (title + text) from the generated topic corpus, and
  // a lexicon that knows only the cue words of some of them.
  testing_data::TopicCorpus corpus = testing_data::UnlabelledTopics(40, 0.3, 5);
  auto escaped = [](std::string s) {  // the texts hold no quote or backslash
    for (size_t p = 0; (p = s.find('\n', p)) != std::string::npos; p += 2) s.replace(p, 1, "\\n");
    return s;
  };
  std::string articles;
  for (size_t i = 0; i < corpus.texts.size(); ++i) {
    const std::string& t = corpus.texts[i];
    const size_t nl = t.find('\n');
    articles += "{\"id\":\"a" + std::to_string(i) + "\",\"title\":\"" + t.substr(0, nl) +
                "\",\"text\":\"" + escaped(t.substr(nl + 1)) + "\"}\n";
  }
  WriteFile(dir_ + "/articles.jsonl", articles);
  WriteFile(dir_ + "/lexicon.tsv", testing_data::TopicLexiconTsv());
  CommandResult r = RunBaokan({"train", "--bootstrap", dir_ + "/articles.jsonl", "-o",
                               dir_ + "/m", "--lexicon-file", dir_ + "/lexicon.tsv", "--threads",
                               "1", "--dim", "8", "--epoch", "20", "--ensemble", "none"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("baokan train: round 0: the lexicon labels "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" of 120 articles"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("round 1: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("agreement with the lexicon 1.0000"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("labels stopped changing; wrote " + dir_ + "/m.bin"), std::string::npos)
      << r.err;
  EXPECT_NE(ReadFile(dir_ + "/m.labels.jsonl").find("{\"id\":\"a"), std::string::npos);
  r = RunBaokan({"predict", dir_ + "/m", dir_ + "/articles.jsonl", "--k", "1"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(CountLines(r.out), 120u);

  r = RunBaokan({"train", "--bootstrap", dir_ + "/articles.jsonl", "-o", dir_ + "/m",
                 "--model-min-prob", "1.5"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--model-min-prob must be in (0, 1]"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace baokan::testing
