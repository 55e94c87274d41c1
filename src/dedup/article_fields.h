// The fields of an article record that fingerprint and dedup read (private
// to dedup).

#ifndef BAOKAN_SRC_DEDUP_ARTICLE_FIELDS_H_
#define BAOKAN_SRC_DEDUP_ARTICLE_FIELDS_H_

#include <optional>
#include <string>

#include "baokan/json.h"
#include "baokan/status.h"

namespace baokan::dedup {

struct ArticleFields {
  std::string id;
  std::string page;                   // `page`, or the id before its last '#'
  std::optional<std::string> source;  // `source`, or the paper of a 摘自 trailer
  std::optional<std::string> paper;   // `paper`, the paper the article appeared in
  std::string text;                   // `text` as stored ("" when null)
  std::string match_form;             // CompareForm of text without its trailer
};

// Reads the fields; a record without a string `id`, or with a non-string
// `text`/`page`/`source`/`paper`, is a DataError (the caller adds FILE:LINE).
// With compute_match_form false, match_form stays empty (cheap).
Status ReadArticleFields(const JsonRecord& record, bool compute_match_form, ArticleFields* out);

// Computes out->match_form from out->text.
void ComputeMatchForm(ArticleFields* out);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_ARTICLE_FIELDS_H_
