// The parts of the `baokan` Python module, each adding its functions and
// classes (python/module.cc calls them in turn).

#ifndef BAOKAN_PYTHON_BINDINGS_H_
#define BAOKAN_PYTHON_BINDINGS_H_

#include <pybind11/pybind11.h>

#include "baokan/classify.h"

namespace baokan::python {

// split, split_file, normalize, tokenize (text_bindings.cc).
void AddTextBindings(pybind11::module_& m);
// Gazetteer (gazetteer_bindings.cc).
void AddGazetteerBindings(pybind11::module_& m);
// Model, minhash (label_bindings.cc).
void AddLabelBindings(pybind11::module_& m);
// dedup, train, evaluate (pipeline_bindings.cc).
void AddPipelineBindings(pybind11::module_& m);

// The classifier behind a baokan.Model (TypeError for anything else); it
// lives as long as the Model object.
const Classifier& ClassifierOf(const pybind11::handle& model);

}  // namespace baokan::python

#endif  // BAOKAN_PYTHON_BINDINGS_H_
