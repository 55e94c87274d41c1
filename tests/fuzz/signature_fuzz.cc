// Fuzzes baokan::SignatureFileReader: the input is written to a scratch file
// and read to the end with the default options and with a small num_perm.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "baokan/dedup.h"
#include "temp_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = baokan_fuzz::ScratchDir() + "/input.sig";
  baokan_fuzz::WriteFile(path, std::string_view(reinterpret_cast<const char*>(data), size));
  (void)baokan::IsSignatureFile(path);
  baokan::SignatureOptions small;
  small.num_perm = 8;
  for (const baokan::SignatureOptions& options : {baokan::SignatureOptions{}, small}) {
    auto reader = baokan::SignatureFileReader::Open(path, options);
    if (!reader.ok()) continue;
    baokan::SignatureRecord record;
    uint64_t n = 0;
    while ((*reader)->Next(&record) && n <= (*reader)->record_count()) ++n;
    (void)(*reader)->status();
  }
  return 0;
}
