// The character classes of baokan, one definition each, shared by every
// stage. Each is named for the set it holds; a stage picks the one its rule
// needs (the splitter and the region tagger ask IsHan, the normalizer IsCjk,
// the tokenizer IsCjkLetter).

#ifndef BAOKAN_SRC_BASE_CHAR_CLASS_H_
#define BAOKAN_SRC_BASE_CHAR_CLASS_H_

namespace baokan {

// Han ideographs: the unified ideographs and their extensions A to H, the
// compatibility ideographs, and 〇 (U+3007, the ideographic zero of 二〇二四).
// Not 々, kana or radicals.
inline bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x323AF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

// Han ideographs (unified, extensions, compatibility), 〇 々 〆, kana,
// Hangul, Bopomofo and the radical blocks: the characters of CJK text that
// are not punctuation.
inline bool IsCjk(char32_t c) {
  if (c < 0x1100) return false;
  if (c >= 0x4E00 && c <= 0x9FFF) return true;  // the common case first
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x323AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F) ||
         (c >= 0x3005 && c <= 0x3007) || c == 0x303B || (c >= 0x3041 && c <= 0x309F) ||
         (c >= 0x30A1 && c <= 0x30FA) || (c >= 0x30FC && c <= 0x30FF) ||
         (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) ||
         (c >= 0x3100 && c <= 0x312F) || (c >= 0x31A0 && c <= 0x31BF) ||
         (c >= 0x2E80 && c <= 0x2FDF);
}

// Letters of a CJK script as Unicode assigns them: the letters (L*) of the
// Han, Hiragana, Katakana, Hangul and Bopomofo scripts, and 〇. Unlike IsCjk,
// not the radicals (symbols), nor ー, 〆 or the kana voicing marks (scripts
// Common and Inherited): the tokenizer's rule for a character that stands
// alone as a token.
bool IsCjkLetter(char32_t c);

inline bool IsAsciiAlnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Unicode general category P* (punctuation). ASCII answers from a table.
bool IsPunctuation(char32_t c);

// White space folded to one ASCII space: tab, and Zs (U+0020, U+00A0,
// U+3000, U+2000..U+200A ...).
bool IsFoldedSpace(char32_t c);

// Characters Normalize deletes: zero-width and bidi format characters, the
// soft hyphen, U+FEFF, and C0/C1 controls other than tab and line ends.
// (U+200D ZERO WIDTH JOINER inside an emoji sequence is kept by the caller.)
bool IsDeleted(char32_t c);

// Characters set in the full width of a CJK character: East Asian Width
// W or F, and the ambiguous-width punctuation Chinese text uses (“ ” ‘ ’ …
// — ·). Lines ending or starting with one are joined without a space.
bool IsWide(char32_t c);

// Emoji and other pictographs (Extended_Pictographic).
bool IsPictographic(char32_t c);

// The unified ideograph a CJK radical (U+2E80..U+2FDF) looks like, or 0.
char32_t RadicalEquivalent(char32_t c);

// True for categories MatchForm drops: P*, S*, Z*, Cc, Cf.
bool IsMatchDropped(char32_t c);

}  // namespace baokan

#endif  // BAOKAN_SRC_BASE_CHAR_CLASS_H_
