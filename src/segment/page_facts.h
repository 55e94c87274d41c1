// Page facts: the date, 版 number and 版 name a page prints in its folio,
// and the date of a dispatch (private to src/segment; docs/split.md, "Page
// facts").

#ifndef BAOKAN_SRC_SEGMENT_PAGE_FACTS_H_
#define BAOKAN_SRC_SEGMENT_PAGE_FACTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baokan::segment {

struct PageFacts {
  std::optional<std::string> date;     // ISO 8601: 2024-03-12
  std::optional<int> edition;          // 第17版 -> 17
  std::optional<std::string> section;  // 国际
};

// A calendar date written out in `text`: 2024年3月12日, 二〇二四年三月十二日
// (ASCII digits or Chinese numerals), as ISO 8601; nullopt when there is
// none or it is no valid date.
std::optional<std::string> FindFullDate(std::string_view text);

// The 版 number of a folio line: 第17版, 第 3 版, A3版, 第十二版.
std::optional<int> FindEdition(std::string_view folio_line);

// The 版 name printed in a folio line right after its 版 number
// (第17版 国际 -> 国际): 2 to 6 Han characters, no weekday or editor.
std::optional<std::string> FindSectionAfterEdition(std::string_view folio_line);

// An edition code standing as a field of its own in a folio line, as e-paper
// folios print the 版 without the word 版 (A12, B03: one Latin letter, then
// 1 to 3 digits, between white space or the line's ends): its number and the
// byte where the field ends.
struct EditionCode {
  int number = 0;
  size_t end = 0;
};
std::optional<EditionCode> FindEditionCode(std::string_view folio_line);

// The facts of a page from its folio lines (`folio_lines`, in page order)
// and the short lines printed beside them (`section_lines`, candidates for
// the 版 name). The first line that gives a fact wins.
PageFacts ReadPageFacts(const std::vector<std::string_view>& folio_lines,
                        const std::vector<std::string_view>& section_lines);

// The date of a dispatch (本报北京10月9日电): its month and day in the year of
// `page_date`, or the year before when the month is later than the page's
// (a December dispatch on a January page). nullopt without a page date or
// a month and day.
std::optional<std::string> DispatchDate(std::string_view dispatch,
                                        const std::optional<std::string>& page_date);

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_PAGE_FACTS_H_
