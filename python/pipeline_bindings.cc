// baokan.dedup, baokan.train, baokan.evaluate: the library calls of the
// dedup, train and eval commands. Those calls read and write files, so
// records handed over as Python objects go through a temporary directory,
// removed before the call returns.

#include <pybind11/stl.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "baokan/classify.h"
#include "baokan/dedup.h"
#include "baokan/io.h"
#include "base/strings.h"
#include "bindings.h"
#include "convert.h"

namespace baokan::python {
namespace {

namespace fs = std::filesystem;

// A private temporary directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "baokan-python-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      Raise(Status::IOError(fs::temp_directory_path().string() + ": cannot make a directory"));
    }
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string File(const char* name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

bool IsPathLike(const py::handle& value) {
  return py::isinstance<py::str>(value) ||
         py::hasattr(value, "__fspath__");
}

std::string FsPath(const py::handle& value) {
  return py::str(py::module_::import("os").attr("fspath")(value));
}

// The inputs of a file-reading call: a path, or records written to
// TEMP/records.jsonl (then *records_file names it, for messages).
std::vector<std::string> Inputs(const py::handle& data, const TempDir& tmp,
                                std::string* records_file) {
  if (IsPathLike(data)) return {FsPath(data)};
  Json json;
  std::vector<std::string> lines = RecordLines(data, json);
  *records_file = tmp.File("records.jsonl");
  std::ofstream out(*records_file, std::ios::binary);
  for (const std::string& line : lines) out << line << '\n';
  out.close();
  if (!out) Raise(Status::IOError(*records_file + ": cannot write (disk full?)"));
  return {*records_file};
}

// "TEMP/records.jsonl:N: message" -> "records[N-1]: message"; other
// messages unchanged.
std::string InRecords(const std::string& message, const std::string& records_file) {
  if (records_file.empty() || !message.starts_with(records_file + ":")) return message;
  const size_t start = records_file.size() + 1;
  const size_t colon = message.find(':', start);
  if (colon == std::string::npos) return message;
  const long line = std::strtol(message.c_str() + start, nullptr, 10);
  return "records[" + std::to_string(line - 1) + "]" + message.substr(colon);
}

StatusOr<std::string> ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot read");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// ---- dedup

py::tuple Dedup(const py::object& records, double min_containment, double min_length_ratio,
                int band_rows, int shingle, int perms, uint64_t seed, bool keep_all,
                bool keep_text, int threads) {
  DedupOptions options;
  options.min_containment = min_containment;
  options.min_length_ratio = min_length_ratio;
  options.band_rows = band_rows;
  options.signature.shingle_size = shingle;
  options.signature.num_perm = perms;
  options.signature.seed = seed;
  options.keep_all = keep_all;
  options.keep_text = keep_text;
  options.threads = ResolveThreads(threads);
  TempDir tmp;
  std::string records_file;
  const std::vector<std::string> inputs = Inputs(records, tmp, &records_file);
  DedupOutputs outputs;
  outputs.articles = tmp.File("articles.jsonl");
  outputs.clusters = tmp.File("clusters.tsv");
  options.temp_dir = tmp.File("");
  std::string first_error;
  Status status = WithoutGil([&] {
    return baokan::Dedup(inputs, outputs, options,
                         [&](const std::string& m) {
                           if (first_error.empty()) first_error = InRecords(m, records_file);
                         },
                         nullptr);
  });
  Check(status);
  if (!first_error.empty()) Check(Status::DataError(first_error));
  StatusOr<std::string> articles = ReadAll(outputs.articles);
  Check(articles.status());
  StatusOr<std::string> clusters = ReadAll(outputs.clusters);
  Check(clusters.status());

  Json json;
  py::list kept;
  std::string_view rest = *articles;
  while (!rest.empty()) {
    const size_t end = rest.find('\n');
    kept.append(json.Loads(rest.substr(0, end)));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  // Cluster rows after the header, as dicts; numbers as the TSV writes them.
  py::list rows;
  rest = *clusters;
  std::vector<std::string> header;
  while (!rest.empty()) {
    const size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    std::vector<std::string> cells;
    for (std::string_view cell : SplitTsvLine(line)) cells.emplace_back(cell);
    if (header.empty()) {
      header = std::move(cells);
      continue;
    }
    py::dict row;
    for (size_t i = 0; i < cells.size() && i < header.size(); ++i) {
      const bool text = header[i] == "id" || header[i] == "role";
      row[py::str(header[i])] = text ? py::object(py::str(cells[i])) : json.Loads(cells[i]);
    }
    rows.append(row);
  }
  return py::make_tuple(kept, rows);
}

// ---- train and evaluate

// The data options as `train` and `eval` fill them (GetDataOptions): the
// taxonomy is models/subjects.tsv.
void FillData(const std::string& text_field, const std::string& label_field,
              const std::string& label_prefix, TrainOptions* o) {
  o->text_fields.clear();
  for (size_t start = 0;;) {
    const size_t comma = text_field.find(',', start);
    std::string part =
        text_field.substr(start, comma == std::string::npos ? comma : comma - start);
    if (!part.empty()) o->text_fields.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  o->label_field = label_field;
  o->label_prefix = label_prefix;
  if (o->text_fields.empty() || label_field.empty() || label_prefix.empty()) {
    throw py::value_error("text_field, label_field and label_prefix must not be empty");
  }
  StatusOr<Taxonomy> taxonomy = Taxonomy::Load(DefaultModelsDir() + "/subjects.tsv");
  Check(taxonomy.status());
  o->taxonomy = std::move(taxonomy).value();
}

py::object Train(const py::object& data, const py::object& output, int epoch, double lr, int dim,
                 int word_ngrams, int min_count, int minn, int maxn, const std::string& loss,
                 int bucket, int seed, bool quantize, int threads, const std::string& scheme,
                 int char_ngrams, bool lowercase, bool normalize, const std::string& text_field,
                 const std::string& label_field, const std::string& label_prefix) {
  TrainOptions o;
  Check(ParseScheme(scheme, &o.tokenizer.scheme));
  o.tokenizer.char_ngrams = char_ngrams;
  o.tokenizer.lowercase = lowercase;
  o.tokenizer.normalize = normalize;
  Check(ValidateTokenizeOptions(o.tokenizer));
  FillData(text_field, label_field, label_prefix, &o);
  o.epoch = epoch;
  o.lr = lr;
  o.dim = dim;
  o.word_ngrams = word_ngrams;
  o.min_count = min_count;
  o.minn = minn;
  o.maxn = maxn;
  o.loss = loss;
  o.bucket = bucket;
  o.seed = seed;
  o.quantize = quantize;
  o.threads = ResolveThreads(threads);
  TempDir tmp;
  std::string records_file;
  const std::vector<std::string> inputs = Inputs(data, tmp, &records_file);
  const std::string out = FsPath(output);
  TrainResult result;
  Status s = WithoutGil([&] { return baokan::Train(inputs, out, o, &result); });
  if (!s.ok()) Check(Status(s.code(), InRecords(s.message(), records_file)));
  return py::module_::import("baokan").attr("Model")(result.model_path);
}

py::object Evaluate(const py::object& model, const py::object& data, int k, double threshold,
                    int threads, const std::string& text_field, const std::string& label_field,
                    const std::string& label_prefix) {
  if (k < 1 || threshold < 0 || threshold > 1) {
    throw py::value_error("k must be at least 1 and threshold in [0, 1]");
  }
  const Classifier& classifier = ClassifierOf(model);
  TrainOptions fields;
  FillData(text_field, label_field, label_prefix, &fields);
  PredictOptions predict;
  predict.k = k;
  predict.threshold = threshold;
  TempDir tmp;
  std::string records_file;
  const std::vector<std::string> inputs = Inputs(data, tmp, &records_file);
  EvalResult result;
  Status s = WithoutGil([&] {
    return EvaluateFile(classifier, inputs[0], fields, predict, ResolveThreads(threads), &result);
  });
  if (!s.ok()) Check(Status(s.code(), InRecords(s.message(), records_file)));
  return Json().Loads(EvalToJson(result, fields.taxonomy));
}

}  // namespace

void AddPipelineBindings(py::module_& m) {
  using namespace py::literals;
  const DedupOptions d;
  m.def("dedup", &Dedup, "records"_a, py::kw_only(), "min_containment"_a = d.min_containment,
        "min_length_ratio"_a = d.min_length_ratio, "band_rows"_a = d.band_rows,
        "shingle"_a = d.signature.shingle_size, "perms"_a = d.signature.num_perm,
        "seed"_a = d.signature.seed, "keep_all"_a = false, "keep_text"_a = false,
        "threads"_a = 0,
        "Folds reprints into their originals as `baokan dedup --clusters` does: returns "
        "(records, cluster rows).");
  const TrainOptions t;
  m.def("train", &Train, "data"_a, "output"_a, py::kw_only(), "epoch"_a = t.epoch, "lr"_a = t.lr,
        "dim"_a = t.dim, "word_ngrams"_a = t.word_ngrams, "min_count"_a = t.min_count,
        "minn"_a = t.minn, "maxn"_a = t.maxn, "loss"_a = t.loss, "bucket"_a = t.bucket,
        "seed"_a = t.seed, "quantize"_a = false, "threads"_a = 0, "scheme"_a = "chars",
        "char_ngrams"_a = 2, "lowercase"_a = true, "normalize"_a = true,
        "text_field"_a = "text", "label_field"_a = "label", "label_prefix"_a = "__label__",
        "Trains a model as `baokan train DATA -o OUTPUT` and returns it as a Model.");
  m.def("evaluate", &Evaluate, "model"_a, "data"_a, py::kw_only(), "k"_a = 1,
        "threshold"_a = 0.0, "threads"_a = 0, "text_field"_a = "text",
        "label_field"_a = "label", "label_prefix"_a = "__label__",
        "The figures `baokan eval MODEL DATA --json` writes, as a dict.");
}

}  // namespace baokan::python
