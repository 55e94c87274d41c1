// Traditional -> simplified folding of single characters, for the form dedup
// compares (private to dedup). The table is generated from OpenCC's
// character data by scripts/gen_fold_table.py (src/dedup/fold_table.inc).

#ifndef BAOKAN_SRC_DEDUP_FOLD_H_
#define BAOKAN_SRC_DEDUP_FOLD_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace baokan::dedup {

// The simplified form of code point c (臺 -> 台, 後 -> 后, 裡 -> 里), or c
// itself when the table does not list it. Idempotent: Fold(Fold(c)) ==
// Fold(c). Thread-safe.
char32_t Fold(char32_t c);

// The CJK Unified Ideographs U+4E00..U+9FFF, where most Chinese text lives.
inline constexpr char32_t kUnifiedFirst = 0x4E00;
inline constexpr char32_t kUnifiedLast = 0x9FFF;

// The fold of the CJK Unified Ideographs, built on first use (the pointers
// stay valid; thread-safe):
//   table[c - kUnifiedFirst] is Fold(c);
//   bit (c - kUnifiedFirst) of bits (64 to a word, lowest first) is set when
//   Fold(c) != c: a 2.6 KB bitmap that stays in the L1 cache, where the table
//   (82 KB) would not, so that simplified text (few bits set) pays one test.
struct UnifiedFold {
  const char32_t* table;
  const uint64_t* bits;
  bool Changes(char32_t c) const {
    const uint32_t at = static_cast<uint32_t>(c - kUnifiedFirst);
    return (bits[at >> 6] >> (at & 63)) & 1u;
  }
};
UnifiedFold UnifiedFoldTables();

// Returns `utf8` with every code point replaced by Fold() of it. Requires
// valid UTF-8 (as MatchForm returns).
std::string FoldText(std::string_view utf8);

}  // namespace baokan::dedup

#endif  // BAOKAN_SRC_DEDUP_FOLD_H_
