// Pass 3 of Normalize: spaces and context-decided punctuation in one line
// (private to src/text).

#ifndef BAOKAN_SRC_TEXT_PUNCTUATION_H_
#define BAOKAN_SRC_TEXT_PUNCTUATION_H_

#include <string>
#include <string_view>

namespace baokan::text {

// Appends `line` (valid UTF-8, no "\n") to *out with
//  - every run of white space (tab, Zs) made one ASCII space, and none at
//    either end of the line;
//  - each of , : ; ? ! ( ) and ，：；？！（） set by its context: the
//    nearest character on each side in the line that is neither punctuation
//    (P*) nor white space, or the line's end. If either is CJK (IsCjk) ->
//    the full-width form; if both are ASCII letters or digits -> the ASCII
//    form; if one is an ASCII letter or digit and the other the line's end,
//    the run of ASCII letters and digits decides: the full-width form if the
//    first character past it (skipping punctuation and spaces too) is CJK,
//    else ASCII ("（2023—2027年）" at a line start, but "Really?"); in every
//    other case the mark is left as it is.
// The context skips punctuation, so the result does not depend on how the
// other punctuation of the line was written: CleanLine is idempotent.
void CleanLine(std::string_view line, std::string* out);

// Removes the spaces between wide characters (IsWide) in (*text)[from, end)
// when the line is letter-spaced: a justified line that an extraction
// printed with a space after every character ("江 苏 厚 生 重 庆 基 地"), i.e.
// at least four pairs of wide characters one space apart making at least 80 %
// of its pairs of neighbouring wide characters. Other lines (a byline's
// "记者 张三 李四") are left alone. Idempotent.
void CollapseLetterSpacing(std::string* text, size_t from);

// The full-width form of one of , : ; ? ! ( ) (U+FF01.. block), or 0 for
// any other character.
char32_t FullWidthPunctuation(char32_t ascii);

}  // namespace baokan::text

#endif  // BAOKAN_SRC_TEXT_PUNCTUATION_H_
