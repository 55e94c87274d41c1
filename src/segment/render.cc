// Drafts -> articles and noise blocks (see layout.h).

#include <algorithm>
#include <functional>
#include <optional>

#include "segment/chars.h"
#include "segment/headline.h"
#include "segment/layout.h"
#include "segment/line_class.h"

namespace baokan::segment {
namespace {

std::optional<std::string> NonEmpty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

// The pieces as printed, joined as line wraps.
std::string JoinWrapped(const PageModel& m, const std::vector<Piece>& pieces) {
  std::string out;
  for (const Piece& p : pieces) AppendWrapped(PrintedText(m, p), &out);
  return out;
}

std::string JoinSpaced(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& s : parts) {
    if (s.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += s;
  }
  return out;
}

// Byline lines joined by spaces; an affiliation wrapped before its role word
// (■ 中国妇女报全媒体 / 记者 耿兴敏) is joined without one.
std::string BylineValue(const PageModel& m, const std::vector<Piece>& pieces) {
  std::vector<std::string> parts;
  for (size_t i = 0; i < pieces.size(); ++i) {
    std::string text(PieceText(m, pieces[i]));
    // （完） and （供稿：…） close the article and name no author.
    if (IsEndMark(text) || IsCreditNote(text)) continue;
    std::optional<Opener> o = FindDispatch(text);
    if ((!o || o->byline.empty()) && i + 1 < pieces.size() &&
        pieces[i + 1].line == pieces[i].line + 1) {
      // 本报讯（记者 甲 通讯员 乙 / 丙）: the bracket wrapped to the next
      // piece; 本报某地4月12日 / 电（记者 甲乙）: the opener did.
      std::string joined = text + std::string(PieceText(m, pieces[i + 1]));
      std::optional<Opener> whole = FindDispatch(joined);
      if (whole && (!whole->byline.empty() || !o)) {
        text = std::move(joined);
        o = std::move(whole);
        ++i;
      }
    }
    // A byline line's names (王秀芝（某某实验小学） -> 王秀芝), else the line
    // cleaned (a closing note).
    std::string part;
    if (o) {
      part = o->byline;
    } else if (const std::optional<BylineLine> line = ParseBylineLine(text)) {
      part = line->value;
    } else {
      part = CleanByline(text);
    }
    if (!parts.empty() && !HasRoleWord(parts.back()) && VisibleLength(parts.back()) >= 5 &&
        HasRoleWord(part.substr(0, 9))) {
      parts.back() += part;
    } else {
      parts.push_back(std::move(part));
    }
  }
  return JoinSpaced(parts);
}

void ForEachPiece(const Draft& d, const std::function<void(const Piece&)>& f) {
  for (const auto* v : {&d.column, &d.kicker, &d.title, &d.subtitle, &d.dateline, &d.byline,
                        &d.source, &d.jump, &d.jump_to}) {
    for (const Piece& p : *v) f(p);
  }
  for (const Paragraph& para : d.paragraphs) {
    for (const Piece& p : para.pieces) f(p);
  }
}

// Fields parsed from the text (title, dateline, byline, source, jump
// references) are read on the folded text and given back as printed
// (Respell); fields that are whole pieces are taken as printed.
Article RenderDraft(const PageModel& m, const Draft& d) {
  Article a;
  a.page = m.page;
  a.title = NonEmpty(TitleValue(m, d));  // analysed here, printed below
  a.column = NonEmpty(JoinWrapped(m, d.column));
  if (a.column && IsPaddedLabel(*a.column)) {
    std::erase_if(*a.column, [](char c) { return c == ' '; });  // 简 讯 → 简讯
  }
  if (a.title && !a.column) {
    // 共同守护蓝色家园（钟声）: the tag names the column; the title stays as
    // printed.
    if (const std::optional<TitleTag> tag = FindTitleTag(*a.title))
      a.column = Respell(m, d.title, tag->name);
  }
  if (a.title) a.title = TitleValue(m, d, /*printed=*/true);
  a.subtitle = NonEmpty(JoinWrapped(m, d.subtitle));
  {
    std::vector<std::string> parts;
    for (const Piece& p : d.kicker) parts.emplace_back(TrimSpace(PrintedText(m, p)));
    a.kicker = NonEmpty(JoinSpaced(parts));
  }
  if (!d.dateline.empty()) a.dateline = NonEmpty(DatelineValue(PieceText(m, d.dateline[0])));
  a.date = m.facts.date;
  a.edition = m.facts.edition;
  a.section = RespellFromPage(m, m.facts.section);
  for (size_t i = 0; i < d.byline.size(); ++i) {
    // 本报北京10月9日电, （本报约翰内斯堡2月9日电）: the place it was filed
    // from, and the day; an opener wrapped over two lines is read as one.
    std::string text(PieceText(m, d.byline[i]));
    std::optional<Opener> o = FindDispatch(text);
    if (!o && OpensWithAgency(text) && i + 1 < d.byline.size() &&
        d.byline[i + 1].line == d.byline[i].line + 1) {
      text += PieceText(m, d.byline[i + 1]);
      o = FindDispatch(text);
    }
    if (!o) continue;
    if (!a.dateline && !o->place.empty()) a.dateline = o->place;
    if (std::optional<std::string> day =
            DispatchDate(std::string_view(text).substr(o->span.begin, o->span.end - o->span.begin),
                         m.facts.date)) {
      a.date = std::move(day);
    }
  }
  {
    // From a dateline line or from an opener's place.
    std::vector<Piece> from = d.dateline;
    from.insert(from.end(), d.byline.begin(), d.byline.end());
    a.dateline = Respell(m, from, std::move(a.dateline));
  }
  a.byline = Respell(m, d.byline, NonEmpty(BylineValue(m, d.byline)));
  {
    // A trailer may be wrapped over two pieces.
    std::string trailer;
    for (const Piece& p : d.source) trailer.append(PieceText(m, p));
    if (auto s = FindSourceTrailer(trailer)) a.source = Respell(m, d.source, s->name);
  }
  for (const Piece& p : d.jump) {
    if (auto j = FindJumpMarker(PieceText(m, p))) {
      a.continued_from = Respell(m, {p}, j->ref);
      break;
    }
  }
  for (const Piece& p : d.jump_to) {
    if (auto j = FindJumpMarker(PieceText(m, p))) a.continued_to = Respell(m, {p}, j->ref);
  }
  for (const Paragraph& para : d.paragraphs) {
    std::string p = JoinWrapped(m, para.pieces);
    if (p.empty()) continue;
    if (!a.text.empty()) a.text.push_back('\n');
    a.text += p;
  }
  ForEachPiece(d, [&](const Piece& p) { a.lines.push_back(m.lines[p.line].number); });
  std::sort(a.lines.begin(), a.lines.end());
  a.lines.erase(std::unique(a.lines.begin(), a.lines.end()), a.lines.end());
  return a;
}

}  // namespace

SplitResult Render(const PageModel& model, const PageLayout& layout) {
  SplitResult result;
  std::vector<NoisePiece> noise = layout.noise;
  std::vector<std::pair<int, const Draft*>> drafts;
  for (const Draft& d : layout.drafts) {
    if (d.paragraphs.empty()) {
      // A headline whose body was not found: kept as noise.
      ForEachPiece(d, [&](const Piece& p) { noise.push_back({p, "headline"}); });
      continue;
    }
    int first = 1 << 30;
    ForEachPiece(d, [&](const Piece& p) { first = std::min(first, p.line); });
    drafts.emplace_back(first, &d);
  }
  std::stable_sort(drafts.begin(), drafts.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [first, d] : drafts) {
    Article a = RenderDraft(model, *d);
    a.id = model.page + "#" + std::to_string(result.articles.size() + 1);
    result.articles.push_back(std::move(a));
  }
  std::sort(noise.begin(), noise.end(), [](const NoisePiece& x, const NoisePiece& y) {
    return x.piece.line != y.piece.line ? x.piece.line < y.piece.line
                                        : x.piece.begin < y.piece.begin;
  });
  for (const NoisePiece& n : noise) {
    const PageLine& line = model.lines[n.piece.line];
    const std::string_view text = PrintedText(model, n.piece);
    if (!result.noise.empty()) {
      NoiseBlock& last = result.noise.back();
      if (last.reason == n.reason &&
          (last.last_line == line.number || last.last_line + 1 == line.number)) {
        last.text += last.last_line == line.number ? " " : "\n";
        last.text += text;
        last.last_line = line.number;
        continue;
      }
    }
    NoiseBlock b;
    b.page = model.page;
    b.first_line = b.last_line = line.number;
    b.text = std::string(text);
    b.reason = n.reason;
    result.noise.push_back(std::move(b));
  }
  return result;
}

}  // namespace baokan::segment
