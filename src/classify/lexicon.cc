// The keyword lexicon labeller: subjects from weighted keywords, no training
// data needed (models/subject_lexicon.tsv).
//
// Matching: at each position of the normalized text only the longest keyword
// starting there counts, and only when it reaches past every keyword found
// before it (a phrase hides the keywords inside it). Scoring, per subject s:
//   score(s) = max(0, sum over its keywords k found of weight(k) *
//              ((1 + ln count(k)) * coverage(s) + (kTitleFactor - 1 when k is
//              in the first line and the text has more than one line)))
// where coverage(s) is 1, or, for a body of kMinLinesForCoverage lines or
// more, the share of body lines holding positive evidence for s; negative
// weights (cues against s) are not scaled by coverage. The probability of s
// is score(s) / (sum of all scores + kPrior). The prior keeps a single weak
// hit from looking certain: one keyword of weight 1 gives 0.25, while a
// subject that holds most of a large score approaches 1.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <unordered_map>

#include <unicode/utf8.h>

#include "baokan/models.h"
#include "baokan/normalize.h"
#include "classify/internal.h"

namespace baokan {

using classify::ForEachTsvRow;
namespace {

constexpr double kPrior = 3.0;
constexpr double kTitleFactor = 3.0;
constexpr int kMaxKeywordChars = 12;
// A body of at least this many lines (paragraphs) scales each subject's body
// evidence by its coverage, the share of lines that hold some of it, so that
// a subject named in passing in one paragraph of a long piece weighs little.
constexpr int kMinLinesForCoverage = 3;

struct Term {
  int subject;
  double weight;
};

// The keywords as a trie whose edges are code points (their UTF-8 bytes),
// so that finding every keyword starting at a position costs one integer
// lookup per character, and stops where no keyword goes on: the text is
// not hashed piece by piece.
class KeywordTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;
  static constexpr int kFirstSlotBits = 10;
  static constexpr size_t kFirstSlots = size_t{1} << kFirstSlotBits;
  struct Entry {
    std::string_view keyword;
    const std::vector<Term>* terms;
  };

  void Add(std::string_view keyword, const std::vector<Term>* terms) {
    if (keyword.empty()) return;
    UChar32 first;
    int32_t at = 0;
    U8_NEXT(keyword.data(), at, static_cast<int32_t>(keyword.size()), first);
    if (first >= 0 && first < kFilterChars) starts_[first / 64] |= uint64_t{1} << (first % 64);
    uint32_t node = kRoot;
    for (int32_t i = 0, len = static_cast<int32_t>(keyword.size()); i < len;) {
      const int32_t from = i;
      U8_FWD_1(keyword.data(), i, len);
      const std::string_view ch = keyword.substr(from, i - from);
      uint32_t child = Child(node, ch);
      if (child == kNone) {
        child = static_cast<uint32_t>(entry_of_.size());
        entry_of_.push_back(kNone);
        Insert(Key(node, ch), child);
      }
      node = child;
    }
    if (node == kRoot) return;  // an empty keyword matches nothing
    entry_of_[node] = static_cast<uint32_t>(entries_.size());
    entries_.push_back({keyword, terms});
  }
  // The node reached from `node` by the character whose UTF-8 bytes are
  // `ch` (1 to 4 bytes), or kNone.
  uint32_t Child(uint32_t node, std::string_view ch) const {
    const uint64_t key = Key(node, ch);
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (slots_[i].child == kNone) return kNone;
      if (slots_[i].key == key) return slots_[i].child;
    }
  }
  // False when no keyword starts with the code point `c` (a bit test, in
  // front of the edge table: about half the characters of a text start none).
  bool MayStart(UChar32 c) const {
    if (c < 0 || c >= kFilterChars) return true;  // not in the filter: look it up
    return (starts_[c / 64] >> (c % 64)) & 1;
  }
  // The keyword that ends at `node`, or nullptr.
  const Entry* KeywordAt(uint32_t node) const {
    const uint32_t e = entry_of_[node];
    return e == kNone ? nullptr : &entries_[e];
  }

 private:
  // node (29 bits), the character's length (3 bits) and bytes (32 bits).
  static uint64_t Key(uint32_t node, std::string_view ch) {
    uint64_t bytes = 0;
    for (unsigned char b : ch) bytes = (bytes << 8) | b;
    return (static_cast<uint64_t>(node) << 35) | (static_cast<uint64_t>(ch.size()) << 32) | bytes;
  }

  // The edges in an open-addressed table (linear probing, at most half
  // full): (parent, character) -> child.
  struct EdgeSlot {
    uint64_t key = 0;
    uint32_t child = kNone;  // kNone: empty
  };
  size_t Slot(uint64_t key) const { return (key * 0x9e3779b97f4a7c15ULL) >> shift_; }
  void Insert(uint64_t key, uint32_t child) {
    if (2 * (edges_ + 1) > slots_.size()) Grow();
    size_t i = Slot(key);
    while (slots_[i].child != kNone) i = (i + 1) & mask_;
    slots_[i] = {key, child};
    ++edges_;
  }
  void Grow() {
    std::vector<EdgeSlot> old = std::move(slots_);
    slots_.assign(old.size() * 2, EdgeSlot{});
    mask_ = slots_.size() - 1;
    --shift_;
    edges_ = 0;
    for (const EdgeSlot& e : old) {
      if (e.child != kNone) Insert(e.key, e.child);
    }
  }

  std::vector<EdgeSlot> slots_ = std::vector<EdgeSlot>(kFirstSlots);
  size_t mask_ = kFirstSlots - 1;
  int shift_ = 64 - kFirstSlotBits;
  size_t edges_ = 0;
  std::vector<uint32_t> entry_of_ = {kNone};  // per node: index in entries_, or kNone
  // The first code points of the keywords, a bit each, for the BMP.
  static constexpr UChar32 kFilterChars = 0x10000;
  std::vector<uint64_t> starts_ = std::vector<uint64_t>(kFilterChars / 64);
  std::vector<Entry> entries_;
};

class LexiconClassifier : public Classifier {
 public:
  LexiconClassifier() = default;
  // trie_ points into terms_.
  LexiconClassifier(const LexiconClassifier&) = delete;
  LexiconClassifier& operator=(const LexiconClassifier&) = delete;

  Status Load(const std::string& lexicon_tsv, Taxonomy taxonomy) {
    taxonomy_ = std::move(taxonomy);
    BAOKAN_RETURN_IF_ERROR(ReadRows(lexicon_tsv));
    for (const auto& [keyword, terms] : terms_) trie_.Add(keyword, &terms);
    return Status::OK();
  }

  Status ReadRows(const std::string& lexicon_tsv) {
    return ForEachTsvRow(lexicon_tsv, [&](const std::vector<std::string_view>& cols,
                                          size_t line) {
      std::string where = lexicon_tsv + ":" + std::to_string(line) + ": ";
      if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
        return Status::DataError(where + "expected subject<TAB>keyword[<TAB>weight]");
      }
      const SubjectInfo* subject = taxonomy_.Find(cols[0]);
      if (subject == nullptr) {
        return Status::DataError(where + "unknown subject '" + std::string(cols[0]) + "'");
      }
      double weight = 1;
      if (cols.size() > 2 && !cols[2].empty()) {
        std::string w(cols[2]);
        char* end = nullptr;
        weight = std::strtod(w.c_str(), &end);
        if (end == w.c_str() || *end != '\0' || weight == 0 || !(weight >= -100) ||
            weight > 100) {
          return Status::DataError(where + "weight '" + w +
                                   "' is not a number in [-100, 0) or (0, 100]");
        }
      }
      std::string keyword = Normalize(cols[1]);
      int32_t chars = 0;
      for (int32_t i = 0; i < static_cast<int32_t>(keyword.size()); ++chars) {
        U8_FWD_1(keyword.data(), i, static_cast<int32_t>(keyword.size()));
      }
      if (chars > kMaxKeywordChars) {
        return Status::DataError(where + "keyword longer than " +
                                 std::to_string(kMaxKeywordChars) + " characters");
      }
      int index = static_cast<int>(subject - taxonomy_.subjects().data());
      auto it = terms_.find(keyword);
      if (it == terms_.end()) {
        keywords_.push_back(keyword);
        it = terms_.emplace(keywords_.back(), std::vector<Term>{}).first;
      }
      for (const Term& t : it->second) {
        if (t.subject == index) {
          return Status::DataError(where + "keyword '" + keyword + "' listed twice for " +
                                   subject->id);
        }
      }
      it->second.push_back({index, weight});
      return Status::OK();
    });
  }

  void Predict(std::string_view raw, const PredictOptions& options,
               std::vector<LabelProb>* out) const override {
    out->clear();
    std::string text = Normalize(raw);
    size_t first_line_end = text.find('\n');
    std::vector<double> scores;
    Score(text, first_line_end, &scores);
    double total = kPrior;
    for (double s : scores) total += s;
    for (size_t i = 0; i < scores.size(); ++i) {
      double prob = scores[i] / total;
      if (scores[i] > 0 && prob >= options.threshold) {
        out->push_back({taxonomy_.subjects()[i].id, prob});
      }
    }
    // Ties go to the subject listed first in the taxonomy (stable sort).
    std::stable_sort(out->begin(), out->end(),
                     [](const LabelProb& a, const LabelProb& b) { return a.prob > b.prob; });
    if (static_cast<int>(out->size()) > options.k) out->resize(std::max(0, options.k));
  }

  const Taxonomy& taxonomy() const override { return taxonomy_; }
  std::vector<std::string> labels() const override {
    std::vector<std::string> ids;
    for (const SubjectInfo& s : taxonomy_.subjects()) ids.push_back(s.id);
    return ids;
  }
  std::string description() const override { return "lexicon"; }

 private:
  // One counted keyword occurrence.
  struct Occurrence {
    std::string_view keyword;
    const std::vector<Term>* terms;  // the keyword's
    int line;                        // 0: the first line
  };

  // Every keyword occurrence of `text` that is not part of a longer one:
  // at each position only the longest keyword starting there counts, and
  // only when it reaches past every occurrence that started before it. A
  // keyword never spans a line break. Calls `fn(occurrence)` for each, in
  // text order, without keeping them (a long text has millions).
  template <typename Fn>
  void Find(const std::string& text, Fn&& fn) const {
    const int32_t len = static_cast<int32_t>(text.size());
    int32_t reach = 0;  // end of the occurrences so far
    int line = 0;
    for (int32_t start = 0; start < len;) {
      if (text[start] == '\n') ++line;
      int32_t next = start;
      UChar32 c;
      U8_NEXT(text.data(), next, len, c);
      if (!trie_.MayStart(c)) {
        start = next;
        continue;
      }
      int32_t end = start, longest = -1;
      const KeywordTrie::Entry* best = nullptr;
      uint32_t node = KeywordTrie::kRoot;
      for (int n = 0; n < kMaxKeywordChars && end < len; ++n) {
        const int32_t from = end;
        U8_FWD_1(text.data(), end, len);
        if (text[end - 1] == '\n') break;
        node = trie_.Child(node, std::string_view(text.data() + from, end - from));
        if (node == KeywordTrie::kNone) break;  // no keyword starts with the piece
        if (const KeywordTrie::Entry* e = trie_.KeywordAt(node)) {
          longest = end;
          best = e;
        }
      }
      if (longest > reach) {
        fn(Occurrence{best->keyword, best->terms, line});
        reach = longest;
      }
      U8_FWD_1(text.data(), start, len);
    }
  }

  // Fills (*scores)[subject] from the occurrences found in `text`
  // (docs/classify.md, "The lexicon labeller").
  void Score(const std::string& text, size_t first_line_end, std::vector<double>* scores) const {
    const size_t nsubjects = taxonomy_.subjects().size();
    scores->assign(nsubjects, 0);
    const bool has_title = first_line_end != std::string::npos;
    // keyword -> occurrences, occurrences in the first line, its terms. (Its
    // order of iteration, hence of the sums below, is that of a map keyed by
    // the keyword's text, as it has always been: the same bytes out.)
    struct Count {
      int all = 0, title = 0;
      const std::vector<Term>* terms = nullptr;
    };
    std::unordered_map<std::string_view, Count> counts;
    // Body lines (after the title) holding positive evidence, per subject.
    std::vector<std::vector<int>> lines(nsubjects);
    int body_lines = 0;
    for (size_t i = has_title ? first_line_end : text.size(); i < text.size(); ++i) {
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') ++body_lines;
    }
    Find(text, [&](const Occurrence& o) {
      Count& c = counts[o.keyword];
      c.terms = o.terms;
      ++c.all;
      if (has_title && o.line == 0) {
        ++c.title;
        return;
      }
      for (const Term& t : *o.terms) {
        auto& l = lines[t.subject];
        if (t.weight > 0 && (l.empty() || l.back() != o.line)) l.push_back(o.line);
      }
    });
    // Coverage: the share of body lines with evidence for a subject, when
    // the body has enough lines to tell a subject from a passing mention.
    std::vector<double> coverage(nsubjects, 1.0);
    if (body_lines >= kMinLinesForCoverage) {
      for (size_t s = 0; s < nsubjects; ++s) {
        coverage[s] = std::min(1.0, static_cast<double>(lines[s].size()) / body_lines);
      }
    }
    for (const auto& [keyword, c] : counts) {
      const double body = 1 + std::log(static_cast<double>(c.all));
      const double title = c.title > 0 ? kTitleFactor - 1 : 0;
      for (const Term& t : *c.terms) {
        // Negative cues count in full; positive evidence from the body is
        // scaled by its subject's coverage.
        double strength = t.weight > 0 ? body * coverage[t.subject] + title : body + title;
        (*scores)[t.subject] += t.weight * strength;
      }
    }
    for (double& score : *scores) score = std::max(0.0, score);
  }

  Taxonomy taxonomy_;
  std::deque<std::string> keywords_;  // owns the bytes the keys of terms_ view
  std::unordered_map<std::string_view, std::vector<Term>> terms_;
  KeywordTrie trie_;  // the keys of terms_, code point by code point
};

}  // namespace

StatusOr<std::unique_ptr<Classifier>> Classifier::Lexicon(const std::string& lexicon_tsv,
                                                          const std::string& taxonomy_tsv) {
  StatusOr<Taxonomy> taxonomy = Taxonomy::Load(taxonomy_tsv);
  if (!taxonomy.ok()) return taxonomy.status();
  auto lexicon = std::make_unique<LexiconClassifier>();
  BAOKAN_RETURN_IF_ERROR(lexicon->Load(lexicon_tsv, std::move(taxonomy).value()));
  return std::unique_ptr<Classifier>(std::move(lexicon));
}

StatusOr<std::unique_ptr<Classifier>> Classifier::Lexicon() {
  return Lexicon(ModelsDir() + "/subject_lexicon.tsv", ModelsDir() + "/subjects.tsv");
}

}  // namespace baokan
