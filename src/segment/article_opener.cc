// OpensArticle (include/baokan/article_opener.h) from the splitter's line
// recognizers.

#include "baokan/article_opener.h"

#include <optional>

#include "segment/line_class.h"

namespace baokan {

bool OpensArticle(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  if (segment::FindOpener(line)) return true;
  const std::optional<segment::BylineLine> byline = segment::ParseBylineLine(line);
  return byline && (byline->form == segment::BylineForm::kMarked ||
                    byline->form == segment::BylineForm::kPlain);
}

}  // namespace baokan
