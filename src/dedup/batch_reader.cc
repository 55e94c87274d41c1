#include "dedup/batch_reader.h"

namespace baokan::dedup {

BatchReader::BatchReader(std::vector<std::string> inputs,
                         std::function<void(const std::string&)> on_error)
    : inputs_(std::move(inputs)), on_error_(std::move(on_error)) {}

std::string BatchReader::Where(uint32_t file, uint32_t line) const {
  const std::string& path = inputs_[file];
  return (path == "-" ? std::string("<stdin>") : path) + ":" + std::to_string(line);
}

bool BatchReader::Next(size_t max_bytes, std::vector<RawLine>* batch) {
  batch->clear();
  size_t bytes = 0;
  while (bytes < max_bytes) {
    if (!reader_) {
      if (next_input_ >= inputs_.size()) break;
      current_ = static_cast<uint32_t>(next_input_++);
      StatusOr<std::unique_ptr<LineReader>> r = LineReader::Open(inputs_[current_]);
      if (!r.ok()) {
        on_error_(r.status().message());
        continue;
      }
      reader_ = std::move(*r);
    }
    std::string_view line;
    if (!reader_->Next(&line)) {
      if (!reader_->status().ok()) on_error_(reader_->status().message());
      reader_.reset();
      continue;
    }
    bytes_ += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    batch->push_back({std::string(line), current_, static_cast<uint32_t>(reader_->line_number())});
    bytes += line.size();
  }
  return !batch->empty();
}

}  // namespace baokan::dedup
