// JSON Lines records that keep what they do not understand.
//
// A JsonRecord is one JSON object: an ordered list of fields whose values are
// kept as raw JSON text. A stage reads the fields it knows, sets the fields it
// produces, and writes the record back; every other field passes through
// byte for byte, in its original position.

#ifndef BAOKAN_JSON_H_
#define BAOKAN_JSON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "baokan/status.h"

namespace baokan {

// Returns `s` as a JSON string literal, quotes included. Escapes '"', '\\'
// and control characters (as \n, \t, \uXXXX ...); all other UTF-8 is written
// as is. `s` must be valid UTF-8 (invalid bytes are replaced by U+FFFD).
std::string JsonQuote(std::string_view s);

class JsonRecord {
 public:
  JsonRecord() = default;

  // Parses one JSON object (surrounding white space allowed). A line that is
  // not a complete object is a DataError whose message says what is wrong
  // (the caller adds FILE:LINE): empty, not an object, truncated, text after
  // the object, invalid UTF-8, a duplicate key, any syntax error. Every value
  // is checked, but numbers are only checked for their grammar: 1e400 or a
  // 30-digit integer passes through as written. Raw values keep their text
  // exactly, except that white space containing line breaks inside an object
  // or array value is removed so the record stays one line. Keys are stored
  // unescaped.
  static StatusOr<JsonRecord> Parse(std::string_view line);

  bool Has(std::string_view key) const;
  // The raw JSON text of a field's value, or nullptr when absent.
  const std::string* Raw(std::string_view key) const;

  // Reads a string field. Absent or null: returns OK with *out unset
  // (std::nullopt). Present but not a string: DataError naming the field.
  Status GetString(std::string_view key, std::optional<std::string>* out) const;
  // Reads a number field (absent or null: nullopt; not a number, or too
  // large for a double: DataError naming the field; underflow reads as 0).
  Status GetNumber(std::string_view key, std::optional<double>* out) const;

  // Sets a field, replacing the value in place if the key exists, appending
  // it otherwise. `raw_json` must be valid JSON text.
  void SetRaw(std::string_view key, std::string raw_json);
  void SetString(std::string_view key, std::string_view value);
  // Sets a string field, or null when `value` is std::nullopt (an empty
  // string is written as "").
  void SetOptionalString(std::string_view key, const std::optional<std::string>& value);
  void SetNull(std::string_view key);
  void SetNumber(std::string_view key, double value);
  void SetInt(std::string_view key, int64_t value);
  void SetBool(std::string_view key, bool value);
  void Erase(std::string_view key);

  const std::vector<std::pair<std::string, std::string>>& fields() const {
    return fields_;
  }

  // The record as one line of compact JSON, without a trailing newline.
  std::string Serialize() const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// Formats a double the way baokan writes numbers: the shortest text that
// reads back to the same value, integers without a fraction ("3", "0.1",
// "1e+21"). NaN and infinities, which JSON cannot hold, are written as null.
std::string JsonNumber(double value);

// The elements of a JSON array, each as its raw text (white space around it
// removed): "[1, {\"a\":[2]}]" -> {"1", "{\"a\":[2]}"}, "[]" -> {}. `raw` must
// be valid JSON (a JsonRecord's Raw() value); anything but an array gives {}.
std::vector<std::string_view> JsonArrayElements(std::string_view raw);

}  // namespace baokan

#endif  // BAOKAN_JSON_H_
