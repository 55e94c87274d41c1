// baokan.Gazetteer: the library calls of the region command, for records
// given as a list (place_many) or streamed from any iterable (place_iter).

#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <utility>

#include "baokan/json.h"
#include "baokan/parallel.h"
#include "baokan/region.h"
#include "bindings.h"
#include "convert.h"
#include "stream.h"

namespace baokan::python {
namespace {

// [begin, end) of consecutive records with the same string `page`, as
// `region` groups them; a record without one is a group of its own.
std::vector<std::pair<size_t, size_t>> PageGroups(const std::vector<JsonRecord>& records) {
  std::vector<std::pair<size_t, size_t>> groups;
  std::optional<std::string> last;
  for (size_t i = 0; i < records.size(); ++i) {
    std::optional<std::string> page;
    if (!records[i].GetString("page", &page).ok()) page.reset();
    if (groups.empty() || !page || !last || *page != *last) groups.push_back({i, i});
    last = page;
    ++groups.back().second;
  }
  return groups;
}

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
    threads = ResolveThreads(threads);
    std::vector<JsonRecord> parsed;
    ParseRecords(RecordLines(records, json), 0, threads, &parsed);
    std::vector<std::string> out;
    PlaceGroups(&parsed, PageGroups(parsed), 0, threads, &out);
    if (as_json) return StrList(out);
    return LoadsAll(out, json);
  }

  // The same, read a batch at a time from any iterable and handed out as
  // consumed. A page's records are never split between batches.
  ResultIterator PlaceIter(const py::object& records, int threads, size_t batch,
                           bool as_json, bool as_bytes) const {
    const ResultForm form = FormOf(as_json, as_bytes);
    CheckRecordStream(records, batch);
    struct State {
      py::object it;
      std::vector<JsonRecord> carried;  // the last page of the batch before
      size_t offset = 0;                // index of carried[0] in the input
      bool exhausted = false;
    };
    auto state = std::make_shared<State>();
    state->it = py::iter(records);
    threads = ResolveThreads(threads);
    return ResultIterator(
        [this, state, threads, batch](std::vector<std::string>* out) {
          Json json;
          std::vector<JsonRecord> parsed = std::move(state->carried);
          std::vector<std::pair<size_t, size_t>> groups;
          do {
            std::vector<py::object> items;
            state->exhausted = !PullItems(state->it, batch, &items);
            std::vector<std::string> lines;
            for (const py::object& item : items) lines.push_back(json.DumpsRecord(item));
            ParseRecords(lines, state->offset + parsed.size(), threads, &parsed);
            groups = PageGroups(parsed);
          } while (!state->exhausted && groups.size() < 2);
          // Unless the input has ended, its last page may go on in the next
          // batch: carry it over.
          if (!state->exhausted && !groups.empty()) {
            state->carried.assign(std::make_move_iterator(parsed.begin() + groups.back().first),
                                  std::make_move_iterator(parsed.end()));
            parsed.resize(groups.back().first);
            groups.pop_back();
          }
          PlaceGroups(&parsed, groups, state->offset, threads, out);
          state->offset += parsed.size();
          return !(state->exhausted && state->carried.empty());
        },
        form);
  }

  size_t provinces() const { return gazetteer_->provinces(); }
  size_t cities() const { return gazetteer_->cities(); }
  size_t counties() const { return gazetteer_->counties(); }
  std::optional<std::string> NameOf(const std::string& code) const {
    return gazetteer_->NameOf(code);
  }

 private:
  // Places each group of `records` as one page and appends the records with
  // `region` set, as JSON lines, to *out; `offset` is records[0]'s index in
  // the input, for messages. Requires the GIL (released inside).
  void PlaceGroups(std::vector<JsonRecord>* records,
                   const std::vector<std::pair<size_t, size_t>>& groups, size_t offset,
                   int threads, std::vector<std::string>* out) const {
    const size_t base = out->size();
    out->resize(base + records->size());
    std::optional<std::string> error;
    {
      py::gil_scoped_release release;
      RegionTagger tagger(gazetteer_.get(), options_);
      OrderedParallelMap<std::string>(
          groups.size(), threads,
          [&](size_t g) { return PlaceGroup(tagger, records, groups[g], offset, base, out); },
          [&](size_t, std::string&& err) {
            if (!err.empty() && !error) error = std::move(err);
          });
    }
    if (error) Check(Status::DataError(*error));
  }

  // One group of PlaceGroups(): the error message, or "" when placed.
  static std::string PlaceGroup(const RegionTagger& tagger, std::vector<JsonRecord>* records,
                                std::pair<size_t, size_t> group, size_t offset, size_t base,
                                std::vector<std::string>* out) {
    auto [begin, end] = group;
    std::vector<std::optional<std::string>> fields((end - begin) * 4);
    std::vector<RegionInput> inputs;
    for (size_t i = begin; i < end; ++i) {
      std::optional<std::string>* f = &fields[(i - begin) * 4];
      const char* keys[] = {"title", "dateline", "text", "byline"};
      for (int k = 0; k < 4; ++k) {
        Status s = (*records)[i].GetString(keys[k], &f[k]);
        if (!s.ok()) return "records[" + std::to_string(offset + i) + "]: " + s.message();
      }
      auto view = [](const std::optional<std::string>& s) {
        return s ? std::string_view(*s) : std::string_view();
      };
      inputs.push_back(RegionInput{view(f[0]), view(f[1]), view(f[2]), view(f[3])});
    }
    std::vector<Region> regions = tagger.TagPage(inputs);
    for (size_t i = begin; i < end; ++i) {
      (*records)[i].SetRaw("region", RegionToJson(regions[i - begin]));
      (*out)[base + i] = (*records)[i].Serialize();
    }
    return "";
  }

  std::unique_ptr<Gazetteer> gazetteer_;
  RegionOptions options_;
};

}  // namespace

void AddGazetteerBindings(py::module_& m) {
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
      .def("place_iter", &PyGazetteer::PlaceIter, "records"_a, "threads"_a = 0, py::kw_only(),
           "batch"_a = kDefaultStreamBatch, "as_json"_a = false, "as_bytes"_a = false,
           py::keep_alive<0, 1>(),
           "place_many's results as an iterator: reads `batch` records at a time from any "
           "iterable (a file, a generator) and hands the placed records out as they are "
           "consumed, so that memory does not grow with the input. as_json=True hands out the "
           "JSON lines (str), as_bytes=True their UTF-8 bytes (for a file opened 'wb').")
      .def_property_readonly("provinces", &PyGazetteer::provinces)
      .def_property_readonly("cities", &PyGazetteer::cities)
      .def_property_readonly("counties", &PyGazetteer::counties)
      .def("name_of", &PyGazetteer::NameOf, "code"_a);
}

}  // namespace baokan::python
