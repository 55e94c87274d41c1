#include "dedup/shingle.h"

#include <algorithm>

#include "baokan/dedup.h"
#include "dedup/even_sort.h"

namespace baokan {

namespace {
constexpr std::string_view kZhaiZi = "摘自";
constexpr std::string_view kOpen = "《";
constexpr std::string_view kClose = "》";

bool IsTrailingSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsTrailingSpace(s.back())) s.remove_suffix(1);
  // U+3000 ideographic space (E3 80 80).
  while (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") {
    s.remove_suffix(3);
    while (!s.empty() && IsTrailingSpace(s.back())) s.remove_suffix(1);
  }
  return s;
}
}  // namespace

std::string_view ComparableText(std::string_view text, std::string* trailer_source) {
  std::string_view body = TrimRight(text);
  // Optional closing punctuation after the bracket: 摘自《X》。 or (摘自《X》)
  std::string_view rest = body;
  for (std::string_view tail : {"。", ".", "）", ")", "】"}) {
    if (rest.size() >= tail.size() && rest.substr(rest.size() - tail.size()) == tail) {
      rest.remove_suffix(tail.size());
      break;
    }
  }
  if (rest.size() < kClose.size() || rest.substr(rest.size() - kClose.size()) != kClose) {
    return text;
  }
  const size_t open = rest.rfind(kOpen);
  if (open == std::string_view::npos) return text;
  std::string_view before = TrimRight(rest.substr(0, open));
  if (before.size() < kZhaiZi.size() ||
      before.substr(before.size() - kZhaiZi.size()) != kZhaiZi) {
    return text;
  }
  const std::string_view paper = rest.substr(open + kOpen.size(),
                                             rest.size() - kClose.size() - open - kOpen.size());
  // A paper's name is short and on one line; anything else is not a trailer.
  if (paper.empty() || paper.size() > 60 || paper.find('\n') != std::string_view::npos) {
    return text;
  }
  if (trailer_source != nullptr) trailer_source->assign(paper);
  before.remove_suffix(kZhaiZi.size());
  before = TrimRight(before);
  // An opening bracket of (摘自《X》) goes too.
  for (std::string_view lead : {"（", "(", "【"}) {
    if (before.size() >= lead.size() && before.substr(before.size() - lead.size()) == lead) {
      before.remove_suffix(lead.size());
      break;
    }
  }
  return TrimRight(before);
}

namespace dedup {
namespace {
// ShingleSetInto's sorting memory is let go after a text of more shingles.
constexpr size_t kScratchKeep = size_t{1} << 20;
}  // namespace

std::vector<uint32_t> ShingleSet(std::string_view text, int k, uint64_t seed) {
  std::vector<uint32_t> set;
  ShingleSetInto(text, k, seed, &set);
  return set;
}

void ShingleSetInto(std::string_view text, int k, uint64_t seed, std::vector<uint32_t>* set) {
  set->clear();
  ForEachShingle(text, k, seed, [set](uint64_t h) { set->push_back(ShingleKey(h)); });
  thread_local std::vector<uint32_t> scratch;
  SortEvenly(set, [](uint32_t key) { return uint64_t{key} << 32; }, &scratch);
  if (scratch.capacity() > kScratchKeep) scratch = std::vector<uint32_t>();  // a huge text's
  set->erase(std::unique(set->begin(), set->end()), set->end());
}

size_t IntersectionSize(std::span<const uint32_t> a, std::span<const uint32_t> b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

}  // namespace dedup
}  // namespace baokan
