// Decoding page files of any common Chinese encoding to UTF-8.

#ifndef BAOKAN_ENCODING_H_
#define BAOKAN_ENCODING_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "baokan/status.h"

namespace baokan {

enum class OnInvalid {
  kError,    // the first invalid byte sequence is a DataError
  kReplace,  // invalid sequences become U+FFFD and are counted
};

struct DecodeOptions {
  // An ICU converter name ("UTF-8", "GB18030", "Big5", "UTF-16LE" ...) to
  // force; GBK, GB2312 and their aliases decode as GB18030, their superset.
  // Empty (the default) detects: a byte order mark (UTF-8, UTF-16LE/BE,
  // UTF-32LE/BE, GB18030); UTF-16 without one, told by its NUL bytes; UTF-8
  // when the bytes are valid UTF-8 or mostly so (then the bad bytes are
  // reported as UTF-8 errors); else GB18030 or Big5, as ICU's charset
  // detector ranks them, taking the first that decodes without error.
  std::string encoding;
  // What to do with bytes that are invalid in the encoding. Default: kError.
  OnInvalid on_invalid = OnInvalid::kError;
};

struct DecodedText {
  std::string utf8;         // the text, "\r\n" and "\r" turned into "\n", no BOM
  std::string encoding;     // the encoding used: "UTF-8", "GB18030", "Big5",
                            // "UTF-16LE" ... (IANA names where ICU has one)
  size_t replacements = 0;  // invalid sequences replaced (kReplace only)
};

// Decodes `bytes` to UTF-8. `name` is used in messages, which read
// "NAME:LINE:COLUMN: invalid GB18030 byte sequence 0x81 0x20 ..." (LINE and
// COLUMN 1-based, COLUMN counting characters of the decoded line up to the
// bad bytes). An empty input decodes to an empty text. Input with NUL bytes
// that is not UTF-16 or UTF-32 is a DataError ("NAME: binary file ...").
// A forced encoding ICU does not know is an InvalidArgument.
StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, std::string_view name,
                                   const DecodeOptions& options = {});

}  // namespace baokan

#endif  // BAOKAN_ENCODING_H_
