// Text normalization: the one form of Chinese text every baokan stage reads.

#ifndef BAOKAN_NORMALIZE_H_
#define BAOKAN_NORMALIZE_H_

#include <memory>
#include <string>
#include <string_view>

#include "baokan/status.h"

namespace baokan {

struct NormalizeOptions {
  // Convert traditional characters and phrases to simplified with OpenCC's
  // "t2s" conversion, and 「」『』 to “”‘’; simplified text is left as it is.
  // Needs OpenCC's data: see SimplifiedConversionStatus(). Default: off.
  bool simplified = false;
  // Join lines broken by the page layout into paragraphs (blank lines stay
  // paragraph breaks). Default: off, which keeps every line break.
  bool join_lines = false;
};

// Normalizes UTF-8 text (docs/normalize.md has every rule with examples):
//  - NFKC for letters and digits (ＡＢＣ１２３ -> ABC123, ﬁ -> fi, ｶ -> カ),
//    but not for characters whose compatibility form would lose meaning or
//    that the rules below decide: m² H₂O ① ⑴ ㈠ ½ ㎡ ℃ … and white space
//    keep their form;
//  - each of , : ; ? ! ( ) and ，：；？！（） takes its form from the
//    nearest character on each side in the line that is neither
//    punctuation nor white space: full-width if either is CJK
//    (残疾证,我母亲(90岁) -> 残疾证，我母亲（90岁）), ASCII if both are ASCII
//    letters or digits (3.5, A-B, 10:30 stay), and next to the line's end
//    as the run of Latin letters and digits beside it decides; otherwise
//    unchanged;
//  - tabs, U+3000 and other spaces (Zs) become one ASCII space, runs
//    folded, lines trimmed; zero-width and bidi format characters, the soft
//    hyphen, U+FEFF and control characters removed (a ZERO WIDTH JOINER
//    inside an emoji sequence stays);
//  - CJK radical look-alikes (⻄ U+2EC4, ⻓ U+2ED3, ⼀ U+2F00 ...) mapped to
//    the ideographs Unicode names as equivalent (西, 长, 一);
//  - a letter-spaced line (a justified line an extraction printed with a
//    space after every character: 江 苏 厚 生 重 庆) loses the spaces between
//    its wide characters.
// Lines end at "\n", "\r\n" or "\r" and come out ending in "\n". Unless
// join_lines is set, the output has exactly as many lines as the input, in
// the same order, so line numbers stay valid. Normalize(Normalize(x, o), o)
// == Normalize(x, o) for all options o. Invalid UTF-8 in the input is
// replaced by U+FFFD. Thread-safe.
std::string Normalize(std::string_view text, const NormalizeOptions& options = {});

// OK when NormalizeOptions::simplified can convert: OpenCC's t2s
// configuration (Debian's libopencc-data) loaded. Otherwise an error naming
// the file and the cause; Normalize then leaves traditional characters as
// they are. Loads the configuration on first call. Thread-safe.
Status SimplifiedConversionStatus();

// The comparison form used by dedup: Normalize(text) (default options) with
// every punctuation mark, symbol, white space (line ends included) and
// control or format character removed (categories P*, S*, Z*, Cc, Cf).
// Thread-safe.
std::string MatchForm(std::string_view text);

// Joins layout line wraps: lines are trimmed of white space; within a
// paragraph they are concatenated with no separator when either side of
// the join is a wide (CJK) character or CJK punctuation, none after a
// hyphen between Latin letters (inter-\nnational -> inter-national), and
// one space otherwise (between Latin words and digits). Paragraphs (text
// between blank or white-space-only lines) come out separated by one blank
// line; the output ends in "\n" when the input does. Idempotent.
// Thread-safe.
std::string JoinLines(std::string_view text);

}  // namespace baokan

#endif  // BAOKAN_NORMALIZE_H_
