// Normalize and MatchForm: three passes over the text.
//   1. Prepare (here): invalid UTF-8 -> U+FFFD, line ends -> "\n", deleted
//      characters dropped, radicals mapped. Dropping comes first so that
//      NFKC sees the characters that end up side by side.
//   2. NFKC, except for the characters KeptFromNfkc (icu_forms.cc);
//      skipped when pass 1 saw only characters NFKC leaves alone (most
//      Chinese text: ideographs, ASCII, CJK punctuation).
//   3. CleanLine (punctuation.cc): spaces folded and trimmed, the
//      context-decided punctuation set in its ASCII or full-width form.
// join_lines runs after 2 (and NFKC again after it), simplified after 3.

#include "baokan/normalize.h"

#include "base/char_class.h"
#include "text/icu_forms.h"
#include "text/punctuation.h"
#include "text/simplifier.h"
#include "base/utf8.h"

namespace baokan {
namespace {


// A ZERO WIDTH JOINER is kept only inside an emoji sequence: after a
// pictograph (or its variation selector or skin-tone modifier) already in
// `out`, and before another pictograph at in[after].
bool JoinsEmoji(std::string_view out, std::string_view in, size_t after) {
  if (out.empty() || after >= in.size()) return false;
  size_t p = out.size();
  const char32_t prev = PrevCodePoint(out, &p);
  size_t q = after;
  const char32_t next = NextCodePoint(in, &q);
  const bool prev_ok =
      IsPictographic(prev) || prev == 0xFE0F || (prev >= 0x1F3FB && prev <= 0x1F3FF);
  return prev_ok && IsPictographic(next);
}

// Breaks that are not line ends here: they become a space.
bool IsSpaceBreak(char32_t c) {
  return c == '\v' || c == '\f' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Pass 1. Copies `in` to *out, changing only what must change. Returns
// false when the result is sure to come out of pass 2 unchanged.
bool Prepare(std::string_view in, std::string* out) {
  const uint64_t* inert = text::NfkcInertBits();
  bool needs_nfkc = false;
  out->reserve(out->size() + in.size());
  size_t copied = 0;  // in[copied, i) is still to be copied unchanged
  size_t i = 0;
  const size_t n = in.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(in[i]);
    if (b >= 0x20 && b < 0x7F) {
      ++i;
      continue;
    }
    const size_t start = i;
    bool valid = true;
    const char32_t c = NextCodePoint(in, &i, &valid);
    needs_nfkc |= !text::IsNfkcInert(inert, c);
    if (valid && (c >= 0x3000 ? c != 0xFEFF
                              : c != '\r' && !IsSpaceBreak(c) && !IsDeleted(c) &&
                                    RadicalEquivalent(c) == 0)) {
      continue;  // the common case: a character kept as it is
    }
    out->append(in.substr(copied, start - copied));
    copied = i;
    if (!valid) {
      AppendUtf8(kReplacementChar, out);
    } else if (c == '\r') {
      out->push_back('\n');
      if (i < n && in[i] == '\n') copied = ++i;
    } else if (IsSpaceBreak(c)) {
      out->push_back(' ');
    } else if (IsDeleted(c)) {
      if (c == 0x200D && JoinsEmoji(*out, in, i)) {
        out->append(in.substr(start, i - start));
      }
    } else {
      AppendUtf8(RadicalEquivalent(c), out);
    }
  }
  out->append(in.substr(copied));
  return needs_nfkc;
}

// A text longer than this is normalized a piece of whole lines at a time.
// Every pass but join_lines reads within a line (pass 1 turns "\r\n" into
// one line end, and a piece ends after a "\n"; no NFKC composition and no
// OpenCC phrase spans a line end), so the pieces give the bytes the whole
// text gives, and the passes' copies are of a piece, not of the text.
constexpr size_t kPieceBytes = size_t{1} << 20;

// The passes over one text at once.
std::string NormalizeAtOnce(std::string_view text, const NormalizeOptions& options) {
  std::string prepared;
  std::string nfkc;
  const bool needs_nfkc = Prepare(text, &prepared);
  if (needs_nfkc) {
    text::AppendNfkc(prepared, &nfkc);
  } else {
    nfkc.swap(prepared);
  }
  if (options.join_lines) {
    // Joined after NFKC, so that ＡＢＣ and ABC join alike; NFKC once more,
    // as a join can put a combining mark after its base character (text of
    // NFKC-inert characters stays so when joined).
    std::string joined = JoinLines(nfkc);
    nfkc.clear();
    if (needs_nfkc) {
      text::AppendNfkc(joined, &nfkc);
    } else {
      nfkc.swap(joined);
    }
  }
  std::string out;
  out.reserve(nfkc.size());
  std::string_view rest = nfkc;
  for (;;) {
    const size_t end = rest.find('\n');
    const size_t line_start = out.size();
    text::CleanLine(rest.substr(0, end), &out);
    text::CollapseLetterSpacing(&out, line_start);
    if (end == std::string_view::npos) break;
    out.push_back('\n');
    rest.remove_prefix(end + 1);
  }
  if (options.simplified) out = text::ToSimplified(out);
  return out;
}

}  // namespace

std::string Normalize(std::string_view text, const NormalizeOptions& options) {
  if (options.join_lines || text.size() <= kPieceBytes) return NormalizeAtOnce(text, options);
  std::string out;
  // Room for the text grown by a quarter (an ASCII comma turned full-width
  // takes three bytes): growing a long string past its room copies it.
  out.reserve(text.size() + text.size() / 4);
  while (!text.empty()) {
    const size_t line_end = text.find('\n', kPieceBytes);
    const size_t end = line_end == std::string_view::npos ? text.size() : line_end + 1;
    out += NormalizeAtOnce(text.substr(0, end), options);
    text.remove_prefix(end);
  }
  return out;
}

Status SimplifiedConversionStatus() { return text::SimplifierStatus(); }

std::string MatchForm(std::string_view text) {
  // Pass 3 only sets white space and punctuation, which this drops anyway:
  // passes 1 and 2 give the same letters, digits and ideographs.
  std::string prepared;
  std::string normal;
  if (Prepare(text, &prepared)) {
    text::AppendNfkc(prepared, &normal);
  } else {
    normal.swap(prepared);
  }
  std::string out;
  out.reserve(normal.size());
  size_t run = 0;  // normal[run, start) is kept
  size_t i = 0;
  while (i < normal.size()) {
    const size_t start = i;
    const char32_t c = NextCodePoint(normal, &i);
    if ((c >= 0x4E00 && c <= 0x9FFF) || !IsMatchDropped(c)) continue;
    out.append(normal, run, start - run);
    run = i;
  }
  out.append(normal, run, std::string::npos);
  return out;
}

}  // namespace baokan
