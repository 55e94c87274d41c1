// Fuzzes the text stage: DecodeToUtf8 (detection and forced GB18030, with
// replacement), then Normalize under every option set and MatchForm. Checks
// the documented idempotence Normalize(Normalize(x, o), o) == Normalize(x, o)
// for every option set o. (It once failed with `simplified` on ICU's
// transliterator, which flipped 生旦净末丑 to 生旦淨末丑 and back:
// tests/data/fuzz-regressions/normalize/.)
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "baokan/encoding.h"
#include "baokan/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)baokan::DecodeToUtf8(bytes, "fuzz");
  baokan::DecodeOptions forced;
  forced.encoding = "GB18030";
  forced.on_invalid = baokan::OnInvalid::kReplace;
  (void)baokan::DecodeToUtf8(bytes, "fuzz", forced);

  for (int bits = 0; bits < 4; ++bits) {
    baokan::NormalizeOptions options;
    options.simplified = bits & 1;
    options.join_lines = bits & 2;
    std::string once = baokan::Normalize(bytes, options);
    if (baokan::Normalize(once, options) != once) std::abort();
  }
  (void)baokan::MatchForm(bytes);
  return 0;
}
