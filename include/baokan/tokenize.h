// Tokenization for the subject classifier: Chinese text in, space-separated
// tokens out, in the form fastText reads (it splits on ASCII white space).
//
// The tokenizer and its settings are stored with every model (MODEL.json), so
// that `predict` and `eval` tokenize exactly as `train` did.

#ifndef BAOKAN_TOKENIZE_H_
#define BAOKAN_TOKENIZE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/status.h"

namespace baokan {

struct TokenizeOptions {
  enum class Scheme {
    // CJK runs become character n-grams of length 1..char_ngrams.
    kChars,
    // CJK runs are cut into dictionary words by ICU's word BreakIterator.
    kWords,
  };
  // Default: kChars.
  Scheme scheme = Scheme::kChars;
  // kChars only: the longest CJK character n-gram emitted, 1..4. Default 2
  // (unigrams and bigrams). Within each CJK run the unigrams come first, then
  // the bigrams, and so on; n-grams never cross punctuation, spaces or
  // non-CJK characters.
  int char_ngrams = 2;
  // Lower-case letters (ABC -> abc). Default: on.
  bool lowercase = true;
  // Run baokan::Normalize on the text first (full-width -> half-width, etc.).
  // Default: on. Turn off only for text that is already normalized.
  bool normalize = true;

  bool operator==(const TokenizeOptions&) const = default;
};

// Names used on the command line and in MODEL.json: "chars", "words".
const char* SchemeName(TokenizeOptions::Scheme scheme);
// Parses a scheme name; InvalidArgument for anything else.
Status ParseScheme(std::string_view name, TokenizeOptions::Scheme* scheme);

// Checks the options (char_ngrams in range). InvalidArgument on error.
Status ValidateTokenizeOptions(const TokenizeOptions& options);

// The options as one JSON object, e.g.
// {"scheme":"chars","char_ngrams":2,"lowercase":true,"normalize":true}.
std::string TokenizeOptionsToJson(const TokenizeOptions& options);
// Reads what TokenizeOptionsToJson wrote (missing keys keep their defaults;
// unknown values are a DataError).
Status TokenizeOptionsFromJson(std::string_view json, TokenizeOptions* options);

// Splits UTF-8 text into tokens:
//  - CJK characters (Han, kana, Hangul, 〇) form runs tokenized by `scheme`;
//  - runs of letters and digits are kept whole as one token ("covid-19",
//    "3.5", "2024"); '.', ',', '-', '_', '\'' and '&' join two letter/digit
//    characters, so "3.5" and "e-mail" stay one token while "2024年" is
//    "2024" then "年";
//  - punctuation, symbols (emoji included), controls and white space are
//    dropped and end the current run.
// Appends the tokens to *tokens. Invalid UTF-8 is treated as U+FFFD (a
// symbol, dropped). Thread-safe.
void Tokenize(std::string_view text, const TokenizeOptions& options,
              std::vector<std::string>* tokens);

// Receives each token; the view is valid only during the call.
using TokenSink = std::function<void(std::string_view token)>;

// Tokenize() without building strings: calls `sink` with each token, in
// order. Thread-safe.
void ForEachToken(std::string_view text, const TokenizeOptions& options, const TokenSink& sink);

// The tokens joined by single spaces, no leading or trailing space; empty
// when there are no tokens. Thread-safe.
std::string TokenizeToLine(std::string_view text, const TokenizeOptions& options);

}  // namespace baokan

#endif  // BAOKAN_TOKENIZE_H_
