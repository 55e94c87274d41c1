// JsonRecord: parsed with simdjson's On-Demand API, which validates every
// value while we note where each top-level value starts and ends, so that the
// raw text can be kept byte for byte.

#include <simdjson.h>

#include <charconv>
#include <cstring>
#include <memory>

#include "baokan/json.h"
#include "io/json_internal.h"

namespace baokan {
namespace {

namespace od = simdjson::ondemand;
using json_internal::IsJsonSpace;

// One parser and one padded copy of the input per thread, reused. The copy
// is not zeroed when it grows (it is written over at once).
struct ParseScratch {
  od::parser parser;
  std::unique_ptr<char[]> buffer;
  size_t size = 0;  // bytes at buffer

  // Makes the copy at least `n` bytes.
  char* Room(size_t n) {
    if (size < n) {
      buffer = std::make_unique_for_overwrite<char[]>(n);
      size = n;
    }
    return buffer.get();
  }
};

// Above this many bytes, a huge line's parser memory (about 7 bytes per
// input byte) is released as soon as the line is parsed, not kept for the
// next line (nor, after a file's last line, for the rest of the process).
constexpr size_t kKeepCapacity = 4 << 20;

// Gives back the scratch's memory when a huge line made it grow.
class ReleaseHugeScratch {
 public:
  explicit ReleaseHugeScratch(ParseScratch* scratch) : scratch_(scratch) {}
  ~ReleaseHugeScratch() {
    if (scratch_->size > kKeepCapacity) *scratch_ = ParseScratch();
  }
  ReleaseHugeScratch(const ReleaseHugeScratch&) = delete;
  ReleaseHugeScratch& operator=(const ReleaseHugeScratch&) = delete;

 private:
  ParseScratch* scratch_;
};

ParseScratch& Scratch() {
  thread_local ParseScratch scratch;
  return scratch;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsJsonSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsJsonSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Describe(char c) {
  if (c >= 0x20 && c < 0x7F) return std::string("'") + c + "'";
  char buf[8];
  std::snprintf(buf, sizeof(buf), "0x%02X", static_cast<unsigned char>(c));
  return buf;
}

// What went wrong, in words for someone fixing the input.
std::string ErrorText(simdjson::error_code e) {
  switch (e) {
    case simdjson::UTF8_ERROR:
      return "invalid UTF-8";
    case simdjson::UNESCAPED_CHARS:
      return "a control character (tab, line break...) inside a string must be escaped";
    case simdjson::UNCLOSED_STRING:
      return "a string is not closed (truncated line?)";
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::OUT_OF_BOUNDS:
      return "an object or array is not closed (truncated line?)";
    case simdjson::TAPE_ERROR:
      return "unexpected character: a comma, colon, quote or bracket is missing or extra";
    case simdjson::STRING_ERROR:
      return "bad escape sequence in a string";
    case simdjson::NUMBER_ERROR:
      return "malformed number";
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
      return "unknown word (expected true, false or null)";
    case simdjson::DEPTH_ERROR:
      return "nested too deeply";
    default:
      return simdjson::error_message(e);
  }
}

// The offset in `text` of the first invalid UTF-8 byte (utf8) or of the first
// control character inside a string literal (!utf8); 0 if none is found.
size_t FirstBadByte(std::string_view text, bool utf8) {
  if (utf8) return json_internal::FirstInvalidUtf8(text);
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (!in_string) {
      in_string = c == '"';
    } else if (c == '\\') {
      ++i;
    } else if (c == '"') {
      in_string = false;
    } else if (c < 0x20) {
      return i;
    }
  }
  return 0;
}

// Checks a value and everything inside it. Scalars other than strings are
// checked here and left for simdjson to step over.
simdjson::error_code Walk(od::value value) {
  od::json_type type;
  if (auto e = value.type().get(type)) return e;
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (auto e = value.get_object().get(object)) return e;
      for (auto field : object) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        if (auto e = Walk(field.value())) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::array: {
      od::array array;
      if (auto e = value.get_array().get(array)) return e;
      for (auto element : array) {
        od::value v;
        if (auto e = element.get(v)) return e;
        if (auto e = Walk(v)) return e;
      }
      return simdjson::SUCCESS;
    }
    case od::json_type::string: {  // stage 1 checked UTF-8 and control characters
      if (!json_internal::IsStringLiteral(Trim(value.raw_json_token()))) {
        return simdjson::STRING_ERROR;
      }
      // Consume the string: simdjson skips an unread string followed by ':'
      // as if it were a key, without checking what follows.
      od::raw_json_string unused;
      return value.get_raw_json_string().get(unused);
    }
    case od::json_type::number:
      return json_internal::IsJsonNumber(Trim(value.raw_json_token())) ? simdjson::SUCCESS
                                                                       : simdjson::NUMBER_ERROR;
    case od::json_type::boolean: {
      std::string_view t = Trim(value.raw_json_token());
      return t == "true" || t == "false" ? simdjson::SUCCESS : simdjson::T_ATOM_ERROR;
    }
    case od::json_type::null:
      return Trim(value.raw_json_token()) == "null" ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
  }
  return simdjson::TAPE_ERROR;
}

}  // namespace

StatusOr<JsonRecord> JsonRecord::Parse(std::string_view line) {
  const std::string_view text = Trim(line);
  if (text.empty()) return Status::DataError("empty line where a JSON object was expected");
  if (text.front() != '{') {
    return Status::DataError("not a JSON object: the line starts with " + Describe(text.front()));
  }
  if (text.back() != '}') {
    return Status::DataError("truncated JSON object, or text after it: the line ends with " +
                             Describe(text.back()) + ", not '}'");
  }
  ParseScratch& scratch = Scratch();
  const ReleaseHugeScratch release(&scratch);  // the record copies what it keeps
  char* buf = scratch.Room(text.size() + simdjson::SIMDJSON_PADDING);
  std::memcpy(buf, text.data(), text.size());
  // Clear the padding: simdjson peeks past the end, and leftovers of an
  // earlier line would make its messages depend on what was parsed before.
  std::memset(buf + text.size(), 0, simdjson::SIMDJSON_PADDING);
  const char* base = buf;
  const size_t offset = text.data() - line.data();  // for columns in messages

  od::document doc;
  bool iterating = false;  // doc can say where it stopped
  JsonRecord record;
  auto fail = [&](simdjson::error_code e) -> Status {
    size_t column = 0;  // 1-based within `line`; 0 when unknown
    const char* at = nullptr;
    if (e == simdjson::UTF8_ERROR || e == simdjson::UNESCAPED_CHARS) {
      column = FirstBadByte(text, e == simdjson::UTF8_ERROR) + offset + 1;
    } else if (iterating && doc.current_location().get(at) == simdjson::SUCCESS) {
      if (at >= base + text.size()) {
        e = simdjson::INCOMPLETE_ARRAY_OR_OBJECT;  // it ran off the end of the line
      } else {
        column = at - base + offset + 1;
      }
    }
    std::string where = column > 0 ? " at column " + std::to_string(column) : "";
    return Status::DataError("invalid JSON" + where + ": " + ErrorText(e));
  };

  simdjson::padded_string_view input(base, text.size(),
                                     text.size() + simdjson::SIMDJSON_PADDING);
  if (auto e = scratch.parser.iterate(input).get(doc)) return fail(e);
  iterating = true;
  od::object object;
  if (auto e = doc.get_object().get(object)) return fail(e);
  for (auto field : object) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fail(e);
    if (record.Has(key)) {
      return Status::DataError("duplicate key " + JsonQuote(key) + " in the object");
    }
    od::value value;
    if (auto e = field.value().get(value)) return fail(e);
    std::string_view token = value.raw_json_token();
    const char* start = token.data();
    const char* end = start + Trim(token).size();
    const bool container = start[0] == '{' || start[0] == '[';
    if (auto e = Walk(value)) return fail(e);
    if (container) {  // a scalar is one token; a container ends before the next ',' or '}'
      if (auto e = doc.current_location().get(end)) return fail(e);
      while (end > start && IsJsonSpace(end[-1])) --end;
    }
    std::string_view raw(start, end - start);
    if (container && (std::memchr(raw.data(), '\n', raw.size()) != nullptr ||
                      std::memchr(raw.data(), '\r', raw.size()) != nullptr)) {
      record.fields_.emplace_back(key, json_internal::Minify(raw));  // keep records one line
    } else {
      record.fields_.emplace_back(key, raw);
    }
  }
  const char* rest = nullptr;  // OUT_OF_BOUNDS when the object ended the input
  if (doc.current_location().get(rest) == simdjson::SUCCESS) {
    return Status::DataError("invalid JSON: text after the end of the object at column " +
                             std::to_string(rest - base + offset + 1));
  }
  return record;
}

bool JsonRecord::Has(std::string_view key) const { return Raw(key) != nullptr; }

const std::string* JsonRecord::Raw(std::string_view key) const {
  for (const auto& [k, v] : fields_) {
    if (k == key) return &v;
  }
  return nullptr;
}

Status JsonRecord::GetString(std::string_view key, std::optional<std::string>* out) const {
  out->reset();
  const std::string* raw = Raw(key);
  if (raw == nullptr || *raw == "null") return Status::OK();
  if (raw->empty() || raw->front() != '"') {
    return Status::DataError("field \"" + std::string(key) + "\" should be a string, found " +
                             json_internal::KindOf(*raw));
  }
  std::string value;
  if (!json_internal::Unescape(*raw, &value)) {
    return Status::DataError("field \"" + std::string(key) + "\" holds a malformed string");
  }
  *out = std::move(value);
  return Status::OK();
}

Status JsonRecord::GetNumber(std::string_view key, std::optional<double>* out) const {
  out->reset();
  const std::string* raw = Raw(key);
  if (raw == nullptr || *raw == "null") return Status::OK();
  if (!json_internal::IsJsonNumber(*raw)) {
    return Status::DataError("field \"" + std::string(key) + "\" should be a number, found " +
                             json_internal::KindOf(*raw));
  }
  double value = 0;
  auto [ptr, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), value);
  if (ec == std::errc::result_out_of_range) {
    size_t e = raw->find_first_of("eE");
    if (e == std::string::npos || (*raw)[e + 1] != '-') {
      return Status::DataError("field \"" + std::string(key) + "\": number " + *raw +
                               " is too large for a double");
    }
    value = raw->front() == '-' ? -0.0 : 0.0;  // underflow: as close to zero as it gets
  } else if (ec != std::errc() || ptr != raw->data() + raw->size()) {
    return Status::DataError("field \"" + std::string(key) + "\": cannot read number " + *raw);
  }
  *out = value;
  return Status::OK();
}

void JsonRecord::SetRaw(std::string_view key, std::string raw_json) {
  for (auto& [k, v] : fields_) {
    if (k == key) {
      v = std::move(raw_json);
      return;
    }
  }
  fields_.emplace_back(std::string(key), std::move(raw_json));
}

void JsonRecord::SetString(std::string_view key, std::string_view value) {
  SetRaw(key, JsonQuote(value));
}

void JsonRecord::SetOptionalString(std::string_view key, const std::optional<std::string>& value) {
  if (value) {
    SetString(key, *value);
  } else {
    SetNull(key);
  }
}

void JsonRecord::SetNull(std::string_view key) { SetRaw(key, "null"); }
void JsonRecord::SetNumber(std::string_view key, double value) { SetRaw(key, JsonNumber(value)); }
void JsonRecord::SetInt(std::string_view key, int64_t value) { SetRaw(key, std::to_string(value)); }
void JsonRecord::SetBool(std::string_view key, bool value) {
  SetRaw(key, value ? "true" : "false");
}

void JsonRecord::Erase(std::string_view key) {
  for (auto it = fields_.begin(); it != fields_.end(); ++it) {
    if (it->first == key) {
      fields_.erase(it);
      return;
    }
  }
}

std::string JsonRecord::Serialize() const {
  size_t size = 2;
  for (const auto& [k, v] : fields_) size += k.size() + v.size() + 4;
  std::string out;
  out.reserve(size + size / 16);
  out.push_back('{');
  for (size_t i = 0; i < fields_.size(); ++i) {
    if (i > 0) out.push_back(',');
    out.push_back('"');
    json_internal::AppendEscaped(fields_[i].first, &out);
    out.append("\":");
    out.append(fields_[i].second);
  }
  out.push_back('}');
  return out;
}

}  // namespace baokan
