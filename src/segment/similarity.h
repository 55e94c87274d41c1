// Word overlap between short texts (private to src/segment): which body a
// headline belongs to, where a body shared by two articles divides.

#ifndef BAOKAN_SRC_SEGMENT_SIMILARITY_H_
#define BAOKAN_SRC_SEGMENT_SIMILARITY_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace baokan::segment {

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

}  // namespace baokan::segment

#endif  // BAOKAN_SRC_SEGMENT_SIMILARITY_H_
