// Reading code points around a place name, white space inside names
// skipped (private to the region stage).

#ifndef BAOKAN_SRC_REGION_SCAN_H_
#define BAOKAN_SRC_REGION_SCAN_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace baokan::region {

// The next `n` code points at or after byte `pos`, white space skipped;
// 0 past the end.
void PeekAfter(std::string_view text, size_t pos, char32_t* out, int n);

// The code point before byte `pos` (white space skipped), or 0; moves *pos
// to its first byte.
char32_t PrevNonSpace(std::string_view text, size_t* pos);

inline bool In(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

// A few words (at most kMaxWords, each of two bytes or more) found in a
// text in one pass, instead of one text.find() pass per word: a byte
// position is compared with a word only when its first two bytes are the
// word's. Finds what find() finds, at any byte offset.
class WordSet {
 public:
  static constexpr size_t kMaxWords = 64;
  template <size_t N>
  explicit WordSet(const std::string_view (&words)[N]) : words_(words, words + N) {
    static_assert(N <= kMaxWords);
    for (size_t i = 0; i < N; ++i) {
      first_[static_cast<unsigned char>(words[i][0])] |= uint64_t{1} << i;
      second_[static_cast<unsigned char>(words[i][1])] |= uint64_t{1} << i;
    }
  }

  std::string_view word(size_t i) const { return words_[i]; }

  // Calls fn(i, at) for every byte `at` where words[i] occurs, in text
  // order (at one byte, in the order of the words).
  template <typename Fn>
  void ForEach(std::string_view text, Fn&& fn) const {
    for (size_t at = 0; at + 1 < text.size(); ++at) {
      uint64_t bits = first_[static_cast<unsigned char>(text[at])];
      if (bits == 0) continue;
      bits &= second_[static_cast<unsigned char>(text[at + 1])];
      for (; bits != 0; bits &= bits - 1) {
        const size_t i = static_cast<size_t>(__builtin_ctzll(bits));
        if (text.substr(at).starts_with(words_[i])) fn(i, at);
      }
    }
  }

 private:
  std::vector<std::string_view> words_;
  std::array<uint64_t, 256> first_{};   // per byte: the words it starts
  std::array<uint64_t, 256> second_{};  // per byte: the words it is the second byte of
};

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_SCAN_H_
