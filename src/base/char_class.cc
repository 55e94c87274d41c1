#include "base/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdint>

namespace baokan {
namespace {

struct RadicalMapping {
  char32_t radical;
  char32_t ideograph;
};

constexpr RadicalMapping kRadicals[] = {
#include "base/radical_table.inc"
};

constexpr char32_t kRadicalFirst = 0x2E80;
constexpr char32_t kRadicalLast = 0x2FDF;

using RadicalArray = std::array<char32_t, kRadicalLast - kRadicalFirst + 1>;

constexpr RadicalArray MakeRadicalArray() {
  RadicalArray a{};
  for (const RadicalMapping& m : kRadicals) a[m.radical - kRadicalFirst] = m.ideograph;
  return a;
}

constexpr RadicalArray kRadicalArray = MakeRadicalArray();

constexpr bool AsciiPunct(char32_t c) {
  // Pc, Pd, Ps, Pe, Po in ASCII; $ + < = > ^ ` | ~ are symbols (S*).
  switch (c) {
    case '!':
    case '"':
    case '#':
    case '%':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case ',':
    case '-':
    case '.':
    case '/':
    case ':':
    case ';':
    case '?':
    case '@':
    case '[':
    case '\\':
    case ']':
    case '_':
    case '{':
    case '}':
      return true;
    default:
      return false;
  }
}

constexpr uint32_t kMatchDroppedMask =
    U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_CC_MASK | U_GC_CF_MASK;

}  // namespace

bool IsCjkLetter(char32_t c) {
  if (c == 0x3007) return true;  // 〇
  UErrorCode err = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &err);
  if (U_FAILURE(err)) return false;
  switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
    case USCRIPT_HANGUL:
    case USCRIPT_BOPOMOFO:
      return u_isalpha(c) || u_charType(c) == U_OTHER_LETTER;
    default:
      return false;
  }
}

bool IsPunctuation(char32_t c) {
  if (c < 0x80) return AsciiPunct(c);
  if (c >= 0x4E00 && c <= 0x9FFF) return false;
  return (U_GET_GC_MASK(c) & U_GC_P_MASK) != 0;
}

bool IsFoldedSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t';
  if (c >= 0x4E00 && c <= 0x9FFF) return false;
  return u_charType(c) == U_SPACE_SEPARATOR;
}

bool IsDeleted(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f';
  if (c < 0x7F) return false;
  if (c <= 0x9F) return c != 0x85;  // DEL and C1 controls; NEL is a space
  if (c < 0x180E) return c == 0x00AD;
  return c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool IsWide(char32_t c) {
  if (c < 0x80) return false;
  if (c >= 0x4E00 && c <= 0x9FFF) return true;
  const int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  if (width == U_EA_WIDE || width == U_EA_FULLWIDTH) return true;
  return width == U_EA_AMBIGUOUS && (U_GET_GC_MASK(c) & U_GC_P_MASK) != 0;
}

bool IsPictographic(char32_t c) {
  return c >= 0xA9 && u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC);
}

char32_t RadicalEquivalent(char32_t c) {
  if (c < kRadicalFirst || c > kRadicalLast) return 0;
  return kRadicalArray[c - kRadicalFirst];
}

bool IsMatchDropped(char32_t c) {
  if (c < 0x80) {
    return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }
  if (c >= 0x4E00 && c <= 0x9FFF) return false;
  return (U_GET_GC_MASK(c) & kMatchDroppedMask) != 0;
}

}  // namespace baokan
