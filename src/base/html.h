// Small helpers for the self-contained HTML pages baokan writes
// (run's report.html, eval's --report).

#ifndef BAOKAN_HTML_H_
#define BAOKAN_HTML_H_

#include <string>
#include <string_view>

namespace baokan {

// `s` with &, <, > and " replaced by their character references, safe in
// element text and in double-quoted attribute values.
std::string HtmlEscape(std::string_view s);

}  // namespace baokan

#endif  // BAOKAN_HTML_H_
