// Trains tiny models on generated data: training, loading, the checks made
// before fastText sees a file, and the tokenizer stored in MODEL.json.

#include <gtest/gtest.h>

#include <fasttext/fasttext.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "baokan/classify.h"
#include "support/test_data.h"
#include "support/test_util.h"

namespace baokan {
namespace {

using testing_util::ReadFile;
using testing_util::TempDir;
using testing_util::WriteFile;

TrainOptions Tiny() {
  TrainOptions o;
  o.dim = 8;
  o.epoch = 20;
  o.threads = 1;
  o.ensemble.clear();  // one model, comparable with fastText's own predictions
  return o;
}

// Tiny() plus a tiny words member.
TrainOptions TinyEnsemble() {
  TrainOptions o = Tiny();
  MemberOptions words = WordsMember();
  words.dim = 8;
  words.bucket = 1000;
  o.ensemble = {words};
  return o;
}

class ModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    WriteFile(tmp_ / "train.jsonl", testing_data::LabelledHeadlines(60, 1));
    WriteFile(tmp_ / "test.jsonl", testing_data::LabelledHeadlines(20, 2));
  }
  TempDir tmp_;
};

TEST_F(ModelTest, TinyModelSeparatesItsClasses) {
  TrainResult result;
  Status s = Train({tmp_ / "train.jsonl"}, tmp_ / "m", Tiny(), &result);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(result.model_path, tmp_ / "m.bin");
  EXPECT_EQ(result.examples, 180);
  EXPECT_EQ(result.labels, (std::vector<std::string>{"economy", "health", "sports"}));

  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "m");
  ASSERT_TRUE(model.ok()) << model.status().message();
  std::vector<LabelProb> labels;
  (*model)->Predict("足球联赛冠军", {}, &labels);
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels[0].label, "sports");
  EXPECT_GT(labels[0].prob, 0.5);
  (*model)->Predict("医院医生疫苗", {}, &labels);
  EXPECT_EQ(labels[0].label, "health");

  EvalResult eval;
  ASSERT_TRUE(EvaluateFile(**model, tmp_ / "test.jsonl", TrainOptions(), {1, 0}, 2, &eval).ok());
  EXPECT_EQ(eval.n, 60);
  EXPECT_GE(eval.accuracy, 0.9);

  std::string meta = ReadFile(tmp_ / "m.json");
  for (const char* key : {"\"format\":\"baokan-model\"", "\"tokenizer\":{\"scheme\":\"chars\"",
                          "\"tokens_fnv1a64\":", "\"options\":{\"epoch\":20",
                          "\"model_bytes\":"}) {
    EXPECT_NE(meta.find(key), std::string::npos) << key << " in " << meta;
  }
}

// Options out of range are InvalidArgument naming the TrainOptions field,
// never a command-line flag, and nothing is written.
TEST_F(ModelTest, OptionsOutOfRangeNameTheFieldNotAFlag) {
  TrainResult result;
  TrainOptions o = Tiny();
  o.word_ngrams = 7;
  Status s = Train({tmp_ / "train.jsonl"}, tmp_ / "bad", o, &result);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "word_ngrams must be 1 to 6");
  o = Tiny();
  o.tokenizer.char_ngrams = 5;
  s = Train({tmp_ / "train.jsonl"}, tmp_ / "bad", o, &result);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "char_ngrams must be 1 to 4, not 5");
  EXPECT_FALSE(std::filesystem::exists(tmp_ / "bad.bin"));
}

TEST_F(ModelTest, ValidationFiguresGoIntoModelJson) {
  TrainOptions o = Tiny();
  o.validation = tmp_ / "test.jsonl";
  TrainResult result;
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "v.bin", o, &result).ok());
  std::string meta = ReadFile(tmp_ / "v.json");
  EXPECT_NE(meta.find("\"validation\":{\"data\":"), std::string::npos) << meta;
  EXPECT_NE(meta.find("\"n\":60"), std::string::npos) << meta;
}

TEST_F(ModelTest, QuantizedModelLoads) {
  TrainOptions o = TinyEnsemble();  // the member has token bigrams
  o.quantize = true;
  TrainResult result;
  Status s = Train({tmp_ / "train.jsonl"}, tmp_ / "q", o, &result);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(result.model_path, tmp_ / "q.ftz");
  EXPECT_EQ(result.member_paths, std::vector<std::string>{tmp_ / "q.words.ftz"});
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "q.ftz");
  ASSERT_TRUE(model.ok()) << model.status().message();
  std::vector<LabelProb> labels;
  (*model)->Predict("篮球比赛球队", {}, &labels);
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels[0].label, "sports");
}

// Upper- and lower-case words mark two classes. A model trained with case
// kept separates them only if predict tokenizes as MODEL.json says; with the
// default settings (lower-case) both would read the same.
TEST_F(ModelTest, PredictUsesTheTokenizerOfModelJson) {
  std::string data;
  for (int i = 0; i < 80; ++i) {
    data += "{\"text\":\"XQZ 新闻\",\"label\":\"upper\"}\n{\"text\":\"xqz 新闻\",\"label\":\"lower\"}\n";
  }
  WriteFile(tmp_ / "case.jsonl", data);
  TrainOptions o = Tiny();
  o.tokenizer.lowercase = false;
  TrainResult result;
  ASSERT_TRUE(Train({tmp_ / "case.jsonl"}, tmp_ / "case", o, &result).ok());
  EXPECT_NE(ReadFile(tmp_ / "case.json").find("\"lowercase\":false"), std::string::npos);
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "case");
  ASSERT_TRUE(model.ok());
  std::vector<LabelProb> labels;
  (*model)->Predict("XQZ", {}, &labels);
  ASSERT_FALSE(labels.empty());
  EXPECT_EQ(labels[0].label, "upper");
  (*model)->Predict("xqz", {}, &labels);
  EXPECT_EQ(labels[0].label, "lower");
}

// Predict() looks tokens up, hashes token n-grams and sums the hidden vector
// itself; its answers must be fastText's own (predictLine on the tokenized
// line), for unigram models and for token bigrams and trigrams alike, with
// the softmax and the one-vs-all loss.
TEST_F(ModelTest, PredictMatchesFastTextItself) {
  for (int ngrams : {1, 2, 3}) {
    for (const char* loss : {"softmax", "ova"}) {
      TrainOptions o = Tiny();
      o.word_ngrams = ngrams;
      o.bucket = 1000;
      o.loss = loss;
      TrainResult result;
      std::string name = tmp_ / ("n" + std::to_string(ngrams) + loss);
      ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, name, o, &result).ok());
      StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(name);
      ASSERT_TRUE(model.ok());
      fasttext::FastText ft;
      ft.loadModel(name + ".bin");
      for (const char* text : {"足球联赛冠军", "医院医生 unknownword 2024", "投资企业新闻记者表示",
                               "完全没见过的字", "Ｘ"}) {
        std::vector<LabelProb> ours;
        (*model)->Predict(text, {3, 0}, &ours);
        std::string line = TokenizeToLine(text, o.tokenizer) + "\n";
        std::istringstream in(line);
        std::vector<std::pair<fasttext::real, std::string>> theirs;
        ft.predictLine(in, theirs, 3, 0);
        ASSERT_EQ(ours.size(), theirs.size()) << text;
        for (size_t i = 0; i < ours.size(); ++i) {
          EXPECT_EQ("__label__" + ours[i].label, theirs[i].second) << text;
          // fastText's log(p + 1e-5) can give 1.00001; baokan caps at 1.
          EXPECT_NEAR(ours[i].prob, std::min(1.0, static_cast<double>(theirs[i].first)), 1e-5)
              << text;
        }
      }
    }
  }
}

TEST_F(ModelTest, TruncatedModelIsAClearError) {
  TrainResult result;
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "m", Tiny(), &result).ok());
  std::string bytes = ReadFile(tmp_ / "m.bin");
  for (size_t keep : {size_t{0}, size_t{5}, size_t{60}, bytes.size() / 2, bytes.size() - 1}) {
    WriteFile(tmp_ / "t.bin", bytes.substr(0, keep));
    std::filesystem::copy_file(tmp_ / "m.json", tmp_ / "t.json",
                               std::filesystem::copy_options::overwrite_existing);
    StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "t.bin");
    ASSERT_FALSE(model.ok()) << keep;
    EXPECT_EQ(model.status().code(), Status::Code::kDataError);
    EXPECT_NE(model.status().message().find(tmp_ / "t.bin"), std::string::npos)
        << model.status().message();
  }
  // A flipped size field inside the dictionary header.
  std::string bad = bytes;
  bad[70] = '\x7f';
  WriteFile(tmp_ / "b.bin", bad);
  std::filesystem::copy_file(tmp_ / "m.json", tmp_ / "b.json");
  EXPECT_FALSE(Classifier::Load(tmp_ / "b.bin").ok());
}

TEST_F(ModelTest, NonModelFilesAreClearErrors) {
  WriteFile(tmp_ / "text.bin", "这不是模型，只是一段文字。\n");
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "text.bin");
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.status().message().find("not a fastText model"), std::string::npos)
      << model.status().message();
  EXPECT_FALSE(Classifier::Load(tmp_ / "missing").ok());
  EXPECT_FALSE(Classifier::Load(tmp_.path()).ok());

  // A good .bin without MODEL.json is refused: the tokenizer is unknown.
  TrainResult result;
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "m", Tiny(), &result).ok());
  std::filesystem::copy_file(tmp_ / "m.bin", tmp_ / "alone.bin");
  model = Classifier::Load(tmp_ / "alone.bin");
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.status().message().find("alone.json"), std::string::npos);
  // A MODEL.json that is not ours.
  std::filesystem::copy_file(tmp_ / "m.bin", tmp_ / "other.bin");
  WriteFile(tmp_ / "other.json", "{\"format\":\"something\"}\n");
  EXPECT_FALSE(Classifier::Load(tmp_ / "other.bin").ok());
}

TEST_F(ModelTest, BadTrainingInputIsAnErrorNotACrash) {
  TrainResult result;
  WriteFile(tmp_ / "one.jsonl", "{\"text\":\"足球\",\"label\":\"sports\"}\n");
  Status s = Train({tmp_ / "one.jsonl"}, tmp_ / "x", Tiny(), &result);
  EXPECT_EQ(s.code(), Status::Code::kDataError) << s.message();
  WriteFile(tmp_ / "nolabel.jsonl", "{\"text\":\"足球\"}\n");
  EXPECT_FALSE(Train({tmp_ / "nolabel.jsonl"}, tmp_ / "x", Tiny(), &result).ok());
  WriteFile(tmp_ / "broken.jsonl", "{\"text\":\"足球\",\"label\":\"sports\"}\n{\"text\":\n");
  s = Train({tmp_ / "broken.jsonl"}, tmp_ / "x", Tiny(), &result);
  EXPECT_NE(s.message().find("broken.jsonl:2:"), std::string::npos) << s.message();
  TrainOptions bad = Tiny();
  bad.loss = "ns";
  EXPECT_EQ(Train({tmp_ / "train.jsonl"}, tmp_ / "x", bad, &result).code(),
            Status::Code::kInvalidArgument);
  EXPECT_FALSE(std::filesystem::exists(tmp_ / "x.bin"));
}

TEST_F(ModelTest, CrossValidationScoresEveryExampleOnce) {
  CrossValidationOptions cv;
  cv.folds = 4;
  CrossValidationResult r;
  Status s = CrossValidate(tmp_ / "train.jsonl", Tiny(), cv, &r);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(r.per_fold.size(), 4u);
  int64_t n = 0;
  for (const EvalResult& f : r.per_fold) {
    EXPECT_EQ(f.n, 45);  // 180 examples dealt round-robin
    n += f.n;
  }
  EXPECT_EQ(n, 180);
  EXPECT_EQ(r.pooled_result.n, 180);
  EXPECT_GE(r.accuracy.mean, 0.9);
  EXPECT_LE(r.accuracy.min, r.accuracy.mean);
  EXPECT_GE(r.accuracy.max, r.accuracy.mean);
  // Pooled accuracy is the mean of equal-sized folds.
  EXPECT_NEAR(r.pooled_result.accuracy, r.accuracy.mean, 1e-12);
  // Gold is in file order.
  ASSERT_EQ(r.pooled.gold.size(), 180u);
  EXPECT_EQ(r.pooled.gold[0], std::vector<std::string>{"sports"});
  EXPECT_EQ(r.pooled.gold[1], std::vector<std::string>{"economy"});
  CrossValidationResult again;
  ASSERT_TRUE(CrossValidate(tmp_ / "train.jsonl", Tiny(), cv, &again).ok());
  EXPECT_EQ(again.pooled.predicted, r.pooled.predicted);
  cv.folds = 1;
  EXPECT_EQ(CrossValidate(tmp_ / "train.jsonl", Tiny(), cv, &r).code(),
            Status::Code::kInvalidArgument);
}

TEST_F(ModelTest, RecipeReadsBackTheTrainingOptions) {
  TrainOptions o = Tiny();
  o.lr = 0.25;
  o.word_ngrams = 2;
  o.bucket = 1000;
  o.tokenizer.char_ngrams = 1;
  TrainResult result;
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "r", o, &result).ok());
  TrainOptions back;
  ASSERT_TRUE(ReadTrainRecipe(tmp_ / "r.bin", &back).ok());
  EXPECT_EQ(back.dim, 8);
  EXPECT_EQ(back.epoch, 20);
  EXPECT_EQ(back.word_ngrams, 2);
  EXPECT_EQ(back.bucket, 1000);
  EXPECT_DOUBLE_EQ(back.lr, 0.25);
  EXPECT_EQ(back.tokenizer.char_ngrams, 1);
  EXPECT_EQ(ReadTrainRecipe(tmp_ / "none.bin", &back).code(), Status::Code::kDataError);
}

TEST_F(ModelTest, EnsembleAveragesItsMembers) {
  TrainResult solo, both;
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "solo", Tiny(), &solo).ok());
  Status s = Train({tmp_ / "train.jsonl"}, tmp_ / "both", TinyEnsemble(), &both);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(both.member_paths, std::vector<std::string>{tmp_ / "both.words.bin"});
  EXPECT_TRUE(std::filesystem::exists(tmp_ / "both.words.bin"));
  std::string json = ReadFile(tmp_ / "both.json");
  EXPECT_NE(json.find("\"ensemble\":{\"words\":{\"model\":\"both.words.bin\",\"model_bytes\":"),
            std::string::npos) << json;
  EXPECT_NE(json.find("\"tokenizer\":{\"scheme\":\"words\""), std::string::npos) << json;
  EXPECT_EQ(ReadFile(tmp_ / "solo.json").find("ensemble"), std::string::npos);

  // With one thread the main model is the same in both, so the ensemble's
  // probability is (solo + words) / 2: the words member's share, 2 e - s,
  // is a probability and sums to 1 over the labels.
  StatusOr<std::unique_ptr<Classifier>> a = Classifier::Load(tmp_ / "solo");
  StatusOr<std::unique_ptr<Classifier>> b = Classifier::Load(tmp_ / "both.bin");
  ASSERT_TRUE(a.ok() && b.ok()) << b.status().message();
  std::vector<LabelProb> pa, pb;
  (*a)->Predict("医院医生疫苗今年", {3, 0}, &pa);
  (*b)->Predict("医院医生疫苗今年", {3, 0}, &pb);
  ASSERT_EQ(pa.size(), 3u);
  ASSERT_EQ(pb.size(), 3u);
  EXPECT_EQ(pb[0].label, "health");
  double words_total = 0;
  for (const LabelProb& e : pb) {
    double solo_prob = 0;
    for (const LabelProb& x : pa) solo_prob += x.label == e.label ? x.prob : 0;
    double words_prob = 2 * e.prob - solo_prob;
    EXPECT_GE(words_prob, -1e-6) << e.label;
    EXPECT_LE(words_prob, 1 + 1e-6) << e.label;
    words_total += words_prob;
  }
  EXPECT_NEAR(words_total, 1.0, 1e-4);
  EXPECT_GE(pb[0].prob, pb[1].prob);
  // k and threshold apply to the averaged probabilities.
  const double second = pb[1].prob;
  ASSERT_GT(pb[0].prob, second);
  (*b)->Predict("医院医生疫苗今年", {1, 0}, &pb);
  EXPECT_EQ(pb.size(), 1u);
  (*b)->Predict("医院医生疫苗今年", {3, second * 1.0001}, &pb);
  EXPECT_EQ(pb.size(), 1u);
}

TEST_F(ModelTest, EnsembleMemberIsCheckedAndRetrainingDropsIt) {
  TrainResult result;
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "m", TinyEnsemble(), &result).ok());
  TrainOptions back;
  ASSERT_TRUE(ReadTrainRecipe(tmp_ / "m", &back).ok());
  ASSERT_EQ(back.ensemble.size(), 1u);
  EXPECT_EQ(back.ensemble[0].name, "words");
  EXPECT_EQ(back.ensemble[0].tokenizer.scheme, TokenizeOptions::Scheme::kWords);
  EXPECT_EQ(back.ensemble[0].dim, 8);
  EXPECT_EQ(back.ensemble[0].word_ngrams, 2);
  EXPECT_EQ(back.ensemble[0].bucket, 1000);
  // A truncated member is named in the error.
  std::string bytes = ReadFile(tmp_ / "m.words.bin");
  WriteFile(tmp_ / "m.words.bin", bytes.substr(0, bytes.size() / 2));
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "m");
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.status().message().find("m.words.bin"), std::string::npos)
      << model.status().message();
  // One model under the same name: the member file goes.
  WriteFile(tmp_ / "m.other.bin", "not ours");
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "m", Tiny(), &result).ok());
  EXPECT_FALSE(std::filesystem::exists(tmp_ / "m.words.bin"));
  EXPECT_TRUE(std::filesystem::exists(tmp_ / "m.other.bin"));  // not listed: kept
  EXPECT_TRUE(Classifier::Load(tmp_ / "m").ok());
  TrainOptions bad = TinyEnsemble();
  bad.ensemble[0].name = "Words!";
  EXPECT_EQ(Train({tmp_ / "train.jsonl"}, tmp_ / "x", bad, &result).code(),
            Status::Code::kInvalidArgument);
}

TEST_F(ModelTest, NaiveBayesMemberIsTrainedLoadedAndRecorded) {
  TrainOptions o = TinyEnsemble();
  o.ensemble.push_back(BayesMember());
  TrainResult result;
  Status s = Train({tmp_ / "train.jsonl"}, tmp_ / "m", o, &result);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(result.member_paths,
            (std::vector<std::string>{tmp_ / "m.words.bin", tmp_ / "m.nb.tsv"}));
  const std::string json = ReadFile(tmp_ / "m.json");
  EXPECT_NE(json.find("\"nb\":{\"model\":\"m.nb.tsv\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"kind\":\"naive_bayes\""), std::string::npos) << json;
  TrainOptions back;
  ASSERT_TRUE(ReadTrainRecipe(tmp_ / "m", &back).ok());
  ASSERT_EQ(back.ensemble.size(), 2u);
  EXPECT_EQ(back.ensemble[1].kind, "naive_bayes");
  EXPECT_EQ(back.ensemble[1].alpha, BayesMember().alpha);
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(tmp_ / "m");
  ASSERT_TRUE(model.ok()) << model.status().message();
  std::vector<LabelProb> out;
  (*model)->Predict("医院医生疫苗", {3, 0}, &out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].label, "health");
  double sum = 0;
  for (const LabelProb& l : out) sum += l.prob;
  EXPECT_NEAR(sum, 1.0, 1e-4);
  // A damaged member file is named; without the member the model is one of two.
  std::string bytes = ReadFile(tmp_ / "m.nb.tsv");
  WriteFile(tmp_ / "m.nb.tsv", bytes + "x\t1\n");
  StatusOr<std::unique_ptr<Classifier>> bad = Classifier::Load(tmp_ / "m");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("m.nb.tsv"), std::string::npos) << bad.status().message();
  ASSERT_TRUE(Train({tmp_ / "train.jsonl"}, tmp_ / "m", TinyEnsemble(), &result).ok());
  EXPECT_FALSE(std::filesystem::exists(tmp_ / "m.nb.tsv"));
  o.ensemble[1].kind = "svm";
  EXPECT_EQ(Train({tmp_ / "train.jsonl"}, tmp_ / "x", o, &result).code(),
            Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace baokan
