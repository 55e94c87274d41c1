// OpensArticle (include/baokan/article_opener.h) from the splitter's line
// recognizers.

#include "baokan/article_opener.h"

#include <optional>

#include "segment/chars.h"
#include "segment/line_class.h"

namespace baokan {

bool OpensArticle(std::string_view line) {
  line = segment::TrimSpace(line);
  if (segment::FindOpener(line)) return true;
  const std::optional<segment::BylineLine> byline = segment::ParseBylineLine(line);
  return byline && (byline->form == segment::BylineForm::kMarked ||
                    byline->form == segment::BylineForm::kPlain);
}

}  // namespace baokan
