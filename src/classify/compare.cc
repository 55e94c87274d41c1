// The paired comparison of two classifiers on the same examples: accuracy and
// macro-F1 differences with their bootstrap intervals, and McNemar's test.

#include <algorithm>
#include <cmath>
#include <map>

#include "baokan/json.h"
#include "classify/internal.h"

namespace baokan {
namespace {

// One example's contribution to the per-label counts of one model.
struct Contribution {
  uint32_t label;
  enum Kind : uint8_t { kTp, kFp, kFn } kind;
};

// Per-example contributions and top-label correctness of one model, with
// labels numbered by `index` (shared by both models).
struct Outcomes {
  std::vector<std::vector<Contribution>> contributions;
  std::vector<uint8_t> correct;
};

Outcomes Tally(const Predictions& p, const std::map<std::string, uint32_t>& index) {
  Outcomes o;
  o.contributions.resize(p.gold.size());
  o.correct.resize(p.gold.size());
  for (size_t e = 0; e < p.gold.size(); ++e) {
    const auto& g = p.gold[e];
    const auto& pred = p.predicted[e];
    auto has = [](const std::vector<std::string>& v, const std::string& x) {
      return std::find(v.begin(), v.end(), x) != v.end();
    };
    std::vector<std::string> seen;
    for (const std::string& l : g) {
      if (has(seen, l)) continue;
      seen.push_back(l);
      o.contributions[e].push_back({index.at(l), has(pred, l) ? Contribution::kTp
                                                              : Contribution::kFn});
    }
    for (const std::string& l : pred) {
      if (has(seen, l)) continue;
      seen.push_back(l);
      o.contributions[e].push_back({index.at(l), Contribution::kFp});
    }
    o.correct[e] = !pred.empty() && has(g, pred[0]);
  }
  return o;
}

// Macro-F1 over the labels with any tp, fp or fn (the labels seen in gold or
// predictions), each example counted weights[e] times: as Evaluate() does.
double MacroF1(const Outcomes& o, const std::vector<uint32_t>& weights, size_t nlabels) {
  std::vector<int64_t> tp(nlabels), fp(nlabels), fn(nlabels);
  for (size_t e = 0; e < o.contributions.size(); ++e) {
    if (weights[e] == 0) continue;
    for (const Contribution& c : o.contributions[e]) {
      auto& counts = c.kind == Contribution::kTp ? tp : c.kind == Contribution::kFp ? fp : fn;
      counts[c.label] += weights[e];
    }
  }
  double sum = 0;
  int seen = 0;
  for (size_t l = 0; l < nlabels; ++l) {
    if (tp[l] + fp[l] + fn[l] == 0) continue;
    ++seen;
    // F1 = 2 tp / (2 tp + fp + fn), the harmonic mean of P and R (0 when tp = 0).
    sum += tp[l] ? 2.0 * tp[l] / static_cast<double>(2 * tp[l] + fp[l] + fn[l]) : 0;
  }
  return seen ? sum / seen : 0;
}

double Accuracy(const Outcomes& o, const std::vector<uint32_t>& weights) {
  int64_t right = 0, total = 0;
  for (size_t e = 0; e < o.correct.size(); ++e) {
    right += o.correct[e] * static_cast<int64_t>(weights[e]);
    total += weights[e];
  }
  return total ? static_cast<double>(right) / static_cast<double>(total) : 0;
}

std::string Signed4(double x) { return JsonNumber(std::round(x * 10000) / 10000); }

std::string Fixed6(double x) {
  // p-values can be tiny: 6 significant digits, not 4 decimals.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

}  // namespace

StatusOr<PairedComparison> ComparePaired(const Predictions& a, const Predictions& b,
                                         const BootstrapOptions& options) {
  if (a.gold != b.gold || a.predicted.size() != a.gold.size() ||
      b.predicted.size() != b.gold.size()) {
    return Status::InvalidArgument(
        "ComparePaired: the two models were not scored on the same labelled examples");
  }
  if (a.gold.empty()) return Status::InvalidArgument("ComparePaired: no examples");
  std::map<std::string, uint32_t> index;
  for (const Predictions* p : {&a, &b}) {
    for (const auto* side : {&p->gold, &p->predicted}) {
      for (const auto& labels : *side) {
        for (const std::string& l : labels) index.emplace(l, 0);
      }
    }
  }
  uint32_t next = 0;
  for (auto& [label, i] : index) i = next++;
  const Outcomes oa = Tally(a, index), ob = Tally(b, index);
  const size_t n = a.gold.size(), nlabels = index.size();

  PairedComparison c;
  c.n = static_cast<int64_t>(n);
  const std::vector<uint32_t> all(n, 1);
  c.accuracy_diff = Accuracy(ob, all) - Accuracy(oa, all);
  c.macro_f1_diff = MacroF1(ob, all, nlabels) - MacroF1(oa, all, nlabels);
  c.accuracy_ci = BootstrapInterval(
      n, [&](const std::vector<uint32_t>& w) { return Accuracy(ob, w) - Accuracy(oa, w); },
      options);
  c.macro_f1_ci = BootstrapInterval(
      n,
      [&](const std::vector<uint32_t>& w) {
        return MacroF1(ob, w, nlabels) - MacroF1(oa, w, nlabels);
      },
      options);
  int64_t only_a = 0, only_b = 0;
  for (size_t e = 0; e < n; ++e) {
    only_a += oa.correct[e] && !ob.correct[e];
    only_b += ob.correct[e] && !oa.correct[e];
  }
  c.mcnemar = McNemar(only_a, only_b);
  return c;
}

std::string ComparisonToJson(const PairedComparison& c, const BootstrapOptions& options) {
  auto diff = [](double d, const Interval& ci) {
    return "{\"diff\":" + Signed4(d) + ",\"ci95\":[" + Signed4(ci.low) + "," + Signed4(ci.high) +
           "]}";
  };
  return "{\"n\":" + std::to_string(c.n) + ",\"accuracy\":" + diff(c.accuracy_diff, c.accuracy_ci) +
         ",\"macro_f1\":" + diff(c.macro_f1_diff, c.macro_f1_ci) +
         ",\"mcnemar\":{\"only_a\":" + std::to_string(c.mcnemar.only_a) +
         ",\"only_b\":" + std::to_string(c.mcnemar.only_b) + ",\"test\":\"" +
         (c.mcnemar.exact ? "exact-binomial" : "chi2-continuity") +
         "\",\"statistic\":" + Fixed6(c.mcnemar.statistic) + ",\"p\":" + Fixed6(c.mcnemar.p_value) +
         "},\"bootstrap\":{\"resamples\":" + std::to_string(options.resamples) +
         ",\"seed\":" + std::to_string(options.seed) + ",\"level\":" + JsonNumber(options.level) +
         "}}";
}

}  // namespace baokan
