// Training: labelled data -> baokan tokens -> libfasttext -> MODEL.bin/.ftz +
// MODEL.json. fastText trusts its input and throws (or exits) on what it
// dislikes, so everything it could object to is checked here first, and its
// exceptions are caught at this boundary.

#include <fasttext/autotune.h>
#include <fasttext/fasttext.h>
#include <stdlib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "classify/internal.h"

namespace baokan {

using classify::Fnv1a64;
using classify::DigestFile;
using classify::ModelPaths;
using classify::ResolveModelPaths;
using classify::WriteModelJson;
using classify::TempDir;
namespace {

namespace fs = std::filesystem;

constexpr size_t kChunk = 4096;  // examples tokenized together

struct Converted {
  int64_t examples = 0, skipped = 0;
  std::set<std::string> labels;
  Fnv1a64 digest;  // of the fastText lines written
};

// Reads `inputs`, tokenizes them and writes fastText lines to `out_path`.
Status WriteFastTextLines(const std::vector<std::string>& inputs, const TrainOptions& options,
                          int threads, const std::string& out_path, Converted* conv) {
  std::ofstream out(out_path, std::ios::binary);
  if (!out) return Status::IOError(out_path + ": cannot write");
  std::vector<LabelledExample> chunk;
  ThreadPool pool(threads);  // one for all chunks
  auto flush = [&] {
    OrderedParallelMap<std::string>(
        &pool, chunk.size(),
        [&](size_t i) { return TokenizeToLine(chunk[i].text, options.tokenizer); },
        [&](size_t i, std::string&& tokens) {
          if (tokens.empty() || chunk[i].labels.empty()) {
            ++conv->skipped;
            return;
          }
          std::string line;
          for (const std::string& label : chunk[i].labels) {
            line += "__label__" + label + " ";
            conv->labels.insert(label);
          }
          line += tokens;
          line += '\n';
          conv->digest.Update(line);
          out << line;
          ++conv->examples;
        });
    chunk.clear();
  };
  for (const std::string& path : inputs) {
    Status s = ForEachExample(path, options, [&](LabelledExample&& example, size_t) {
      chunk.push_back(std::move(example));
      if (chunk.size() >= kChunk) flush();
      return true;
    });
    BAOKAN_RETURN_IF_ERROR(s);
  }
  flush();
  out.close();
  if (!out) return Status::IOError(out_path + ": write failed (disk full?)");
  return Status::OK();
}

// The options a member is trained with: the main model's, with the member's
// tokenizer and settings, no sub-token n-grams, no autotune, no members.
TrainOptions MemberTrainOptions(const TrainOptions& o, const MemberOptions& m) {
  TrainOptions t = o;
  t.tokenizer = m.tokenizer;
  t.epoch = m.epoch;
  t.lr = m.lr;
  t.dim = m.dim;
  t.word_ngrams = m.word_ngrams;
  t.bucket = m.bucket;
  t.minn = t.maxn = 0;
  t.quantize = o.quantize || !o.autotune_modelsize.empty();
  t.autotune_validation.clear();
  t.autotune_modelsize.clear();
  t.ensemble.clear();
  t.progress = nullptr;
  return t;
}

Status CheckRange(bool ok, const std::string& what) {
  return ok ? Status::OK() : Status::InvalidArgument(what);
}

Status ValidateTrainOptions(const TrainOptions& o) {
  BAOKAN_RETURN_IF_ERROR(ValidateTokenizeOptions(o.tokenizer));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.epoch >= 1 && o.epoch <= 10000, "epoch must be 1 to 10000"));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.lr > 0 && o.lr <= 10, "lr must be in (0, 10]"));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.dim >= 1 && o.dim <= 1000, "dim must be 1 to 1000"));
  BAOKAN_RETURN_IF_ERROR(
      CheckRange(o.word_ngrams >= 1 && o.word_ngrams <= 6, "word_ngrams must be 1 to 6"));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.min_count >= 1, "min_count must be at least 1"));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.minn >= 0 && o.maxn >= 0 && o.maxn <= 10 &&
                                        (o.maxn == 0 || (o.minn >= 1 && o.minn <= o.maxn)),
                                    "minn and maxn: need 1 <= minn <= maxn <= 10, or maxn 0"));
  BAOKAN_RETURN_IF_ERROR(
      CheckRange(o.loss == "softmax" || o.loss == "ova" || o.loss == "hs",
                 "loss must be softmax, ova or hs, not '" + o.loss + "'"));
  BAOKAN_RETURN_IF_ERROR(
      CheckRange(o.bucket >= 0 && o.bucket <= 100000000, "bucket must be 0 to 100000000"));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.threads >= 1 && o.threads <= 256, "threads must be 1 to 256"));
  BAOKAN_RETURN_IF_ERROR(CheckRange(o.autotune_duration >= 1, "autotune_duration must be >= 1"));
  for (size_t i = 0; i < o.ensemble.size(); ++i) {
    const MemberOptions& m = o.ensemble[i];
    bool named = !m.name.empty() &&
                 m.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") ==
                     std::string::npos;
    for (size_t j = 0; j < i; ++j) named = named && o.ensemble[j].name != m.name;
    BAOKAN_RETURN_IF_ERROR(
        CheckRange(named, "ensemble member names must be unique and [a-z0-9_]+"));
    BAOKAN_RETURN_IF_ERROR(CheckRange(m.kind == "fasttext" || m.kind == "naive_bayes",
                                      "ensemble member kind must be fasttext or naive_bayes, "
                                      "not '" + m.kind + "'"));
    BAOKAN_RETURN_IF_ERROR(CheckRange(m.alpha > 0 && m.alpha <= 10, "alpha must be in (0, 10]"));
    BAOKAN_RETURN_IF_ERROR(ValidateTrainOptions(MemberTrainOptions(o, m)));
  }
  if (!o.autotune_modelsize.empty()) {
    size_t digits = o.autotune_modelsize.find_first_not_of("0123456789");
    bool ok = digits > 0 && (digits == std::string::npos ||
                             (digits + 1 == o.autotune_modelsize.size() &&
                              std::string("KMG").find(o.autotune_modelsize[digits]) !=
                                  std::string::npos));
    BAOKAN_RETURN_IF_ERROR(CheckRange(ok, "autotune_modelsize takes a size like 2M or 500K"));
  }
  return Status::OK();
}

fasttext::Args MakeArgs(const TrainOptions& o, const std::string& input) {
  fasttext::Args a;
  a.input = input;
  a.model = fasttext::model_name::sup;
  a.loss = o.loss == "ova"  ? fasttext::loss_name::ova
           : o.loss == "hs" ? fasttext::loss_name::hs
                            : fasttext::loss_name::softmax;
  a.lr = o.lr;
  a.dim = o.dim;
  a.epoch = o.epoch;
  a.wordNgrams = o.word_ngrams;
  a.minCount = o.min_count;
  a.minn = o.minn;
  a.maxn = o.maxn;
  // As the fastText command line does: no hash buckets when nothing uses them
  // (autotune may turn n-grams on, so it keeps them).
  bool hashed = o.word_ngrams > 1 || o.maxn > 0 || !o.autotune_validation.empty();
  a.bucket = hashed ? o.bucket : 0;
  a.thread = o.threads;
  a.seed = o.seed;
  a.verbose = 0;
  a.label = "__label__";
  return a;
}

std::string OptionsJson(const TrainOptions& o, const fasttext::Args& used) {
  JsonRecord r;
  r.SetInt("epoch", used.epoch);
  r.SetNumber("lr", used.lr);
  r.SetInt("dim", used.dim);
  r.SetInt("word_ngrams", used.wordNgrams);
  r.SetInt("min_count", used.minCount);
  r.SetInt("minn", used.minn);
  r.SetInt("maxn", used.maxn);
  r.SetString("loss", used.loss == fasttext::loss_name::ova  ? "ova"
                      : used.loss == fasttext::loss_name::hs ? "hs"
                                                             : "softmax");
  r.SetInt("bucket", used.bucket);
  r.SetInt("threads", o.threads);
  r.SetInt("seed", o.seed);
  r.SetBool("autotune", !o.autotune_validation.empty());
  r.SetBool("quantized", o.quantize || !o.autotune_modelsize.empty());
  return r.Serialize();
}

std::string TaxonomyJson(const Taxonomy& taxonomy, const std::set<std::string>& labels) {
  JsonRecord r;
  for (const SubjectInfo& s : taxonomy.subjects()) {
    if (!labels.count(s.id)) continue;
    JsonRecord item;
    item.SetString("name", s.name);
    if (!s.iptc.empty()) item.SetString("iptc", s.iptc);
    r.SetRaw(s.id, item.Serialize());
  }
  return r.Serialize();
}

// Runs fastText; every exception it throws becomes a DataError.
Status RunFastText(const TrainOptions& o, const std::string& tokens, const std::string& valid,
                   const std::string& binary, fasttext::Args* used) {
  try {
    fasttext::Args args = MakeArgs(o, tokens);
    auto ft = std::make_shared<fasttext::FastText>();
    if (!valid.empty()) {
      args.autotuneValidationFile = valid;
      args.autotuneDuration = o.autotune_duration;
      // fastText's search also draws dim (up to 500) and bucket (up to 10M):
      // tens of GB for one trial. Both stay as given, which bounds memory.
      args.setManual("dim");
      args.setManual("bucket");
      if (!o.autotune_modelsize.empty()) args.autotuneModelSize = o.autotune_modelsize;
      fasttext::Autotune autotune(ft);
      autotune.train(args);
    } else {
      fasttext::FastText::TrainCallback callback;
      if (o.progress) {
        callback = [&](float progress, float loss, double, double, int64_t) {
          o.progress(progress, loss);
        };
      }
      ft->train(args, callback);
    }
    if (o.quantize && o.autotune_modelsize.empty()) {
      fasttext::Args q;
      q.input = tokens;
      q.qout = false;
      q.cutoff = 0;
      q.retrain = false;
      q.dsub = 2;
      q.verbose = 0;
      ft->quantize(q);
    }
    ft->saveModel(binary);
    *used = ft->getArgs();
  } catch (const std::exception& e) {
    return Status::DataError(std::string("fastText: ") + e.what());
  }
  return Status::OK();
}

// The member files ("m.words.bin") an existing MODEL.json lists; empty when
// there is none or it cannot be read.
std::vector<std::string> ListedMemberFiles(const std::string& json_path) {
  std::vector<std::string> files;
  StatusOr<std::string> text = ReadFileBytes(json_path);
  if (!text.ok()) return files;
  StatusOr<JsonRecord> meta = JsonRecord::Parse(*text);
  const std::string* raw = meta.ok() ? meta->Raw("ensemble") : nullptr;
  StatusOr<JsonRecord> members =
      raw && *raw != "null" ? JsonRecord::Parse(*raw) : StatusOr<JsonRecord>(JsonRecord());
  if (!members.ok()) return files;
  for (const auto& [name, value] : members->fields()) {
    StatusOr<JsonRecord> member = JsonRecord::Parse(value);
    std::optional<std::string> model;
    if (member.ok() && member->GetString("model", &model).ok() && model) files.push_back(*model);
  }
  return files;
}

// Trains every member of options.ensemble on `data`, writes each as
// PREFIX.NAME.bin (.ftz when quantized) and its entry of MODEL.json's
// "ensemble" object into *json: {"NAME":{"model","model_bytes","tokenizer",
// "options"}...}.
Status TrainMembers(const std::vector<std::string>& data, const TrainOptions& options,
                    const ModelPaths& paths, const TempDir& tmp, TrainResult* result,
                    std::string* json) {
  JsonRecord all;
  for (const MemberOptions& member : options.ensemble) {
    TrainOptions m = MemberTrainOptions(options, member);
    const bool bayes = member.kind == "naive_bayes";
    Converted conv;
    std::string tokens = tmp.File("member.txt"), staged = tmp.File("member.bin");
    BAOKAN_RETURN_IF_ERROR(WriteFastTextLines(data, m, m.threads, tokens, &conv));
    fasttext::Args used;
    auto start = std::chrono::steady_clock::now();
    if (bayes) {
      BAOKAN_RETURN_IF_ERROR(classify::TrainNaiveBayes(tokens, staged));
    } else {
      BAOKAN_RETURN_IF_ERROR(classify::ShuffleLines(tokens, options.seed));
      BAOKAN_RETURN_IF_ERROR(RunFastText(m, tokens, "", staged, &used));
    }
    result->seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const std::string ext = bayes ? ".tsv" : m.quantize ? ".ftz" : ".bin";
    std::string path = paths.prefix + "." + member.name + ext;
    std::error_code ec;
    int64_t bytes = static_cast<int64_t>(fs::file_size(staged, ec));
    fs::copy_file(staged, path + ".tmp", fs::copy_options::overwrite_existing, ec);
    if (!ec) fs::rename(path + ".tmp", path, ec);
    if (ec) return Status::IOError(path + ": cannot write: " + ec.message());
    for (const char* other : {".bin", ".ftz", ".tsv"}) {
      if (ext != other) fs::remove(paths.prefix + "." + member.name + other, ec);
    }
    result->member_paths.push_back(path);
    JsonRecord entry;
    entry.SetString("model", fs::path(path).filename().string());
    entry.SetInt("model_bytes", bytes);
    entry.SetRaw("tokenizer", TokenizeOptionsToJson(m.tokenizer));
    if (bayes) {
      entry.SetString("kind", member.kind);
      JsonRecord o;
      o.SetNumber("alpha", member.alpha);
      entry.SetRaw("options", o.Serialize());
    } else {
      entry.SetRaw("options", OptionsJson(m, used));
    }
    all.SetRaw(member.name, entry.Serialize());
  }
  *json = all.Serialize();
  return Status::OK();
}

}  // namespace

Status Train(const std::vector<std::string>& data, const std::string& output,
             const TrainOptions& options, TrainResult* result) {
  BAOKAN_RETURN_IF_ERROR(ValidateTrainOptions(options));
  if (data.empty()) return Status::InvalidArgument("no training data given");
  *result = TrainResult();
  TempDir tmp;
  BAOKAN_RETURN_IF_ERROR(tmp.Create());

  Converted conv;
  BAOKAN_RETURN_IF_ERROR(
      WriteFastTextLines(data, options, options.threads, tmp.File("train.txt"), &conv));
  BAOKAN_RETURN_IF_ERROR(classify::ShuffleLines(tmp.File("train.txt"), options.seed));
  if (conv.examples == 0) {
    return Status::DataError("no usable training examples (every line lacked a label or text)");
  }
  if (conv.labels.size() < 2 && options.loss != "ova") {
    return Status::DataError("the training data has only one label; a classifier needs two or "
                             "more (or the ova loss)");
  }
  std::string valid;
  if (!options.autotune_validation.empty()) {
    Converted vconv;
    valid = tmp.File("valid.txt");
    BAOKAN_RETURN_IF_ERROR(WriteFastTextLines({options.autotune_validation}, options,
                                              options.threads, valid, &vconv));
    if (vconv.examples == 0) {
      return Status::DataError(options.autotune_validation + ": no labelled examples to tune on");
    }
  }

  ModelPaths paths = ResolveModelPaths(output);
  bool quantized = options.quantize || !options.autotune_modelsize.empty();
  result->model_path = paths.prefix + (quantized ? ".ftz" : ".bin");
  result->json_path = paths.json;
  std::string staged = tmp.File("model");
  fasttext::Args used;
  auto start = std::chrono::steady_clock::now();
  BAOKAN_RETURN_IF_ERROR(RunFastText(options, tmp.File("train.txt"), valid, staged, &used));
  result->seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result->examples = conv.examples;
  result->skipped = conv.skipped;
  result->labels.assign(conv.labels.begin(), conv.labels.end());

  std::error_code ec;
  int64_t model_bytes = static_cast<int64_t>(fs::file_size(staged, ec));
  fs::copy_file(staged, result->model_path + ".tmp", fs::copy_options::overwrite_existing, ec);
  if (!ec) fs::rename(result->model_path + ".tmp", result->model_path, ec);
  if (ec) return Status::IOError(result->model_path + ": cannot write: " + ec.message());
  // A model of the other kind left by an earlier run under the same name
  // would shadow or contradict this one.
  fs::remove(paths.prefix + (quantized ? ".bin" : ".ftz"), ec);
  // Members of an earlier model under this name that this one lacks.
  const fs::path dir = fs::path(result->model_path).parent_path();
  for (const std::string& old : ListedMemberFiles(paths.json)) {
    bool kept = false;
    for (const MemberOptions& m : options.ensemble) {
      kept = kept || old.rfind(fs::path(paths.prefix).filename().string() + "." + m.name + ".", 0) == 0;
    }
    if (!kept && old.find('/') == std::string::npos) fs::remove(dir / old, ec);
  }
  std::string ensemble_json;
  BAOKAN_RETURN_IF_ERROR(TrainMembers(data, options, paths, tmp, result, &ensemble_json));

  JsonRecord meta;
  meta.SetString("format", "baokan-model");
  meta.SetInt("version", 1);
  meta.SetString("model", fs::path(result->model_path).filename().string());
  meta.SetInt("model_bytes", model_bytes);
  meta.SetRaw("tokenizer", TokenizeOptionsToJson(options.tokenizer));
  meta.SetRaw("taxonomy", TaxonomyJson(options.taxonomy, conv.labels));
  std::string labels = "[";
  for (const std::string& l : result->labels) labels += (labels.size() > 1 ? "," : "") + JsonQuote(l);
  meta.SetRaw("labels", labels + "]");
  JsonRecord training;
  std::string files = "[";
  for (const std::string& path : data) {
    JsonRecord f;
    f.SetString("path", path);
    std::string hex;
    int64_t bytes = 0;
    if (path != "-" && DigestFile(path, &hex, &bytes).ok()) {
      f.SetString("fnv1a64", hex);
      f.SetInt("bytes", bytes);
    }
    files += (files.size() > 1 ? "," : "") + f.Serialize();
  }
  training.SetRaw("files", files + "]");
  training.SetString("tokens_fnv1a64", conv.digest.Hex());
  training.SetInt("examples", conv.examples);
  training.SetInt("skipped", conv.skipped);
  training.SetNumber("seconds", result->seconds);
  meta.SetRaw("training", training.Serialize());
  meta.SetRaw("options", OptionsJson(options, used));
  if (!options.ensemble.empty()) meta.SetRaw("ensemble", ensemble_json);
  meta.SetNull("validation");
  BAOKAN_RETURN_IF_ERROR(WriteModelJson(paths.json, meta));

  std::string validation =
      !options.validation.empty() ? options.validation : options.autotune_validation;
  if (validation.empty()) return Status::OK();
  StatusOr<std::unique_ptr<Classifier>> model = Classifier::Load(result->model_path);
  if (!model.ok()) return model.status();
  EvalResult scores;
  BAOKAN_RETURN_IF_ERROR(EvaluateFile(**model, validation, options, PredictOptions{1, 0},
                                      options.threads, &scores));
  JsonRecord v;
  v.SetString("data", validation);
  v.SetInt("n", scores.n);
  v.SetNumber("accuracy", scores.accuracy);
  v.SetNumber("micro_f1", scores.micro.f1);
  v.SetNumber("macro_f1", scores.macro.f1);
  meta.SetRaw("validation", v.Serialize());
  return WriteModelJson(paths.json, meta);
}

}  // namespace baokan
