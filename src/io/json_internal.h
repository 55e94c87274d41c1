// Internal to the io stage: small pieces of JSON text handling shared by
// json_text.cc and json_record.cc.

#ifndef BAOKAN_SRC_IO_JSON_INTERNAL_H_
#define BAOKAN_SRC_IO_JSON_INTERNAL_H_

#include <string>
#include <string_view>

namespace baokan {
namespace json_internal {

// Appends `s` escaped for the inside of a JSON string literal (no quotes).
// Invalid UTF-8 becomes U+FFFD, one per maximal ill-formed subsequence.
void AppendEscaped(std::string_view s, std::string* out);

// The offset of the first byte of `s` that is not part of well-formed UTF-8,
// or s.size() when all of it is.
size_t FirstInvalidUtf8(std::string_view s);

// Decodes a JSON string literal (quotes included) into *out. Returns false
// when `raw` is not a well-formed literal. Lone surrogates become U+FFFD.
bool Unescape(std::string_view raw, std::string* out);

// True when `s` is a string literal whose escapes are well formed: quotes at
// both ends, each backslash starting one of \" \\ \/ \b \f \n \r \t \uXXXX.
// Requires a token whose end simdjson's first stage has found (so no
// unescaped quote inside); UTF-8 and control characters are checked there too.
bool IsStringLiteral(std::string_view s);

// True when `s` is exactly one JSON number (RFC 8259 grammar; any magnitude).
bool IsJsonNumber(std::string_view s);

// Removes JSON white space outside string literals.
std::string Minify(std::string_view raw);

// What kind of JSON value `raw` holds, for messages: "a string", "an object"...
const char* KindOf(std::string_view raw);

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace json_internal
}  // namespace baokan

#endif  // BAOKAN_SRC_IO_JSON_INTERNAL_H_
