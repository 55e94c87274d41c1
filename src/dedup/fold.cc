#include "dedup/fold.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "base/utf8.h"

namespace baokan::dedup {
namespace {

struct FoldPair {
  char32_t from;
  char32_t to;
};

constexpr FoldPair kFoldPairs[] = {
#include "dedup/fold_table.inc"
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
    for (size_t i = 0; i < kUnifiedCount; ++i) t->table[i] = kUnifiedFirst + static_cast<char32_t>(i);
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

char32_t Fold(char32_t c) {
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
    const char32_t f = Fold(c);
    if (f == c) {
      out.append(utf8, start, i - start);
    } else {
      AppendUtf8(f, &out);
    }
  }
  return out;
}

}  // namespace baokan::dedup
