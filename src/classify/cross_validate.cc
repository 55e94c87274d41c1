// k-fold cross-validation of a training recipe, and reading a model's recipe
// back from MODEL.json.

#include <algorithm>
#include <fstream>
#include <numeric>

#include "baokan/io.h"
#include "baokan/parallel.h"
#include "classify/internal.h"

namespace baokan {

using classify::ModelPaths;
using classify::ResolveModelPaths;
using classify::TempDir;
namespace {

// A 64-bit mix (SplitMix64's finalizer): the sort key that orders examples.
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// fold[i] for each of n examples: rank in the seeded order, modulo folds.
std::vector<int> AssignFolds(size_t n, int folds, uint64_t seed) {
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    uint64_t ka = Mix(seed ^ Mix(a)), kb = Mix(seed ^ Mix(b));
    return ka != kb ? ka < kb : a < b;
  });
  std::vector<int> fold(n);
  for (size_t r = 0; r < n; ++r) fold[order[r]] = static_cast<int>(r % folds);
  return fold;
}

Status WriteJsonl(const std::string& path, const std::vector<LabelledExample>& examples,
                  const std::vector<int>& fold, int skip) {
  std::ofstream out(path, std::ios::binary);
  for (size_t i = 0; i < examples.size(); ++i) {
    if (fold[i] == skip) continue;
    std::string labels = "[";
    for (const std::string& l : examples[i].labels) labels += (labels.size() > 1 ? "," : "") + JsonQuote(l);
    out << "{\"text\":" << JsonQuote(examples[i].text) << ",\"labels\":" << labels << "]}\n";
  }
  out.close();
  return out ? Status::OK() : Status::IOError(path + ": write failed (disk full?)");
}

// The members of MODEL.json's "ensemble" (none when absent) with their
// tokenizer and options.
Status ReadMembers(const JsonRecord& meta, const std::string& json,
                   std::vector<MemberOptions>* out) {
  out->clear();
  const std::string* raw = meta.Raw("ensemble");
  if (raw == nullptr || *raw == "null") return Status::OK();
  StatusOr<JsonRecord> table = JsonRecord::Parse(*raw);
  if (!table.ok()) return Status::DataError(json + ": bad ensemble: " + table.status().message());
  for (const auto& [name, value] : table->fields()) {
    StatusOr<JsonRecord> entry = JsonRecord::Parse(value);
    const std::string* tok = entry.ok() ? entry->Raw("tokenizer") : nullptr;
    const std::string* opts = entry.ok() ? entry->Raw("options") : nullptr;
    StatusOr<JsonRecord> o = opts ? JsonRecord::Parse(*opts) : StatusOr<JsonRecord>(JsonRecord());
    MemberOptions m;
    m.name = name;
    if (tok == nullptr || opts == nullptr || !o.ok() ||
        !TokenizeOptionsFromJson(*tok, &m.tokenizer).ok()) {
      return Status::DataError(json + ": ensemble member '" + name + "' is incomplete");
    }
    std::optional<double> v;
    for (auto [key, field] : {std::pair{"epoch", &m.epoch}, {"dim", &m.dim},
                              {"word_ngrams", &m.word_ngrams}, {"bucket", &m.bucket}}) {
      BAOKAN_RETURN_IF_ERROR(o->GetNumber(key, &v));
      if (v) *field = static_cast<int>(*v);
    }
    BAOKAN_RETURN_IF_ERROR(o->GetNumber("lr", &v));
    if (v) m.lr = *v;
    BAOKAN_RETURN_IF_ERROR(o->GetNumber("alpha", &v));
    if (v) m.alpha = *v;
    std::optional<std::string> kind;
    BAOKAN_RETURN_IF_ERROR(entry->GetString("kind", &kind));
    if (kind) m.kind = *kind;
    out->push_back(std::move(m));
  }
  return Status::OK();
}

}  // namespace

Status CrossValidate(const std::string& path, const TrainOptions& train,
                     const CrossValidationOptions& options, CrossValidationResult* result) {
  *result = CrossValidationResult();
  std::vector<LabelledExample> examples;
  BAOKAN_RETURN_IF_ERROR(ForEachExample(path, train, [&](LabelledExample&& e, size_t) {
    if (!e.labels.empty()) examples.push_back(std::move(e));
    return true;
  }));
  if (options.folds < 2 || examples.size() < static_cast<size_t>(options.folds)) {
    return Status::InvalidArgument("folds must be 2 to the number of labelled examples (" +
                                   std::to_string(examples.size()) + " in " + path + ")");
  }
  const std::vector<int> fold = AssignFolds(examples.size(), options.folds, options.seed);
  // The fold files hold canonical ids as JSONL text + labels.
  TrainOptions recipe = train;
  recipe.text_fields = {"text"};
  recipe.label_field = "labels";
  recipe.validation.clear();
  recipe.autotune_validation.clear();
  recipe.progress = nullptr;
  Predictions& pooled = result->pooled;
  pooled.gold.resize(examples.size());
  pooled.predicted.resize(examples.size());
  pooled.confidence.resize(examples.size());
  std::vector<double> accuracy, macro_f1;
  ThreadPool pool(options.threads);  // one for all folds
  for (int f = 0; f < options.folds; ++f) {
    TempDir tmp;
    BAOKAN_RETURN_IF_ERROR(tmp.Create());
    BAOKAN_RETURN_IF_ERROR(WriteJsonl(tmp.File("train.jsonl"), examples, fold, f));
    TrainResult trained;
    BAOKAN_RETURN_IF_ERROR(Train({tmp.File("train.jsonl")}, tmp.File("model"), recipe, &trained));
    StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(trained.model_path);
    if (!model.ok()) return model.status();
    std::vector<size_t> held;
    for (size_t i = 0; i < examples.size(); ++i) {
      if (fold[i] == f) held.push_back(i);
    }
    Predictions p;
    OrderedParallelMap<std::vector<LabelProb>>(
        &pool, held.size(),
        [&](size_t k) {
          std::vector<LabelProb> labels;
          (*model)->Predict(examples[held[k]].text, options.predict, &labels);
          return labels;
        },
        [&](size_t k, std::vector<LabelProb>&& labels) {
          std::vector<std::string> ids;
          for (const LabelProb& l : labels) ids.push_back(l.label);
          double conf = labels.empty() ? 0.0 : labels[0].prob;
          size_t i = held[k];
          pooled.gold[i] = examples[i].labels;
          pooled.predicted[i] = ids;
          pooled.confidence[i] = conf;
          p.gold.push_back(examples[i].labels);
          p.predicted.push_back(std::move(ids));
          p.confidence.push_back(conf);
        });
    StatusOr<EvalResult> r = Evaluate(p);
    if (!r.ok()) return r.status();
    accuracy.push_back(r->accuracy);
    macro_f1.push_back(r->macro.f1);
    result->per_fold.push_back(std::move(r).value());
  }
  result->accuracy = Summarize(accuracy);
  result->macro_f1 = Summarize(macro_f1);
  StatusOr<EvalResult> all = Evaluate(pooled);
  if (!all.ok()) return all.status();
  result->pooled_result = std::move(all).value();
  return Status::OK();
}

Status ReadTrainRecipe(const std::string& model, TrainOptions* out) {
  ModelPaths paths = ResolveModelPaths(model);
  StatusOr<std::string> text = ReadFileBytes(paths.json);
  if (!text.ok()) return Status::DataError(paths.json + ": " + text.status().message());
  StatusOr<JsonRecord> meta = JsonRecord::Parse(*text);
  if (!meta.ok()) return Status::DataError(paths.json + ": " + meta.status().message());
  const std::string* tok = meta->Raw("tokenizer");
  const std::string* opts = meta->Raw("options");
  if (tok == nullptr || opts == nullptr) {
    return Status::DataError(paths.json + ": no tokenizer or training options");
  }
  Status s = TokenizeOptionsFromJson(*tok, &out->tokenizer);
  if (!s.ok()) return Status::DataError(paths.json + ": " + s.message());
  StatusOr<JsonRecord> o = JsonRecord::Parse(*opts);
  if (!o.ok()) return Status::DataError(paths.json + ": options: " + o.status().message());
  struct IntField {
    const char* key;
    int* field;
  };
  for (IntField f : {IntField{"epoch", &out->epoch}, {"dim", &out->dim},
                     {"word_ngrams", &out->word_ngrams}, {"min_count", &out->min_count},
                     {"minn", &out->minn}, {"maxn", &out->maxn}, {"bucket", &out->bucket},
                     {"seed", &out->seed}}) {
    std::optional<double> v;
    BAOKAN_RETURN_IF_ERROR(o->GetNumber(f.key, &v));
    if (v) *f.field = static_cast<int>(*v);
  }
  std::optional<double> lr;
  BAOKAN_RETURN_IF_ERROR(o->GetNumber("lr", &lr));
  if (lr) out->lr = *lr;
  std::optional<std::string> loss;
  BAOKAN_RETURN_IF_ERROR(o->GetString("loss", &loss));
  if (loss) out->loss = *loss;
  return ReadMembers(*meta, paths.json, &out->ensemble);
}

}  // namespace baokan
