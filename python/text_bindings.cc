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
#include "baokan/pipeline.h"
#include "baokan/split.h"
#include "baokan/tokenize.h"
#include "bindings.h"
#include "convert.h"

namespace baokan::python {
namespace {

// One page's records and noise records, as JSON lines.
struct SplitLines {
  std::vector<std::string> articles;
  std::vector<std::string> noise;
};

// The lines of `jsonl` (each ended by a newline) appended to *out.
void AddLines(const std::string& jsonl, std::vector<std::string>* out) {
  size_t start = 0;
  while (start < jsonl.size()) {
    const size_t nl = jsonl.find('\n', start);
    out->push_back(jsonl.substr(start, nl - start));
    start = nl + 1;
  }
}

// What the split stage made of one page (SplitPageFile, SplitPageText).
Status AddOutput(const SplitPageOutput& page, SplitLines* out) {
  if (!page.ok) return page.status;
  AddLines(page.records, &out->articles);
  AddLines(page.noise, &out->noise);
  return Status::OK();
}

bool IsPagePath(const std::string& path) {
  std::string_view p = path;
  for (std::string_view ext : {".gz", ".zst"}) {
    if (p.ends_with(ext)) p.remove_suffix(ext.size());
  }
  return p.ends_with(".txt") || IsPdfFile(path);
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
  Status status;
  {
    py::gil_scoped_release release;
    status = AddOutput(SplitPageText(page, utf8, options), &lines);
  }
  Check(status);
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
        status = AddOutput(SplitPageFile(file, decode, options), &lines);
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
