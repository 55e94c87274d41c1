#include "base/char_fold.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "base/utf8.h"

namespace baokan {
namespace {

struct FoldPair {
  char32_t from;
  char32_t to;
};

constexpr FoldPair kFoldPairs[] = {
#include "base/fold_table.inc"
};

constexpr size_t kUnifiedCount = kUnifiedLast - kUnifiedFirst + 1;

struct Tables {
  std::array<char32_t, kUnifiedCount> table;
  std::array<uint64_t, (kUnifiedCount + 63) / 64> bits;
};

// The fold of every CJK Unified Ideograph, built once from kFoldPairs.
const Tables& UnifiedTables() {
  static const auto* tables = [] {
    auto* t = new Tables();
    for (size_t i = 0; i < kUnifiedCount; ++i)
      t->table[i] = kUnifiedFirst + static_cast<char32_t>(i);
    t->bits.fill(0);
    for (const FoldPair& p : kFoldPairs) {
      if (p.from < kUnifiedFirst || p.from > kUnifiedLast) continue;
      const size_t at = p.from - kUnifiedFirst;
      t->table[at] = p.to;
      t->bits[at >> 6] |= uint64_t{1} << (at & 63);
    }
    return t;
  }();
  return *tables;
}

}  // namespace

UnifiedFold UnifiedFoldTables() {
  const Tables& t = UnifiedTables();
  return {t.table.data(), t.bits.data()};
}

char32_t FoldChar(char32_t c) {
  if (c >= kUnifiedFirst && c <= kUnifiedLast) return UnifiedTables().table[c - kUnifiedFirst];
  const auto* it = std::lower_bound(std::begin(kFoldPairs), std::end(kFoldPairs), c,
                                    [](const FoldPair& p, char32_t x) { return p.from < x; });
  return it != std::end(kFoldPairs) && it->from == c ? it->to : c;
}

std::string FoldText(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    const size_t start = i;
    const char32_t c = NextCodePoint(utf8, &i);
    const char32_t f = FoldChar(c);
    if (f == c) {
      out.append(utf8, start, i - start);
    } else {
      AppendUtf8(f, &out);
    }
  }
  return out;
}

namespace {

// The CJK Extension A block, where the only other folding characters of the
// Basic Multilingual Plane are (U+346E 㑮 ...).
constexpr char32_t kExtensionAFirst = 0x3400;
constexpr char32_t kExtensionALast = 0x4DBF;

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// The folds of one same-length code point replaced in *out (copied from
// `text` on the first).
void ReplaceAt(std::string_view text, size_t at, char32_t folded, std::optional<std::string>* out) {
  if (!*out) out->emplace(text);
  std::string bytes;
  AppendUtf8(folded, &bytes);
  (*out)->replace(at, bytes.size(), bytes);
}

}  // namespace

std::optional<std::string> FoldKeepingOffsets(std::string_view text) {
  const UnifiedFold fold = UnifiedFoldTables();
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  std::optional<std::string> out;
  for (size_t i = 0; i < n;) {
    // ASCII, 2-byte sequences and stray bytes hold no Han character.
    if (s[i] < 0xE0) {
      ++i;
      continue;
    }
    if (s[i] < 0xF0) {
      if (i + 2 >= n || !IsContinuation(s[i + 1]) || !IsContinuation(s[i + 2])) {
        ++i;
        continue;
      }
      const char32_t c =
          (char32_t{s[i] & 0x0Fu} << 12) | (char32_t{s[i + 1] & 0x3Fu} << 6) | (s[i + 2] & 0x3Fu);
      char32_t f = c;
      if (c >= kUnifiedFirst && c <= kUnifiedLast) {
        if (fold.Changes(c)) f = fold.table[c - kUnifiedFirst];
      } else if (c >= kExtensionAFirst && c <= kExtensionALast) {
        f = FoldChar(c);
      }
      // A fold into the supplementary planes would need 4 bytes.
      if (f != c && f >= 0x800 && f < 0x10000) ReplaceAt(text, i, f, &out);
      i += 3;
      continue;
    }
    // Supplementary planes (rare): the general decoder.
    size_t next = i;
    bool valid = true;
    const char32_t c = NextCodePoint(text, &next, &valid);
    if (valid) {
      const char32_t f = FoldChar(c);
      if (f != c && f >= 0x10000) ReplaceAt(text, i, f, &out);
    }
    i = next;
  }
  return out;
}

}  // namespace baokan
