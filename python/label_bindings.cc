// baokan.Model and baokan.minhash: the library calls of the predict and
// fingerprint commands.

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "baokan/classify.h"
#include "baokan/dedup.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "baokan/pipeline.h"
#include "bindings.h"
#include "convert.h"
#include "stream.h"

namespace baokan::python {
namespace {

// ---- Model: `baokan predict`.

class PyModel {
 public:
  explicit PyModel(std::unique_ptr<Classifier> c) : classifier_(std::move(c)) {}

  static PyModel Load(const py::object& path_like) {
    const std::string path = py::str(py::module_::import("os").attr("fspath")(path_like));
    StatusOr<std::unique_ptr<Classifier>> c = WithoutGil([&] { return Classifier::Load(path); });
    Check(c.status());
    return PyModel(std::move(c).value());
  }

  static PyModel Lexicon(const std::optional<std::string>& models_dir) {
    const std::string dir = models_dir ? *models_dir : DefaultModelsDir();
    StatusOr<std::unique_ptr<Classifier>> c = WithoutGil(
        [&] { return Classifier::Lexicon(dir + "/subject_lexicon.tsv", dir + "/subjects.tsv"); });
    Check(c.status());
    return PyModel(std::move(c).value());
  }

  // The `subject` value of each text (None when nothing is found); one text
  // alone gives one value.
  py::object Predict(const py::object& texts, int k, double threshold, int threads) const {
    const PredictOptions options = Options(k, threshold);
    const bool one = py::isinstance<py::str>(texts);
    const std::vector<std::string> in =
        one ? std::vector<std::string>{texts.cast<std::string>()} : Texts(texts);
    std::vector<std::string> out;
    SubjectsJson(in, options, ResolveThreads(threads), &out);
    Json json;
    if (one) return json.Loads(out[0]);
    return LoadsAll(out, json);
  }

  // The same as an iterator over any iterable of str, `batch` texts at a time.
  ResultIterator PredictIter(const py::object& texts, int k, double threshold, int threads,
                             size_t batch) const {
    const PredictOptions options = Options(k, threshold);
    if (py::isinstance<py::str>(texts)) throw py::type_error("texts must be an iterable of str");
    if (batch == 0) throw py::value_error("batch must be at least 1");
    threads = ResolveThreads(threads);
    return ResultIterator(
        [this, it = py::iter(texts), options, threads, batch](std::vector<std::string>* out) {
          std::vector<py::object> items;
          const bool more = PullItems(it, batch, &items);
          SubjectsJson(Texts(py::cast(items)), options, threads, out);
          return more;
        },
        ResultForm::kObjects);
  }

  // Records in (dicts or JSON lines), records with `subject` out, as
  // `baokan predict` writes them, streamed `batch` records at a time.
  ResultIterator LabelIter(const py::object& records, const std::vector<std::string>& fields,
                           int k, double threshold, int threads, size_t batch,
                           bool as_json, bool as_bytes) const {
    const ResultForm form = FormOf(as_json, as_bytes);
    CheckRecordStream(records, batch);
    LabelStageOptions label;
    label.classifier = classifier_.get();
    label.predict = Options(k, threshold);
    label.classifier_fields = fields;
    label.drop_bad_records = true;
    label.threads = 1;
    threads = ResolveThreads(threads);
    auto offset = std::make_shared<size_t>(0);
    return ResultIterator(
        [it = py::iter(records), label, threads, batch, offset](std::vector<std::string>* out) {
          Json json;
          std::vector<py::object> items;
          const bool more = PullItems(it, batch, &items);
          std::vector<std::string> lines;
          for (const py::object& item : items) lines.push_back(json.DumpsRecord(item));
          std::vector<JsonRecord> parsed;
          ParseRecords(lines, *offset, threads, &parsed);
          LabelEach(&parsed, label, *offset, threads, out);
          *offset += parsed.size();
          return more;
        },
        form);
  }

  const Classifier& classifier() const { return *classifier_; }
  std::vector<std::string> labels() const { return classifier_->labels(); }
  std::string description() const { return classifier_->description(); }

 private:
  static PredictOptions Options(int k, double threshold) {
    if (k < 1 || threshold < 0 || threshold > 1) {
      throw py::value_error("k must be at least 1 and threshold in [0, 1]");
    }
    PredictOptions options;
    options.k = k;
    options.threshold = threshold;
    return options;
  }

  // Appends the `subject` JSON of each text to *out. Requires the GIL
  // (released inside).
  void SubjectsJson(const std::vector<std::string>& in, const PredictOptions& options,
                    int threads, std::vector<std::string>* out) const {
    const size_t base = out->size();
    out->resize(base + in.size());
    py::gil_scoped_release release;
    OrderedParallelMap<std::string>(
        in.size(), threads,
        [&](size_t i) {
          std::vector<LabelProb> labels;
          classifier_->Predict(in[i], options, &labels);
          return SubjectJson(labels, classifier_->taxonomy());
        },
        [&](size_t i, std::string&& s) { (*out)[base + i] = std::move(s); });
  }

  // Labels each record as a group of its own (as `predict` does: a subject
  // does not depend on the page) and appends it as a JSON line to *out; the
  // first record with a field of the wrong type raises ValueError naming it.
  // Requires the GIL (released inside).
  static void LabelEach(std::vector<JsonRecord>* records, const LabelStageOptions& label,
                        size_t offset, int threads, std::vector<std::string>* out) {
    const size_t base = out->size();
    out->resize(base + records->size());
    std::optional<std::string> error;
    {
      py::gil_scoped_release release;
      OrderedParallelMap<std::string>(
          records->size(), threads,
          [&](size_t i) {
            PageGroup group;
            group.records.push_back(std::move((*records)[i]));
            group.where.push_back("records[" + std::to_string(offset + i) + "]");
            group.text_line.push_back(false);
            LabelledGroup done = LabelGroup(std::move(group), label);
            if (!done.errors.empty()) return done.errors[0];
            (*out)[base + i] = done.records[0].Serialize();
            return std::string();
          },
          [&](size_t, std::string&& err) {
            if (!err.empty() && !error) error = std::move(err);
          });
    }
    if (error) Check(Status::DataError(*error));
  }

  std::shared_ptr<Classifier> classifier_;
};

// ---- minhash: `baokan fingerprint`'s values.

py::array_t<uint64_t> MinHash(const py::object& texts, int shingle, int perms, uint64_t seed,
                              int threads) {
  SignatureOptions options;
  options.shingle_size = shingle;
  options.num_perm = perms;
  options.seed = seed;
  Check(ValidateSignatureOptions(options));
  const std::vector<std::string> in = Texts(texts);
  py::array_t<uint64_t> out({static_cast<py::ssize_t>(in.size()), static_cast<py::ssize_t>(perms)});
  uint64_t* data = out.mutable_data();
  {
    py::gil_scoped_release release;
    OrderedParallelMap<Signature>(
        in.size(), ResolveThreads(threads),
        [&](size_t i) { return TextSignature(in[i], options); },
        [&](size_t i, Signature&& s) {
          std::copy(s.values.begin(), s.values.end(), data + i * static_cast<size_t>(perms));
        });
  }
  return out;
}

}  // namespace

const Classifier& ClassifierOf(const py::handle& model) {
  if (!py::isinstance<PyModel>(model)) throw py::type_error("model must be a baokan.Model");
  return model.cast<const PyModel&>().classifier();
}

void AddLabelBindings(py::module_& m) {
  using namespace py::literals;
  py::class_<PyModel>(m, "Model", "A subject classifier: a trained model or the lexicon.")
      .def(py::init(&PyModel::Load), "path"_a)
      .def_static("lexicon", &PyModel::Lexicon, "models_dir"_a = py::none(),
                  "The keyword lexicon labeller (`predict --lexicon`).")
      .def("predict", &PyModel::Predict, "texts"_a, "k"_a = 3, "threshold"_a = 0.0,
           "threads"_a = 0,
           "The `subject` value `baokan predict` writes for each text (None: no label).")
      .def("predict_iter", &PyModel::PredictIter, "texts"_a, "k"_a = 3, "threshold"_a = 0.0,
           "threads"_a = 0, py::kw_only(), "batch"_a = kDefaultStreamBatch,
           py::keep_alive<0, 1>(),
           "predict's values as an iterator: reads `batch` texts at a time from any iterable "
           "and hands the values out as they are consumed.")
      .def("label_iter", &PyModel::LabelIter, "records"_a, py::kw_only(),
           "fields"_a = DefaultClassifierFields(), "k"_a = 3, "threshold"_a = 0.0,
           "threads"_a = 0, "batch"_a = kDefaultStreamBatch, "as_json"_a = false,
           "as_bytes"_a = false, py::keep_alive<0, 1>(),
           "Records (dicts or JSON lines, any iterable) with `subject` set, as `baokan "
           "predict` writes them, as an iterator reading `batch` records at a time; the "
           "classifier reads `fields` joined by a newline. as_json=True hands out the JSON "
           "lines (str) instead of dicts, as_bytes=True their UTF-8 bytes.")
      .def_property_readonly("labels", &PyModel::labels)
      .def_property_readonly("description", &PyModel::description);

  m.def("minhash", &MinHash, "texts"_a, "shingle"_a = 5, "perms"_a = 128,
        "seed"_a = kDefaultSignatureSeed, "threads"_a = 0,
        "MinHash signatures, shape (len(texts), perms), uint64: the values `baokan "
        "fingerprint` writes for records with these texts.");
}

}  // namespace baokan::python
