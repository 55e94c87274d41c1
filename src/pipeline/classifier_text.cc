// The text a subject classifier reads for an article: built here and only
// here, for `run`, `label`, `predict` and `bootstrap`.

#include "pipeline/classifier_text.h"

#include "baokan/pipeline.h"

namespace baokan {

void pipeline::JoinClassifierText(std::vector<std::optional<std::string>>* values,
                                  std::string* text) {
  auto has_text = [](const std::optional<std::string>& v) { return v && !v->empty(); };
  std::vector<std::optional<std::string>>& v = *values;
  size_t longest = v.size();  // the value moved in, when any has text
  size_t with_text = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (!has_text(v[i])) continue;
    ++with_text;
    if (longest == v.size() || v[i]->size() > v[longest]->size()) longest = i;
  }
  const bool headline_only = v.size() > 1 && with_text == 1 && has_text(v[0]);
  text->clear();
  if (longest == v.size()) return;
  std::string before;  // the values before the longest, each ending its line
  for (size_t i = 0; i < longest; ++i) {
    if (has_text(v[i])) before += *v[i] + '\n';
  }
  *text = std::move(*v[longest]);
  text->insert(0, before);
  for (size_t i = longest + 1; i < v.size(); ++i) {
    if (has_text(v[i])) *text += '\n' + *v[i];
  }
  if (headline_only) *text += '\n';
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
  pipeline::JoinClassifierText(&values, text);
  return Status::OK();
}

}  // namespace baokan
