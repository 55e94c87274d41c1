// Character n-gram and dictionary-word tokenization (see baokan/tokenize.h).

#include "baokan/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <optional>

#include "baokan/json.h"
#include "baokan/normalize.h"
#include "base/char_class.h"
#include "base/utf8.h"
#include "classify/han_words.h"

namespace baokan {
namespace {

using Scheme = TokenizeOptions::Scheme;

// Letters and digits start or continue Latin-like words.
bool IsWordChar(UChar32 c) { return u_isalnum(c); }

// Combining marks continue a word (é as e + U+0301) but never start one, so
// that a variation selector after an emoji (U+FE0F) is dropped with it.
bool IsMark(UChar32 c) {
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

bool IsJoiner(UChar32 c) {
  return c == '.' || c == ',' || c == '-' || c == '_' || c == '\'' || c == '&';
}

// Emits the n-grams of one CJK run (code point offsets into the run's text).
void EmitCjkRun(const std::string& run, const std::vector<size_t>& starts, int max_n,
                const TokenSink& sink) {
  size_t count = starts.size();
  for (int n = 1; n <= max_n; ++n) {
    for (size_t i = 0; i + n <= count; ++i) {
      size_t end = i + n < count ? starts[i + n] : run.size();
      sink(std::string_view(run).substr(starts[i], end - starts[i]));
    }
  }
}

// The characters of a CJK run, one token each.
void EmitCjkUnigrams(const std::string& run, const TokenSink& sink) {
  std::vector<size_t> starts;
  for (int32_t i = 0; i < static_cast<int32_t>(run.size());) {
    starts.push_back(static_cast<size_t>(i));
    U8_FWD_1(run.data(), i, static_cast<int32_t>(run.size()));
  }
  EmitCjkRun(run, starts, 1, sink);
}

// Cuts a CJK run into words with ICU's dictionary-based BreakIterator. The
// iterator is created once per thread (they are not thread-safe). A run of
// plain ideographs is cut by HanWords instead: the same words, faster.
void EmitCjkWords(const std::string& run, const std::vector<size_t>& starts,
                  const TokenSink& sink) {
  static const classify::HanWords* const han = classify::HanWords::Get();
  thread_local std::vector<size_t> ends;
  ends.clear();
  if (han != nullptr && han->Cut(run, starts, &ends)) {
    size_t start = 0;
    for (size_t end : ends) {
      sink(std::string_view(run).substr(start, end - start));
      start = end;
    }
    return;
  }
  thread_local std::unique_ptr<icu::BreakIterator> iter;
  thread_local bool failed = false;
  if (!iter && !failed) {
    UErrorCode err = U_ZERO_ERROR;
    iter.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), err));
    if (U_FAILURE(err)) {
      iter.reset();
      failed = true;
    }
  }
  // ICU walks the UTF-8 run in place and returns byte offsets into it, so a
  // word is a view of the run: no UTF-16 copy, no string per word. The
  // iterator keeps a shallow clone of the UText, unused after this call
  // until the next setText.
  UErrorCode err = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  if (iter) {
    utext_openUTF8(&text, run.data(), static_cast<int64_t>(run.size()), &err);
    if (U_SUCCESS(err)) iter->setText(&text, err);
  }
  if (!iter || U_FAILURE(err)) {  // no dictionary: fall back to single characters
    utext_close(&text);
    EmitCjkUnigrams(run, sink);
    return;
  }
  int32_t start = iter->first();
  for (int32_t end = iter->next(); end != icu::BreakIterator::DONE;
       start = end, end = iter->next()) {
    sink(std::string_view(run).substr(static_cast<size_t>(start),
                                      static_cast<size_t>(end - start)));
  }
  utext_close(&text);
}

// Walks the text once, collecting CJK runs and word runs.
class Splitter {
 public:
  Splitter(const TokenizeOptions& options, const TokenSink& sink)
      : options_(options), sink_(sink) {}

  void Run(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      const UChar32 c = static_cast<UChar32>(NextCodePoint(s, &i));
      if (IsCjkLetter(c)) {
        FlushWord();
        cjk_starts_.push_back(cjk_.size());
        AppendUtf8(static_cast<char32_t>(c), &cjk_);
      } else if (IsWordChar(c) || (IsMark(c) && !word_.empty() && !pending_joiner_)) {
        FlushCjk();
        if (pending_joiner_) {
          AppendUtf8(static_cast<char32_t>(*pending_joiner_), &word_);
          pending_joiner_.reset();
        }
        AppendUtf8(static_cast<char32_t>(options_.lowercase ? u_tolower(c) : c), &word_);
      } else if (IsJoiner(c) && !word_.empty() && !pending_joiner_) {
        FlushCjk();
        pending_joiner_ = c;  // kept only if a word character follows
      } else {
        FlushCjk();
        FlushWord();
      }
    }
    FlushCjk();
    FlushWord();
  }

 private:
  void FlushWord() {
    pending_joiner_.reset();
    if (word_.empty()) return;
    sink_(word_);
    word_.clear();
  }
  void FlushCjk() {
    if (cjk_.empty()) return;
    if (options_.scheme == Scheme::kWords) {
      EmitCjkWords(cjk_, cjk_starts_, sink_);
    } else {
      EmitCjkRun(cjk_, cjk_starts_, options_.char_ngrams, sink_);
    }
    cjk_.clear();
    cjk_starts_.clear();
  }

  const TokenizeOptions& options_;
  const TokenSink& sink_;
  std::string word_;
  std::optional<UChar32> pending_joiner_;
  std::string cjk_;
  std::vector<size_t> cjk_starts_;
};

}  // namespace

const char* SchemeName(Scheme scheme) {
  return scheme == Scheme::kWords ? "words" : "chars";
}

Status ParseScheme(std::string_view name, Scheme* scheme) {
  if (name == "chars") {
    *scheme = Scheme::kChars;
  } else if (name == "words") {
    *scheme = Scheme::kWords;
  } else {
    return Status::InvalidArgument("unknown tokenizer scheme '" + std::string(name) +
                                   "' (expected chars or words)");
  }
  return Status::OK();
}

Status ValidateTokenizeOptions(const TokenizeOptions& options) {
  if (options.char_ngrams < 1 || options.char_ngrams > 4) {
    return Status::InvalidArgument("char_ngrams must be 1 to 4, not " +
                                   std::to_string(options.char_ngrams));
  }
  return Status::OK();
}

std::string TokenizeOptionsToJson(const TokenizeOptions& options) {
  JsonRecord r;
  r.SetString("scheme", SchemeName(options.scheme));
  r.SetInt("char_ngrams", options.char_ngrams);
  r.SetBool("lowercase", options.lowercase);
  r.SetBool("normalize", options.normalize);
  return r.Serialize();
}

Status TokenizeOptionsFromJson(std::string_view json, TokenizeOptions* options) {
  StatusOr<JsonRecord> r = JsonRecord::Parse(json);
  if (!r.ok()) return Status::DataError("tokenizer settings: " + r.status().message());
  std::optional<std::string> scheme;
  BAOKAN_RETURN_IF_ERROR(r->GetString("scheme", &scheme));
  if (scheme) {
    Status s = ParseScheme(*scheme, &options->scheme);
    if (!s.ok()) return Status::DataError(s.message());
  }
  std::optional<double> n;
  BAOKAN_RETURN_IF_ERROR(r->GetNumber("char_ngrams", &n));
  if (n) options->char_ngrams = static_cast<int>(*n);
  for (auto [key, field] : {std::pair{"lowercase", &options->lowercase},
                            std::pair{"normalize", &options->normalize}}) {
    const std::string* raw = r->Raw(key);
    if (raw == nullptr || *raw == "null") continue;
    if (*raw != "true" && *raw != "false") {
      return Status::DataError(std::string("tokenizer setting '") + key + "' is not a boolean");
    }
    *field = *raw == "true";
  }
  Status s = ValidateTokenizeOptions(*options);
  if (!s.ok()) return Status::DataError(s.message());
  return Status::OK();
}

void Tokenize(std::string_view text, const TokenizeOptions& options,
              std::vector<std::string>* tokens) {
  ForEachToken(text, options, [tokens](std::string_view t) { tokens->emplace_back(t); });
}

void ForEachToken(std::string_view text, const TokenizeOptions& options, const TokenSink& sink) {
  Splitter splitter(options, sink);
  if (options.normalize) {
    splitter.Run(Normalize(text));
  } else {
    splitter.Run(text);
  }
}

std::string TokenizeToLine(std::string_view text, const TokenizeOptions& options) {
  std::string line;
  ForEachToken(text, options, [&line](std::string_view t) {
    if (!line.empty()) line += ' ';
    line += t;
  });
  return line;
}

}  // namespace baokan
