// JoinLines: paragraphs from layout lines.

#include <vector>

#include "baokan/normalize.h"
#include "base/char_class.h"
#include "base/utf8.h"

namespace baokan {
namespace {

bool IsTrimmed(char32_t c) { return c == '\r' || c == '\v' || c == '\f' || IsFoldedSpace(c); }

std::string_view Trim(std::string_view line) {
  size_t begin = 0;
  while (begin < line.size()) {
    size_t next = begin;
    if (!IsTrimmed(NextCodePoint(line, &next))) break;
    begin = next;
  }
  size_t end = line.size();
  while (end > begin) {
    size_t prev = end;
    if (!IsTrimmed(PrevCodePoint(line, &prev))) break;
    end = prev;
  }
  return line.substr(begin, end - begin);
}

bool IsAsciiLetter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// What goes between a line ending in `before` and the next line: nothing
// after or before a wide (CJK) character or after a hyphen that breaks a
// Latin word; one space otherwise.
std::string_view Separator(std::string_view before, std::string_view after) {
  size_t p = before.size();
  const char32_t last = PrevCodePoint(before, &p);
  size_t q = 0;
  const char32_t first = NextCodePoint(after, &q);
  if (IsWide(last) || IsWide(first)) return "";
  if (last == '-' && p > 0 && IsAsciiLetter(static_cast<unsigned char>(before[p - 1])) &&
      first >= 'a' && first <= 'z') {
    return "";
  }
  return " ";
}

}  // namespace

std::string JoinLines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_paragraph = false;  // the last line written belongs to an open paragraph
  std::string_view previous;  // that line, trimmed
  std::string_view rest = text;
  while (!rest.empty()) {
    const size_t end = rest.find('\n');
    const std::string_view line = Trim(rest.substr(0, end));
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    if (line.empty()) {
      in_paragraph = false;
      continue;
    }
    if (in_paragraph) {
      out.append(Separator(previous, line));
    } else if (!out.empty()) {
      out.append("\n\n");
    }
    out.append(line);
    previous = line;
    in_paragraph = true;
  }
  if (!out.empty() && !text.empty() && text.back() == '\n') out.push_back('\n');
  return out;
}

}  // namespace baokan
