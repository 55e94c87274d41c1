// The split stage: page files -> article records and noise records.

#include <algorithm>
#include <filesystem>

#include "baokan/article.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "baokan/pdf.h"
#include "baokan/pipeline.h"

namespace baokan {
namespace {

std::string NoiseRecord(const NoiseBlock& b) {
  JsonRecord r;
  r.SetString("page", b.page);
  r.SetInt("first_line", b.first_line);
  r.SetInt("last_line", b.last_line);
  r.SetString("reason", b.reason);
  r.SetString("text", b.text);
  return r.Serialize();
}

// Whether a code point shows nothing: white space (ASCII, U+3000, the other
// Zs spaces), control characters, and the format characters Normalize
// deletes (zero-width, bidi marks, the soft hyphen, U+FEFF). A line of these
// alone is blank to the splitter too, normalized or not: pdftotext ends each
// page with a form feed on a line of its own.
bool Invisible(char32_t c) {
  if (c <= 0x20 || (c >= 0x7F && c <= 0xA0)) return true;
  return c == 0xAD || c == 0x61C || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F) ||
         (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 ||
         c == 0xFEFF;
}

// The code point at s[*i] (UTF-8; an invalid byte reads as itself), and
// *i moved past it.
char32_t Next(std::string_view s, size_t* i) {
  const unsigned char b = static_cast<unsigned char>(s[*i]);
  const size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (n == 1 || *i + n > s.size()) {
    ++*i;
    return b;
  }
  char32_t c = b & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += n;
  return c;
}

// Whether each line of `text` is non-blank (holds a visible character),
// index 0 for line 1.
std::vector<bool> NonBlank(std::string_view text) {
  std::vector<bool> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    bool blank = true;
    for (size_t i = 0; i < line.size() && blank;) blank = Invisible(Next(line, &i));
    out.push_back(!blank);
    start = end + 1;
  }
  return out;
}

// Counts where the page's non-blank lines went: one each, or, given
// `words` (a PDF page: the PDF's words on each line, index 0 for line 1),
// the words on them, so that the ledger counts every word of the PDF. A line
// split between an article and a noise block (a caption run into a body
// line) counts as an article line; a line in neither is in neither count,
// which unbalances the ledger of `run`.
void CountLines(const std::vector<bool>& non_blank, const SplitResult& result,
                const std::vector<int>* words, SplitPageOutput* page) {
  enum : char { kNone, kArticle, kNoise };
  std::vector<char> where(non_blank.size(), kNone);
  auto mark = [&](int line, char what) {
    if (line >= 1 && static_cast<size_t>(line) <= where.size() && where[line - 1] != kArticle) {
      where[line - 1] = what;
    }
  };
  for (const Article& a : result.articles) {
    for (int line : a.lines) mark(line, kArticle);
  }
  for (const NoiseBlock& b : result.noise) {
    for (int line = b.first_line; line <= b.last_line; ++line) mark(line, kNoise);
  }
  for (size_t i = 0; i < where.size(); ++i) {
    const size_t n = words == nullptr ? non_blank[i]
                     : i < words->size() ? static_cast<size_t>((*words)[i])
                                         : 0;
    page->page_lines += n;
    page->article_lines += where[i] == kArticle ? n : 0;
    page->noise_lines += where[i] == kNoise ? n : 0;
  }
}

// Marks `page` failed with `status` (its message is the page's message).
void Fail(const Status& status, SplitPageOutput* page) {
  page->ok = false;
  page->status = status;
  page->messages.push_back(status.message());
}

// Splits one page's text into `page`: its records, noise and counts (of
// lines, or of the words on them given `words`: CountLines).
void AddPage(const std::string& name, const std::string& text, const SplitOptions& options,
             const std::vector<int>* words, SplitPageOutput* page) {
  const std::vector<bool> non_blank = NonBlank(text);
  SplitResult result = SplitPage(name, text, options);
  page->articles += result.articles.size();
  page->noise_blocks += result.noise.size();
  CountLines(non_blank, result, words, page);
  for (const Article& a : result.articles) {
    page->records += ArticleToRecord(a).Serialize();
    page->records += '\n';
  }
  for (const NoiseBlock& b : result.noise) {
    page->noise += NoiseRecord(b);
    page->noise += '\n';
  }
}

// A PDF file: every page laid out from its words (include/baokan/pdf.h).
SplitPageOutput SplitPdfFile(const std::string& path, const SplitOptions& options) {
  SplitPageOutput page;
  StatusOr<std::vector<PdfPage>> pages = ReadPdfPages(path);
  if (!pages.ok()) {
    Fail(pages.status(), &page);
    return page;
  }
  std::error_code ec;
  page.bytes = static_cast<size_t>(std::filesystem::file_size(path, ec));
  for (const PdfPage& p : *pages) {
    SplitOptions with_heads = options;
    with_heads.headline_lines = p.headline_lines;  // large type: headlines whatever their shape
    with_heads.title_lines = p.title_lines;        // a stack's largest type: its title
    with_heads.headlines_above = true;             // the layout puts them over their bodies
    with_heads.only_layout_headlines = true;       // and finds them all by type size
    AddPage(p.name, p.text, with_heads, &p.line_words, &page);
  }
  page.ok = true;
  return page;
}

}  // namespace

SplitPageOutput SplitPageFile(const std::string& path, const DecodeOptions& decode,
                              const SplitOptions& options) {
  if (IsPdfFile(path)) return SplitPdfFile(path, options);
  SplitPageOutput page;
  const std::string name = path == "-" ? "<stdin>" : path;
  StatusOr<std::string> raw = ReadFileBytes(path);
  if (!raw.ok()) {
    Fail(raw.status(), &page);
    return page;
  }
  StatusOr<DecodedText> decoded = DecodeToUtf8(*raw, name, decode);
  if (!decoded.ok()) {
    Fail(decoded.status(), &page);
    return page;
  }
  const std::vector<bool> non_blank = NonBlank(decoded->utf8);
  if (std::find(non_blank.begin(), non_blank.end(), true) == non_blank.end()) {
    Fail(Status::DataError(name + ": empty page, no articles"), &page);
    return page;
  }
  if (decoded->replacements > 0) {
    page.messages.push_back(name + ": note: replaced " + std::to_string(decoded->replacements) +
                            " invalid byte sequence(s) with U+FFFD");
  }
  page.ok = true;
  page.bytes = raw->size();
  AddPage(PageNameOf(path), decoded->utf8, options, nullptr, &page);
  return page;
}

SplitPageOutput SplitPageText(std::string_view name, std::string_view text,
                              const SplitOptions& options) {
  SplitPageOutput page;
  page.ok = true;
  page.bytes = text.size();
  AddPage(std::string(name), std::string(text), options, nullptr, &page);
  return page;
}

Status SplitPageFiles(const std::vector<std::string>& paths, const DecodeOptions& decode,
                      const SplitOptions& options, int threads, OutputFile* out,
                      OutputFile* noise, const PipelineLog& log, SplitTotals* totals) {
  Status written;
  ThreadPool pool(threads);
  OrderedParallelMap<SplitPageOutput>(
      &pool, paths.size(), [&](size_t i) { return SplitPageFile(paths[i], decode, options); },
      [&](size_t i, SplitPageOutput&& page) {
        for (const std::string& m : page.messages) {
          if (page.ok) {
            log.Info(m);
          } else {
            log.Error(m);
          }
        }
        if (!page.ok) {
          ++totals->failed;
          return;
        }
        ++totals->pages;
        totals->bytes += page.bytes;
        totals->articles += page.articles;
        totals->noise_blocks += page.noise_blocks;
        totals->page_lines += page.page_lines;
        totals->article_lines += page.article_lines;
        totals->noise_lines += page.noise_lines;
        if (written.ok()) written = out->Write(page.records);
        if (written.ok() && noise != nullptr) written = noise->Write(page.noise);
        log.Progress(std::to_string(i + 1) + "/" + std::to_string(paths.size()) + " pages, " +
                     std::to_string(totals->articles) + " articles");
      });
  log.EndProgress();
  return written;
}

Status SplitStage(const std::vector<std::string>& pages, const DecodeOptions& decode,
                  int threads, const std::string& split_path, const std::string& noise_path,
                  const PipelineLog& log, RunLedger* ledger) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(split_path);
  if (!out.ok()) return out.status();
  StatusOr<std::unique_ptr<OutputFile>> noise = OutputFile::Create(noise_path);
  if (!noise.ok()) return noise.status();
  SplitTotals t;
  BAOKAN_RETURN_IF_ERROR(SplitPageFiles(pages, decode, SplitOptions(), threads, out->get(),
                                        noise->get(), log, &t));
  ledger->pages_found = pages.size();
  ledger->pages_failed = t.failed;
  ledger->page_lines = t.page_lines;
  ledger->article_lines = t.article_lines;
  ledger->noise_lines = t.noise_lines;
  ledger->noise_blocks = t.noise_blocks;
  ledger->articles_split = t.articles;
  BAOKAN_RETURN_IF_ERROR((*out)->Commit());
  return (*noise)->Commit();
}

}  // namespace baokan
