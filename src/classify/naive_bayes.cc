// The naive Bayes ensemble member (docs/classify.md, "The defaults"): token
// counts per label, learnt from the same fastText lines the other members
// are trained on, kept as text in MODEL.NAME.tsv, and turned into
// probabilities at load time.
//
// File (one line each, tab-separated, tokens sorted bytewise):
//   # baokan naive Bayes member: ...      comment, first line
//   #labels<TAB>L1<TAB>L2 ...             the labels
//   #examples<TAB>N1<TAB>N2 ...           training examples per label
//   TOKEN<TAB>C1<TAB>C2 ...               how often TOKEN occurs in label i's examples
// Tokens never start with '#' (the tokenizer drops punctuation).

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <unordered_map>

#include "baokan/io.h"
#include "classify/internal.h"

namespace baokan {
namespace {

constexpr std::string_view kBayesLabelPrefix = "__label__";
constexpr std::string_view kBayesComment =
    "# baokan naive Bayes member: per-label token counts (docs/classify.md)";
constexpr std::string_view kBayesLabelsRow = "#labels";
constexpr std::string_view kBayesExamplesRow = "#examples";
constexpr size_t kBayesWriteChunk = 1 << 20;  // bytes of the file written at a time

std::vector<std::string_view> BayesColumns(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool ParseBayesCount(std::string_view s, uint64_t* v) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && end == s.data() + s.size();
}

class NaiveBayesClassifier : public classify::HashedClassifier {
 public:
  NaiveBayesClassifier(std::string path, TokenizeOptions tokenizer, Taxonomy taxonomy, double alpha)
      : path_(std::move(path)),
        tokenizer_(tokenizer),
        taxonomy_(std::move(taxonomy)),
        alpha_(alpha) {}

  // Reads the counts and turns them into log-probabilities: token t in label
  // l: log((count + alpha) / (tokens of l + alpha * vocabulary)); label l:
  // log(examples of l / examples).
  Status Load() {
    std::ifstream in(path_, std::ios::binary);
    if (!in) return Status::IOError(path_ + ": cannot open");
    std::string line;
    size_t line_no = 0;
    auto bad = [&](const std::string& what) {
      return Status::DataError(path_ + ":" + std::to_string(line_no) + ": " + what);
    };
    std::vector<uint64_t> examples, totals, counts;
    std::vector<std::string> tokens;
    while (std::getline(in, line)) {
      ++line_no;
      if (line_no == 1) {
        if (line != kBayesComment) return bad("not a baokan naive Bayes member");
        continue;
      }
      std::vector<std::string_view> cols = BayesColumns(line);
      if (line_no == 2) {
        if (cols[0] != kBayesLabelsRow || cols.size() < 2) return bad("expected #labels and labels");
        for (size_t i = 1; i < cols.size(); ++i) labels_.emplace_back(cols[i]);
        totals.assign(labels_.size(), 0);
        continue;
      }
      if (cols.size() != labels_.size() + 1) {
        return bad("expected " + std::to_string(labels_.size() + 1) + " columns");
      }
      std::vector<uint64_t> row(labels_.size());
      for (size_t i = 0; i < row.size(); ++i) {
        if (!ParseBayesCount(cols[i + 1], &row[i])) {
          return bad("not a count: '" + std::string(cols[i + 1]) + "'");
        }
      }
      if (line_no == 3) {
        if (cols[0] != kBayesExamplesRow) return bad("expected #examples");
        examples = row;
        continue;
      }
      if (cols[0].empty() || cols[0][0] == '#') return bad("not a token");
      tokens.emplace_back(cols[0]);
      for (size_t i = 0; i < row.size(); ++i) totals[i] += row[i];
      counts.insert(counts.end(), row.begin(), row.end());
    }
    if (line_no < 3) return bad("truncated (no #labels and #examples lines)");
    uint64_t all = 0;
    for (uint64_t n : examples) all += n;
    if (all == 0) return bad("no training examples");
    const size_t k = labels_.size();
    const double vocab = static_cast<double>(tokens.size());
    for (size_t i = 0; i < k; ++i) {
      prior_.push_back(std::log(std::max<double>(examples[i], alpha_) / all));
    }
    log_probs_.resize(counts.size());
    index_.Reserve(tokens.size());
    for (size_t t = 0; t < tokens.size(); ++t) {
      if (!index_.Insert(classify::FlatVocab::Hash(tokens[t]), static_cast<int32_t>(t))) {
        return Status::DataError(path_ + ": two tokens with the same 64-bit hash ('" + tokens[t] +
                                 "'); remove one");
      }
      for (size_t i = 0; i < k; ++i) {
        log_probs_[t * k + i] = static_cast<float>(
            std::log((counts[t * k + i] + alpha_) / (totals[i] + alpha_ * vocab)));
      }
    }
    return Status::OK();
  }

  // Every label's log-probability summed over the known tokens, divided by
  // the temperature max(1, tokens / kNaiveBayesTokensPerUnit) (naive Bayes
  // counts each token as independent evidence, so its raw probabilities are
  // near 0 or 1 and the more so the longer the text), then normalized.
  void Predict(std::string_view text, const PredictOptions& options,
               std::vector<LabelProb>* out) const override {
    classify::HashedTokens tokens;
    classify::HashTokens(text, tokenizer_, false, &tokens);
    PredictHashed(tokens, options, out);
  }

  const TokenizeOptions& tokenizer() const override { return tokenizer_; }
  bool wants_fasttext_hashes() const override { return false; }
  bool takes_hashes() const override { return true; }

  void PredictHashed(const classify::HashedTokens& tokens, const PredictOptions& options,
                     std::vector<LabelProb>* out) const override {
    out->clear();
    const size_t k = labels_.size();
    std::vector<double> score(prior_);
    const std::vector<uint64_t>& hashes = tokens.vocab;
    const size_t n = hashes.size();
    thread_local std::vector<int32_t> rows;  // reused: no allocation per text
    rows.clear();
    index_.FindAll(hashes, &rows);
    classify::ForEachRow(log_probs_.data(), k, rows, [&](const float* row) {
      for (size_t i = 0; i < k; ++i) score[i] += row[i];
    });
    if (n == 0) return;
    const double temperature =
        std::max(1.0, static_cast<double>(n) / classify::kNaiveBayesTokensPerUnit);
    const double top = *std::max_element(score.begin(), score.end());
    double sum = 0;
    for (double& s : score) sum += (s = std::exp((s - top) / temperature));
    for (size_t i = 0; i < k; ++i) {
      if (score[i] / sum >= options.threshold) out->push_back({labels_[i], score[i] / sum});
    }
    std::stable_sort(out->begin(), out->end(),
                     [](const LabelProb& a, const LabelProb& b) { return a.prob > b.prob; });
    if (out->size() > static_cast<size_t>(std::max(0, options.k))) out->resize(options.k);
  }

  const Taxonomy& taxonomy() const override { return taxonomy_; }
  std::vector<std::string> labels() const override { return labels_; }
  std::string description() const override { return path_; }

 private:
  std::string path_;
  TokenizeOptions tokenizer_;
  Taxonomy taxonomy_;
  double alpha_;
  std::vector<std::string> labels_;
  std::vector<double> prior_;     // log P(label)
  std::vector<float> log_probs_;  // token-major: [token * labels + label]
  classify::FlatVocab index_;                 // token -> row of log_probs_
};

}  // namespace

Status classify::TrainNaiveBayes(const std::string& lines, const std::string& output) {
  std::ifstream in(lines, std::ios::binary);
  if (!in) return Status::IOError(lines + ": cannot open");
  std::vector<std::string> example_labels;
  // Counts by token, then label (the columns are fixed once all labels are known).
  std::unordered_map<std::string, std::map<std::string, uint64_t>> counts;
  std::map<std::string, uint64_t> examples;
  std::string line;
  while (std::getline(in, line)) {
    example_labels.clear();
    size_t pos = 0;
    while (pos < line.size()) {
      size_t end = line.find(' ', pos);
      if (end == std::string::npos) end = line.size();
      std::string_view token(line.data() + pos, end - pos);
      pos = end + 1;
      if (token.empty()) continue;
      if (token.starts_with(kBayesLabelPrefix)) {
        example_labels.emplace_back(token.substr(kBayesLabelPrefix.size()));
        continue;
      }
      for (const std::string& l : example_labels) ++counts[std::string(token)][l];
    }
    for (const std::string& l : example_labels) ++examples[l];
  }
  std::vector<std::string> labels;
  for (const auto& [l, n] : examples) labels.push_back(l);
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(output);
  if (!out.ok()) return out.status();
  std::string text(kBayesComment);
  text += "\n";
  text += kBayesLabelsRow;
  for (const std::string& l : labels) text += "\t" + l;
  text += "\n";
  text += kBayesExamplesRow;
  for (const std::string& l : labels) text += "\t" + std::to_string(examples[l]);
  text += "\n";
  std::vector<const std::string*> tokens;
  for (const auto& entry : counts) tokens.push_back(&entry.first);
  std::sort(tokens.begin(), tokens.end(),
            [](const std::string* a, const std::string* b) { return *a < *b; });
  for (const std::string* t : tokens) {
    const std::map<std::string, uint64_t>& by_label = counts[*t];
    text += *t;
    for (const std::string& l : labels) {
      auto it = by_label.find(l);
      text += "\t" + std::to_string(it == by_label.end() ? 0 : it->second);
    }
    text += "\n";
    if (text.size() >= kBayesWriteChunk) {
      BAOKAN_RETURN_IF_ERROR((*out)->Write(text));
      text.clear();
    }
  }
  BAOKAN_RETURN_IF_ERROR((*out)->Write(text));
  return (*out)->Commit();
}

StatusOr<std::unique_ptr<Classifier>> classify::LoadNaiveBayes(const std::string& path,
                                                               const TokenizeOptions& tokenizer,
                                                               const Taxonomy& taxonomy,
                                                               double alpha) {
  auto model = std::make_unique<NaiveBayesClassifier>(path, tokenizer, taxonomy, alpha);
  BAOKAN_RETURN_IF_ERROR(model->Load());
  return std::unique_ptr<Classifier>(std::move(model));
}

}  // namespace baokan
