// What every binding of the `baokan` Python module shares: Status to Python
// exceptions, JSON text to Python objects and back, thread counts, and where
// the models are.

#ifndef BAOKAN_PYTHON_CONVERT_H_
#define BAOKAN_PYTHON_CONVERT_H_

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>
#include <vector>

#include "baokan/json.h"
#include "baokan/status.h"

namespace baokan::python {

namespace py = pybind11;

// Raises the Python exception for a non-OK status, its message as is (the
// message the command prints after "baokan CMD: "): InvalidArgument and
// DataError -> ValueError, NotFound -> FileNotFoundError, IOError -> OSError,
// Internal -> RuntimeError. Requires the GIL.
[[noreturn]] void Raise(const Status& status);

// Raises when `status` is not OK. Requires the GIL.
inline void Check(const Status& status) {
  if (!status.ok()) Raise(status);
}

// Calls f() with the GIL released and returns what it returns.
template <typename F>
auto WithoutGil(F&& f) {
  py::gil_scoped_release release;
  return f();
}

// json.loads and json.dumps(..., ensure_ascii=False, separators=(",", ":")),
// looked up once per call site that converts many values.
class Json {
 public:
  Json();
  py::object Loads(std::string_view text) const;
  // A str (or bytes, UTF-8) passes through as a JSON line; anything else is dumped (a value
  // JSON cannot hold raises TypeError or ValueError, as json.dumps does).
  std::string DumpsRecord(const py::handle& value) const;

 private:
  py::object loads_;
  py::object dumps_;
};

// json.loads of every line, as a list.
py::list LoadsAll(const std::vector<std::string>& lines, const Json& json);
// The lines as a list of str.
py::list StrList(const std::vector<std::string>& lines);

// Records given as a list, tuple or any iterable of dicts (or JSON lines),
// as JSON lines. Requires the GIL.
std::vector<std::string> RecordLines(const py::handle& records, const Json& json);

// Parses the JSON lines on `threads` threads and appends them to *records;
// the first bad one raises ValueError("records[offset + i]: message").
// Requires the GIL (released inside).
void ParseRecords(const std::vector<std::string>& lines, size_t offset, int threads,
                  std::vector<JsonRecord>* records);

// The texts of a list (or any iterable) of str; TypeError for a str alone
// or an item that is not a str. Requires the GIL.
std::vector<std::string> Texts(const py::handle& texts);

// threads <= 0: all cores (as the commands' --threads 0); else `threads`.
int ResolveThreads(int threads);

// The models directory the module uses when none is given: $BAOKAN_MODELS
// when set and not empty; else share/baokan/models found from the module's
// own file (the build tree keeps the module in python/ beside share/; an
// installation keeps it in PREFIX/lib/python3/dist-packages, three folders
// below PREFIX), the first that holds regions.tsv; else ModelsDir().
std::string DefaultModelsDir();

}  // namespace baokan::python

#endif  // BAOKAN_PYTHON_CONVERT_H_
