// Fuzzes baokan::Classifier::Load: the input is written as MODEL.bin beside a
// minimal MODEL.json (format and tokenizer, no size check) and loaded; a model
// that loads is asked for a prediction.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/classify.h"
#include "temp_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string prefix = [] {
    std::string p = baokan_fuzz::ScratchDir() + "/MODEL";
    baokan_fuzz::WriteFile(p + ".json",
                           "{\"format\":\"baokan-model\",\"tokenizer\":{}}\n");
    return p;
  }();
  baokan_fuzz::WriteFile(prefix + ".bin",
                         std::string_view(reinterpret_cast<const char*>(data), size));
  auto model = baokan::Classifier::Load(prefix + ".bin");
  if (!model.ok()) return 0;
  std::vector<baokan::LabelProb> labels;
  (*model)->Predict("北京市 经济 发展", baokan::PredictOptions{}, &labels);
  return 0;
}
