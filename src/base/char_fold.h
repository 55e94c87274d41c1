// Traditional -> simplified folding of single characters, for the forms that
// compare or analyse text (dedup, split). The table is generated from OpenCC's
// character data by scripts/gen_fold_table.py (src/base/fold_table.inc).

#ifndef BAOKAN_SRC_BASE_CHAR_FOLD_H_
#define BAOKAN_SRC_BASE_CHAR_FOLD_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace baokan {

// The simplified form of code point c (臺 -> 台, 後 -> 后, 裡 -> 里), or c
// itself when the table does not list it. Idempotent: FoldChar(FoldChar(c)) ==
// FoldChar(c). Thread-safe.
char32_t FoldChar(char32_t c);

// The CJK Unified Ideographs U+4E00..U+9FFF, where most Chinese text lives.
inline constexpr char32_t kUnifiedFirst = 0x4E00;
inline constexpr char32_t kUnifiedLast = 0x9FFF;

// The fold of the CJK Unified Ideographs, built on first use (the pointers
// stay valid; thread-safe):
//   table[c - kUnifiedFirst] is FoldChar(c);
//   bit (c - kUnifiedFirst) of bits (64 to a word, lowest first) is set when
//   FoldChar(c) != c: a 2.6 KB bitmap that stays in the L1 cache, where the table
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

// Returns `utf8` with every code point replaced by FoldChar() of it. Requires
// valid UTF-8 (as MatchForm returns).
std::string FoldText(std::string_view utf8);

// `text` folded keeping every byte offset, or nullopt when folding changes
// nothing: a code point is replaced by FoldChar() of it only when both are
// encoded in the same number of bytes (nearly all: 後 -> 后, 報 -> 报; a fold
// into a supplementary plane is left out); invalid sequences stay as they
// are. For analyses that read the folded text and report spans of the
// original. Costs one pass over simplified text, without a copy.
std::optional<std::string> FoldKeepingOffsets(std::string_view text);

}  // namespace baokan

#endif  // BAOKAN_SRC_BASE_CHAR_FOLD_H_
