// Splitting a newspaper page (text extracted from a PDF page) into articles.

#ifndef BAOKAN_SPLIT_H_
#define BAOKAN_SPLIT_H_

#include <string>
#include <string_view>
#include <vector>

#include "baokan/article.h"

namespace baokan {

struct SplitOptions {
  // Normalize the page (baokan::Normalize) before splitting. Default: on.
  bool normalize = true;
};

// A block of page lines that belongs to no article (layout debris, a cut-off
// caption ...), kept so that nothing is lost silently.
struct NoiseBlock {
  std::string page;
  int first_line = 0;  // 1-based, inclusive
  int last_line = 0;   // 1-based, inclusive
  std::string text;    // the lines as printed, joined by "\n"
  std::string reason;  // why it was set aside, e.g. "layout", "caption"
};

struct SplitResult {
  std::vector<Article> articles;
  std::vector<NoiseBlock> noise;
};

// Splits one page. `page` names it (it becomes Article::page and the prefix
// of every id); `text` is the page as UTF-8. Every non-blank line of `text`
// ends up in exactly one article field or in exactly one noise block.
// Deterministic and thread-safe.
SplitResult SplitPage(std::string_view page, std::string_view text,
                      const SplitOptions& options = {});

}  // namespace baokan

#endif  // BAOKAN_SPLIT_H_
