#include "stream.h"

namespace baokan::python {

bool PullItems(const py::handle& it, size_t n, std::vector<py::object>* out) {
  for (size_t i = 0; i < n; ++i) {
    PyObject* item = PyIter_Next(it.ptr());
    if (item == nullptr) {
      if (PyErr_Occurred()) throw py::error_already_set();
      return false;
    }
    out->push_back(py::reinterpret_steal<py::object>(item));
  }
  return true;
}

ResultForm FormOf(bool as_json, bool as_bytes) {
  if (as_json && as_bytes) throw py::value_error("as_json and as_bytes exclude each other");
  return as_bytes ? ResultForm::kBytes : as_json ? ResultForm::kStr : ResultForm::kObjects;
}

void CheckRecordStream(const py::object& records, size_t batch) {
  if (py::isinstance<py::str>(records) || py::isinstance<py::bytes>(records) ||
      py::isinstance<py::dict>(records)) {
    throw py::type_error("records must be an iterable of dicts or JSON lines");
  }
  if (batch == 0) throw py::value_error("batch must be at least 1");
}

ResultIterator::ResultIterator(NextBatch next_batch, ResultForm form)
    : next_batch_(std::move(next_batch)),
      form_(form),
      loads_(py::module_::import("json").attr("loads")) {}

py::object ResultIterator::Next() {
  // A batch is computed with the GIL released: another Python thread calling
  // next() meanwhile would share the state, so it is refused, as a running
  // generator refuses it.
  if (busy_) throw py::value_error("ResultIterator already executing");
  while (pos_ == buffer_.size()) {
    buffer_.clear();
    pos_ = 0;
    bool more = false;
    if (!done_) {
      busy_ = true;
      try {
        more = next_batch_(&buffer_);
      } catch (...) {  // as a generator that raised, the iterator is over
        busy_ = false;
        done_ = true;
        throw;
      }
      busy_ = false;
    }
    if (!more) {
      done_ = true;
      if (buffer_.empty()) throw py::stop_iteration();
    }
  }
  const std::string& s = buffer_[pos_++];
  if (form_ == ResultForm::kBytes) return py::bytes(s.data(), s.size());
  py::str text(s.data(), s.size());
  return form_ == ResultForm::kStr ? py::object(std::move(text)) : loads_(text);
}

void AddStreamBindings(py::module_& m) {
  py::class_<ResultIterator>(m, "ResultIterator",
                             "The results of a streaming call (place_iter, predict_iter), "
                             "computed a batch at a time as they are consumed.")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &ResultIterator::Next);
}

}  // namespace baokan::python
