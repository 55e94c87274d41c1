// Reading JSON Lines record by record, with FILE:LINE diagnostics: lines are
// read a chunk at a time and parsed on a pool's workers when one is given,
// and handed on in input order.

#include <utility>

#include "baokan/io.h"
#include "baokan/parallel.h"
#include "baokan/pipeline.h"

namespace baokan {
namespace {

// A chunk of lines is parsed at once when it holds this many lines or bytes;
// a longer line is parsed where the reader holds it, on its own, and so is
// every line when there are no workers (a line typed on stdin is answered
// at once).
constexpr size_t kChunkLines = 1024;
constexpr size_t kChunkBytes = 4 << 20;

using RecordFn = std::function<bool(JsonRecord&, const std::string&, size_t, bool)>;

// One line read: a record, a line of text taken as {"text": LINE}, or the
// reason it is not a record.
struct ParsedLine {
  JsonRecord record;
  Status error;
  bool text_line = false;
};

// Parses one non-blank line (`text_lines`: a line not starting with '{' is
// text).
void ParseLine(std::string_view line, bool text_lines, ParsedLine* out) {
  if (text_lines && line[line.find_first_not_of(" \t\r")] != '{') {
    out->record.SetString("text", line);
    out->text_line = true;
    return;
  }
  StatusOr<JsonRecord> record = JsonRecord::Parse(line);
  if (record.ok()) {
    out->record = std::move(record).value();
  } else {
    out->error = record.status();
  }
}

// The lines of one input waiting to be parsed, and handing them on.
class Chunk {
 public:
  Chunk(const std::string& path, bool text_lines, ThreadPool* pool, const PipelineLog& log,
        const RecordFn& fn)
      : path_(path), name_(path == "-" ? "<stdin>" : path), text_lines_(text_lines),
        pool_(pool), log_(log), fn_(fn) {}

  bool Full() const { return ends_.size() >= kChunkLines || bytes_.size() >= kChunkBytes; }
  static bool Alone(std::string_view line) { return line.size() >= kChunkBytes; }

  void Add(std::string_view line, size_t number) {
    bytes_.append(line);
    ends_.push_back(bytes_.size());
    numbers_.push_back(number);
  }

  // Parses the lines added (on the pool's workers) and hands them on in
  // order; false when fn said stop. Clears the chunk.
  bool Drain() {
    const size_t n = ends_.size();
    std::vector<ParsedLine> parsed(n);
    auto parse = [&](size_t i) {
      const size_t begin = i == 0 ? 0 : ends_[i - 1];
      ParseLine(std::string_view(bytes_).substr(begin, ends_[i] - begin), text_lines_,
                &parsed[i]);
    };
    ParallelFor(pool_, n, parse, /*block=*/16);
    bool go_on = true;
    for (size_t i = 0; i < n && go_on; ++i) go_on = HandOn(&parsed[i], numbers_[i]);
    bytes_.clear();
    ends_.clear();
    numbers_.clear();
    return go_on;
  }

  // Parses one line now and hands it on; false when fn said stop.
  bool ParseNow(std::string_view line, size_t number) {
    ParsedLine parsed;
    ParseLine(line, text_lines_, &parsed);
    return HandOn(&parsed, number);
  }

  bool all_ok() const { return all_ok_; }

 private:
  bool HandOn(ParsedLine* p, size_t number) {
    if (!p->error.ok()) {
      log_.Error(name_ + ":" + std::to_string(number) + ": " + p->error.message());
      all_ok_ = false;
      return true;
    }
    return fn_(p->record, path_, number, p->text_line);
  }

  const std::string& path_;
  const std::string name_;
  const bool text_lines_;
  ThreadPool* pool_;
  const PipelineLog& log_;
  const RecordFn& fn_;
  std::string bytes_;          // the lines, one after another
  std::vector<size_t> ends_;   // where each line ends in bytes_
  std::vector<size_t> numbers_;  // each line's number in the input
  bool all_ok_ = true;
};

// ForEachRecordOrTextLine when `text_lines`, else ForEachRecord; parsed on
// `pool` (may have no workers).
bool ReadRecords(const std::vector<std::string>& inputs, bool text_lines, ThreadPool* pool,
                 const PipelineLog& log, const RecordFn& fn) {
  bool all_ok = true;
  for (const std::string& path : inputs) {
    StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
    if (!reader.ok()) {
      log.Error(reader.status().message());
      all_ok = false;
      continue;
    }
    Chunk chunk(path, text_lines, pool, log, fn);
    bool go_on = true;
    std::string_view line;
    while (go_on && (*reader)->Next(&line)) {
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      const size_t number = (*reader)->line_number();
      if (pool->workers() == 0 || Chunk::Alone(line)) {  // no one to share the work with
        go_on = chunk.Drain() && chunk.ParseNow(line, number);
        continue;
      }
      chunk.Add(line, number);
      if (chunk.Full()) go_on = chunk.Drain();
    }
    if (go_on) go_on = chunk.Drain();
    all_ok = all_ok && chunk.all_ok();
    if (!go_on) return all_ok;
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
  ThreadPool serial(1);
  return ReadRecords(inputs, true, &serial, log, fn);
}

bool ForEachRecord(const std::vector<std::string>& inputs, const PipelineLog& log,
                   const std::function<bool(JsonRecord&, const std::string&, size_t)>& fn) {
  ThreadPool serial(1);
  return ReadRecords(inputs, false, &serial, log,
                     [&](JsonRecord& r, const std::string& path, size_t line, bool) {
                       return fn(r, path, line);
                     });
}

bool ForEachParsedRecord(const std::vector<std::string>& inputs, bool text_lines,
                         ThreadPool* pool, const PipelineLog& log, const RecordFn& fn) {
  return ReadRecords(inputs, text_lines, pool, log, fn);
}

}  // namespace baokan
