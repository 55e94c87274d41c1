#include "split_pages.h"

#include "baokan/article.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/parallel.h"
#include "cli_io.h"

namespace baokan::cli {
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

size_t NonBlankLines(std::string_view text) {
  size_t n = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    // Blank: nothing but ASCII white space and U+3000.
    bool blank = true;
    for (size_t i = 0; i < line.size() && blank;) {
      if (line[i] == ' ' || line[i] == '\t' || line[i] == '\r') {
        ++i;
      } else if (line.substr(i, 3) == "\u3000") {
        i += 3;
      } else {
        blank = false;
      }
    }
    n += !blank;
    start = end + 1;
  }
  return n;
}

}  // namespace

SplitPageOutput SplitPageFile(const std::string& path, const DecodeOptions& decode,
                              const SplitOptions& options) {
  SplitPageOutput page;
  const std::string name = path == "-" ? "<stdin>" : path;
  StatusOr<std::string> raw = ReadFileBytes(path);
  if (!raw.ok()) {
    page.messages.push_back(raw.status().message());
    return page;
  }
  StatusOr<DecodedText> decoded = DecodeToUtf8(*raw, name, decode);
  if (!decoded.ok()) {
    page.messages.push_back(decoded.status().message());
    return page;
  }
  page.page_lines = NonBlankLines(decoded->utf8);
  if (page.page_lines == 0) {
    page.messages.push_back(name + ": empty page, no articles");
    return page;
  }
  if (decoded->replacements > 0) {
    page.messages.push_back(name + ": note: replaced " + std::to_string(decoded->replacements) +
                            " invalid byte sequence(s) with U+FFFD");
  }
  SplitResult result = SplitPage(PageNameOf(path), decoded->utf8, options);
  page.ok = true;
  page.bytes = raw->size();
  page.articles = result.articles.size();
  page.noise_blocks = result.noise.size();
  for (const Article& a : result.articles) {
    page.article_lines += a.lines.size();
    page.records += ArticleToRecord(a).Serialize();
    page.records += '\n';
  }
  for (const NoiseBlock& b : result.noise) {
    page.noise_lines += NonBlankLines(b.text);
    page.noise += NoiseRecord(b);
    page.noise += '\n';
  }
  return page;
}

bool SplitPageFiles(const std::vector<std::string>& paths, const DecodeOptions& decode,
                    const SplitOptions& options, OutputFile* out, OutputFile* noise, Env* env,
                    SplitTotals* totals) {
  bool write_ok = true;
  OrderedParallelMap<SplitPageOutput>(
      paths.size(), env->threads(),
      [&](size_t i) { return SplitPageFile(paths[i], decode, options); },
      [&](size_t i, SplitPageOutput&& page) {
        for (const std::string& m : page.messages) {
          if (page.ok) {
            env->Info(m);
          } else {
            env->Error(m);
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
        write_ok = write_ok && WriteOut(out, page.records, env);
        if (noise != nullptr) write_ok = write_ok && WriteOut(noise, page.noise, env);
        env->Progress(env->command() + ": " + std::to_string(i + 1) + "/" +
                      std::to_string(paths.size()) + " pages, " +
                      std::to_string(totals->articles) + " articles");
      });
  env->EndProgress();
  return write_ok;
}

}  // namespace baokan::cli
