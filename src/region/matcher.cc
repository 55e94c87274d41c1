// Aho-Corasick over code points: a trie of the patterns, failure links
// computed breadth first, and output links to report every pattern that ends
// at a position. Symbols are dense numbers given to the code points that
// occur in patterns, so a state's transitions are a short sorted array.

#include "region/matcher.h"

#include <algorithm>
#include <deque>

#include "base/utf8.h"

namespace baokan::region {
namespace {

constexpr size_t kMaxPatternLength = 64;  // code points; longer ones are cut

}  // namespace

int Matcher::Add(std::string_view utf8) {
  auto [it, inserted] = ids_.try_emplace(std::string(utf8), static_cast<int>(pending_.size()));
  if (!inserted) return it->second;
  std::u32string symbols;
  for (size_t pos = 0; pos < utf8.size() && symbols.size() < kMaxPatternLength;) {
    char32_t c = NextCodePoint(utf8, &pos);
    if (c >= symbol_of_.size())
      symbol_of_.resize(std::max<size_t>(c + 1, symbol_of_.size() * 2), 0);
    if (symbol_of_[c] == 0) symbol_of_[c] = ++symbols_;
    symbols.push_back(symbol_of_[c]);
  }
  pending_.push_back(std::move(symbols));
  pattern_length_.push_back(static_cast<int32_t>(pending_.back().size()));
  return it->second;
}

int32_t Matcher::Goto(int32_t state, uint32_t symbol) const {
  if (state == 0) return root_[symbol];
  const std::pair<uint32_t, int32_t>* begin = edges_.data() + first_[state];
  const std::pair<uint32_t, int32_t>* end = edges_.data() + first_[state + 1];
  if (end - begin <= 8) {  // most states have one or two children
    for (; begin != end; ++begin) {
      if (begin->first == symbol) return begin->second;
    }
    return -1;
  }
  // A binary search without branches on the comparisons (a state with many
  // children is one the text passes through often, and a branch there is
  // mispredicted half the time): [begin, begin + n) holds the symbol's edge
  // if any edge does.
  for (size_t n = end - begin; n > 1;) {
    const size_t half = n / 2;
    begin = begin[half].first <= symbol ? begin + half : begin;
    n -= half;
  }
  return begin->first == symbol ? begin->second : -1;
}

void Matcher::Build() {
  // The trie from the patterns in sorted order: the child a pattern needs is
  // then always the newest child of its parent, so no lookup is needed, and
  // each state's edges come out sorted by symbol.
  for (std::u32string& pattern : pending_) {
    for (char32_t& sym : pattern) {
      if (sym < remap_.size() && remap_[sym] != 0) sym = remap_[sym];
    }
  }
  remap_.clear();
  // Equal patterns (equal after folding) in the order they were added: the
  // first keeps the output.
  std::vector<int32_t> order(pending_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int32_t>(i);
  std::sort(order.begin(), order.end(), [&](int32_t a, int32_t b) {
    return pending_[a] != pending_[b] ? pending_[a] < pending_[b] : a < b;
  });
  struct Edge {
    int32_t from;
    uint32_t symbol;
    int32_t to;
  };
  std::vector<Edge> edges;
  std::vector<int32_t> last_child(1, -1);  // per state: its newest child's edge
  output_.assign(1, -1);
  for (int32_t p : order) {
    int32_t state = 0;
    for (uint32_t sym : pending_[p]) {
      int32_t e = last_child[state];
      if (e >= 0 && edges[e].symbol == sym) {
        state = edges[e].to;
        continue;
      }
      int32_t next = static_cast<int32_t>(output_.size());
      last_child[state] = static_cast<int32_t>(edges.size());
      edges.push_back(Edge{state, sym, next});
      output_.push_back(-1);
      last_child.push_back(-1);
      state = next;
    }
    if (output_[state] < 0) output_[state] = p;
  }
  pending_.clear();
  pending_.shrink_to_fit();
  // Edges grouped by state (stable, so each group stays sorted by symbol).
  size_t n = output_.size();
  first_.assign(n + 1, 0);
  for (const Edge& e : edges) ++first_[e.from + 1];
  for (size_t s = 0; s < n; ++s) first_[s + 1] += first_[s];
  edges_.assign(edges.size(), {0, 0});
  std::vector<uint32_t> fill(first_.begin(), first_.end() - 1);
  for (const Edge& e : edges) edges_[fill[e.from]++] = {e.symbol, e.to};
  root_.assign(symbols_ + 1, 0);
  for (uint32_t e = first_[0]; e < first_[1]; ++e) root_[edges_[e].first] = edges_[e].second;

  fail_.assign(n, 0);
  dict_.assign(n, -1);
  std::deque<int32_t> queue;
  for (uint32_t e = first_[0]; e < first_[1]; ++e) queue.push_back(edges_[e].second);
  while (!queue.empty()) {
    int32_t s = queue.front();
    queue.pop_front();
    for (uint32_t e = first_[s]; e < first_[s + 1]; ++e) {
      auto [sym, child] = edges_[e];
      int32_t f = fail_[s];
      int32_t to;
      while ((to = Goto(f, sym)) < 0) f = fail_[f];
      fail_[child] = (to == child) ? 0 : to;
      dict_[child] = output_[fail_[child]] >= 0 ? fail_[child] : dict_[fail_[child]];
      queue.push_back(child);
    }
  }
  built_ = true;
}

void Matcher::FindAll(std::string_view text, std::vector<Hit>* hits) const {
  if (!built_) return;
  // Byte offsets where the last code points began (white space left out),
  // so that a hit's begin can be found from its length.
  uint32_t starts[kMaxPatternLength];
  size_t seen = 0;
  int32_t state = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t at = pos;
    bool valid = true;
    char32_t c = NextCodePoint(text, &pos, &valid);
    if (IsNameBreakSpace(c)) continue;
    uint32_t sym = valid ? SymbolOf(c) : 0;
    starts[seen % kMaxPatternLength] = static_cast<uint32_t>(at);
    ++seen;
    if (sym == 0) {
      state = 0;
      continue;
    }
    int32_t to;
    while ((to = Goto(state, sym)) < 0) state = fail_[state];
    state = to;
    for (int32_t s = output_[state] >= 0 ? state : dict_[state]; s >= 0; s = dict_[s]) {
      int32_t p = output_[s];
      size_t len = static_cast<size_t>(pattern_length_[p]);
      if (len > seen) continue;
      hits->push_back(Hit{starts[(seen - len) % kMaxPatternLength], static_cast<uint32_t>(pos), p,
                          static_cast<int32_t>(len)});
    }
  }
}

}  // namespace baokan::region
