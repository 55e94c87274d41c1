// DecodeToUtf8: BOM, then valid UTF-8, then ICU's charset detector; ICU
// converters for everything but UTF-8, which is checked and copied here.

#include "baokan/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include "base/utf8.h"

namespace baokan {
namespace {


constexpr char kUtf8[] = "UTF-8";
constexpr char kGb18030[] = "GB18030";
constexpr char kBig5[] = "Big5";

std::string Where(std::string_view name, const LineColumn& at) {
  return std::string(name) + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

std::string HexBytes(std::string_view bytes) {
  std::string out;
  char buf[8];
  for (size_t i = 0; i < bytes.size() && i < 8; ++i) {
    std::snprintf(buf, sizeof buf, "%s0x%02X", i ? " " : "",
                  static_cast<unsigned>(static_cast<uint8_t>(bytes[i])));
    out += buf;
  }
  return out;
}

std::string InvalidMessage(std::string_view name, const LineColumn& at, std::string_view encoding,
                           std::string_view bad) {
  return Where(name, at) + ": invalid " + std::string(encoding) + " byte sequence " +
         HexBytes(bad) +
         " (if the file is in another encoding, name it; or replace invalid bytes with U+FFFD)";
}

// Appends UTF-8 text to *out with "\r\n" and "\r" turned into "\n".
void AppendWithLf(std::string_view s, std::string* out) {
  size_t start = 0;
  for (size_t i = s.find('\r'); i != std::string_view::npos; i = s.find('\r', start)) {
    out->append(s.substr(start, i - start));
    out->push_back('\n');
    start = (i + 1 < s.size() && s[i + 1] == '\n') ? i + 2 : i + 1;
  }
  out->append(s.substr(start));
}

// Appends UTF-16 text (valid: ICU converters emit no lone surrogates) as
// UTF-8 with line ends turned into "\n" and a leading U+FEFF dropped.
void AppendUtf16(const std::u16string& u, std::string* out) {
  out->reserve(out->size() + u.size() * 3);
  size_t i = (!u.empty() && u[0] == 0xFEFF) ? 1 : 0;
  for (; i < u.size(); ++i) {
    char32_t c = u[i];
    if (c == '\r') {
      out->push_back('\n');
      if (i + 1 < u.size() && u[i + 1] == '\n') ++i;
      continue;
    }
    if (c >= 0xD800 && c < 0xDC00 && i + 1 < u.size() && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c < 0xE000) {
      c = kReplacementChar;
    }
    AppendUtf8(c, out);
  }
}

// Line and column (1-based, in code points) of the end of decoded UTF-16.
LineColumn LocateEnd(const std::u16string& u) {
  LineColumn at;
  for (size_t i = (!u.empty() && u[0] == 0xFEFF) ? 1 : 0; i < u.size(); ++i) {
    const char16_t c = u[i];
    if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < u.size() && u[i + 1] == '\n') ++i;
      ++at.line;
      at.column = 1;
    } else if (c < 0xDC00 || c >= 0xE000) {  // a trail surrogate adds nothing
      ++at.column;
    }
  }
  return at;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct ReplaceCounter {
  size_t count = 0;
};

// ICU to-Unicode callback: writes U+FFFD for each bad sequence and counts.
void ReplaceAndCount(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                     UConverterCallbackReason reason, UErrorCode* err) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  ++static_cast<ReplaceCounter*>(const_cast<void*>(context))->count;
  *err = U_ZERO_ERROR;
  const UChar fffd = 0xFFFD;
  ucnv_cbToUWriteUChars(args, &fffd, 1, 0, err);
}

bool IsUtf8Name(std::string_view name) {
  const std::string n(name);
  return ucnv_compareNames(n.c_str(), "UTF-8") == 0;
}

bool IsWideUnicode(std::string_view name) {
  const std::string n(name);
  for (const char* wide : {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"}) {
    if (ucnv_compareNames(n.c_str(), wide) == 0) return true;
  }
  return false;
}

// GBK and GB2312 are subsets of GB18030: text in them decodes as GB18030.
std::string Canonical(std::string_view name) {
  const std::string n(name);
  for (const char* gb : {"GBK", "GB2312", "CP936", "MS936", "windows-936", "EUC-CN", "x-euc-cn",
                         "csGB2312", "GB_2312-80", "gb18030"}) {
    if (ucnv_compareNames(n.c_str(), gb) == 0) return kGb18030;
  }
  if (IsUtf8Name(n)) return kUtf8;
  return n;
}

Status BinaryError(std::string_view name, size_t nul) {
  return Status::DataError(std::string(name) + ": binary file (NUL byte at offset " +
                           std::to_string(nul) + "), not a text page");
}

StatusOr<DecodedText> DecodeUtf8(std::string_view bytes, std::string_view name,
                                 OnInvalid on_invalid) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    return BinaryError(name, static_cast<const char*>(nul) - bytes.data());
  }
  DecodedText out;
  out.encoding = kUtf8;
  const Utf8Scan scan = ScanUtf8(bytes, /*stop_at_first=*/true);
  if (scan.errors == 0) {
    AppendWithLf(bytes, &out.utf8);
    return out;
  }
  if (on_invalid == OnInvalid::kError) {
    size_t end = scan.first_error;
    NextCodePoint(bytes, &end);
    return Status::DataError(
        InvalidMessage(name, LocateOffset(bytes, scan.first_error), kUtf8,
                       bytes.substr(scan.first_error, end - scan.first_error)));
  }
  std::string replaced;
  out.replacements = ReplaceInvalidUtf8(bytes, &replaced);
  AppendWithLf(replaced, &out.utf8);
  return out;
}

// Decodes with an ICU converter. `encoding` must be a name ICU knows.
StatusOr<DecodedText> DecodeIcu(std::string_view bytes, std::string_view name,
                                const std::string& encoding, OnInvalid on_invalid) {
  UErrorCode err = U_ZERO_ERROR;
  ConverterPtr cnv(ucnv_open(encoding.c_str(), &err));
  if (U_FAILURE(err)) {
    return Status::InvalidArgument("unknown encoding '" + encoding + "'");
  }
  ReplaceCounter counter;
  if (on_invalid == OnInvalid::kReplace) {
    ucnv_setToUCallBack(cnv.get(), ReplaceAndCount, &counter, nullptr, nullptr, &err);
  } else {
    ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  }
  std::u16string u(bytes.size() + 16, u'\0');
  const char* src = bytes.data();
  const char* const src_end = bytes.data() + bytes.size();
  UChar* target = reinterpret_cast<UChar*>(u.data());
  for (;;) {
    UChar* const target_end = reinterpret_cast<UChar*>(u.data()) + u.size();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, target_end, &src, src_end, nullptr, /*flush=*/true, &err);
    if (err != U_BUFFER_OVERFLOW_ERROR) break;
    const size_t used = target - reinterpret_cast<UChar*>(u.data());
    u.resize(u.size() * 2);
    target = reinterpret_cast<UChar*>(u.data()) + used;
  }
  u.resize(target - reinterpret_cast<UChar*>(u.data()));
  UErrorCode name_err = U_ZERO_ERROR;
  const char* standard =
      ucnv_getStandardName(ucnv_getName(cnv.get(), &name_err), "IANA", &name_err);
  DecodedText out;
  out.encoding = (standard && U_SUCCESS(name_err)) ? standard : encoding;
  if (out.encoding == "GB18030" || ucnv_compareNames(out.encoding.c_str(), "gb18030") == 0) {
    out.encoding = kGb18030;
  }
  if (err == U_ILLEGAL_CHAR_FOUND || err == U_INVALID_CHAR_FOUND || err == U_TRUNCATED_CHAR_FOUND) {
    char bad[32];
    int8_t len = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(cnv.get(), bad, &len, &ignored);
    if (U_FAILURE(ignored)) len = 0;
    std::string what = InvalidMessage(name, LocateEnd(u), out.encoding, std::string_view(bad, len));
    if (err == U_TRUNCATED_CHAR_FOUND) what += " at the end of the file";
    return Status::DataError(what);
  }
  if (U_FAILURE(err)) {
    return Status::DataError(std::string(name) + ": cannot decode as " + out.encoding + ": " +
                             u_errorName(err));
  }
  AppendUtf16(u, &out.utf8);
  out.replacements = counter.count;
  return out;
}

StatusOr<DecodedText> DecodeAs(std::string_view bytes, std::string_view name,
                               const std::string& encoding, OnInvalid on_invalid) {
  if (encoding == kUtf8) return DecodeUtf8(bytes, name, on_invalid);
  if (!IsWideUnicode(encoding)) {
    if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
      return BinaryError(name, static_cast<const char*>(nul) - bytes.data());
    }
  }
  return DecodeIcu(bytes, name, encoding, on_invalid);
}

// The encoding announced by a byte order mark, or "".
std::string FromBom(std::string_view b) {
  if (b.substr(0, 3) == "\xEF\xBB\xBF") return kUtf8;
  if (b.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32LE";
  if (b.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32BE";
  if (b.substr(0, 2) == "\xFF\xFE") return "UTF-16LE";
  if (b.substr(0, 2) == "\xFE\xFF") return "UTF-16BE";
  if (b.substr(0, 4) == "\x84\x31\x95\x33") return kGb18030;
  return "";
}

// UTF-16 without a BOM: NUL bytes (the high half of ASCII characters) sit
// mostly at odd offsets (LE) or even offsets (BE). Returns "" otherwise.
std::string GuessUtf16(std::string_view b) {
  if (b.size() % 2 != 0) return "";
  size_t even = 0, odd = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    if (b[i] == '\0') ++((i % 2) ? odd : even);
  }
  if (odd > 4 * even) return "UTF-16LE";
  if (even > 4 * odd) return "UTF-16BE";
  return "";
}

// Candidate legacy encodings, most likely first: ICU's detector's ranking
// restricted to GB18030 and Big5, then whichever of the two it did not name.
std::vector<std::string> LegacyCandidates(std::string_view bytes) {
  std::vector<std::string> out;
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_SUCCESS(err)) {
    const size_t sample = bytes.size() < (1u << 16) ? bytes.size() : (1u << 16);
    ucsdet_setText(det, bytes.data(), static_cast<int32_t>(sample), &err);
    int32_t n = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(det, &n, &err);
    for (int32_t i = 0; U_SUCCESS(err) && i < n; ++i) {
      const char* cs = ucsdet_getName(matches[i], &err);
      if (U_FAILURE(err) || cs == nullptr) break;
      const std::string c = Canonical(cs);
      if ((c == kGb18030 || c == kBig5) && std::find(out.begin(), out.end(), c) == out.end()) {
        out.push_back(c);
      }
    }
    ucsdet_close(det);
  }
  for (const char* c : {kGb18030, kBig5}) {
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

}  // namespace

StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view name,
                                   const DecodeOptions& options) {
  if (!options.encoding.empty()) {
    const std::string encoding = Canonical(options.encoding);
    if (encoding != kUtf8) {
      UErrorCode err = U_ZERO_ERROR;
      ConverterPtr probe(ucnv_open(encoding.c_str(), &err));
      if (U_FAILURE(err)) {
        return Status::InvalidArgument("unknown encoding '" + options.encoding +
                                       "' (try UTF-8, GB18030, Big5, UTF-16LE or UTF-16BE)");
      }
    }
    return DecodeAs(bytes, name, encoding, options.on_invalid);
  }
  if (bytes.empty()) return DecodedText{"", kUtf8, 0};
  if (std::string bom = FromBom(bytes); !bom.empty()) {
    return DecodeAs(bytes, name, bom, options.on_invalid);
  }
  if (const void* nul = std::memchr(bytes.data(), 0, bytes.size())) {
    const std::string wide = GuessUtf16(bytes);
    if (!wide.empty()) {
      StatusOr<DecodedText> decoded = DecodeIcu(bytes, name, wide, OnInvalid::kError);
      if (decoded.ok()) return decoded;
    }
    return BinaryError(name, static_cast<const char*>(nul) - bytes.data());
  }
  // Valid UTF-8, or UTF-8 with some bad bytes among at least twice as many
  // good multibyte sequences (in GB18030 or Big5 text, bytes that happen to
  // form valid UTF-8 are far fewer than those that do not): reported as
  // UTF-8 errors rather than decoded as another encoding.
  const Utf8Scan scan = ScanUtf8(bytes, /*stop_at_first=*/false);
  if (scan.errors == 0 || scan.multibyte >= 2 * scan.errors) {
    return DecodeUtf8(bytes, name, options.on_invalid);
  }
  const std::vector<std::string> candidates = LegacyCandidates(bytes);
  for (const std::string& candidate : candidates) {
    StatusOr<DecodedText> decoded = DecodeIcu(bytes, name, candidate, OnInvalid::kError);
    if (decoded.ok()) return decoded;
  }
  // Valid in none: the likeliest encoding reports or replaces the bad bytes.
  if (scan.multibyte >= scan.errors) return DecodeUtf8(bytes, name, options.on_invalid);
  return DecodeIcu(bytes, name, candidates.front(), options.on_invalid);
}

}  // namespace baokan
