#include "convert.h"

#include <dlfcn.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "baokan/models.h"

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
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  using namespace py::literals;
  return dumps_(value, "ensure_ascii"_a = false, "separators"_a = py::make_tuple(",", ":"))
      .cast<std::string>();
}

std::vector<std::string> RecordLines(const py::handle& records, const Json& json) {
  if (py::isinstance<py::str>(records) || py::isinstance<py::dict>(records)) {
    throw py::type_error("records must be a list (or iterable) of dicts or JSON lines");
  }
  std::vector<std::string> lines;
  for (py::handle r : records) lines.push_back(json.DumpsRecord(r));
  return lines;
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
