// Scores predictions against gold labels: accuracy, micro/macro P/R/F1, the
// per-label table and the confusion matrix, as numbers, JSON and text.

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "baokan/json.h"
#include "baokan/parallel.h"
#include "classify/internal.h"

namespace baokan {
namespace {

constexpr size_t kPredictChunk = 4096;  // examples predicted together

double Ratio(int64_t num, int64_t den) { return den == 0 ? 0 : static_cast<double>(num) / den; }

PrfScores Prf(int64_t tp, int64_t fp, int64_t fn) {
  PrfScores s;
  s.precision = Ratio(tp, tp + fp);
  s.recall = Ratio(tp, tp + fn);
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

std::string Round4(double x) {
  return JsonNumber(static_cast<double>(static_cast<int64_t>(x * 10000 + 0.5)) / 10000);
}

std::string PrfJson(const PrfScores& s) {
  return "{\"precision\":" + Round4(s.precision) + ",\"recall\":" + Round4(s.recall) +
         ",\"f1\":" + Round4(s.f1) + "}";
}

}  // namespace

StatusOr<EvalResult> Evaluate(const std::vector<std::vector<std::string>>& gold,
                              const std::vector<std::vector<std::string>>& predicted) {
  if (gold.size() != predicted.size()) {
    return Status::InvalidArgument("Evaluate: " + std::to_string(gold.size()) + " gold and " +
                                   std::to_string(predicted.size()) + " predicted examples");
  }
  EvalResult r;
  r.n = static_cast<int64_t>(gold.size());
  std::set<std::string> all;
  for (const auto& g : gold) all.insert(g.begin(), g.end());
  for (const auto& p : predicted) all.insert(p.begin(), p.end());
  r.labels.assign(all.begin(), all.end());
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < r.labels.size(); ++i) index[r.labels[i]] = i;
  r.per_label.resize(r.labels.size());
  for (size_t i = 0; i < r.labels.size(); ++i) r.per_label[i].label = r.labels[i];
  r.confusion.assign(r.labels.size(), std::vector<int64_t>(r.labels.size() + 1, 0));

  int64_t correct = 0;
  for (size_t e = 0; e < gold.size(); ++e) {
    std::set<std::string> g(gold[e].begin(), gold[e].end());
    std::set<std::string> p(predicted[e].begin(), predicted[e].end());
    for (const std::string& l : g) {
      LabelScores& s = r.per_label[index[l]];
      ++s.support;
      p.count(l) ? ++s.tp : ++s.fn;
    }
    for (const std::string& l : p) {
      if (!g.count(l)) ++r.per_label[index[l]].fp;
    }
    if (!predicted[e].empty() && g.count(predicted[e][0])) ++correct;
    if (!gold[e].empty()) {
      size_t col = predicted[e].empty() ? r.labels.size() : index[predicted[e][0]];
      ++r.confusion[index[gold[e][0]]][col];
    }
  }
  r.accuracy = Ratio(correct, r.n);
  int64_t tp = 0, fp = 0, fn = 0;
  for (LabelScores& s : r.per_label) {
    s.scores = Prf(s.tp, s.fp, s.fn);
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
    r.macro.precision += s.scores.precision;
    r.macro.recall += s.scores.recall;
    r.macro.f1 += s.scores.f1;
  }
  r.micro = Prf(tp, fp, fn);
  if (!r.per_label.empty()) {
    double n = static_cast<double>(r.per_label.size());
    r.macro.precision /= n;
    r.macro.recall /= n;
    r.macro.f1 /= n;
  }
  return r;
}

StatusOr<EvalResult> Evaluate(const Predictions& p) {
  if (!p.confidence.empty() && p.confidence.size() != p.gold.size()) {
    return Status::InvalidArgument("Evaluate: " + std::to_string(p.gold.size()) +
                                   " examples and " + std::to_string(p.confidence.size()) +
                                   " confidences");
  }
  StatusOr<EvalResult> r = Evaluate(p.gold, p.predicted);
  if (!r.ok() || p.confidence.empty()) return r;
  std::vector<uint8_t> correct(p.gold.size());
  for (size_t e = 0; e < p.gold.size(); ++e) {
    const auto& g = p.gold[e];
    correct[e] = !p.predicted[e].empty() &&
                 std::find(g.begin(), g.end(), p.predicted[e][0]) != g.end();
  }
  r->calibration = Calibrate(p.confidence, correct);
  return r;
}

Status PredictFile(const Classifier& model, const std::string& path, const TrainOptions& data,
                   const PredictOptions& predict, int threads, Predictions* out) {
  *out = Predictions();
  std::vector<std::string> texts;
  ThreadPool pool(threads);  // one for all chunks
  auto flush = [&] {
    OrderedParallelMap<std::vector<LabelProb>>(
        &pool, texts.size(),
        [&](size_t i) {
          std::vector<LabelProb> labels;
          model.Predict(texts[i], predict, &labels);
          return labels;
        },
        [&](size_t, std::vector<LabelProb>&& labels) {
          std::vector<std::string> ids;
          for (const LabelProb& l : labels) ids.push_back(l.label);
          out->predicted.push_back(std::move(ids));
          out->confidence.push_back(labels.empty() ? 0.0 : labels[0].prob);
        });
    texts.clear();
  };
  Status s = ForEachExample(path, data, [&](LabelledExample&& example, size_t) {
    if (example.labels.empty()) return true;
    out->gold.push_back(std::move(example.labels));
    texts.push_back(std::move(example.text));
    if (texts.size() >= kPredictChunk) flush();
    return true;
  });
  BAOKAN_RETURN_IF_ERROR(s);
  flush();
  if (out->gold.empty()) return Status::DataError(path + ": no labelled examples");
  return Status::OK();
}

Status EvaluateFile(const Classifier& model, const std::string& path, const TrainOptions& data,
                    const PredictOptions& predict, int threads, EvalResult* result) {
  Predictions p;
  BAOKAN_RETURN_IF_ERROR(PredictFile(model, path, data, predict, threads, &p));
  StatusOr<EvalResult> r = Evaluate(p);
  if (!r.ok()) return r.status();
  *result = std::move(r).value();
  return Status::OK();
}

std::string EvalToJson(const EvalResult& r, const Taxonomy& taxonomy) {
  std::string out = "{\"accuracy\":" + Round4(r.accuracy) + ",\"micro\":" + PrfJson(r.micro) +
                    ",\"macro\":" + PrfJson(r.macro) + ",\"per_label\":[";
  for (size_t i = 0; i < r.per_label.size(); ++i) {
    const LabelScores& s = r.per_label[i];
    const SubjectInfo* info = taxonomy.Find(s.label);
    out += (i ? "," : "") + std::string("{\"label\":") + JsonQuote(s.label) +
           ",\"name\":" + (info ? JsonQuote(info->name) : "null") +
           ",\"precision\":" + Round4(s.scores.precision) + ",\"recall\":" +
           Round4(s.scores.recall) + ",\"f1\":" + Round4(s.scores.f1) +
           ",\"support\":" + std::to_string(s.support) + ",\"tp\":" + std::to_string(s.tp) +
           ",\"fp\":" + std::to_string(s.fp) + ",\"fn\":" + std::to_string(s.fn) + "}";
  }
  out += "],\"confusion\":{\"labels\":[";
  for (size_t i = 0; i < r.labels.size(); ++i) out += (i ? "," : "") + JsonQuote(r.labels[i]);
  out += "],\"columns_end_with_none\":true,\"matrix\":[";
  for (size_t i = 0; i < r.confusion.size(); ++i) {
    out += i ? ",[" : "[";
    for (size_t j = 0; j < r.confusion[i].size(); ++j) {
      out += (j ? "," : "") + std::to_string(r.confusion[i][j]);
    }
    out += "]";
  }
  out += "]}";
  if (!r.calibration.bins.empty()) {
    out += ",\"calibration\":{\"ece\":" + Round4(r.calibration.ece) + ",\"bins\":[";
    for (size_t b = 0; b < r.calibration.bins.size(); ++b) {
      const CalibrationBin& bin = r.calibration.bins[b];
      out += (b ? "," : "") + std::string("{\"low\":") + Round4(bin.low) +
             ",\"high\":" + Round4(bin.high) + ",\"n\":" + std::to_string(bin.n) +
             ",\"confidence\":" + Round4(bin.confidence) +
             ",\"accuracy\":" + Round4(bin.accuracy) + "}";
    }
    out += "]}";
  }
  out += ",\"n\":" + std::to_string(r.n) + "}";
  return out;
}

std::string EvalToText(const EvalResult& r, const Taxonomy& taxonomy) {
  char buf[256];
  std::string out;
  std::snprintf(buf, sizeof buf, "examples  %lld\naccuracy  %.4f\n", static_cast<long long>(r.n),
                r.accuracy);
  out += buf;
  std::snprintf(buf, sizeof buf, "%-9s %9s %9s %9s\n", "", "precision", "recall", "f1");
  out += buf;
  for (auto [name, s] : {std::pair{"micro", &r.micro}, std::pair{"macro", &r.macro}}) {
    std::snprintf(buf, sizeof buf, "%-9s %9.4f %9.4f %9.4f\n", name, s->precision, s->recall,
                  s->f1);
    out += buf;
  }
  if (!r.calibration.bins.empty()) {
    std::snprintf(buf, sizeof buf, "calibration error (ECE)  %.4f\n", r.calibration.ece);
    out += buf;
  }
  out += "\nlabel                 precision    recall        f1   support\n";
  for (const LabelScores& s : r.per_label) {
    const SubjectInfo* info = taxonomy.Find(s.label);
    std::string name = s.label + (info ? " " + info->name : "");
    std::snprintf(buf, sizeof buf, "%9.4f %9.4f %9.4f %9lld\n", s.scores.precision,
                  s.scores.recall, s.scores.f1, static_cast<long long>(s.support));
    // Pad by display columns: CJK characters take two.
    int width = 0;
    for (size_t i = 0; i < name.size(); ++i) {
      unsigned char c = name[i];
      if (c < 0x80) ++width;
      else if (c >= 0xE0) width += 2;
    }
    out += name + std::string(std::max(1, 22 - width), ' ') + buf;
  }
  return out;
}

}  // namespace baokan
