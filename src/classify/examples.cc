// Labelled data: JSON Lines (text + label/labels) or fastText lines.

#include <simdjson.h>

#include <memory>

#include "baokan/io.h"
#include "baokan/json.h"
#include "classify/internal.h"

namespace baokan {
namespace {

std::string Where(const std::string& path, size_t line) {
  return (path == "-" ? std::string("<stdin>") : path) + ":" + std::to_string(line) + ": ";
}

// A label as fastText needs it: no white space (runs become '_').
std::string CleanLabel(std::string_view label, const Taxonomy& taxonomy) {
  std::string out;
  for (char c : taxonomy.Canonical(label)) {
    bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    if (!space) {
      out += c;
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  return out;
}

// Reads a label value: a string, or an array of strings.
Status ParseLabels(const std::string& raw, const std::string& field, const Taxonomy& taxonomy,
                   std::vector<std::string>* labels) {
  simdjson::dom::parser parser;
  simdjson::dom::element value;
  if (parser.parse(raw).get(value) != simdjson::SUCCESS) {
    return Status::DataError("field '" + field + "' is not valid JSON");
  }
  auto add = [&](std::string_view s) {
    std::string label = CleanLabel(s, taxonomy);
    if (!label.empty()) labels->push_back(std::move(label));
  };
  std::string_view s;
  simdjson::dom::array array;
  if (value.get(s) == simdjson::SUCCESS) {
    add(s);
  } else if (value.get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : array) {
      if (item.get(s) != simdjson::SUCCESS) {
        return Status::DataError("field '" + field + "' holds a non-string label");
      }
      add(s);
    }
  } else if (!value.is_null()) {
    return Status::DataError("field '" + field + "' must be a string or an array of strings");
  }
  return Status::OK();
}

Status ParseJsonExample(std::string_view line, const TrainOptions& options,
                        LabelledExample* example) {
  StatusOr<JsonRecord> record = JsonRecord::Parse(line);
  if (!record.ok()) return record.status();
  for (const std::string& field : options.text_fields) {
    std::optional<std::string> text;
    BAOKAN_RETURN_IF_ERROR(record->GetString(field, &text));
    if (!text || text->empty()) continue;
    if (!example->text.empty()) example->text += '\n';
    example->text += *text;
  }
  std::string field = options.label_field;
  const std::string* raw = record->Raw(field);
  if (raw == nullptr && field == "label") {
    field = "labels";
    raw = record->Raw(field);
  }
  if (raw != nullptr) {
    BAOKAN_RETURN_IF_ERROR(ParseLabels(*raw, field, options.taxonomy, &example->labels));
  }
  return Status::OK();
}

// "__label__a __label__b some text": leading labels, then the text.
void ParseFastTextLine(std::string_view line, const TrainOptions& options,
                       LabelledExample* example) {
  const std::string& prefix = options.label_prefix;
  size_t pos = 0;
  for (;;) {
    while (pos < line.size() && (line[pos] == ' ' || line[pos] == '\t')) ++pos;
    if (line.compare(pos, prefix.size(), prefix) != 0) break;
    size_t end = line.find_first_of(" \t", pos);
    if (end == std::string_view::npos) end = line.size();
    std::string label =
        CleanLabel(line.substr(pos + prefix.size(), end - pos - prefix.size()), options.taxonomy);
    if (!label.empty()) example->labels.push_back(std::move(label));
    pos = end;
  }
  example->text = std::string(line.substr(pos));
}

}  // namespace

Status ForEachExample(const std::string& path, const TrainOptions& options,
                      const std::function<bool(LabelledExample&&, size_t line)>& fn) {
  StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
  if (!reader.ok()) return reader.status();
  std::string_view line;
  while ((*reader)->Next(&line)) {
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    size_t number = (*reader)->line_number();
    LabelledExample example;
    if (line[first] == '{') {
      Status s = ParseJsonExample(line, options, &example);
      if (!s.ok()) return Status::DataError(Where(path, number) + s.message());
    } else if (line.compare(first, options.label_prefix.size(), options.label_prefix) == 0) {
      ParseFastTextLine(line, options, &example);
    } else {
      return Status::DataError(Where(path, number) +
                               "neither a JSON record nor a fastText line starting with " +
                               options.label_prefix);
    }
    if (!fn(std::move(example), number)) return Status::OK();
  }
  return (*reader)->status();
}

}  // namespace baokan
