// The splitter's working model of a page (private to src/segment).
//
// SplitPage runs four steps, each in its own file:
//   classify.cc  page lines -> Items (a line may give several: an opener, a
//                headline, a jump marker, body text, a 摘自 trailer);
//   assemble.cc  Items -> Drafts (one per article) and noise, attaching
//                headline groups before or after their bodies;
//   repair.cc    bodies split around other articles, orphan headlines;
//   render.cc    Drafts -> Articles (field values, paragraphs).
// Every Item is a Piece of exactly one page line, and every Piece ends up in
// exactly one Draft field or in the noise: that is what "nothing is lost"
// means, and PageLayout lets the tests check it piece by piece.

#ifndef BAOKAN_SRC_SEGMENT_LAYOUT_H_
#define BAOKAN_SRC_SEGMENT_LAYOUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/split.h"
#include "segment/page_facts.h"

namespace baokan::segment {

// One line of the page, trimmed.
struct PageLine {
  int number = 0;            // 1-based
  std::string_view text;     // without leading and trailing white space
  bool indented = false;     // the raw line started with white space
  bool table_row = false;    // the raw line is a table's row (IsTableRow)
  bool known_head = false;   // the layout says it is a headline (SplitOptions)
  bool known_title = false;  // ... and its stack's title
  // The width in display columns of the wrapped lines around it: the median
  // of its block's lines when the block has kMinLocalWidthLines or more,
  // else the page's (PageModel::wrap_columns). Pages mix column widths.
  size_t column_width = 0;
};

// A byte range of one line.
struct Piece {
  int line = 0;  // index into PageModel::lines
  size_t begin = 0;
  size_t end = 0;
  bool operator==(const Piece&) const = default;
};

enum class ItemKind {
  kBody,      // body text
  kHead,      // headline-shaped line: title, kicker, subtitle, column, subhead
  kDateline,  // 湖南长沙：
  kByline,    // a byline line or the byline part of an opener
  kJump,      // 上接1版
  kSource,    // 摘自《X》
  kCaption,   // photo caption
  kDebris,    // layout debris
};

enum class BylineRole { kNone, kOpens, kCloses };

struct Item {
  ItemKind kind = ItemKind::kBody;
  Piece piece;
  int block = 0;  // index of the block (run of lines between blanks)
  BylineRole role = BylineRole::kNone;
  bool opener = false;          // a 本报讯 opener (kByline) or body right after one
  bool jump_to = false;         // a 下转 marker (kJump) that points forward
  bool short_sentence = false;  // kBody: a one-line sentence beside a wide gap
  bool label = false;           // kBody: a box label inside an article (核心阅读, 记者手记)
  bool lead = false;            // kBody label of a box printed above the body (核心阅读)
  bool verse = false;           // kBody: a line of verse, a paragraph of its own
};

// A run of non-blank lines with no blank line and no indented restart inside.
struct Block {
  int first_line = 0;  // indices into PageModel::lines
  int last_line = 0;
  int blanks_before = 0;  // blank lines between this block and the previous
  int blanks_after = 0;
};

struct PageModel {
  std::string page;
  std::string text;  // the page as split (normalized when asked), folded (below)
  // The rules are written in simplified characters: a page with traditional
  // ones is analysed folded to simplified (FoldKeepingOffsets: every byte
  // offset stays), and `printed` keeps it as printed, for the output
  // (PrintedText, Respeller). Empty when folding changed nothing.
  std::string printed;
  std::vector<PageLine> lines;  // non-blank lines only
  std::vector<Block> blocks;
  std::vector<Item> items;
  size_t wrap_width = 0;    // typical body line length, 0 for unwrapped pages
  size_t wrap_columns = 0;  // the same in display columns (CJK 2, ASCII 1)
  // The width in display columns at which the page's headlines wrap: the
  // most frequent width of a headline line followed by another line of its
  // block, when at least kMinHeadlineWraps lines share it; 0 otherwise
  // (ClassifyLines).
  size_t head_wrap_columns = 0;
  // The extraction dropped paragraph indents (no or almost no line starts
  // with white space, as pdftotext writes pages): any line may be a
  // paragraph's first line that lost its indent.
  bool indents_lost = false;
  PageFacts facts;                     // from the folio lines (ClassifyLines)
  bool headlines_above = false;        // SplitOptions::headlines_above
  bool only_layout_headlines = false;  // SplitOptions::only_layout_headlines
};

// Builds lines and blocks from `text` (kept in model->text); the headline
// and title lines `options` name are marked.
void BuildLines(std::string_view page, std::string text, std::string_view raw,
                const SplitOptions& options, PageModel* model);
// Fills model->items.
void ClassifyLines(PageModel* model);

// Headline lines of one width, each followed by another line of its block,
// that make that width the page's headline measure (head_wrap_columns).
inline constexpr int kMinHeadlineWraps = 3;

// Whether a line (after `indent` columns of indentation) is as wide as the
// page's wrapped body lines (false when the page has none), or wider: a
// headline spanning columns.
bool FillsColumn(const PageModel& m, std::string_view text, size_t indent = 0);
bool WiderThanColumn(const PageModel& m, std::string_view text);

// A paragraph of body text: pieces joined as line wraps.
struct Paragraph {
  std::vector<Piece> pieces;
  bool subhead = false;  // a headline-shaped line inside the body
};

struct Draft {
  std::vector<Piece> column, kicker, title, subtitle, dateline, byline, source, jump;
  std::vector<Piece> jump_to;  // a forward jump marker (下转第2版) after the body
  bool title_spaced = false;   // title lines joined with a space (couplets)
  std::vector<Paragraph> paragraphs;
  bool closed = false;              // a closing byline or a 摘自 trailer was attached
  bool closed_after_title = false;  // ... printed after the title under the body
  bool title_after = false;         // the headline came after the body
  bool starts_with_opener = false;  // 本报讯, an opening byline or a jump marker
  // ... by a photo credit alone on its line (张三摄): the credit's piece.
  std::optional<Piece> closing_credit;
};

struct NoisePiece {
  Piece piece;
  std::string reason;
};

struct PageLayout {
  std::vector<Draft> drafts;
  std::vector<NoisePiece> noise;
};

// Items -> drafts and noise (assemble.cc), then repairs (repair.cc).
PageLayout Assemble(const PageModel& model);
void RepairSplitBodies(const PageModel& model, PageLayout* layout);

// The whole analysis, for tests: BuildLines + ClassifyLines + Assemble +
// repairs, on `text` normalized or not as `options` say.
// `model` holds views into its own text: it must not be copied or moved.
void AnalyzePage(std::string_view page, std::string_view text, const SplitOptions& options,
                 PageModel* model, PageLayout* layout);

// Drafts -> the public result (render.cc).
SplitResult Render(const PageModel& model, const PageLayout& layout);

// The text of a piece.
inline std::string_view PieceText(const PageModel& m, const Piece& p) {
  return m.lines[p.line].text.substr(p.begin, p.end - p.begin);
}

// The text of a piece as printed: PieceText in the page's own characters.
std::string_view PrintedText(const PageModel& m, const Piece& p);

// Gives a value parsed from the folded text of `pieces` (a byline, a
// dateline, a title's tag) back in the page's own characters: each character
// of `value` is matched, in order, to the same character of the pieces'
// folded text and replaced by the one printed there; a character not found
// (a space the value put between names) stays as it is. Without folding
// (PageModel::printed empty) returns `value`.
std::string Respell(const PageModel& m, const std::vector<Piece>& pieces, std::string value);
std::optional<std::string> Respell(const PageModel& m, const std::vector<Piece>& pieces,
                                   std::optional<std::string> value);
// The same for a value read from anywhere on the page (the folio's section):
// given back as printed where it occurs whole in the folded page, else
// returned as it is.
std::optional<std::string> RespellFromPage(const PageModel& m, std::optional<std::string> value);

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_LAYOUT_H_
