// The article record: what `split` produces and every later stage carries.
// Field meanings are fixed by docs/formats.md.

#ifndef BAOKAN_ARTICLE_H_
#define BAOKAN_ARTICLE_H_

#include <optional>
#include <string>
#include <vector>

#include "baokan/json.h"
#include "baokan/status.h"

namespace baokan {

struct Article {
  std::string id;    // "PAGE#N", N counting from 1 in page order
  std::string page;  // the page file's name without its extension
  std::optional<std::string> title;
  std::optional<std::string> subtitle;
  std::optional<std::string> kicker;
  std::optional<std::string> column;
  std::optional<std::string> dateline;
  std::optional<std::string> byline;
  std::optional<std::string> source;          // paper named by 摘自《…》
  std::optional<std::string> continued_from;  // jump marker, e.g. "1版"
  std::optional<std::string> continued_to;    // forward jump (下转第2版): "第2版"
  // Page facts (architecture.md): the page's date as ISO 8601 (or the
  // dispatch's date, 10月9日电), the 版 number and the 版's name, where the
  // page prints them.
  std::optional<std::string> date;
  std::optional<int> edition;
  std::optional<std::string> section;
  std::string text;  // the body: line wraps joined, paragraphs split by "\n"
  // 1-based page line numbers this article was built from, ascending. The
  // record gives their range as its one part (`parts`, docs/formats.md).
  std::vector<int> lines;
};

// The record for `a`, fields in the documented order, absent ones null.
// `lines` is not written.
JsonRecord ArticleToRecord(const Article& a);

// Reads the article fields of `record` (missing or null fields stay unset,
// or empty for id, page and text; a field of the wrong type is a DataError
// naming it, and leaves *a unchanged). `lines` stays empty.
Status ArticleFromRecord(const JsonRecord& record, Article* a);

}  // namespace baokan

#endif  // BAOKAN_ARTICLE_H_
