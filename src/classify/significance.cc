// McNemar's test, the percentile bootstrap, calibration and summary spread
// (include/baokan/significance.h).

#include "baokan/significance.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "classify/internal.h"

namespace baokan {

using classify::SplitMix64;

double ChiSquare1Survival(double x) { return x <= 0 ? 1.0 : std::erfc(std::sqrt(x / 2)); }

McNemarResult McNemar(int64_t only_a, int64_t only_b) {
  McNemarResult r;
  r.only_a = only_a;
  r.only_b = only_b;
  const int64_t n = only_a + only_b;
  if (n == 0) {
    r.exact = true;
    return r;
  }
  if (n < kMcNemarExactBelow) {
    // Exact: the binomial coefficients of n < 25 fit in 64 bits.
    r.exact = true;
    const int64_t k = std::min(only_a, only_b);
    uint64_t choose = 1, tail = 0;  // C(n, i), sum of C(n, 0..k)
    for (int64_t i = 0; i <= k; ++i) {
      tail += choose;
      choose = choose * static_cast<uint64_t>(n - i) / static_cast<uint64_t>(i + 1);
    }
    r.p_value = std::min(1.0, 2.0 * std::ldexp(static_cast<double>(tail), -static_cast<int>(n)));
    return r;
  }
  const double d = static_cast<double>(std::llabs(only_a - only_b)) - 1;
  r.statistic = d > 0 ? d * d / static_cast<double>(n) : 0;
  r.p_value = ChiSquare1Survival(r.statistic);
  return r;
}

Interval BootstrapInterval(size_t n, const ResampleStatistic& statistic,
                           const BootstrapOptions& options) {
  SplitMix64 rng(options.seed);
  const int resamples = std::max(1, options.resamples);
  std::vector<double> values;
  values.reserve(static_cast<size_t>(resamples));
  std::vector<uint32_t> weights(n);
  for (int r = 0; r < resamples; ++r) {
    std::fill(weights.begin(), weights.end(), 0);
    for (size_t i = 0; i < n; ++i) ++weights[rng.Below(n)];
    values.push_back(statistic(weights));
  }
  std::sort(values.begin(), values.end());
  const double alpha = (1 - options.level) / 2;
  const double count = static_cast<double>(resamples);
  size_t lo = static_cast<size_t>(std::floor(alpha * count));
  size_t hi = static_cast<size_t>(std::ceil((1 - alpha) * count));
  lo = std::min(lo, values.size() - 1);
  hi = std::clamp<size_t>(hi, 1, values.size()) - 1;
  return {values[lo], values[hi]};
}

Calibration Calibrate(const std::vector<double>& confidence, const std::vector<uint8_t>& correct,
                      int bins) {
  Calibration c;
  bins = std::max(1, bins);
  c.bins.resize(static_cast<size_t>(bins));
  std::vector<double> sum_conf(c.bins.size(), 0);
  std::vector<int64_t> right(c.bins.size(), 0);
  const size_t n = std::min(confidence.size(), correct.size());
  for (size_t i = 0; i < n; ++i) {
    double p = std::clamp(confidence[i], 0.0, 1.0);
    size_t b = std::min(c.bins.size() - 1, static_cast<size_t>(p * bins));
    ++c.bins[b].n;
    sum_conf[b] += p;
    right[b] += correct[i] ? 1 : 0;
  }
  for (size_t b = 0; b < c.bins.size(); ++b) {
    CalibrationBin& bin = c.bins[b];
    bin.low = static_cast<double>(b) / bins;
    bin.high = static_cast<double>(b + 1) / bins;
    if (bin.n == 0) continue;
    bin.confidence = sum_conf[b] / static_cast<double>(bin.n);
    bin.accuracy = static_cast<double>(right[b]) / static_cast<double>(bin.n);
    c.ece += static_cast<double>(bin.n) / static_cast<double>(n) *
             std::fabs(bin.accuracy - bin.confidence);
  }
  return c;
}

MeanSpread Summarize(const std::vector<double>& values) {
  MeanSpread s;
  if (values.empty()) return s;
  s.min = *std::min_element(values.begin(), values.end());
  s.max = *std::max_element(values.begin(), values.end());
  double sum = 0;
  for (double v : values) sum += v;
  s.mean = sum / static_cast<double>(values.size());
  if (values.size() > 1) {
    double sq = 0;
    for (double v : values) sq += (v - s.mean) * (v - s.mean);
    s.sd = std::sqrt(sq / static_cast<double>(values.size() - 1));
  }
  return s;
}

}  // namespace baokan
