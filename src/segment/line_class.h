// Recognizers for the kinds of line a newspaper page is made of (private to
// src/segment). Each looks at one line (already trimmed) and knows nothing
// of its neighbours; src/segment/classify.cc puts them in context.
//
// Every recognizer keys on role words and shapes that any Chinese paper
// uses (记者, 通讯员, 本报讯, 摘自《…》, 上接…版, a province name ...), never on
// a name, a place or a headline of a particular page. docs/split.md lists
// each rule with an example.

#ifndef BAOKAN_SRC_SEGMENT_LINE_CLASS_H_
#define BAOKAN_SRC_SEGMENT_LINE_CLASS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace baokan::segment {

// A span [begin, end) of bytes of a line.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return begin >= end; }
};

// A jump marker: （上接1版）, ◀ 上接第一版, (下转2版). `span` covers the marker
// with its brackets and arrows; `ref` is the page it names ("1版", "第一版").
struct JumpMarker {
  Span span;
  std::string ref;
  bool continued_from = true;  // 上接/接上/续: true; 下转/转下/转第: false
};
std::optional<JumpMarker> FindJumpMarker(std::string_view line);

// A pointer to another page at the end of a line, as a front page's index
// box (导读) prints them under or after the headlines it lists: 详见第2版,
// 见A3版, 请看第5版, （第5版）, →6版. Returns where the pointer starts (0 when
// the line is nothing else), or nullopt. A jump marker (下转第2版) is no
// pointer: it continues the article above it.
std::optional<size_t> FindPageReferenceTail(std::string_view line);

// A reprint trailer at the end of a line: 摘自《安徽日报》, （摘自《X》）,
// 来源：《X》, 转自《X》. `name` is the paper without brackets.
struct SourceTrailer {
  Span span;
  std::string name;
};
std::optional<SourceTrailer> FindSourceTrailer(std::string_view line);

// A trailer the layout wrapped: "…新路径。 摘自《" ending one line and
// "安徽日报》" opening the next, or "…新路径。 摘自" and "《安徽日报》".
// FindOpenSourceTrailer returns where the trailer starts on the first line;
// ClosesSourceTrailer tells whether a line is the rest of one (a short name,
// 》, maybe a closing bracket; or the whole 《name》).
std::optional<size_t> FindOpenSourceTrailer(std::string_view line);
bool ClosesSourceTrailer(std::string_view line);

// A dispatch opener at the start of a line: 本报讯, 本报讯 （记者 姚延洋）,
// 本报讯 通讯员樊留波报道：, 本报长沙9月1日电（记者 X）, 据新华社北京10月9日电
// （记者 X、Y）. `span` covers it (the body starts after it); `byline` is the
// reporters it names, if any; `place` the place it was filed from (长沙,
// 北京), empty when it names none (本报讯).
struct Opener {
  Span span;
  std::string byline;
  std::string place;
};
std::optional<Opener> FindOpener(std::string_view line);

// A text that opens by naming the report it retells: 据共同社5月5日报道，…,
// 据新加坡《联合早报》5月5日报道，…, 据江城日报报道：…. It opens a piece
// (OpensPiece) and stays in the article's text.
bool IsAttributionLead(std::string_view line);

// True when `line` opens as an opener does (本报…, 新华社…, 据新华社…), whether
// or not its 讯 or 电 is on the line: a cheap test before joining a wrapped
// opener with the next line.
bool OpensWithAgency(std::string_view line);

// The opener at the start of `line`, or the dispatch of a closing note in
// brackets （本报约翰内斯堡2月9日电） (its span then covers the whole line).
std::optional<Opener> FindDispatch(std::string_view line);

// True when `text` names a reporter's role: 记者, 通讯员, 实习生, 摄影 ...
bool HasRoleWord(std::string_view text);

// A line that is a byline.
enum class BylineForm {
  kBracketed,  // （中国妇女报全媒体记者 邵伟）: closes the article above
  kMarked,     // ■ 中国妇女报全媒体记者 耿兴敏, □本报记者 张振龙, ■ 乐丁
  kPlain,      // 中国妇女报全媒体记者 袁鹏
  kCredit,     // 本报记者 张振龙 摄: a photo credit
};
struct BylineLine {
  BylineForm form;
  std::string value;  // as printed without brackets and bullets
};
std::optional<BylineLine> ParseBylineLine(std::string_view line);

// A byline as the article record carries it: bullets, brackets, 本报讯 and a
// trailing 报道 or colon removed, white space folded.
std::string CleanByline(std::string_view text);

// True for a photo caption that ends in a credit: "居民们在游戏中收获环保知识。
// 记者 姚延洋 摄".
bool IsCreditedCaption(std::string_view line);

// A line that is only a region: 湖南长沙：, 西藏拉萨, 甘肃省庆城县:. Starts
// with a province-level name, or ends in an administrative suffix followed by
// a colon; at most 10 characters.
bool IsDatelineLine(std::string_view line);
// The dateline without its trailing colon.
std::string DatelineValue(std::string_view line);

// Layout debris: 扫码看…, 二维码, 责任编辑：X, page furniture.
bool IsDebrisLine(std::string_view line);

// Headline shape: short, no sentence inside, not ending in a clause mark.
// `wrap_width` is the page's typical body line length in characters (0 when
// the page prints one paragraph per line); on pages with wrapped bodies a
// line as long as a body line that holds a comma is body text.
bool IsHeadlineShape(std::string_view line, size_t wrap_width);

// A headline that ends in ！ or ？ (一起向未来！, 孩子的书包为何越来越重？): a
// line that would be headline-shaped but for that last mark, of at most
// kMaxExclaimedHeadline characters, with no other sentence end, semicolon or
// more than one comma. The caller checks the layout (an unindented line alone
// in its block on a page of indented paragraphs).
bool IsExclaimedHeadline(std::string_view line);

// A line in brackets that closes an article without being a plain byline:
// a dispatch trailer （本报约翰内斯堡2月9日电）, an author note （作者为某某
// 大学教授，本报记者某某采访整理）, a long list of reporters （本报记者 甲、
// 乙、丙、丁）, an end mark （完）. What it holds goes with the article above it.
bool IsClosingNote(std::string_view line);

// An article's end mark, a line of its own: 完 or 待续 and their longer
// forms (全文完, 本文完, 未完待续) in round or square brackets, or between
// dashes (—完—). It says that the article above ends or goes on in a later
// issue; it names no headline, column or byline.
bool IsEndMark(std::string_view line);

// A closing note that credits how a piece was made and names no author: a
// production credit (（供稿：教务处　审核：彭　立）: 供稿, 审核, 撰稿, 编辑, 责编,
// 校对, 摄影 or 整理 and a colon) or a compilation's (（综合新华社、央视新闻报道）,
// （据新华社报道）), or a note on the author's unit or life (（作者单位：…）,
// （作者简介：…）). It closes the article and adds nothing to its byline.
bool IsCreditNote(std::string_view line);

// A commentary's pen name in brackets, 2 or 3 Han characters, maybe spaced
// out (（卓　言）, （江南）). Under the body's last sentence it closes the
// article and is its byline; under a headline the same line is the title's
// tag (（钟声）): callers look at the line above.
bool IsPenNameNote(std::string_view line);

// A column label of two characters padded to the width of three, whose
// second character names a kind of news piece: 简　讯, 要　闻, 短　评, 社　论.
// (Other padded pairs are authors' names: 李　华.)
bool IsPaddedLabel(std::string_view s);

// Generic caption openers: 图为…, 上图：…, 题图…
bool StartsAsCaption(std::string_view s);

// True when `s` opens with a day of the month and a comma (4月12日，…), as a
// photo caption does.
bool OpensWithDayAndComma(std::string_view s);

// Whether `first` and `second` are a headline broken after its first
// clause: `first` is at most kMaxClauseLine characters ending in a comma
// (，、), headline-shaped without it, and `second` is headline-shaped.
inline constexpr size_t kMaxClauseLine = 12;
bool IsClauseBreakHeadline(std::string_view first, std::string_view second);

// A brief's title run into its paragraph, as news briefs print them: in
// lenticular brackets (【某湖荷花进入最佳观赏期】记者从景区获悉…), or after a
// bullet and before white space (■全市春季植树活动启动　3月12日，…). Returns
// the title's span and where the body starts, or nullopt. The title has at
// least kMinRunInTitle characters (【案情】, 【链接】 are section labels of an
// article, not titles) and ends no sentence; some body follows (after a
// bullet's title: text with a clause or sentence mark).
inline constexpr size_t kMinRunInTitle = 6;
struct RunInTitle {
  Span title;
  size_t body = 0;
};
std::optional<RunInTitle> FindRunInTitle(std::string_view line);

// A brief run into its title after a colon or a full-width space
// (供电所开展“电力进万家”活动：8月19日，…, 秋季流感疫苗开打　市疾控中心提醒…): a
// title of kMinRunInTitle to kMaxBriefRunInTitle characters with no clause or
// sentence mark, the colon or white space, then text. Many paragraphs open so
// (王阿姨说：…), so callers take it as a title only in a box of briefs
// (IsBriefsLabel).
inline constexpr size_t kMaxBriefRunInTitle = 24;
// With `colon` false only white space separates (the form read without a
// briefs label, see classify.cc).
std::optional<RunInTitle> FindBriefRunInTitle(std::string_view line, bool colon = true);

// The label of a box of briefs, alone on its line: at most 6 characters
// ending in a word for news in brief (简讯, 快讯, 城事快递, 新闻速览, 要闻简报;
// padded: 简　讯).
bool IsBriefsLabel(std::string_view line);

// The label papers print over an advertisement, alone on its line: 广告,
// 【广告】, （广告）.
bool IsAdvertLabel(std::string_view line);

// The heading of a paid notice, alone on its line: at most 6 Han characters
// (maybe padded) ending in a notice word: 启事, 声明, 公告, 通告, 讣告, 告示,
// or 聘 (招领启事, 遗失声明, 严正声明, 招　聘, 诚聘).
bool IsNoticeHeading(std::string_view line);

// A row of a table printed as text: at least kMinTableCells cells set apart
// by white space, at least two of them holding digits, and no sentence or
// clause mark (进出口总值　1.92万亿元　+3.4%).
bool IsTableRow(std::string_view line);

// A chart's or table's source line: 数据来源：国家统计局, 资料来源：某某. It
// closes the graphic above it.
bool IsGraphicSourceLine(std::string_view line);

// A photo credit on a line of its own or ending a caption: 张三摄, 新华社记者
// 张三摄, 张三摄（影像中国）, 新华社发, 资料图片. `alone` is true when the
// line is nothing but the credit.
bool EndsWithPhotoCredit(std::string_view line, bool* alone = nullptr);

// The salutation that opens a letter: 亲爱的女儿：, 尊敬的各位代表：, 同学们：.
// It is body text, never a headline or a kicker.
bool IsSalutation(std::string_view line);

// An editor's note that opens a piece before its first paragraph: 编者按：…,
// 【编者按】…, 编者的话：…. Like a salutation it is body text that opens a new
// piece under a headline, never part of the article above.
bool IsEditorsNote(std::string_view line);

// A subhead that enumerates the points of an article: a Chinese ordinal and
// 是 or 、 (一是加强组织领导, 二、强化资金保障), an ordinal in brackets
// ((三)突出产业带动, （三）…), or 1 or 2 digits and 、 or a full stop that no
// digit follows (1.加强组织领导). At most kMaxEnumeratedSubhead characters and
// no sentence end before its last character. It is part of the article's text,
// never a headline.
inline constexpr size_t kMaxEnumeratedSubhead = 30;
bool IsEnumeratedSubhead(std::string_view line);

// A letter's sign-off: a line of 3 to kMaxSignOff characters, without
// punctuation, that names the writer through the reader, 你的 or 您的 within
// its first kMaxSignOffLead + 2 characters (你的老师, 爱你的爸爸, 您的学生 某某).
bool IsLetterSignOff(std::string_view line);

// A line that is only a date (2024年3月1日, 3月1日, 2024.3.1): the end of a
// letter or a signed piece, never a headline.
bool IsDateOnlyLine(std::string_view line);

// The label of a box printed inside an article: 核心阅读, 记者手记, 延伸阅读,
// 相关链接, 编者按 ... Part of the article (a subhead of its text).
// `leads` is set for labels printed above the body (核心阅读, 编者按).
bool IsSidebarLabel(std::string_view line, bool* leads = nullptr);

// Page furniture printed on every page of a paper (the folio): a line with
// a 版 number (第3版, 03版, A3版; see FindEdition), a weekday (星期二) or an
// editor's credit (责任编辑：X, 责编), up to 60 characters, with no sentence
// inside.
bool IsFolioLine(std::string_view line);

// A title's trailing tag: 共同守护蓝色家园（钟声） -> span of （钟声）, name
// 钟声. Tags are 2 to 10 characters in round brackets at the end of the
// title, without a role word (a one-character （上） is part of the title).
struct TitleTag {
  Span span;
  std::string name;
};
std::optional<TitleTag> FindTitleTag(std::string_view title);

// A kicker's own ending: a dash (——) or a colon.
bool EndsAsKicker(std::string_view line);

// A series label printed over a title (a kicker without a dash): 4 to 10
// characters without punctuation that open with a word pointing at a topic
// (聚焦营商环境, 走进乡村, 关注…) or close with a word naming a series or a
// column (产业升级观察, 代表委员履职故事, 乡村振兴纪实, 春耕进行时, 读者来信).
bool IsSeriesLabel(std::string_view line);

// "XX" -> "X" for a headline the extraction printed twice, part by part
// (parts are separated by spaces): 游客同比增长七成多游客同比增长七成多 ->
// 游客同比增长七成多. Parts shorter than 3 characters are left alone.
std::string Undouble(std::string_view headline);

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_LINE_CLASS_H_
