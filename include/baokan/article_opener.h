// Whether a line of page text opens an article's body: one text rule the
// PDF layout shares with the splitter (src/segment).

#ifndef BAOKAN_ARTICLE_OPENER_H_
#define BAOKAN_ARTICLE_OPENER_H_

#include <string_view>

namespace baokan {

// True when `line` (a line of page text) opens an article's body as the
// text rules read it (docs/split.md): a dispatch opener (本报讯（记者 某某）,
// 本报北京10月9日电, 据新华社…电, wrapped after its 讯 or 电) or a byline line
// (本报记者 某某, □某某); a photo credit or a bracketed closing byline does
// not. The PDF layout takes a line in headline shape right over such a line
// for a headline (docs/split.md "PDF pages", item 4).
bool OpensArticle(std::string_view line);

}  // namespace baokan

#endif  // BAOKAN_ARTICLE_OPENER_H_
