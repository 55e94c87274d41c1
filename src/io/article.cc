// The article record: Article <-> JsonRecord.

#include "baokan/article.h"

namespace baokan {
namespace {

// The optional string fields, in the order they are written between "page"
// and "text".
struct OptionalField {
  const char* key;
  std::optional<std::string> Article::*member;
};
constexpr OptionalField kOptionalFields[] = {
    {"title", &Article::title},       {"subtitle", &Article::subtitle},
    {"kicker", &Article::kicker},     {"column", &Article::column},
    {"dateline", &Article::dateline}, {"byline", &Article::byline},
    {"source", &Article::source},     {"continued_from", &Article::continued_from},
};

// Reads a string field that has no "absent" state: missing or null reads "".
Status GetRequired(const JsonRecord& record, const char* key, std::string* out) {
  std::optional<std::string> value;
  BAOKAN_RETURN_IF_ERROR(record.GetString(key, &value));
  *out = value ? std::move(*value) : std::string();
  return Status::OK();
}

}  // namespace

JsonRecord ArticleToRecord(const Article& a) {
  JsonRecord record;
  record.SetString("id", a.id);
  record.SetString("page", a.page);
  for (const OptionalField& f : kOptionalFields) record.SetOptionalString(f.key, a.*f.member);
  record.SetString("text", a.text);
  return record;
}

Status ArticleFromRecord(const JsonRecord& record, Article* a) {
  Article result;
  BAOKAN_RETURN_IF_ERROR(GetRequired(record, "id", &result.id));
  BAOKAN_RETURN_IF_ERROR(GetRequired(record, "page", &result.page));
  for (const OptionalField& f : kOptionalFields) {
    BAOKAN_RETURN_IF_ERROR(record.GetString(f.key, &(result.*f.member)));
  }
  BAOKAN_RETURN_IF_ERROR(GetRequired(record, "text", &result.text));
  *a = std::move(result);
  return Status::OK();
}

}  // namespace baokan
