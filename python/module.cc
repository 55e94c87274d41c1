// The `baokan` Python module: the library the commands call, for Python
// (docs/python.md). Every function calls the same library functions as the
// command it mirrors; results are the records and objects the command writes,
// parsed by Python's json module.

#include "bindings.h"
#include "convert.h"
#include "stream.h"

PYBIND11_MODULE(baokan, m) {
  m.doc() = "baokan: Chinese newspaper pages into articles, reprints folded, places and subjects";
  m.attr("__version__") = BAOKAN_VERSION;
  m.def("models_dir", &baokan::python::DefaultModelsDir,
        "The models directory used when none is given (BAOKAN_MODELS, else the one installed "
        "with the module).");
  baokan::python::AddTextBindings(m);
  baokan::python::AddStreamBindings(m);
  baokan::python::AddGazetteerBindings(m);
  baokan::python::AddLabelBindings(m);
  baokan::python::AddPipelineBindings(m);
}
