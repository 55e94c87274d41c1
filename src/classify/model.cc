// The fastText classifier: MODEL.json + MODEL.bin/.ftz, checked, then loaded.

#include <fasttext/densematrix.h>
#include <fasttext/fasttext.h>
#include <fasttext/loss.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "baokan/io.h"
#include "baokan/json.h"
#include "classify/internal.h"

namespace baokan {

using classify::ModelPaths;
using classify::ResolveModelPaths;
using classify::CheckFastTextFile;
using classify::MakeEnsemble;
using classify::LoadFastTextClassifier;
using classify::FlatVocab;
namespace {

constexpr std::string_view kLabelPrefix = "__label__";

// "taxonomy": {"economy": {"name": "经济", "iptc": "medtop:04000000"}, ...}
Status ReadTaxonomyJson(const JsonRecord& meta, const std::string& path, Taxonomy* out) {
  const std::string* raw = meta.Raw("taxonomy");
  if (raw == nullptr || *raw == "null") return Status::OK();
  StatusOr<JsonRecord> table = JsonRecord::Parse(*raw);
  if (!table.ok()) return Status::DataError(path + ": bad taxonomy: " + table.status().message());
  std::vector<SubjectInfo> subjects;
  for (const auto& [id, value] : table->fields()) {
    StatusOr<JsonRecord> item = JsonRecord::Parse(value);
    if (!item.ok()) return Status::DataError(path + ": bad taxonomy entry '" + id + "'");
    std::optional<std::string> name, iptc;
    BAOKAN_RETURN_IF_ERROR(item->GetString("name", &name));
    BAOKAN_RETURN_IF_ERROR(item->GetString("iptc", &iptc));
    subjects.push_back({id, name.value_or(id), iptc.value_or("")});
  }
  *out = Taxonomy(std::move(subjects));
  return Status::OK();
}

class FastTextClassifier : public classify::HashedClassifier {
 public:
  FastTextClassifier(std::string path, TokenizeOptions tokenizer, Taxonomy taxonomy)
      : path_(std::move(path)), tokenizer_(tokenizer), taxonomy_(std::move(taxonomy)) {}

  Status LoadBinary(const std::string& binary) {
    try {
      model_.loadModel(binary);
    } catch (const std::exception& e) {
      return Status::DataError(binary + ": fastText cannot load the model: " + e.what());
    }
    auto dict = model_.getDictionary();
    for (int32_t i = 0; i < dict->nlabels(); ++i) labels_.push_back(StripPrefix(dict->getLabel(i)));
    // Fast path: with no token n-grams and no sub-token n-grams, a line's
    // input is just the ids of its known tokens and of the end-of-line token,
    // exactly what fastText's own reader produces. A small hash map finds
    // them much faster than fastText's 30-million-slot table.
    // Token n-grams (wordNgrams > 1) are hashed buckets that fastText derives
    // from the tokens' own hashes (WordNgramIds); done here too unless the
    // model was quantized, where a pruned bucket table may remap them.
    fasttext::Args args = model_.getArgs();
    // A damaged file could name more buckets than its matrix has rows: then
    // fastText's own reader is left to deal with it.
    // (getInputMatrix() throws for a quantized model, hence isQuant() first.)
    const bool ngrams_fit =
        !model_.isQuant() && args.bucket > 0 &&
        model_.getInputMatrix()->size(0) >= static_cast<int64_t>(dict->nwords()) + args.bucket;
    if (args.maxn == 0 && (args.wordNgrams <= 1 || ngrams_fit)) {
      direct_ = true;
      vocab_.Reserve(static_cast<size_t>(dict->nwords()));
      for (int32_t id = 0; id < dict->nwords() && direct_; ++id) {
        direct_ = vocab_.Insert(FlatVocab::Hash(dict->getWord(id)), id);
      }
      eos_id_ = vocab_.Find(FlatVocab::Hash(fasttext::Dictionary::EOS));
      word_ngrams_ = args.wordNgrams;
      bucket_ = args.bucket;
      nwords_ = dict->nwords();
      if (!model_.isQuant()) {
        input_ = model_.getInputMatrix();
        rows_ = input_->data();
        dim_ = static_cast<size_t>(input_->size(1));
        // Softmax and one-vs-all: the hidden vector is summed here, rows
        // fetched ahead, and fastText's own loss turns it into labels.
        if (args.loss == fasttext::loss_name::softmax) {
          output_ = std::const_pointer_cast<fasttext::DenseMatrix>(model_.getOutputMatrix());
          loss_ = std::make_unique<fasttext::SoftmaxLoss>(output_);
        } else if (args.loss == fasttext::loss_name::ova) {
          output_ = std::const_pointer_cast<fasttext::DenseMatrix>(model_.getOutputMatrix());
          loss_ = std::make_unique<fasttext::OneVsAllLoss>(output_);
        }
      }
    }
    return Status::OK();
  }

  void Predict(std::string_view text, const PredictOptions& options,
               std::vector<LabelProb>* out) const override {
    out->clear();
    if (direct_) {
      classify::HashedTokens tokens;
      classify::HashTokens(text, tokenizer_, wants_fasttext_hashes(), &tokens);
      PredictHashed(tokens, options, out);
      return;
    }
    std::string line = TokenizeToLine(text, tokenizer_);
    if (line.empty()) return;
    line += '\n';
    std::istringstream in(line);
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    try {
      model_.predictLine(in, predictions, options.k, static_cast<fasttext::real>(options.threshold));
    } catch (const std::exception&) {
      return;  // treated as "no prediction"
    }
    for (auto& [prob, label] : predictions) {
      out->push_back({StripPrefix(label), std::min(1.0, static_cast<double>(prob))});
    }
  }

  const TokenizeOptions& tokenizer() const override { return tokenizer_; }
  bool wants_fasttext_hashes() const override { return word_ngrams_ > 1; }
  bool takes_hashes() const override { return direct_; }

  // The fast path (direct_ only).
  void PredictHashed(const classify::HashedTokens& tokens, const PredictOptions& options,
                     std::vector<LabelProb>* out) const override {
    out->clear();
    const std::vector<uint64_t>& hashes = tokens.vocab;
    if (hashes.empty()) return;
    thread_local std::vector<int32_t> ids;  // reused: no allocation per text
    ids.clear();
    vocab_.FindAll(hashes, &ids);
    if (eos_id_ >= 0) ids.push_back(eos_id_);
    if (word_ngrams_ > 1) {
      std::vector<uint32_t> ft_hashes(tokens.fasttext);
      ft_hashes.push_back(classify::FastTextHash(fasttext::Dictionary::EOS));
      WordNgramIds(ft_hashes, &ids);
    }
    fasttext::Predictions predictions;
    try {
      if (loss_ != nullptr) {
        PredictFromRows(ids, options, &predictions);
      } else {
        model_.predict(options.k, ids, predictions, static_cast<fasttext::real>(options.threshold));
      }
    } catch (const std::exception&) {
      return;  // treated as "no prediction"
    }
    for (const auto& [log_prob, label] : predictions) {
      double prob = std::exp(static_cast<double>(log_prob));
      out->push_back({labels_[label], std::min(1.0, prob)});
    }
  }

  const Taxonomy& taxonomy() const override { return taxonomy_; }
  std::vector<std::string> labels() const override { return labels_; }
  std::string description() const override { return path_; }

 private:
  static std::string StripPrefix(const std::string& label) {
    return label.compare(0, kLabelPrefix.size(), kLabelPrefix) == 0
               ? label.substr(kLabelPrefix.size())
               : label;
  }

  // What fastText's Model::predict does, the same operations in the same
  // order (so the same bits): the hidden vector is the mean of the input
  // rows, summed in input order; the loss gives the k best labels. Here the
  // rows are fetched a few ids ahead of the sum: with ~1,000 tokens an
  // article, waiting on each row in turn dominates.
  void PredictFromRows(const std::vector<int32_t>& ids, const PredictOptions& options,
                       fasttext::Predictions* predictions) const {
    if (ids.empty() || options.k <= 0) return;  // fastText: nothing, or an error
    fasttext::Model::State state(static_cast<int32_t>(dim_), static_cast<int32_t>(labels_.size()),
                                 0);
    fasttext::real* hidden = state.hidden.data();
    classify::ForEachRow(rows_, dim_, ids, [&](const fasttext::real* row) {
      for (size_t j = 0; j < dim_; ++j) hidden[j] += row[j];
    });
    state.hidden.mul(static_cast<fasttext::real>(1.0 / static_cast<double>(ids.size())));
    predictions->reserve(static_cast<size_t>(options.k) + 1);
    loss_->predict(options.k, static_cast<fasttext::real>(options.threshold), *predictions, state);
  }

  // fastText's Dictionary::addWordNgrams: for every token i, the n-grams
  // i..j (j < i + wordNgrams) hash to h = h * 116049371 + hash(j) in 64 bits,
  // where fastText keeps the token hashes as int32_t, so each enters the sum
  // sign-extended; bucket h % bucket, input row nwords + bucket. Every token
  // counts, known or not, and so does the end-of-line token.
  void WordNgramIds(const std::vector<uint32_t>& hashes, std::vector<int32_t>* ids) const {
    auto widen = [](uint32_t h) {
      return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(h)));
    };
    const size_t n = hashes.size(), span = static_cast<size_t>(word_ngrams_);
    for (size_t i = 0; i < n; ++i) {
      uint64_t h = widen(hashes[i]);
      for (size_t j = i + 1; j < n && j < i + span; ++j) {
        h = h * 116049371 + widen(hashes[j]);
        ids->push_back(nwords_ + static_cast<int32_t>(h % static_cast<uint64_t>(bucket_)));
      }
    }
  }

  std::string path_;
  TokenizeOptions tokenizer_;
  Taxonomy taxonomy_;
  fasttext::FastText model_;
  std::vector<std::string> labels_;
  bool direct_ = false;                               // the fast path applies
  FlatVocab vocab_;                                   // token -> word id
  int32_t eos_id_ = -1;
  int word_ngrams_ = 1;                               // the model's wordNgrams
  int bucket_ = 0;                                    // its n-gram buckets
  int32_t nwords_ = 0;                                // rows before the buckets
  std::shared_ptr<const fasttext::DenseMatrix> input_;  // kept alive for rows_
  const fasttext::real* rows_ = nullptr;              // input matrix, row-major
  size_t dim_ = 0;                                    // its row length
  // The output matrix and fastText's loss over it (softmax and one-vs-all
  // models, not quantized), for PredictFromRows; the loss holds a reference
  // to output_.
  std::shared_ptr<fasttext::Matrix> output_;
  std::unique_ptr<fasttext::Loss> loss_;
};

// The members listed in MODEL.json's "ensemble" object ({"NAME": {"model",
// "model_bytes", "tokenizer"}...}), each checked as the main model is and
// looked for beside MODEL.json; appended to *members.
Status LoadMembers(const std::string& raw, const ModelPaths& paths, const Taxonomy& taxonomy,
                   std::vector<std::unique_ptr<Classifier>>* members) {
  namespace fs = std::filesystem;
  StatusOr<JsonRecord> table = JsonRecord::Parse(raw);
  if (!table.ok()) return Status::DataError(paths.json + ": bad ensemble: " + table.status().message());
  for (const auto& [name, value] : table->fields()) {
    const std::string what = paths.json + ": ensemble member '" + name + "'";
    StatusOr<JsonRecord> entry = JsonRecord::Parse(value);
    if (!entry.ok()) return Status::DataError(what + ": " + entry.status().message());
    std::optional<std::string> file;
    std::optional<double> bytes;
    BAOKAN_RETURN_IF_ERROR(entry->GetString("model", &file));
    BAOKAN_RETURN_IF_ERROR(entry->GetNumber("model_bytes", &bytes));
    const std::string* tok = entry->Raw("tokenizer");
    if (!file || file->find('/') != std::string::npos || tok == nullptr) {
      return Status::DataError(what + ": needs a model file name and tokenizer settings");
    }
    std::string binary = (fs::path(paths.json).parent_path() / *file).string();
    std::optional<std::string> kind;
    BAOKAN_RETURN_IF_ERROR(entry->GetString("kind", &kind));
    const bool bayes = kind == "naive_bayes";
    if (kind && !bayes && *kind != "fasttext") {
      return Status::DataError(what + ": unknown kind '" + *kind + "'");
    }
    int64_t nlabels = 0;
    if (!bayes) BAOKAN_RETURN_IF_ERROR(CheckFastTextFile(binary, &nlabels));
    std::error_code ec;
    if (bytes && static_cast<int64_t>(*bytes) != static_cast<int64_t>(fs::file_size(binary, ec))) {
      return Status::DataError(binary + ": not the size " + paths.json +
                               " records; the model file was replaced or damaged");
    }
    TokenizeOptions tokenizer;
    Status s = TokenizeOptionsFromJson(*tok, &tokenizer);
    if (!s.ok()) return Status::DataError(what + ": " + s.message());
    if (bayes) {
      StatusOr<JsonRecord> o = entry->Raw("options") ? JsonRecord::Parse(*entry->Raw("options"))
                                                     : StatusOr<JsonRecord>(JsonRecord());
      std::optional<double> alpha;
      if (o.ok()) BAOKAN_RETURN_IF_ERROR(o->GetNumber("alpha", &alpha));
      if (!alpha || !(*alpha > 0)) return Status::DataError(what + ": needs options.alpha > 0");
      StatusOr<std::unique_ptr<Classifier>> nb =
          classify::LoadNaiveBayes(binary, tokenizer, taxonomy, *alpha);
      if (!nb.ok()) return nb.status();
      members->push_back(std::move(*nb));
      continue;
    }
    auto member = std::make_unique<FastTextClassifier>(binary, tokenizer, taxonomy);
    BAOKAN_RETURN_IF_ERROR(member->LoadBinary(binary));
    members->push_back(std::move(member));
  }
  return Status::OK();
}

}  // namespace

StatusOr<std::unique_ptr<Classifier>> classify::LoadFastTextClassifier(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  ModelPaths paths = ResolveModelPaths(path);
  if (paths.binary.empty() && fs::is_regular_file(path, ec) && !path.ends_with(".json")) {
    paths.binary = path;  // an unknown extension: check what it is
  }
  if (paths.binary.empty()) {
    return Status::NotFound(path + ": no model here (looked for " + paths.prefix + ".bin and " +
                            paths.prefix + ".ftz)");
  }
  int64_t nlabels = 0;
  BAOKAN_RETURN_IF_ERROR(CheckFastTextFile(paths.binary, &nlabels));
  if (!fs::is_regular_file(paths.json, ec)) {
    return Status::DataError(paths.binary + ": no " + paths.json +
                             " beside it; baokan needs the tokenizer settings that "
                             "`baokan train` writes there");
  }
  StatusOr<std::string> text = ReadFileBytes(paths.json);
  if (!text.ok()) return text.status();
  StatusOr<JsonRecord> meta = JsonRecord::Parse(*text);
  if (!meta.ok()) return Status::DataError(paths.json + ": " + meta.status().message());
  std::optional<std::string> format;
  BAOKAN_RETURN_IF_ERROR(meta->GetString("format", &format));
  if (format != "baokan-model") {
    return Status::DataError(paths.json + ": not a baokan model description (format is not "
                             "\"baokan-model\")");
  }
  std::optional<double> bytes;
  BAOKAN_RETURN_IF_ERROR(meta->GetNumber("model_bytes", &bytes));
  int64_t actual = static_cast<int64_t>(fs::file_size(paths.binary, ec));
  if (bytes && static_cast<int64_t>(*bytes) != actual) {
    return Status::DataError(paths.binary + ": " + std::to_string(actual) + " bytes, but " +
                             paths.json + " records " + JsonNumber(*bytes) +
                             "; the model file was replaced or damaged");
  }
  TokenizeOptions tokenizer;
  const std::string* tok = meta->Raw("tokenizer");
  if (tok == nullptr) return Status::DataError(paths.json + ": no tokenizer settings");
  Status s = TokenizeOptionsFromJson(*tok, &tokenizer);
  if (!s.ok()) return Status::DataError(paths.json + ": " + s.message());
  Taxonomy taxonomy;
  BAOKAN_RETURN_IF_ERROR(ReadTaxonomyJson(*meta, paths.json, &taxonomy));
  auto model = std::make_unique<FastTextClassifier>(paths.binary, tokenizer, taxonomy);
  BAOKAN_RETURN_IF_ERROR(model->LoadBinary(paths.binary));
  const std::string* ensemble = meta->Raw("ensemble");
  if (ensemble == nullptr || *ensemble == "null") return std::unique_ptr<Classifier>(std::move(model));
  std::vector<std::unique_ptr<Classifier>> members;
  members.push_back(std::move(model));
  BAOKAN_RETURN_IF_ERROR(LoadMembers(*ensemble, paths, taxonomy, &members));
  return MakeEnsemble(std::move(members), paths.binary);
}

StatusOr<std::unique_ptr<Classifier>> Classifier::Load(const std::string& path) {
  return LoadFastTextClassifier(path);
}

}  // namespace baokan
