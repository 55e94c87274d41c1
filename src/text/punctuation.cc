#include "text/punctuation.h"

#include <cstdint>

#include "base/char_class.h"
#include "base/utf8.h"

namespace baokan::text {
namespace {

enum class Kind : uint8_t { kSpace, kPunct, kCjk, kAlnum, kOther, kBoundary };

inline Kind Classify(char32_t c) {
  if (c < 0x80) {
    if (c == ' ' || c == '\t') return Kind::kSpace;
    if (IsAsciiAlnum(c)) return Kind::kAlnum;
    return IsPunctuation(c) ? Kind::kPunct : Kind::kOther;
  }
  if (c >= 0x4E00 && c <= 0x9FFF) return Kind::kCjk;
  if (IsFoldedSpace(c)) return Kind::kSpace;
  if (IsPunctuation(c)) return Kind::kPunct;
  return IsCjk(c) ? Kind::kCjk : Kind::kOther;
}

// The ASCII form of a context-decided punctuation mark, or 0.
char32_t AsciiForm(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF1F) c -= 0xFEE0;
  switch (c) {
    case ',':
    case ':':
    case ';':
    case '?':
    case '!':
    case '(':
    case ')':
      return c;
    default:
      return 0;
  }
}

bool IsSkipped(Kind kind) { return kind == Kind::kSpace || kind == Kind::kPunct; }

// The kind of the first character at or after line[pos] that is not
// skipped (white space and punctuation; with past_alnum, ASCII letters and
// digits too), or kBoundary at the end; *found is its offset.
Kind ContextAfter(std::string_view line, size_t pos, bool past_alnum, size_t* found) {
  while (pos < line.size()) {
    const size_t start = pos;
    const Kind kind = Classify(NextCodePoint(line, &pos));
    if (!IsSkipped(kind) && !(past_alnum && kind == Kind::kAlnum)) {
      *found = start;
      return kind;
    }
  }
  *found = line.size();
  return Kind::kBoundary;
}

// Looks ahead in one line, remembering the answer: the context stays the
// same for every mark before the character it names.
class Lookahead {
 public:
  Lookahead(std::string_view line, bool past_alnum) : line_(line), past_alnum_(past_alnum) {}
  Kind At(size_t pos) {
    if (!known_ || pos > at_) {
      kind_ = ContextAfter(line_, pos, past_alnum_, &at_);
      known_ = true;
    }
    return kind_;
  }

 private:
  std::string_view line_;
  bool past_alnum_;
  bool known_ = false;
  size_t at_ = 0;
  Kind kind_ = Kind::kBoundary;
};

// The form of mark `c` (ASCII form `ascii`) between contexts `left` and
// `right`; `far_left` / `far_right` are the contexts past a run of ASCII
// letters and digits, consulted when the other side is the line's end.
char32_t Decide(char32_t c, char32_t ascii, Kind left, Kind right, Kind far_left,
                Lookahead* far_right, size_t pos) {
  if (left == Kind::kCjk || right == Kind::kCjk) return FullWidthPunctuation(ascii);
  if (left == Kind::kAlnum && right == Kind::kAlnum) return ascii;
  if (left == Kind::kAlnum && right == Kind::kBoundary) {
    return far_left == Kind::kCjk ? FullWidthPunctuation(ascii) : ascii;
  }
  if (left == Kind::kBoundary && right == Kind::kAlnum) {
    return far_right->At(pos) == Kind::kCjk ? FullWidthPunctuation(ascii) : ascii;
  }
  return c;
}

}  // namespace

char32_t FullWidthPunctuation(char32_t ascii) {
  return AsciiForm(ascii) == ascii && ascii < 0x80 && ascii != 0 ? ascii + 0xFEE0 : 0;
}

void CleanLine(std::string_view line, std::string* out) {
  Kind left = Kind::kBoundary;      // nearest non-skipped kind before
  Kind far_left = Kind::kBoundary;  // the same, also skipping ASCII alnum
  Lookahead right(line, /*past_alnum=*/false);
  Lookahead far_right(line, /*past_alnum=*/true);
  size_t run = 0;        // line[run, start) is copied unchanged when flushed
  bool in_space = true;  // after the line's start or white space
  bool pending_space = false;
  size_t i = 0;
  while (i < line.size()) {
    const size_t start = i;
    const char32_t c = NextCodePoint(line, &i);
    const Kind kind = Classify(c);
    if (kind == Kind::kSpace) {
      if (!in_space) {
        out->append(line.substr(run, start - run));
        pending_space = true;
        in_space = true;
      }
      run = i;
      continue;
    }
    if (in_space) {
      if (pending_space) out->push_back(' ');
      pending_space = false;
      in_space = false;
    }
    const char32_t ascii = kind == Kind::kPunct ? AsciiForm(c) : 0;
    if (ascii == 0) {
      if (kind != Kind::kPunct) {
        left = kind;
        if (kind != Kind::kAlnum) far_left = kind;
      }
      continue;
    }
    const char32_t form = Decide(c, ascii, left, right.At(i), far_left, &far_right, i);
    if (form != c) {
      out->append(line.substr(run, start - run));
      AppendUtf8(form, out);
      run = i;
    }
  }
  if (!in_space) out->append(line.substr(run));
}

}  // namespace baokan::text
