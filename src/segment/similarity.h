// Word overlap between short texts (private to src/segment): which body a
// headline belongs to, where a body shared by two articles divides.

#ifndef BAOKAN_SRC_SEGMENT_SIMILARITY_H_
#define BAOKAN_SRC_SEGMENT_SIMILARITY_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "base/char_class.h"
#include "base/utf8.h"

namespace baokan::segment {

// Calls `fn(key)` for every bigram of `text`'s letters and digits (Han,
// Latin, digits; punctuation and spaces skipped), in text order, with
// repeats. `*prev` is the last letter or digit before `text` (0 for none)
// and is left at the last one of `text`, so that a text given piece by
// piece yields the bigrams of the whole. The key of bigram (a, b) is
// a << 32 | b.
template <typename Fn>
void ForEachBigram(std::string_view text, char32_t* prev, Fn&& fn);

// The distinct character bigrams of a text's letters and digits (Han, Latin,
// digits; punctuation and spaces dropped), sorted.
class Bigrams {
 public:
  Bigrams() = default;
  explicit Bigrams(std::string_view text);
  size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }
  // How many of this set's bigrams `other` holds.
  size_t CountIn(const Bigrams& other) const;
  // How many of this set's bigrams occur in `text` (scans the text once).
  size_t CountIn(std::string_view text) const;
  // The position of `key` in the set, or size() when absent.
  size_t Find(uint64_t key) const;
  // The bigrams, as BigramKey()s, sorted and distinct.
  const std::vector<uint64_t>& keys() const { return keys_; }

 private:
  std::vector<uint64_t> keys_;
};

// How many bigrams of a set occur in a text given piece by piece: fed the
// pieces of a text one after another, it counts what CountIn counts on
// their concatenation, so that the containment of every prefix of a long
// text costs one scan of it in all.
class BigramCounter {
 public:
  explicit BigramCounter(const Bigrams& set);
  // Goes on with `text`, as if appended to what was fed so far.
  void Feed(std::string_view text);
  size_t count() const { return count_; }
  // count() / the set's size, in [0, 1]; 0 for an empty set.
  double Containment() const;

 private:
  const Bigrams& set_;
  std::vector<bool> found_;
  size_t count_ = 0;
  char32_t prev_ = 0;  // the last letter or digit fed
};

// The share of `a`'s bigrams found in `b`, in [0, 1]; 0 when `a` has none.
double Containment(const Bigrams& a, const Bigrams& b);
// The share of `a`'s bigrams found in `text`; cheaper than building the
// bigrams of a long text.
double Containment(const Bigrams& a, std::string_view text);

template <typename Fn>
void ForEachBigram(std::string_view text, char32_t* prev, Fn&& fn) {
  for (size_t p = 0; p < text.size();) {
    const char32_t c = NextCodePoint(text, &p);
    if (!IsHan(c) && !IsAsciiAlnum(c)) continue;
    if (*prev != 0) fn((static_cast<uint64_t>(*prev) << 32) | c);
    *prev = c;
  }
}

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_SIMILARITY_H_
