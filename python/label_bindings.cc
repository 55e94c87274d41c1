// baokan.Gazetteer, baokan.Model and baokan.minhash: the library calls of the
// region, predict and fingerprint commands.

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "baokan/classify.h"
#include "baokan/dedup.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "baokan/region.h"
#include "bindings.h"
#include "convert.h"

namespace baokan::python {
namespace {

// One record read from Python: parsed, or the error that rejects it.
struct ParsedRecord {
  JsonRecord record;
  Status status;
};

// Parses the lines on `threads` threads; the first bad one raises
// ValueError("records[i]: message"). Requires the GIL (released inside).
std::vector<JsonRecord> ParseRecords(const std::vector<std::string>& lines, int threads) {
  std::vector<JsonRecord> records(lines.size());
  std::optional<std::string> error;
  {
    py::gil_scoped_release release;
    OrderedParallelMap<ParsedRecord>(
        lines.size(), threads,
        [&](size_t i) {
          ParsedRecord p;
          StatusOr<JsonRecord> r = JsonRecord::Parse(lines[i]);
          if (r.ok()) {
            p.record = std::move(r).value();
          } else {
            p.status = r.status();
          }
          return p;
        },
        [&](size_t i, ParsedRecord&& p) {
          if (!p.status.ok() && !error) {
            error = "records[" + std::to_string(i) + "]: " + p.status.message();
          }
          records[i] = std::move(p.record);
        });
  }
  if (error) Check(Status::DataError(*error));
  return records;
}

py::list LoadsAll(const std::vector<std::string>& lines, const Json& json) {
  py::list out;
  for (const std::string& line : lines) out.append(json.Loads(line));
  return out;
}

// ---- Gazetteer: `baokan region`.

class PyGazetteer {
 public:
  PyGazetteer(const std::optional<std::string>& models_dir, bool normalize, bool use_home,
              double home_share) {
    if (!(home_share > 0)) throw py::value_error("home_share must be a number above 0");
    options_.normalize = normalize;
    options_.use_home = use_home;
    options_.home_share = home_share;
    const std::string dir = models_dir ? *models_dir : DefaultModelsDir();
    StatusOr<std::unique_ptr<Gazetteer>> g = WithoutGil([&] { return Gazetteer::Load(dir); });
    Check(g.status());
    gazetteer_ = std::move(g).value();
  }

  // One article alone: a page of one article, as `region` places it.
  py::object Place(const std::string& title, const std::string& text, const std::string& dateline,
                   const std::string& byline) const {
    std::string json;
    {
      py::gil_scoped_release release;
      RegionTagger tagger(gazetteer_.get(), options_);
      std::vector<Region> r = tagger.TagPage({RegionInput{title, dateline, text, byline}});
      json = RegionToJson(r[0]);
    }
    return Json().Loads(json);
  }

  // Records in, records with `region` out, as `region` writes them: the
  // consecutive records of one page are placed together.
  py::list PlaceMany(const py::handle& records, int threads, bool as_json) const {
    Json json;
    const std::vector<std::string> lines = RecordLines(records, json);
    threads = ResolveThreads(threads);
    std::vector<JsonRecord> parsed = ParseRecords(lines, threads);
    std::vector<std::string> out(parsed.size());
    std::optional<std::string> error;
    {
      py::gil_scoped_release release;
      // Groups: [begin, end) of consecutive records with the same string
      // `page`; a record without one is a group of its own.
      std::vector<std::pair<size_t, size_t>> groups;
      std::optional<std::string> last;
      for (size_t i = 0; i < parsed.size(); ++i) {
        std::optional<std::string> page;
        if (!parsed[i].GetString("page", &page).ok()) page.reset();
        if (groups.empty() || !page || !last || *page != *last) groups.push_back({i, i});
        last = page;
        ++groups.back().second;
      }
      RegionTagger tagger(gazetteer_.get(), options_);
      OrderedParallelMap<std::string>(
          groups.size(), threads,
          [&](size_t g) {
            auto [begin, end] = groups[g];
            std::vector<std::optional<std::string>> fields((end - begin) * 4);
            std::vector<RegionInput> inputs;
            std::string err;
            for (size_t i = begin; i < end; ++i) {
              std::optional<std::string>* f = &fields[(i - begin) * 4];
              const char* keys[] = {"title", "dateline", "text", "byline"};
              for (int k = 0; k < 4; ++k) {
                Status s = parsed[i].GetString(keys[k], &f[k]);
                if (!s.ok() && err.empty()) {
                  err = "records[" + std::to_string(i) + "]: " + s.message();
                }
              }
              auto view = [](const std::optional<std::string>& s) {
                return s ? std::string_view(*s) : std::string_view();
              };
              inputs.push_back(RegionInput{view(f[0]), view(f[1]), view(f[2]), view(f[3])});
            }
            if (!err.empty()) return err;
            std::vector<Region> regions = tagger.TagPage(inputs);
            for (size_t i = begin; i < end; ++i) {
              parsed[i].SetRaw("region", RegionToJson(regions[i - begin]));
              out[i] = parsed[i].Serialize();
            }
            return err;
          },
          [&](size_t, std::string&& err) {
            if (!err.empty() && !error) error = std::move(err);
          });
    }
    if (error) Check(Status::DataError(*error));
    if (!as_json) return LoadsAll(out, json);
    py::list as_lines;
    for (const std::string& line : out) as_lines.append(py::str(line));
    return as_lines;
  }

  size_t provinces() const { return gazetteer_->provinces(); }
  size_t cities() const { return gazetteer_->cities(); }
  size_t counties() const { return gazetteer_->counties(); }
  std::optional<std::string> NameOf(const std::string& code) const {
    return gazetteer_->NameOf(code);
  }

 private:
  std::unique_ptr<Gazetteer> gazetteer_;
  RegionOptions options_;
};

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
    if (k < 1 || threshold < 0 || threshold > 1) {
      throw py::value_error("k must be at least 1 and threshold in [0, 1]");
    }
    const bool one = py::isinstance<py::str>(texts);
    const std::vector<std::string> in =
        one ? std::vector<std::string>{texts.cast<std::string>()} : Texts(texts);
    PredictOptions options;
    options.k = k;
    options.threshold = threshold;
    std::vector<std::string> out(in.size());
    {
      py::gil_scoped_release release;
      OrderedParallelMap<std::string>(
          in.size(), ResolveThreads(threads),
          [&](size_t i) {
            std::vector<LabelProb> labels;
            classifier_->Predict(in[i], options, &labels);
            return SubjectJson(labels, classifier_->taxonomy());
          },
          [&](size_t i, std::string&& s) { out[i] = std::move(s); });
    }
    Json json;
    if (one) return json.Loads(out[0]);
    return LoadsAll(out, json);
  }

  const Classifier& classifier() const { return *classifier_; }
  std::vector<std::string> labels() const { return classifier_->labels(); }
  std::string description() const { return classifier_->description(); }

 private:
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
  py::class_<PyGazetteer>(m, "Gazetteer",
                          "The gazetteer `baokan region` places articles with.")
      .def(py::init<const std::optional<std::string>&, bool, bool, double>(),
           "models_dir"_a = py::none(), py::kw_only(), "normalize"_a = false,
           "use_home"_a = true, "home_share"_a = 0.5)
      .def("place", &PyGazetteer::Place, "title"_a = "", "text"_a = "", "dateline"_a = "",
           "byline"_a = "",
           "The `region` object of one article, as `baokan region` writes it for a page of "
           "that one article.")
      .def("place_many", &PyGazetteer::PlaceMany, "records"_a, "threads"_a = 0,
           py::kw_only(), "as_json"_a = false,
           "Records (dicts or JSON lines) with `region` set, as `baokan region` writes them; "
           "as_json=True returns the JSON lines (str) instead of dicts.")
      .def_property_readonly("provinces", &PyGazetteer::provinces)
      .def_property_readonly("cities", &PyGazetteer::cities)
      .def_property_readonly("counties", &PyGazetteer::counties)
      .def("name_of", &PyGazetteer::NameOf, "code"_a);

  py::class_<PyModel>(m, "Model", "A subject classifier: a trained model or the lexicon.")
      .def(py::init(&PyModel::Load), "path"_a)
      .def_static("lexicon", &PyModel::Lexicon, "models_dir"_a = py::none(),
                  "The keyword lexicon labeller (`predict --lexicon`).")
      .def("predict", &PyModel::Predict, "texts"_a, "k"_a = 3, "threshold"_a = 0.0,
           "threads"_a = 0,
           "The `subject` value `baokan predict` writes for each text (None: no label).")
      .def_property_readonly("labels", &PyModel::labels)
      .def_property_readonly("description", &PyModel::description);

  m.def("minhash", &MinHash, "texts"_a, "shingle"_a = 5, "perms"_a = 128,
        "seed"_a = kDefaultSignatureSeed, "threads"_a = 0,
        "MinHash signatures, shape (len(texts), perms), uint64: the values `baokan "
        "fingerprint` writes for records with these texts.");
}

}  // namespace baokan::python
