// Dictionary words of a run of Chinese ideographs, as ICU's word
// BreakIterator cuts them, without the BreakIterator (docs/classify.md,
// "Prediction speed").
//
// For Han text ICU's word BreakIterator hands the whole run to its CJK
// dictionary engine: a shortest path over the run, where every word of its
// dictionary (cjdict, at most 20 characters) starting at a position is an
// edge costing the word's dictionary value, and a character that starts no
// one-character word is an edge of cost 255; ties keep the edge found first.
// Most of ICU's time goes into finding the first character of each word in
// the root of its dictionary trie, thousands of branches wide, once per
// position. HanWords walks the same trie (ICU's own data, read through
// ICU's public API) from a table of the trie's state after each first
// character, built once, and finds the same path. It accepts only runs of
// plain BMP ideographs (no kana, Hangul, 〇 or compatibility ideographs),
// where nothing but that engine decides; any other run is left to ICU.
// tokenize_test.cc checks it against the BreakIterator word for word.

#ifndef BAOKAN_SRC_CLASSIFY_HAN_WORDS_H_
#define BAOKAN_SRC_CLASSIFY_HAN_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/udata.h>

namespace baokan::classify {

class HanWords {
 public:
  // The process-wide instance (built on first use, thread-safe); nullptr
  // when ICU's Chinese dictionary cannot be opened.
  static const HanWords* Get();

  // Cuts `run` (UTF-8; starts[i] is the byte offset of its i-th code point)
  // into the words ICU's word BreakIterator would give it: on success
  // appends each word's end (a byte offset into run, the last one
  // run.size()) to *ends and returns true. Returns false, *ends untouched,
  // when some character of the run is not a plain BMP ideograph.
  // Thread-safe.
  bool Cut(std::string_view run, const std::vector<size_t>& starts,
           std::vector<size_t>* ends) const;

 private:
  HanWords() = default;
  ~HanWords();
  HanWords(const HanWords&) = delete;
  HanWords& operator=(const HanWords&) = delete;
  bool Load();

  // What the trie says after one character from its root.
  struct First {
    uint64_t state = 0;  // UCharsTrie::getState64(), to walk on from
    int32_t value = 0;   // the one-character word's cost, if it is a word
    uint8_t result = 0;  // UStringTrieResult of UCharsTrie::first()
    bool plain = false;  // a plain ideograph: runs of these are ours to cut
  };

  UDataMemory* data_ = nullptr;     // ICU's dictionary file, open while this lives
  const char16_t* trie_ = nullptr;  // ICU's dictionary trie (in data_)
  std::vector<First> first_;        // by code point - kFirstCodePoint
};

}  // namespace baokan::classify

#endif  // BAOKAN_SRC_CLASSIFY_HAN_WORDS_H_
