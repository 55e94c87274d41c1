// The keyword lexicon labeller: subjects from weighted keywords, no training
// data needed (models/subject_lexicon.tsv).
//
// Scoring, per subject s:
//   score(s) = sum over its keywords k found in the text of
//              weight(k) * (1 + ln(count(k))) * (3 when found in the first
//              line and the text has more than one line, else 1)
// and the probability of s is score(s) / (sum of all scores + kPrior). The
// prior keeps a single weak hit from looking certain: one keyword of weight 1
// gives 0.25, while a subject that holds most of a large score approaches 1.

#include <cmath>
#include <deque>
#include <unordered_map>

#include <unicode/utf8.h>

#include "baokan/models.h"
#include "baokan/normalize.h"
#include "classify/internal.h"

namespace baokan {
namespace {

constexpr double kPrior = 3.0;
constexpr double kTitleFactor = 3.0;
constexpr int kMaxKeywordChars = 12;

struct Term {
  int subject;
  double weight;
};

class LexiconClassifier : public Classifier {
 public:
  Status Load(const std::string& lexicon_tsv, Taxonomy taxonomy) {
    taxonomy_ = std::move(taxonomy);
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
        if (end == w.c_str() || *end != '\0' || !(weight > 0) || weight > 100) {
          return Status::DataError(where + "weight '" + w + "' is not a number in (0, 100]");
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
  // Fills (*scores)[subject] from every keyword occurrence in `text`.
  void Score(const std::string& text, size_t first_line_end, std::vector<double>* scores) const {
    scores->assign(taxonomy_.subjects().size(), 0);
    bool has_title = first_line_end != std::string::npos;
    // keyword -> (occurrences, occurrences in the first line)
    std::unordered_map<std::string_view, std::pair<int, int>> found;
    const int32_t len = static_cast<int32_t>(text.size());
    for (int32_t start = 0; start < len;) {
      int32_t end = start;
      for (int n = 0; n < kMaxKeywordChars && end < len; ++n) {
        U8_FWD_1(text.data(), end, len);
        std::string_view piece(text.data() + start, end - start);
        if (piece.back() == '\n') break;
        auto it = terms_.find(piece);
        if (it == terms_.end()) continue;
        auto& counts = found[it->first];
        ++counts.first;
        if (has_title && static_cast<size_t>(start) < first_line_end) ++counts.second;
      }
      U8_FWD_1(text.data(), start, len);
    }
    for (const auto& [keyword, counts] : found) {
      double strength = 1 + std::log(static_cast<double>(counts.first));
      if (counts.second > 0) strength += kTitleFactor - 1;
      for (const Term& t : terms_.at(keyword)) (*scores)[t.subject] += t.weight * strength;
    }
  }

  Taxonomy taxonomy_;
  std::deque<std::string> keywords_;  // owns the bytes the keys of terms_ view
  std::unordered_map<std::string_view, std::vector<Term>> terms_;
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
