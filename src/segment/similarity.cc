#include "segment/similarity.h"

#include <algorithm>

#include "segment/chars.h"

namespace baokan::segment {

Bigrams::Bigrams(std::string_view text) {
  char32_t prev = 0;
  ForEachBigram(text, &prev, [&](uint64_t key) { keys_.push_back(key); });
  std::sort(keys_.begin(), keys_.end());
  keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
}

size_t Bigrams::CountIn(const Bigrams& other) const {
  size_t n = 0;
  auto it = other.keys_.begin();
  for (uint64_t k : keys_) {
    it = std::lower_bound(it, other.keys_.end(), k);
    if (it == other.keys_.end()) break;
    if (*it == k) ++n;
  }
  return n;
}

double Containment(const Bigrams& a, const Bigrams& b) {
  if (a.empty()) return 0.0;
  return static_cast<double>(a.CountIn(b)) / static_cast<double>(a.size());
}

size_t Bigrams::Find(uint64_t key) const {
  const auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
  return it != keys_.end() && *it == key ? static_cast<size_t>(it - keys_.begin())
                                         : keys_.size();
}

size_t Bigrams::CountIn(std::string_view text) const {
  if (keys_.empty()) return 0;
  BigramCounter counter(*this);
  counter.Feed(text);
  return counter.count();
}

BigramCounter::BigramCounter(const Bigrams& set) : set_(set) {}

void BigramCounter::Feed(std::string_view text) {
  if (set_.empty()) return;
  if (found_.empty()) found_.assign(set_.size(), false);  // when first fed
  ForEachBigram(text, &prev_, [&](uint64_t key) {
    const size_t i = set_.Find(key);
    if (i < found_.size() && !found_[i]) {
      found_[i] = true;
      ++count_;
    }
  });
}

double BigramCounter::Containment() const {
  return set_.empty() ? 0.0 : static_cast<double>(count_) / static_cast<double>(set_.size());
}

double Containment(const Bigrams& a, std::string_view text) {
  if (a.empty()) return 0.0;
  return static_cast<double>(a.CountIn(text)) / static_cast<double>(a.size());
}

}  // namespace baokan::segment
