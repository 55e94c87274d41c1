// baokan.split, split_file, normalize, tokenize: the library calls of the
// split, normalize and tokenize commands.

#include <pybind11/stl.h>

#include <algorithm>
#include <filesystem>

#include "baokan/article.h"
#include "baokan/encoding.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/normalize.h"
#include "baokan/pdf.h"
#include "baokan/split.h"
#include "baokan/tokenize.h"
#include "bindings.h"
#include "convert.h"

namespace baokan::python {
namespace {

// The noise record as `split --noise` writes it (docs/formats.md).
std::string NoiseRecord(const NoiseBlock& b) {
  JsonRecord r;
  r.SetString("page", b.page);
  r.SetInt("first_line", b.first_line);
  r.SetInt("last_line", b.last_line);
  r.SetString("reason", b.reason);
  r.SetString("text", b.text);
  return r.Serialize();
}

// One page's records and noise records, as JSON lines.
struct SplitLines {
  std::vector<std::string> articles;
  std::vector<std::string> noise;
};

void AddPage(std::string_view name, std::string_view text, const SplitOptions& options,
             SplitLines* out) {
  SplitResult result = SplitPage(name, text, options);
  for (const Article& a : result.articles) out->articles.push_back(ArticleToRecord(a).Serialize());
  for (const NoiseBlock& b : result.noise) out->noise.push_back(NoiseRecord(b));
}

// Blank: nothing but ASCII white space and U+3000 (as split reads a page).
bool IsBlankPage(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
      ++i;
    } else if (text.substr(i, 3) == "\u3000") {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

bool IsPdfPath(const std::string& path) {
  return path.ends_with(".pdf") || path.ends_with(".PDF");
}

bool IsPagePath(const std::string& path) {
  std::string_view p = path;
  for (std::string_view ext : {".gz", ".zst"}) {
    if (p.ends_with(ext)) p.remove_suffix(ext.size());
  }
  return p.ends_with(".txt") || IsPdfPath(path);
}

// One page file as split reads it: a PDF's pages laid out from their words,
// or a text page decoded. Errors as the command reports them.
Status SplitOneFile(const std::string& path, const DecodeOptions& decode,
                    const SplitOptions& options, SplitLines* out) {
  if (IsPdfPath(path)) {
    StatusOr<std::vector<PdfPage>> pages = ReadPdfPages(path);
    if (!pages.ok()) return pages.status();
    for (const PdfPage& p : *pages) {
      SplitOptions with_heads = options;
      with_heads.headline_lines = p.headline_lines;
      with_heads.headlines_above = true;
      AddPage(p.name, p.text, with_heads, out);
    }
    return Status::OK();
  }
  StatusOr<std::string> raw = ReadFileBytes(path);
  if (!raw.ok()) return raw.status();
  StatusOr<DecodedText> decoded = DecodeToUtf8(*raw, path, decode);
  if (!decoded.ok()) return decoded.status();
  if (IsBlankPage(decoded->utf8)) return Status::DataError(path + ": empty page, no articles");
  AddPage(PageNameOf(path), decoded->utf8, options, out);
  return Status::OK();
}

py::object ToPython(SplitLines&& lines, bool noise) {
  Json json;
  py::list articles, blocks;
  for (const std::string& line : lines.articles) articles.append(json.Loads(line));
  if (!noise) return articles;
  for (const std::string& line : lines.noise) blocks.append(json.Loads(line));
  return py::make_tuple(articles, blocks);
}

DecodeOptions MakeDecodeOptions(const std::string& encoding, const std::string& on_invalid) {
  DecodeOptions decode;
  decode.encoding = encoding;
  if (on_invalid == "error") {
    decode.on_invalid = OnInvalid::kError;
  } else if (on_invalid == "replace") {
    decode.on_invalid = OnInvalid::kReplace;
  } else {
    throw py::value_error("on_invalid takes 'error' or 'replace', not '" + on_invalid + "'");
  }
  return decode;
}

py::object Split(const py::object& text, const std::string& page, bool normalize,
                 const std::string& encoding, bool noise) {
  SplitOptions options;
  options.normalize = normalize;
  std::string utf8;
  if (py::isinstance<py::bytes>(text)) {
    std::string raw = text.cast<std::string>();
    const DecodeOptions decode = MakeDecodeOptions(encoding, "error");
    StatusOr<DecodedText> decoded = WithoutGil([&] { return DecodeToUtf8(raw, page, decode); });
    Check(decoded.status());
    utf8 = std::move(decoded->utf8);
  } else if (py::isinstance<py::str>(text)) {
    utf8 = text.cast<std::string>();
  } else {
    throw py::type_error("text must be str or bytes");
  }
  SplitLines lines;
  {
    py::gil_scoped_release release;
    AddPage(page, utf8, options, &lines);
  }
  return ToPython(std::move(lines), noise);
}

py::object SplitFile(const py::object& path_like, bool normalize, const std::string& encoding,
                     const std::string& on_invalid, bool noise) {
  const std::string path = py::str(py::module_::import("os").attr("fspath")(path_like));
  SplitOptions options;
  options.normalize = normalize;
  const DecodeOptions decode = MakeDecodeOptions(encoding, on_invalid);
  SplitLines lines;
  Status status;
  {
    py::gil_scoped_release release;
    StatusOr<std::vector<std::string>> files = ExpandInputs({path}, IsPagePath);
    status = files.status();
    if (files.ok()) {
      for (const std::string& file : *files) {
        status = SplitOneFile(file, decode, options, &lines);
        if (!status.ok()) break;
      }
    }
  }
  Check(status);
  return ToPython(std::move(lines), noise);
}

std::string NormalizeText(const std::string& text, bool simplified, bool join_lines, bool match) {
  NormalizeOptions options;
  options.simplified = simplified;
  options.join_lines = join_lines;
  if (simplified) Check(SimplifiedConversionStatus());
  py::gil_scoped_release release;
  std::string normal = Normalize(text, options);
  return match ? MatchForm(normal) : normal;
}

std::vector<std::string> TokenizeText(const std::string& text, const std::string& scheme,
                                      int char_ngrams, bool lowercase, bool normalize) {
  TokenizeOptions options;
  Check(ParseScheme(scheme, &options.scheme));
  options.char_ngrams = char_ngrams;
  options.lowercase = lowercase;
  options.normalize = normalize;
  Check(ValidateTokenizeOptions(options));
  std::vector<std::string> tokens;
  py::gil_scoped_release release;
  Tokenize(text, options, &tokens);
  return tokens;
}

}  // namespace

void AddTextBindings(py::module_& m) {
  using namespace py::literals;
  m.def("split", &Split, "text"_a, "page"_a = "p", "normalize"_a = true, "encoding"_a = "",
        "noise"_a = false,
        "Splits one page (str, or bytes in any encoding split reads) into article records,\n"
        "as `baokan split` writes them. With noise=True returns (articles, noise records).");
  m.def("split_file", &SplitFile, "path"_a, "normalize"_a = true, "encoding"_a = "",
        "on_invalid"_a = "error", "noise"_a = false,
        "Splits a page file (text or PDF) or a directory of them, as `baokan split PATH`.");
  m.def("normalize", &NormalizeText, "text"_a, py::kw_only(), "simplified"_a = false,
        "join_lines"_a = false, "match"_a = false,
        "The text in baokan's normal form, as `baokan normalize` writes it.");
  m.def("tokenize", &TokenizeText, "text"_a, "scheme"_a = "chars", py::kw_only(),
        "char_ngrams"_a = 2, "lowercase"_a = true, "normalize"_a = true,
        "The tokens the subject classifier sees, as `baokan tokenize` writes them.");
}

}  // namespace baokan::python
