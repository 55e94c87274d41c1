// Fuzzes baokan::JsonRecord::Parse (one JSONL line) and, when it parses, the
// field readers and Serialize(), whose output must parse back to the same
// record.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "baokan/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view line(reinterpret_cast<const char*>(data), size);
  baokan::StatusOr<baokan::JsonRecord> record = baokan::JsonRecord::Parse(line);
  if (!record.ok()) return 0;
  for (const auto& [key, raw] : record->fields()) {
    std::optional<std::string> s;
    std::optional<double> n;
    (void)record->GetString(key, &s);
    (void)record->GetNumber(key, &n);
    if (record->Raw(key) == nullptr) std::abort();
  }
  std::string once = record->Serialize();
  baokan::StatusOr<baokan::JsonRecord> again = baokan::JsonRecord::Parse(once);
  if (!again.ok() || again->Serialize() != once) std::abort();
  return 0;
}
