// JSON text: string quoting and unquoting, numbers, white space.

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include "baokan/json.h"
#include "base/utf8.h"
#include "io/json_internal.h"

namespace baokan {
namespace json_internal {
namespace {

constexpr std::array<bool, 256> MakeEscapeTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = true;
  return t;
}
constexpr std::array<bool, 256> kNeedsEscape = MakeEscapeTable();
constexpr char kHex[] = "0123456789abcdef";

void AppendEscapedByte(unsigned char c, std::string* out) {
  switch (c) {
    case '"':
      out->append("\\\"");
      return;
    case '\\':
      out->append("\\\\");
      return;
    case '\b':
      out->append("\\b");
      return;
    case '\f':
      out->append("\\f");
      return;
    case '\n':
      out->append("\\n");
      return;
    case '\r':
      out->append("\\r");
      return;
    case '\t':
      out->append("\\t");
      return;
    default:
      out->append("\\u00");
      out->push_back(kHex[c >> 4]);
      out->push_back(kHex[c & 0xF]);
  }
}

// Appends valid UTF-8 `s`, escaping what JSON requires.
void AppendValid(std::string_view s, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    if (!kNeedsEscape[p[i]]) continue;
    out->append(s.data() + run, i - run);
    AppendEscapedByte(p[i], out);
    run = i + 1;
  }
  out->append(s.data() + run, s.size() - run);
}

// Reads 4 hex digits at s[i..i+4); false if they are not hex.
bool ReadHex4(std::string_view s, size_t i, uint32_t* v) {
  if (i + 4 > s.size()) return false;
  *v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return false;
    *v = *v * 16 + static_cast<uint32_t>(d);
  }
  return true;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

void AppendEscaped(std::string_view s, std::string* out) {
  if (simdjson::validate_utf8(s.data(), s.size())) {
    AppendValid(s, out);
    return;
  }
  std::string valid;
  ReplaceInvalidUtf8(s, &valid);
  AppendValid(valid, out);
}

size_t FirstInvalidUtf8(std::string_view s) {
  const size_t at = ScanUtf8(s, /*stop_at_first=*/true).first_error;
  return at == std::string_view::npos ? s.size() : at;
}

bool Unescape(std::string_view raw, std::string* out) {
  if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"') return false;
  std::string_view s = raw.substr(1, raw.size() - 2);
  out->clear();
  out->reserve(s.size());  // never longer than its escaped form: one allocation
  size_t i = 0;
  for (;;) {
    size_t bs = s.find('\\', i);
    out->append(s.data() + i, (bs == std::string_view::npos ? s.size() : bs) - i);
    if (bs == std::string_view::npos) return true;
    if (bs + 1 >= s.size()) return false;
    char e = s[bs + 1];
    i = bs + 2;
    switch (e) {
      case '"':
        out->push_back('"');
        break;
      case '\\':
        out->push_back('\\');
        break;
      case '/':
        out->push_back('/');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'u': {
        uint32_t cp;
        if (!ReadHex4(s, i, &cp)) return false;
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          uint32_t lo;
          if (i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u' && ReadHex4(s, i + 2, &lo) &&
              lo >= 0xDC00 && lo <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            i += 6;
          } else {
            cp = 0xFFFD;
          }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
          cp = 0xFFFD;
        }
        AppendUtf8(cp, out);
        break;
      }
      default:
        return false;
    }
  }
}

bool IsStringLiteral(std::string_view s) {
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
  const char* p = s.data() + 1;
  const char* end = s.data() + s.size() - 1;
  for (;;) {
    const char* bs = static_cast<const char*>(std::memchr(p, '\\', end - p));
    if (bs == nullptr) return true;
    if (bs + 1 >= end) return false;
    uint32_t unused;
    switch (bs[1]) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        p = bs + 2;
        break;
      case 'u':
        if (!ReadHex4(std::string_view(bs + 2, end - bs - 2), 0, &unused)) return false;
        p = bs + 6;
        break;
      default:
        return false;
    }
  }
}

bool IsJsonNumber(std::string_view s) {
  size_t i = 0, n = s.size();
  if (i < n && s[i] == '-') ++i;
  if (i >= n) return false;
  if (s[i] == '0') {
    ++i;
  } else if (IsDigit(s[i])) {
    while (i < n && IsDigit(s[i])) ++i;
  } else {
    return false;
  }
  if (i < n && s[i] == '.') {
    ++i;
    if (i >= n || !IsDigit(s[i])) return false;
    while (i < n && IsDigit(s[i])) ++i;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    if (i >= n || !IsDigit(s[i])) return false;
    while (i < n && IsDigit(s[i])) ++i;
  }
  return i == n;
}

std::string Minify(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool in_string = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (in_string) {
      out.push_back(c);
      if (c == '\\' && i + 1 < raw.size()) {
        out.push_back(raw[++i]);
      } else if (c == '"') {
        in_string = false;
      }
    } else if (!IsJsonSpace(c)) {
      out.push_back(c);
      in_string = c == '"';
    }
  }
  return out;
}

const char* KindOf(std::string_view raw) {
  switch (raw.empty() ? '\0' : raw.front()) {
    case '"':
      return "a string";
    case '{':
      return "an object";
    case '[':
      return "an array";
    case 't':
    case 'f':
      return "a boolean";
    case 'n':
      return "null";
    default:
      return "a number";
  }
}

}  // namespace json_internal

std::string JsonQuote(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('"');
  json_internal::AppendEscaped(s, &out);
  out.push_back('"');
  return out;
}

std::string JsonNumber(double value) {
  if (!std::isfinite(value)) return "null";  // JSON has no NaN or infinity
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof(buf), value);
  return std::string(buf, result.ptr);
}

std::vector<std::string_view> JsonArrayElements(std::string_view raw) {
  using json_internal::IsJsonSpace;
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < raw.size() && IsJsonSpace(raw[i])) ++i;
  if (i == raw.size() || raw[i] != '[') return out;
  int depth = 0;        // inside the array's elements
  bool in_string = false;
  size_t start = std::string_view::npos;  // of the element being read
  auto end_element = [&](size_t end) {
    while (end > start && IsJsonSpace(raw[end - 1])) --end;
    if (end > start) out.push_back(raw.substr(start, end - start));
    start = std::string_view::npos;
  };
  for (++i; i < raw.size(); ++i) {
    const char c = raw[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (IsJsonSpace(c)) continue;
    if (depth == 0 && (c == ',' || c == ']')) {
      if (start != std::string_view::npos) end_element(i);
      if (c == ']') break;
      continue;
    }
    if (start == std::string_view::npos) start = i;
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return out;
}

}  // namespace baokan
