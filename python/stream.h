// Streaming for the module: results computed batch by batch from any Python
// iterable and handed out one at a time, so that a notebook can place or
// label millions of records without holding them all (docs/python.md).

#ifndef BAOKAN_PYTHON_STREAM_H_
#define BAOKAN_PYTHON_STREAM_H_

#include <pybind11/pybind11.h>

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace baokan::python {

namespace py = pybind11;

// The items a streaming call reads from its source at a time, unless told.
inline constexpr size_t kDefaultStreamBatch = 8192;

// Pulls up to `n` items from the Python iterator `it` into *out (appending);
// returns false once the iterator is exhausted. An exception raised by the
// iterator propagates. Requires the GIL.
bool PullItems(const py::handle& it, size_t n, std::vector<py::object>* out);

// How a streaming call hands out each JSON result: parsed by json.loads, as
// the str itself (as_json=True), or as its UTF-8 bytes (as_bytes=True).
enum class ResultForm { kObjects, kStr, kBytes };

// The form asked for by a call's as_json and as_bytes (ValueError for both).
ResultForm FormOf(bool as_json, bool as_bytes);

// Checks a streaming call's input: an iterable of records, not one str,
// bytes or dict (TypeError), and a batch of at least 1 (ValueError).
void CheckRecordStream(const py::object& records, size_t batch);

// A Python iterator (type baokan.ResultIterator) over JSON results made a
// batch at a time: `next_batch` appends the next batch's results to its
// argument and returns false when there are no more (it may append nothing
// and return true). Each result is handed out in `form`. Requires the GIL;
// `next_batch` is called with it.
// next() from a second Python thread while a batch is being computed raises
// ValueError, as a running generator does.
class ResultIterator {
 public:
  using NextBatch = std::function<bool(std::vector<std::string>*)>;
  ResultIterator(NextBatch next_batch, ResultForm form);
  // The next result; raises StopIteration at the end.
  py::object Next();

 private:
  NextBatch next_batch_;
  ResultForm form_;
  bool done_ = false;
  bool busy_ = false;  // next_batch_ is running
  std::vector<std::string> buffer_;
  size_t pos_ = 0;
  py::object loads_;
};

// Registers baokan.ResultIterator.
void AddStreamBindings(py::module_& m);

}  // namespace baokan::python

#endif  // BAOKAN_PYTHON_STREAM_H_
