// A multi-pattern matcher over UTF-8 code points (Aho-Corasick), private to
// the region stage.

#ifndef BAOKAN_SRC_REGION_MATCHER_H_
#define BAOKAN_SRC_REGION_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baokan::region {

// The white space a name may be broken by on the page (a layout space or a
// line end inside 湖南 长沙): ASCII space, tab, line ends and U+3000.
inline bool IsNameBreakSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000;
}

class Matcher {
 public:
  // One occurrence: bytes [begin, end) of the text, `pattern` as returned by
  // Add(), `length` in code points (white space skipped over not counted).
  struct Hit {
    uint32_t begin;
    uint32_t end;
    int32_t pattern;
    int32_t length;
  };

  // Adds a pattern (valid UTF-8, no white space, not empty) and returns its
  // id; adding the same string again returns the same id. Only before Build().
  int Add(std::string_view utf8);
  // Makes the code point `from` match wherever `to` does (a look-alike such
  // as the radical ⻄ for 西, a traditional 灣 for 湾), and `from` inside a
  // pattern the same as `to` (上瓦爾登州 is then 上瓦尔登州: patterns that
  // become equal are one, the first added reported). No effect when `to` is
  // in no pattern. Call after the patterns are added, before Build(); `to`
  // must not itself be folded.
  void Fold(char32_t from, char32_t to) {
    uint32_t sym = SymbolOf(to);
    if (sym == 0) return;
    if (uint32_t own = SymbolOf(from); own != 0 && own != sym) {
      if (own >= remap_.size()) remap_.resize(symbols_ + 1, 0);
      remap_[own] = sym;
    }
    if (from >= symbol_of_.size()) symbol_of_.resize(from + 1, 0);
    symbol_of_[from] = sym;
  }
  // Makes room for about `n` patterns.
  void Reserve(size_t n) {
    ids_.reserve(n);
    pending_.reserve(n);
    pattern_length_.reserve(n);
  }
  // Compiles the automaton; Add() may not be called afterwards.
  void Build();

  // Appends every occurrence of every pattern in `text` to *hits, in order
  // of their end. White space (space, tab, CR, LF, U+3000) inside the text is
  // skipped, so a name broken across a line still matches. Invalid UTF-8
  // never matches. Thread-safe after Build().
  void FindAll(std::string_view text, std::vector<Hit>* hits) const;

  size_t patterns() const { return pattern_length_.size(); }
  size_t states() const { return fail_.size(); }

 private:
  int32_t Goto(int32_t state, uint32_t symbol) const;
  uint32_t SymbolOf(char32_t c) const { return c < symbol_of_.size() ? symbol_of_[c] : 0; }

  // Patterns as symbol strings, until Build() makes the trie of them.
  std::vector<std::u32string> pending_;
  std::unordered_map<std::string, int> ids_;
  // Code point -> symbol (1-based; 0: not in any pattern).
  std::vector<uint32_t> symbol_of_;
  uint32_t symbols_ = 0;
  // Symbol -> the symbol Fold() made it (0: itself), applied to the
  // patterns by Build().
  std::vector<uint32_t> remap_;
  // Compiled: transitions of state s are edges_[first_[s] .. first_[s+1]),
  // sorted by symbol; the root's are also kept dense in root_.
  std::vector<uint32_t> first_;
  std::vector<std::pair<uint32_t, int32_t>> edges_;
  std::vector<int32_t> root_;
  std::vector<int32_t> fail_;
  std::vector<int32_t> output_;  // pattern ending at the state, or -1
  std::vector<int32_t> dict_;    // next state on the fail chain with an output, or -1
  std::vector<int32_t> pattern_length_;
  bool built_ = false;
};

}  // namespace baokan::region

#endif  // BAOKAN_SRC_REGION_MATCHER_H_
