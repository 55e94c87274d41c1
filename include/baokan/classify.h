// Subjects: the taxonomy, the classifiers (a fastText model, or the keyword
// lexicon that needs no training data), training, and evaluation.
//
// A model is MODEL.bin (or MODEL.ftz when quantized) plus MODEL.json beside
// it, holding the tokenizer settings, the taxonomy, the training data's
// digest, the training options and validation metrics (docs/classify.md).

#ifndef BAOKAN_CLASSIFY_H_
#define BAOKAN_CLASSIFY_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/significance.h"
#include "baokan/status.h"
#include "baokan/tokenize.h"

namespace baokan {

// ---- Taxonomy -------------------------------------------------------------

struct SubjectInfo {
  std::string id;    // "economy"
  std::string name;  // "经济"
  std::string iptc;  // IPTC Media Topic code "medtop:04000000", or empty
};

class Taxonomy {
 public:
  Taxonomy() = default;
  explicit Taxonomy(std::vector<SubjectInfo> subjects) : subjects_(std::move(subjects)) {}

  // Reads a TSV file: "id<TAB>name<TAB>iptc" per line; lines starting with
  // '#' and blank lines are skipped. Errors name FILE:LINE.
  static StatusOr<Taxonomy> Load(const std::string& path);
  // models/subjects.tsv from ModelsDir().
  static StatusOr<Taxonomy> Default();

  // The subject whose id or name is `label`; nullptr when none is.
  const SubjectInfo* Find(std::string_view label) const;
  // The id for a label given as id or name; the label itself when unknown.
  std::string Canonical(std::string_view label) const;
  const std::vector<SubjectInfo>& subjects() const { return subjects_; }

 private:
  std::vector<SubjectInfo> subjects_;
};


// ---- Classifiers ----------------------------------------------------------

struct LabelProb {
  std::string label;
  double prob = 0;
};

struct PredictOptions {
  // At most this many labels, best first. Default 3.
  int k = 3;
  // Labels below this probability are left out. Default 0.
  double threshold = 0;
};

// Something that assigns subjects to text. Implementations are thread-safe
// for Predict().
class Classifier {
 public:
  virtual ~Classifier() = default;

  // Loads a model: MODEL.bin, MODEL.ftz, MODEL.json or the MODEL prefix.
  // The fastText file is checked (magic, version, structure, size recorded
  // in MODEL.json) before it is loaded; a missing, truncated or foreign file
  // is a DataError naming it, never a crash. Requires MODEL.json.
  static StatusOr<std::unique_ptr<Classifier>> Load(const std::string& path);
  // The keyword lexicon labeller over the default taxonomy (ModelsDir()).
  static StatusOr<std::unique_ptr<Classifier>> Lexicon();
  // The lexicon labeller from explicit files.
  static StatusOr<std::unique_ptr<Classifier>> Lexicon(const std::string& lexicon_tsv,
                                                       const std::string& taxonomy_tsv);

  // Stores in *out (replacing its contents) the labels of `text`, best
  // first, with probabilities. Empty when the text has nothing to go on.
  virtual void Predict(std::string_view text, const PredictOptions& options,
                       std::vector<LabelProb>* out) const = 0;

  // The taxonomy used to name labels.
  virtual const Taxonomy& taxonomy() const = 0;
  // Every label the classifier can return.
  virtual std::vector<std::string> labels() const = 0;
  // "lexicon" or the model's path, for reports.
  virtual std::string description() const = 0;
};

// The `subject` field of a record: {"label", "name", "prob", "labels":
// [{"label","prob"}...]}, or "null" when `labels` is empty.
std::string SubjectJson(const std::vector<LabelProb>& labels, const Taxonomy& taxonomy);

// ---- Training -------------------------------------------------------------

// A further model of an ensemble: trained on the same examples as the main
// model, but on its own tokens and with its own options; at predict time the
// probabilities of all the models are averaged. Loss, min_count, seed and
// threads are the main model's; it has no sub-token n-grams.
struct MemberOptions {
  std::string name;           // file MODEL.NAME.bin (.tsv); [a-z0-9_]+, unique
  // "fasttext", or "naive_bayes": multinomial naive Bayes over the tokens,
  // counts smoothed by `alpha` (MODEL.NAME.tsv; the fastText options below
  // do not apply).
  std::string kind = "fasttext";
  double alpha = 0.1;
  TokenizeOptions tokenizer;
  int epoch = 10;
  double lr = 0.5;
  int dim = 64;
  int word_ngrams = 1;
  int bucket = 2000000;       // used only with word_ngrams > 1
};

// The default member (chosen on the THUCNews headlines, docs/classify.md):
// ICU dictionary words with word bigrams, 15 epochs at lr 1.0, dim 16, 200,000
// buckets. Beside the character-token main model it adds what characters
// miss (word boundaries, word order) at a fraction of the training time.
MemberOptions WordsMember();

// The naive Bayes member "nb" (a default member): character unigrams +
// bigrams (the main model's default tokens), alpha 0.1. A model of another
// kind makes other mistakes: beside the two fastText models it adds 1.3-1.5
// points on the THUCNews headlines (docs/classify.md). It cuts the text with
// the main model's tokenizer, so in the ensemble the tokens are shared.
MemberOptions BayesMember();

struct TrainOptions {
  TokenizeOptions tokenizer;
  // JSONL: the field(s) holding the text, joined by a newline. Default "text".
  std::vector<std::string> text_fields = {"text"};
  // JSONL: the label field, a string or an array of strings; when absent the
  // field "labels" is tried. Default "label".
  std::string label_field = "label";
  // fastText lines: the label prefix. Default "__label__".
  std::string label_prefix = "__label__";
  // Labels may be given as taxonomy names (经济); they are stored as ids.
  Taxonomy taxonomy;

  // fastText options (defaults chosen on thucnews titles, docs/classify.md).
  int epoch = 10;
  double lr = 0.5;
  int dim = 16;
  int word_ngrams = 1;
  int min_count = 1;
  int minn = 0;
  int maxn = 0;
  std::string loss = "softmax";  // softmax, ova (one-vs-all), hs
  int bucket = 2000000;          // used only with word_ngrams > 1 or maxn > 0
  int threads = 1;
  int seed = 0;
  // Further models trained beside the main one (an ensemble); their
  // probabilities are averaged with the main model's. Default: WordsMember()
  // and BayesMember(). Empty: one model.
  std::vector<MemberOptions> ensemble = {WordsMember(), BayesMember()};

  // Autotune against this labelled file (same formats as the data) when set.
  std::string autotune_validation;
  int autotune_duration = 300;      // seconds
  std::string autotune_modelsize;   // e.g. "2M"; empty: no limit
  // Validation metrics go into MODEL.json when set (autotune's file is used
  // when this is empty).
  std::string validation;
  // Write MODEL.ftz (product-quantized) instead of MODEL.bin.
  bool quantize = false;

  // Called now and then with training progress in [0, 1] and the loss.
  std::function<void(double progress, double loss)> progress;
};

struct TrainResult {
  std::string model_path;  // MODEL.bin or MODEL.ftz
  std::string json_path;   // MODEL.json
  int64_t examples = 0;    // lines used for training
  int64_t skipped = 0;     // lines without labels or without any token
  std::vector<std::string> labels;
  double seconds = 0;      // fastText training time of every model (tokenizing excluded)
  std::vector<std::string> member_paths;  // MODEL.NAME.bin (or .ftz) per ensemble member
};

// Trains a model on `data` (JSONL or fastText lines; see TrainOptions) and
// writes it as `output` (a prefix: "m" or "m.bin" both give m.bin + m.json),
// with each ensemble member as m.NAME.bin (member files of an earlier model
// under the same prefix that this one does not have are removed).
// Bad lines are a DataError naming FILE:LINE; fastText's own errors come
// back as a DataError too. Options out of range are InvalidArgument, the
// message starting with the field's name ("epoch must be 1 to 10000",
// "char_ngrams must be ..."): a command names its own flag for it.
Status Train(const std::vector<std::string>& data, const std::string& output,
             const TrainOptions& options, TrainResult* result);

// ---- Labelled data --------------------------------------------------------

struct LabelledExample {
  std::string text;
  std::vector<std::string> labels;  // canonical ids, primary first
};

// Reads labelled data, JSONL or fastText lines, with the fields of `options`
// (text_fields, label_field, label_prefix, taxonomy). `fn` is called for
// every example with its file and line; it returns false to stop. Lines
// without labels are passed with empty `labels`. A malformed line is a
// DataError naming FILE:LINE.
Status ForEachExample(const std::string& path, const TrainOptions& options,
                      const std::function<bool(LabelledExample&&, size_t line)>& fn);

// ---- Evaluation -----------------------------------------------------------

struct PrfScores {
  double precision = 0, recall = 0, f1 = 0;
};

struct LabelScores {
  std::string label;
  int64_t tp = 0, fp = 0, fn = 0, support = 0;  // support: gold examples
  PrfScores scores;
};

struct EvalResult {
  int64_t n = 0;             // examples
  double accuracy = 0;       // top label among the gold labels
  PrfScores micro, macro;    // macro: unweighted mean over `per_label`
  std::vector<LabelScores> per_label;  // sorted by label
  // confusion[i][j]: examples whose primary gold label is labels[i] and whose
  // top prediction is labels[j]; the last column counts "no prediction".
  std::vector<std::string> labels;
  std::vector<std::vector<int64_t>> confusion;
  // Reliability of the top label's probability; empty bins and ece 0 when
  // the probabilities were not given (Evaluate(gold, predicted)).
  Calibration calibration;
};

// What a classifier predicted for every labelled example of a file, in file
// order: the input of Evaluate and of the paired comparison.
struct Predictions {
  std::vector<std::vector<std::string>> gold;       // labels, primary first
  std::vector<std::vector<std::string>> predicted;  // best first; may be empty
  std::vector<double> confidence;                   // top label's probability; 0 if none
};

// Scores predictions against gold. gold[i] lists example i's labels (primary
// first); predicted[i] the predicted labels (may be empty). Per label: tp when
// predicted and gold, fp when predicted and not gold, fn when gold and not
// predicted. Accuracy counts examples whose first predicted label is one of
// the gold labels. Sizes must match (InvalidArgument otherwise).
StatusOr<EvalResult> Evaluate(const std::vector<std::vector<std::string>>& gold,
                              const std::vector<std::vector<std::string>>& predicted);

// Evaluate(p.gold, p.predicted), plus the reliability table of
// p.confidence (kCalibrationBins bins). p.confidence must be empty or as long
// as p.gold (InvalidArgument otherwise).
StatusOr<EvalResult> Evaluate(const Predictions& p);

// Predicts every labelled example of `path` (read as ForEachExample does,
// with the fields of `data`; examples without labels are skipped) with
// `model` under `predict`, into *out (replacing it). Uses up to `threads`
// threads; the result does not depend on their number. A file without
// labelled examples is a DataError.
Status PredictFile(const Classifier& model, const std::string& path, const TrainOptions& data,
                   const PredictOptions& predict, int threads, Predictions* out);

// Predicts every example of the labelled file `path` (read as ForEachExample
// does, with the fields of `data`) with `model` and scores the predictions:
// the labels Predict() returns under `predict` (k = 1 scores the top label
// only). Examples without labels are skipped. Uses up to `threads` threads;
// the result does not depend on their number.
Status EvaluateFile(const Classifier& model, const std::string& path, const TrainOptions& data,
                    const PredictOptions& predict, int threads, EvalResult* result);

// ---- Paired comparison ------------------------------------------------------

// B against A on the same examples. Differences are B - A.
struct PairedComparison {
  int64_t n = 0;
  double accuracy_diff = 0;
  Interval accuracy_ci;   // paired percentile bootstrap (BootstrapInterval)
  double macro_f1_diff = 0;
  Interval macro_f1_ci;   // the same resamples' macro-F1 differences
  // On "top label is right": only_a counts examples only A gets right.
  McNemarResult mcnemar;
};

// Compares two classifiers' predictions of the same examples: both must have
// the same gold labels in the same order (InvalidArgument otherwise). The
// bootstrap resamples examples (pairs), so what both models share cancels.
// The point differences equal those of Evaluate(b) - Evaluate(a).
StatusOr<PairedComparison> ComparePaired(const Predictions& a, const Predictions& b,
                                         const BootstrapOptions& options = {});

// {"n":..,"accuracy":{"diff":..,"ci95":[lo,hi]},"macro_f1":{"diff":..,"ci95":[..]},
//  "mcnemar":{"only_a":..,"only_b":..,"test":"exact-binomial"|"chi2-continuity",
//  "statistic":..,"p":..},"bootstrap":{"resamples":..,"seed":..,"level":..}}
std::string ComparisonToJson(const PairedComparison& c, const BootstrapOptions& options);

// ---- Cross-validation -------------------------------------------------------

inline constexpr uint64_t kFoldSeed = 20161207;  // how examples are dealt into folds

struct CrossValidationOptions {
  int folds = 5;             // 2 .. number of examples
  uint64_t seed = kFoldSeed; // fixes the assignment of examples to folds
  PredictOptions predict{1, 0};
  int threads = 1;           // prediction threads (training uses train.threads)
};

struct CrossValidationResult {
  std::vector<EvalResult> per_fold;  // fold f: trained on the others, scored on f
  MeanSpread accuracy, macro_f1;     // over the folds
  // Every example scored by the model that did not see it, in file order.
  Predictions pooled;
  EvalResult pooled_result;          // Evaluate(pooled)
};

// k-fold cross-validation of the recipe `train` (tokenizer, fastText options,
// data fields) on the labelled file `path`: the labelled examples are put in a
// fixed pseudo-random order (from options.seed) and dealt into `folds` folds
// round-robin; each fold is scored by a model trained on the other folds in a
// private temporary directory that is removed afterwards. With train.threads
// 1 the result is the same on every run. Fewer examples than folds, or folds
// < 2, is InvalidArgument; training errors come back as they are.
Status CrossValidate(const std::string& path, const TrainOptions& train,
                     const CrossValidationOptions& options, CrossValidationResult* result);

// "NAME: K-fold cross-validation" then accuracy and macro-F1 as mean ± sd
// (min – max) over the folds, the pooled figures, and one line per fold.
std::string CrossValidationText(const std::string& name, const CrossValidationResult& r);
// {"recipe":NAME,"accuracy":{"mean","sd","min","max"},"macro_f1":{..},
//  "folds":[{"n","accuracy","macro_f1"}..],"pooled":EvalToJson}
std::string CrossValidationJson(const std::string& name, const CrossValidationResult& r,
                                const Taxonomy& taxonomy);

// Reads the training recipe of a model from its MODEL.json ("tokenizer" and
// "options": epoch, lr, dim, word_ngrams, min_count, minn, maxn, loss, bucket,
// seed) into *out, leaving its data fields and taxonomy as they are. A
// missing or unreadable MODEL.json is a DataError naming it.
Status ReadTrainRecipe(const std::string& model, TrainOptions* out);

// Several models scored on the same data; the first is the baseline the
// others are compared with.
struct ModelComparison {
  std::vector<std::string> names;
  std::vector<EvalResult> results;
  // paired[i - 1]: model i against model 0 (B = model i, A = model 0).
  std::vector<PairedComparison> paired;
  BootstrapOptions bootstrap;  // what `paired` was computed with
};

// Side by side as text: accuracy, micro/macro F1 and ECE per model, each
// model's difference to the first with its interval and McNemar's test (and
// which form of it), then precision / recall / F1 per label and model.
std::string ComparisonText(const ModelComparison& c, const Taxonomy& taxonomy);

// {"models":[{"model":NAME,"metrics":EvalToJson,"vs_first":ComparisonToJson}..]}
// ("vs_first" from the second model on).
std::string ComparisonJson(const ModelComparison& c, const Taxonomy& taxonomy);

// {"accuracy":..,"micro":{"precision","recall","f1"},"macro":{..},
//  "per_label":[{"label","name","precision","recall","f1","support","tp","fp","fn"}..],
//  "confusion":{"labels":[..],"matrix":[[..]..]},
//  "calibration":{"ece":..,"bins":[{"low","high","n","confidence","accuracy"}..]},"n":..}
// ("calibration" only when the result has one).
std::string EvalToJson(const EvalResult& result, const Taxonomy& taxonomy);

// A plain-text summary: overall figures and the per-label table.
std::string EvalToText(const EvalResult& result, const Taxonomy& taxonomy);

// A self-contained HTML page (inline CSS and SVG, nothing fetched): the
// models' figures side by side, their differences to the first with interval
// and McNemar's test (when c.paired is filled), per-label F1 bars, each
// model's reliability table and ECE, and the confusion heatmaps next to each
// other.
std::string EvalReportHtml(const ModelComparison& c, const Taxonomy& taxonomy,
                           const std::string& data_name);

}  // namespace baokan

#endif  // BAOKAN_CLASSIFY_H_
