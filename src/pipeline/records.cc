// Reading JSON Lines record by record, with FILE:LINE diagnostics.

#include "baokan/io.h"
#include "baokan/pipeline.h"

namespace baokan {
namespace {

// ForEachRecordOrTextLine when `text_lines`, else ForEachRecord.
bool ReadRecords(const std::vector<std::string>& inputs, bool text_lines, const PipelineLog& log,
                 const std::function<bool(JsonRecord&, const std::string&, size_t, bool)>& fn) {
  bool all_ok = true;
  for (const std::string& path : inputs) {
    const std::string name = path == "-" ? "<stdin>" : path;
    StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
    if (!reader.ok()) {
      log.Error(reader.status().message());
      all_ok = false;
      continue;
    }
    std::string_view line;
    while ((*reader)->Next(&line)) {
      const size_t first = line.find_first_not_of(" \t\r");
      if (first == std::string_view::npos) continue;
      if (text_lines && line[first] != '{') {
        JsonRecord text;
        text.SetString("text", line);
        if (!fn(text, path, (*reader)->line_number(), true)) return all_ok;
        continue;
      }
      StatusOr<JsonRecord> record = JsonRecord::Parse(line);
      if (!record.ok()) {
        log.Error(name + ":" + std::to_string((*reader)->line_number()) + ": " +
                  record.status().message());
        all_ok = false;
        continue;
      }
      if (!fn(*record, path, (*reader)->line_number(), false)) return all_ok;
    }
    if (!(*reader)->status().ok()) {
      log.Error((*reader)->status().message());
      all_ok = false;
    }
  }
  return all_ok;
}

}  // namespace

bool ForEachRecordOrTextLine(
    const std::vector<std::string>& inputs, const PipelineLog& log,
    const std::function<bool(JsonRecord&, const std::string&, size_t, bool)>& fn) {
  return ReadRecords(inputs, true, log, fn);
}

bool ForEachRecord(const std::vector<std::string>& inputs, const PipelineLog& log,
                   const std::function<bool(JsonRecord&, const std::string&, size_t)>& fn) {
  return ReadRecords(inputs, false, log,
                     [&](JsonRecord& r, const std::string& path, size_t line, bool) {
                       return fn(r, path, line);
                     });
}

}  // namespace baokan
