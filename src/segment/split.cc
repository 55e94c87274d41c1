// SplitPage: the public entry point (include/baokan/split.h).

#include "baokan/split.h"

#include "baokan/normalize.h"
#include "segment/layout.h"

namespace baokan {
namespace segment {

void AnalyzePage(std::string_view page, std::string_view text, const SplitOptions& options,
                 PageModel* model, PageLayout* layout) {
  std::string work = options.normalize ? Normalize(text) : std::string(text);
  BuildLines(page, std::move(work), text, options, model);
  model->headlines_above = options.headlines_above;
  model->only_layout_headlines = options.only_layout_headlines && !options.headline_lines.empty();
  ClassifyLines(model);
  *layout = Assemble(*model);
  RepairSplitBodies(*model, layout);
}

}  // namespace segment

SplitResult SplitPage(std::string_view page, std::string_view text, const SplitOptions& options) {
  segment::PageLayout layout;
  segment::PageModel model;
  segment::AnalyzePage(page, text, options, &model, &layout);
  return segment::Render(model, layout);
}

}  // namespace baokan
