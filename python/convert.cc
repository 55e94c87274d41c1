#include "convert.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <thread>

#include "baokan/models.h"
#include "baokan/parallel.h"

namespace baokan::python {

void Raise(const Status& status) {
  PyObject* type = PyExc_RuntimeError;
  switch (status.code()) {
    case Status::Code::kInvalidArgument:
    case Status::Code::kDataError:
      type = PyExc_ValueError;
      break;
    case Status::Code::kNotFound:
      type = PyExc_FileNotFoundError;
      break;
    case Status::Code::kIOError:
      type = PyExc_OSError;
      break;
    case Status::Code::kOk:
    case Status::Code::kInternal:
      break;
  }
  PyErr_SetString(type, status.message().c_str());
  throw py::error_already_set();
}

Json::Json() {
  py::module_ json = py::module_::import("json");
  loads_ = json.attr("loads");
  dumps_ = json.attr("dumps");
}

py::object Json::Loads(std::string_view text) const {
  return loads_(py::str(text.data(), text.size()));
}

std::string Json::DumpsRecord(const py::handle& value) const {
  if (py::isinstance<py::str>(value) || py::isinstance<py::bytes>(value)) {
    return value.cast<std::string>();
  }
  using namespace py::literals;
  return dumps_(value, "ensure_ascii"_a = false, "separators"_a = py::make_tuple(",", ":"))
      .cast<std::string>();
}

py::list LoadsAll(const std::vector<std::string>& lines, const Json& json) {
  py::list out;
  for (const std::string& line : lines) out.append(json.Loads(line));
  return out;
}

py::list StrList(const std::vector<std::string>& lines) {
  py::list out;
  for (const std::string& line : lines) out.append(py::str(line));
  return out;
}

std::vector<std::string> RecordLines(const py::handle& records, const Json& json) {
  if (py::isinstance<py::str>(records) || py::isinstance<py::bytes>(records) ||
        py::isinstance<py::dict>(records)) {
    throw py::type_error("records must be a list (or iterable) of dicts or JSON lines");
  }
  std::vector<std::string> lines;
  for (py::handle r : records) lines.push_back(json.DumpsRecord(r));
  return lines;
}

namespace {

// One record read from Python: parsed, or the error that rejects it.
struct ParsedRecord {
  JsonRecord record;
  Status status;
};

}  // namespace

void ParseRecords(const std::vector<std::string>& lines, size_t offset, int threads,
                  std::vector<JsonRecord>* records) {
  const size_t base = records->size();
  records->resize(base + lines.size());
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
            error = "records[" + std::to_string(offset + i) + "]: " + p.status.message();
          }
          (*records)[base + i] = std::move(p.record);
        });
  }
  if (error) Check(Status::DataError(*error));
}

std::vector<std::string> Texts(const py::handle& texts) {
  if (py::isinstance<py::str>(texts)) throw py::type_error("texts must be a list of str");
  std::vector<std::string> out;
  for (py::handle t : texts) {
    if (!py::isinstance<py::str>(t)) {
      throw py::type_error("texts must be str, not " + std::string(py::str(t.get_type())));
    }
    out.push_back(t.cast<std::string>());
  }
  return out;
}

int ResolveThreads(int threads) {
  if (threads > 0) return threads;
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

std::string DefaultModelsDir() {
  if (const char* env = std::getenv("BAOKAN_MODELS"); env != nullptr && *env != '\0') {
    return env;
  }
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&DefaultModelsDir), &info) != 0 &&
      info.dli_fname != nullptr) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path here = fs::weakly_canonical(fs::path(info.dli_fname), ec).parent_path();
    for (fs::path up : {here.parent_path(), here.parent_path().parent_path().parent_path()}) {
      fs::path dir = up / "share" / "baokan" / "models";
      if (fs::exists(dir / "regions.tsv", ec)) return dir.string();
    }
  }
  return ModelsDir();
}

}  // namespace baokan::python
