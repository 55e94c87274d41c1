// HanWords: ICU's shortest-path cut of Chinese runs over ICU's own
// dictionary, with the trie's first step looked up in a table (han_words.h).

#include "classify/han_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <limits>

namespace baokan::classify {
namespace {

// ICU's break-iterator data package and the dictionary its word
// BreakIterator uses for Han text (its "dictionaries" table: Hani ->
// cjdict.dict).
constexpr const char* kBreakData = U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr";
constexpr const char* kHanDictionary = "cjdict";
constexpr const char* kDictionaryType = "dict";

// The dictionary file's header: int32 indexes, the trie's offset first; its
// type word says the trie is of UTF-16 units and carries values; no
// transform (a transform maps code points to bytes for byte tries).
constexpr int kIndexTrieOffset = 0;
constexpr int kIndexTrieType = 4;
constexpr int kIndexTransform = 5;
constexpr int kIndexCount = 8;
constexpr int32_t kTrieTypeMask = 7;
constexpr int32_t kTrieTypeUChars = 1;
constexpr int32_t kTrieHasValues = 8;

// The ideographs HanWords cuts itself: CJK Unified Ideographs Extension A
// and the main block (U+3400..U+9FFF), those of them that are assigned
// letters of the Han script and that NFKC leaves alone.
constexpr char32_t kFirstCodePoint = 0x3400;
constexpr char32_t kEndCodePoint = 0xA000;

// ICU's CJK engine: words are at most 20 characters; a character that
// starts no one-character word costs 255 as a word of its own.
constexpr size_t kMaxWordChars = 20;
constexpr uint32_t kUnknownCharCost = 255;
constexpr uint32_t kUnreached = std::numeric_limits<uint32_t>::max();

UBool IsDictionary(void*, const char*, const char*, const UDataInfo* info) {
  return info->size >= 20 && info->isBigEndian == U_IS_BIG_ENDIAN &&
         info->charsetFamily == U_CHARSET_FAMILY && info->dataFormat[0] == 'D' &&
         info->dataFormat[1] == 'i' && info->dataFormat[2] == 'c' && info->dataFormat[3] == 't' &&
         info->formatVersion[0] == 1;
}

bool IsPlainIdeograph(UChar32 c, const icu::Normalizer2* nfkc) {
  UErrorCode err = U_ZERO_ERROR;
  return u_charType(c) == U_OTHER_LETTER && uscript_getScript(c, &err) == USCRIPT_HAN &&
         U_SUCCESS(err) && u_getIntPropertyValue(c, UCHAR_WORD_BREAK) == U_WB_OTHER &&
         nfkc->isInert(c);
}

}  // namespace

const HanWords* HanWords::Get() {
  static const HanWords* const instance = [] {
    auto* words = new HanWords();  // lives as long as the process
    if (words->Load()) return static_cast<const HanWords*>(words);
    delete words;
    return static_cast<const HanWords*>(nullptr);
  }();
  return instance;
}

HanWords::~HanWords() {
  if (data_ != nullptr) udata_close(data_);
}

bool HanWords::Load() {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  UDataMemory* file =
      udata_openChoice(kBreakData, kDictionaryType, kHanDictionary, IsDictionary, nullptr, &err);
  if (U_FAILURE(err) || nfkc == nullptr || file == nullptr) return false;
  const auto* indexes = static_cast<const int32_t*>(udata_getMemory(file));
  if (indexes[kIndexTrieOffset] < kIndexCount * static_cast<int32_t>(sizeof(int32_t)) ||
      (indexes[kIndexTrieType] & kTrieTypeMask) != kTrieTypeUChars ||
      (indexes[kIndexTrieType] & kTrieHasValues) == 0 || indexes[kIndexTransform] != 0) {
    udata_close(file);
    return false;
  }
  // The mapped data stays open as long as this object (for the process).
  data_ = file;
  trie_ = reinterpret_cast<const char16_t*>(reinterpret_cast<const char*>(indexes) +
                                            indexes[kIndexTrieOffset]);
  first_.resize(kEndCodePoint - kFirstCodePoint);
  icu::UCharsTrie trie(trie_);
  for (char32_t c = kFirstCodePoint; c < kEndCodePoint; ++c) {
    First& f = first_[c - kFirstCodePoint];
    f.plain = IsPlainIdeograph(static_cast<UChar32>(c), nfkc);
    const UStringTrieResult r = trie.first(static_cast<int32_t>(c));
    f.result = static_cast<uint8_t>(r);
    f.state = trie.getState64();
    if (USTRINGTRIE_HAS_VALUE(r)) f.value = trie.getValue();
  }
  return true;
}

bool HanWords::Cut(std::string_view run, const std::vector<size_t>& starts,
                   std::vector<size_t>* ends) const {
  const size_t n = starts.size();
  thread_local std::vector<char16_t> units;
  thread_local std::vector<const First*> firsts;
  units.clear();
  firsts.clear();
  for (size_t i = 0; i < n; ++i) {
    int32_t at = static_cast<int32_t>(starts[i]);
    UChar32 c;
    U8_NEXT(run.data(), at, static_cast<int32_t>(run.size()), c);
    if (c < static_cast<UChar32>(kFirstCodePoint) || c >= static_cast<UChar32>(kEndCodePoint)) {
      return false;
    }
    const First& f = first_[static_cast<size_t>(c) - kFirstCodePoint];
    if (!f.plain) return false;
    units.push_back(static_cast<char16_t>(c));
    firsts.push_back(&f);
  }
  // best[i]: the cost of the cheapest cut of the first i characters; prev[i]:
  // where its last word starts.
  thread_local std::vector<uint32_t> best;
  thread_local std::vector<size_t> prev;
  best.assign(n + 1, kUnreached);
  prev.assign(n + 1, 0);
  best[0] = 0;
  icu::UCharsTrie trie(trie_);
  auto relax = [&](size_t from, size_t chars, uint32_t cost) {
    const uint32_t total = best[from] + cost;
    if (total < best[from + chars]) {
      best[from + chars] = total;
      prev[from + chars] = from;
    }
  };
  for (size_t i = 0; i < n; ++i) {
    if (best[i] == kUnreached) continue;
    // The dictionary words starting at i, shortest first, as ICU's
    // dictionary matcher finds them.
    const First& f = *firsts[i];
    bool one_char_word = false;
    UStringTrieResult r = static_cast<UStringTrieResult>(f.result);
    if (USTRINGTRIE_HAS_VALUE(r)) {
      relax(i, 1, static_cast<uint32_t>(f.value));
      one_char_word = true;
    }
    if (USTRINGTRIE_MATCHES(r) && r != USTRINGTRIE_FINAL_VALUE) {
      trie.resetToState64(f.state);
      for (size_t j = i + 1; j < n && j - i < kMaxWordChars; ++j) {
        r = trie.next(static_cast<int32_t>(units[j]));
        if (USTRINGTRIE_HAS_VALUE(r)) {
          relax(i, j - i + 1, static_cast<uint32_t>(trie.getValue()));
          if (r == USTRINGTRIE_FINAL_VALUE) break;
        } else if (r == USTRINGTRIE_NO_MATCH) {
          break;
        }
      }
    }
    // ICU adds the unknown-character edge after the dictionary's words.
    if (!one_char_word) relax(i, 1, kUnknownCharCost);
  }
  const size_t first_end = ends->size();
  if (best[n] == kUnreached) {
    ends->push_back(run.size());
    return true;
  }
  for (size_t i = n; i > 0; i = prev[i]) ends->push_back(i < n ? starts[i] : run.size());
  std::reverse(ends->begin() + static_cast<std::ptrdiff_t>(first_end), ends->end());
  return true;
}

}  // namespace baokan::classify
