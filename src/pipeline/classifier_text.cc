// The text a subject classifier reads for an article: built here and only
// here, for `run`, `label`, `predict` and `bootstrap`.

#include "pipeline/classifier_text.h"

#include "baokan/pipeline.h"

namespace baokan {

void pipeline::JoinClassifierText(const std::vector<std::optional<std::string>>& values,
                                  std::string* text) {
  text->clear();
  for (const std::optional<std::string>& value : values) {
    if (!value || value->empty()) continue;
    if (!text->empty()) *text += '\n';
    *text += *value;
  }
  const bool headline_only = values.size() > 1 && values[0] && *text == *values[0];
  if (headline_only && !text->empty()) *text += '\n';
}

const std::vector<std::string>& DefaultClassifierFields() {
  static const std::vector<std::string> fields = {"title", "text"};
  return fields;
}

Status ClassifierText(const JsonRecord& record, const std::vector<std::string>& fields,
                      std::string* text) {
  std::vector<std::optional<std::string>> values(fields.size());
  for (size_t i = 0; i < fields.size(); ++i) {
    BAOKAN_RETURN_IF_ERROR(record.GetString(fields[i], &values[i]));
  }
  pipeline::JoinClassifierText(values, text);
  return Status::OK();
}

}  // namespace baokan
