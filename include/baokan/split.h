// Splitting a newspaper page (text extracted from a PDF page) into articles.

#ifndef BAOKAN_SPLIT_H_
#define BAOKAN_SPLIT_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/article.h"
#include "baokan/json.h"
#include "baokan/status.h"

namespace baokan {

struct SplitOptions {
  // Normalize the page (baokan::Normalize) before splitting. Default: on.
  bool normalize = true;
  // 1-based numbers of lines the page's layout sets as headlines (a PDF's
  // large type, see include/baokan/pdf.h): headline lines whatever their
  // shape (a headline may end in ！ or ？). Empty for text pages.
  std::vector<int> headline_lines;
  // Of those, the lines set in the largest type of their headline stack: the
  // title (the lines of the stack above it are a column name and kickers,
  // below it subtitles).
  std::vector<int> title_lines;
  // The page's text puts every headline above its body (a PDF page laid out
  // by LayOutPdfPage): undecided headlines go to the body below them.
  bool headlines_above = false;
  // Only `headline_lines` are headlines (a PDF page whose layout found its
  // headlines by type size): a headline-shaped line in body type, such as a
  // feature's subhead, stays body text.
  bool only_layout_headlines = false;
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

// Jumps: an article that ends in 下转第2版 and its continuation, printed on
// page 2 of the same issue under （上接第1版） and a repeat of its title
// (docs/split.md, "Jumps"). What FindJumpJoins needs to know of an article.
struct JumpEnd {
  std::string group;  // articles of one group may continue each other (one issue)
  std::optional<std::string> date;     // the article record's `date`
  std::optional<int> edition;          // its page's 版 number
  std::optional<std::string> continued_from;  // 上接 reference ("第1版")
  std::optional<std::string> continued_to;    // 下转 reference ("第2版")
  std::string title;  // empty when it has none
};

// A join: ends[next] continues ends[first].
struct JumpJoin {
  size_t first = 0;
  size_t next = 0;
};

// Pairs every article that jumps to another page with the part that goes on
// there: an article of the same group, on the page whose edition the jump
// names, whose 上接 reference names the first part's edition, dated the same
// day as the first part or up to kMaxDispatchLagDays later (a dispatch's
// day can precede its page's), and whose title repeats the first part's
// best (share of its title's bigrams found in the first's title; an untitled
// part scores 0; ties go to the earlier part). Each article is in at most
// one join as first and one as next. Joins come in order of `first`.
inline constexpr int kMaxDispatchLagDays = 3;
std::vector<JumpJoin> FindJumpJoins(const std::vector<JumpEnd>& ends);

// The record of the article made of `first` and its continuation `next`
// (article records as split writes them): first's fields, the texts joined
// by a newline, `parts` the parts of both in reading order, `continued_to`
// next's (null at the end of the chain). A DataError when text or
// continued_to is not a string.
StatusOr<JsonRecord> JoinJumpRecords(const JsonRecord& first, const JsonRecord& next);

// Joins the jumps of a JSONL file of article records (as split writes them,
// in page order) into `out_path`: every joined article takes the place of its
// first part, its continuation is left out; all other records are copied as
// they are. `group_of` maps a record's page to its group (see JumpEnd).
// Reads the input twice and keeps only the records with jump markers in
// memory. Sets *joined to the number of continuations joined. Errors name the
// file and line.
Status StitchJumpsInFile(const std::string& in_path, const std::string& out_path,
                         const std::function<std::string(const std::string& page)>& group_of,
                         size_t* joined);

}  // namespace baokan

#endif  // BAOKAN_SPLIT_H_
