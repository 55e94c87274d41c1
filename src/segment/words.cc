#include "segment/words.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

#include "segment/chars.h"

namespace baokan::segment {
namespace {

// Characters that follow a number as its unit or measure word.
constexpr std::u32string_view kNumberUnits = U"万亿千百元角分%％个件台辆架人名位岁次倍年月日号时";

bool IsDigitOrLatin(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         (c >= U'０' && c <= U'９');
}

bool IsDigit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// One dictionary word iterator per thread (ICU's iterators are not
// thread-safe); nullptr when ICU cannot make one.
icu::BreakIterator* WordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iter;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode err = U_ZERO_ERROR;
    iter.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), err));
    if (U_FAILURE(err)) iter.reset();
  }
  return iter.get();
}

}  // namespace

bool LineBreakSplitsWord(std::string_view first, std::string_view second) {
  first = TrimSpace(first);
  second = TrimSpace(second);
  if (first.empty() || second.empty()) return false;
  size_t p = first.size();
  const char32_t last = PrevCodePoint(first, &p);
  p = 0;
  const char32_t next = NextCodePoint(second, &p);
  if (IsDigitOrLatin(last) && IsDigitOrLatin(next)) return true;
  if (IsDigit(last) && kNumberUnits.find(next) != std::u32string_view::npos) return true;
  if (!IsHan(last) || !IsHan(next)) return false;
  icu::BreakIterator* iter = WordIterator();
  if (iter == nullptr) return false;
  const icu::UnicodeString head = icu::UnicodeString::fromUTF8(
      icu::StringPiece(first.data(), static_cast<int32_t>(first.size())));
  icu::UnicodeString joined = head;
  joined.append(icu::UnicodeString::fromUTF8(
      icu::StringPiece(second.data(), static_cast<int32_t>(second.size()))));
  iter->setText(joined);
  return !iter->isBoundary(head.length());
}

}  // namespace baokan::segment
