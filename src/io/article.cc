// The article record: Article <-> JsonRecord.

#include "baokan/article.h"

#include <cmath>
#include <string>

namespace baokan {
namespace {

// The optional string fields, in the order they are written between "page"
// and "text" (edition, an integer, is written between date and section).
struct OptionalField {
  const char* key;
  std::optional<std::string> Article::*member;
};
constexpr OptionalField kOptionalFields[] = {
    {"title", &Article::title},       {"subtitle", &Article::subtitle},
    {"kicker", &Article::kicker},     {"column", &Article::column},
    {"dateline", &Article::dateline}, {"byline", &Article::byline},
    {"source", &Article::source},     {"continued_from", &Article::continued_from},
    {"continued_to", &Article::continued_to},
};

// Largest 版 number read from a record (papers print a few hundred at most).
constexpr int kMaxEdition = 100000;

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
  record.SetOptionalString("date", a.date);
  if (a.edition) {
    record.SetInt("edition", *a.edition);
  } else {
    record.SetNull("edition");
  }
  record.SetOptionalString("section", a.section);
  if (a.lines.empty()) {
    record.SetNull("parts");
  } else {
    // One part: the page and the range of its lines (run joins the parts of
    // an article continued on another page).
    JsonRecord part;
    part.SetString("page", a.page);
    part.SetInt("first_line", a.lines.front());
    part.SetInt("last_line", a.lines.back());
    record.SetRaw("parts", "[" + part.Serialize() + "]");
  }
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
  BAOKAN_RETURN_IF_ERROR(record.GetString("date", &result.date));
  BAOKAN_RETURN_IF_ERROR(record.GetString("section", &result.section));
  std::optional<double> edition;
  BAOKAN_RETURN_IF_ERROR(record.GetNumber("edition", &edition));
  if (edition) {
    if (*edition != std::floor(*edition) || *edition < 0 || *edition > kMaxEdition) {
      return Status::DataError("field \"edition\" should be a page number (an integer from 0 to " +
                               std::to_string(kMaxEdition) + ")");
    }
    result.edition = static_cast<int>(*edition);
  }
  BAOKAN_RETURN_IF_ERROR(GetRequired(record, "text", &result.text));
  *a = std::move(result);
  return Status::OK();
}

}  // namespace baokan
