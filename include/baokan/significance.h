// Statistics that say whether a difference between two classifiers is real:
// McNemar's test on paired outcomes, a paired bootstrap interval, and the
// calibration of predicted probabilities (reliability table, expected
// calibration error). Pure functions of their inputs: the same input gives the
// same figures on every run and at any thread count.

#ifndef BAOKAN_SIGNIFICANCE_H_
#define BAOKAN_SIGNIFICANCE_H_

#include <cstdint>
#include <functional>
#include <vector>

namespace baokan {

// ---- McNemar's test -------------------------------------------------------

// Below this many discordant pairs (only_a + only_b) McNemar() uses the exact
// binomial test; from it on, the chi-square approximation with continuity
// correction (the usual rule: the approximation is good once b + c >= 25).
inline constexpr int64_t kMcNemarExactBelow = 25;

struct McNemarResult {
  int64_t only_a = 0;   // b: examples A gets right and B gets wrong
  int64_t only_b = 0;   // c: examples B gets right and A gets wrong
  bool exact = false;   // true: exact binomial; false: chi-square, 1 df, corrected
  double statistic = 0; // chi-square (|b - c| - 1)^2 / (b + c); 0 when exact
  double p_value = 1;   // two-sided; 1 when b + c == 0
};

// McNemar's test of "A and B are equally often right" from the discordant
// counts. Exact: p = min(1, 2 * P(X <= min(b, c))), X ~ Binomial(b + c, 1/2).
// Otherwise p = P(chi-square with 1 df >= statistic). Requires b, c >= 0.
McNemarResult McNemar(int64_t only_a, int64_t only_b);

// P(X >= x) for X chi-square distributed with one degree of freedom
// (erfc(sqrt(x / 2))); 1 for x <= 0.
double ChiSquare1Survival(double x);

// ---- Paired bootstrap -----------------------------------------------------

// Default number of bootstrap resamples and the fixed seed: the interval is
// the same on every run. 2,000 resamples put the 2.5 % and 97.5 % points
// within about ±0.1 point of accuracy of their limit on 10,000 examples.
inline constexpr int kBootstrapResamples = 2000;
inline constexpr uint64_t kBootstrapSeed = 20161207;

struct BootstrapOptions {
  int resamples = kBootstrapResamples;  // >= 1
  uint64_t seed = kBootstrapSeed;
  double level = 0.95;                  // two-sided coverage, in (0, 1)
};

struct Interval {
  double low = 0, high = 0;
};

// A statistic of a resample: weights[i] is how many times example i was drawn
// (they sum to n).
using ResampleStatistic = std::function<double(const std::vector<uint32_t>& weights)>;

// The percentile bootstrap interval of `statistic` over n examples: draws
// `resamples` samples of n indices with replacement (SplitMix64 from `seed`,
// index = high 64 bits of draw * n), sorts the statistic's values v[0..R-1]
// and returns v[floor(a R)] and v[ceil((1 - a) R) - 1] with a = (1 - level) / 2.
// For a paired comparison, let the statistic be the difference B - A on the
// same resample. Requires n >= 1.
Interval BootstrapInterval(size_t n, const ResampleStatistic& statistic,
                           const BootstrapOptions& options = {});

// ---- Calibration ----------------------------------------------------------

// Bins of the reliability table: equal-width confidence bins [0, 0.1), ...,
// [0.9, 1.0].
inline constexpr int kCalibrationBins = 10;

struct CalibrationBin {
  double low = 0, high = 0;  // confidence range of the bin
  int64_t n = 0;             // examples whose top probability falls in it
  double confidence = 0;     // their mean top probability (0 when n == 0)
  double accuracy = 0;       // share of them whose top label is right
};

struct Calibration {
  std::vector<CalibrationBin> bins;
  // Expected calibration error: sum over bins of n_b / N * |accuracy_b -
  // confidence_b|, in [0, 1]; 0 when there are no examples.
  double ece = 0;
};

// The reliability table of top-label probabilities. confidence[i] in [0, 1]
// (clamped) is the probability of example i's top prediction (0 when it has
// none), correct[i] whether that prediction is right. Bin of p: floor(p *
// bins), the last bin closed at 1. Sizes must match; bins >= 1.
Calibration Calibrate(const std::vector<double>& confidence, const std::vector<uint8_t>& correct,
                      int bins = kCalibrationBins);

// ---- Spread ---------------------------------------------------------------

struct MeanSpread {
  double mean = 0;
  double sd = 0;  // sample standard deviation (n - 1); 0 for fewer than 2 values
  double min = 0, max = 0;
};

// Mean, sample standard deviation, minimum and maximum of `values` (all 0
// when empty).
MeanSpread Summarize(const std::vector<double>& values);

}  // namespace baokan

#endif  // BAOKAN_SIGNIFICANCE_H_
