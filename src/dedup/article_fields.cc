#include "dedup/article_fields.h"

#include "baokan/dedup.h"
#include "dedup/match_form.h"

namespace baokan::dedup {

Status ReadArticleFields(const JsonRecord& record, bool compute_match_form, ArticleFields* out) {
  std::optional<std::string> id, page, text;
  BAOKAN_RETURN_IF_ERROR(record.GetString("id", &id));
  if (!id || id->empty()) return Status::DataError("record has no \"id\"");
  BAOKAN_RETURN_IF_ERROR(record.GetString("page", &page));
  BAOKAN_RETURN_IF_ERROR(record.GetString("text", &text));
  BAOKAN_RETURN_IF_ERROR(record.GetString("source", &out->source));
  BAOKAN_RETURN_IF_ERROR(record.GetString("paper", &out->paper));
  out->id = std::move(*id);
  if (page) {
    out->page = std::move(*page);
  } else {
    const size_t hash = out->id.rfind('#');
    out->page = hash == std::string::npos ? out->id : out->id.substr(0, hash);
  }
  out->text = text ? std::move(*text) : std::string();
  if (out->source && out->source->empty()) out->source.reset();
  std::string trailer;
  ComparableText(out->text, &trailer);
  if (!out->source && !trailer.empty()) out->source = trailer;
  out->match_form.clear();
  if (compute_match_form) ComputeMatchForm(out);
  return Status::OK();
}

void ComputeMatchForm(ArticleFields* out) {
  out->match_form = CompareForm(ComparableText(out->text, nullptr));
}

}  // namespace baokan::dedup

namespace baokan {

Signature TextSignature(std::string_view text, const SignatureOptions& options) {
  dedup::ArticleFields fields;
  fields.text = std::string(text);
  dedup::ComputeMatchForm(&fields);
  return ComputeSignature(fields.match_form, options);
}

}  // namespace baokan
