#include "baokan/significance.h"

#include <gtest/gtest.h>

#include <cmath>

namespace baokan {
namespace {

// Two-sided exact binomial p-value, by the definition, for the tests only:
// sum of the probabilities of every outcome no more likely than k.
double ExactTwoSided(int n, int k) {
  std::vector<double> p(static_cast<size_t>(n) + 1);
  for (int i = 0; i <= n; ++i) {
    p[i] = std::exp(std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) -
                    n * std::log(2.0));
  }
  double sum = 0;
  for (int i = 0; i <= n; ++i) {
    if (p[i] <= p[k] * (1 + 1e-12)) sum += p[i];
  }
  return std::min(1.0, sum);
}

// A 2x2 table of paired outcomes (rows A right/wrong, columns B right/wrong):
//   both right 80, A only 10, B only 2, both wrong 8.
// Discordant pairs b = 10, c = 2: 12 < 25, so the exact test:
//   P(X <= 2 | n = 12) = (1 + 12 + 66) / 4096 = 79 / 4096, p = 158 / 4096.
TEST(McNemarTest, ExactBinomialForFewDiscordantPairs) {
  McNemarResult r = McNemar(10, 2);
  EXPECT_TRUE(r.exact);
  EXPECT_EQ(r.only_a, 10);
  EXPECT_EQ(r.only_b, 2);
  EXPECT_DOUBLE_EQ(r.p_value, 158.0 / 4096);
  EXPECT_NEAR(r.p_value, ExactTwoSided(12, 2), 1e-12);
  // Symmetric in A and B.
  EXPECT_DOUBLE_EQ(McNemar(2, 10).p_value, r.p_value);
}

TEST(McNemarTest, ExactAgreesWithTheDefinitionUpToTheSwitch) {
  for (int n = 1; n < kMcNemarExactBelow; ++n) {
    for (int k = 0; k <= n; ++k) {
      McNemarResult r = McNemar(k, n - k);
      ASSERT_TRUE(r.exact);
      EXPECT_NEAR(r.p_value, ExactTwoSided(n, std::min(k, n - k)), 1e-12) << n << " " << k;
    }
  }
  EXPECT_FALSE(McNemar(kMcNemarExactBelow, 0).exact);
}

// b = 30, c = 12: 42 discordant pairs, chi-square with continuity correction:
//   (|30 - 12| - 1)^2 / 42 = 289 / 42 = 6.881, p = 0.0087 (table: 6.635 is
//   the 1 % point, 7.879 the 0.5 % point).
TEST(McNemarTest, ChiSquareWithContinuityCorrection) {
  McNemarResult r = McNemar(30, 12);
  EXPECT_FALSE(r.exact);
  EXPECT_DOUBLE_EQ(r.statistic, 289.0 / 42);
  EXPECT_GT(r.p_value, 0.005);
  EXPECT_LT(r.p_value, 0.01);
  EXPECT_DOUBLE_EQ(r.p_value, ChiSquare1Survival(289.0 / 42));
}

TEST(McNemarTest, ChiSquareSurvivalMatchesTablePoints) {
  // Independent: chi-square(1) is the square of a standard normal, so
  // P(X >= z^2) = 2 (1 - Phi(z)); z = 1.959964 and 2.575829 give 5 % and 1 %.
  EXPECT_NEAR(ChiSquare1Survival(1.959964 * 1.959964), 0.05, 1e-6);
  EXPECT_NEAR(ChiSquare1Survival(2.575829 * 2.575829), 0.01, 1e-6);
  EXPECT_NEAR(ChiSquare1Survival(3.841459), 0.05, 1e-6);
  EXPECT_DOUBLE_EQ(ChiSquare1Survival(0), 1.0);
}

TEST(McNemarTest, NoDisagreementMeansNoEvidence) {
  EXPECT_DOUBLE_EQ(McNemar(0, 0).p_value, 1.0);
  EXPECT_DOUBLE_EQ(McNemar(5, 5).p_value, 1.0);
  // Equal counts above the switch: |b - c| - 1 < 0 gives statistic 0.
  McNemarResult r = McNemar(40, 40);
  EXPECT_FALSE(r.exact);
  EXPECT_DOUBLE_EQ(r.statistic, 0);
  EXPECT_DOUBLE_EQ(r.p_value, 1.0);
}

// The mean of paired differences d_i in {-1, 0, 1}: the bootstrap percentile
// interval must agree with the normal interval mean ± 1.96 sd / sqrt(n).
TEST(BootstrapTest, MeanDifferenceMatchesTheNormalInterval) {
  const size_t n = 2000;
  std::vector<int> d(n);
  for (size_t i = 0; i < n; ++i) d[i] = i % 10 == 0 ? 1 : (i % 10 == 1 ? -1 : (i % 4 == 0));
  double mean = 0, sq = 0;
  for (int v : d) mean += v;
  mean /= n;
  for (int v : d) sq += (v - mean) * (v - mean);
  double se = std::sqrt(sq / (n - 1) / n);
  auto stat = [&](const std::vector<uint32_t>& w) {
    double s = 0;
    for (size_t i = 0; i < n; ++i) s += static_cast<double>(w[i]) * d[i];
    return s / n;
  };
  Interval ci = BootstrapInterval(n, stat);
  EXPECT_NEAR(ci.low, mean - 1.959964 * se, 0.15 * 1.96 * se);
  EXPECT_NEAR(ci.high, mean + 1.959964 * se, 0.15 * 1.96 * se);
  EXPECT_LT(ci.low, mean);
  EXPECT_GT(ci.high, mean);
}

TEST(BootstrapTest, WeightsSumToNAndSeedFixesTheResult) {
  const size_t n = 37;
  auto stat = [&](const std::vector<uint32_t>& w) {
    uint64_t total = 0;
    double s = 0;
    for (size_t i = 0; i < n; ++i) {
      total += w[i];
      s += w[i] * static_cast<double>(i);
    }
    EXPECT_EQ(total, n);
    return s / n;
  };
  BootstrapOptions o;
  o.resamples = 200;
  Interval a = BootstrapInterval(n, stat, o);
  Interval b = BootstrapInterval(n, stat, o);
  EXPECT_EQ(a.low, b.low);
  EXPECT_EQ(a.high, b.high);
  o.seed += 1;
  Interval c = BootstrapInterval(n, stat, o);
  EXPECT_TRUE(c.low != a.low || c.high != a.high);
}

TEST(BootstrapTest, ConstantStatisticGivesAPointInterval) {
  Interval ci = BootstrapInterval(10, [](const std::vector<uint32_t>&) { return 0.25; });
  EXPECT_EQ(ci.low, 0.25);
  EXPECT_EQ(ci.high, 0.25);
}

TEST(BootstrapTest, PercentilePositionsAreTheDocumentedOnes) {
  // The statistic returns 0, 1, 2, ... in call order; with R = 40 and level
  // 0.95 the interval is v[floor(0.025 * 40)] = v[1] and v[ceil(0.975 * 40) - 1] = v[38].
  int calls = 0;
  BootstrapOptions o;
  o.resamples = 40;
  Interval ci = BootstrapInterval(5, [&](const std::vector<uint32_t>&) { return calls++; }, o);
  EXPECT_EQ(ci.low, 1);
  EXPECT_EQ(ci.high, 38);
}

// Confidences 0.95, 0.95, 0.85, 0.15 with right, wrong, right, wrong:
//   bin 9: n 2, confidence 0.95, accuracy 0.5 -> 2/4 * 0.45 = 0.225
//   bin 8: n 1, confidence 0.85, accuracy 1   -> 1/4 * 0.15 = 0.0375
//   bin 1: n 1, confidence 0.15, accuracy 0   -> 1/4 * 0.15 = 0.0375
//   ECE = 0.3
TEST(CalibrationTest, HandComputedReliabilityTable) {
  Calibration c = Calibrate({0.95, 0.95, 0.85, 0.15}, {1, 0, 1, 0});
  ASSERT_EQ(c.bins.size(), static_cast<size_t>(kCalibrationBins));
  EXPECT_EQ(c.bins[9].n, 2);
  EXPECT_DOUBLE_EQ(c.bins[9].confidence, 0.95);
  EXPECT_DOUBLE_EQ(c.bins[9].accuracy, 0.5);
  EXPECT_EQ(c.bins[8].n, 1);
  EXPECT_EQ(c.bins[1].n, 1);
  EXPECT_EQ(c.bins[0].n, 0);
  EXPECT_DOUBLE_EQ(c.bins[3].low, 0.3);
  EXPECT_DOUBLE_EQ(c.bins[3].high, 0.4);
  EXPECT_NEAR(c.ece, 0.3, 1e-12);
}

TEST(CalibrationTest, ProbabilityOneFallsInTheLastBinAndPerfectIsZero) {
  Calibration c = Calibrate({1.0, 1.0, 0.0}, {1, 1, 0}, 4);
  ASSERT_EQ(c.bins.size(), 4u);
  EXPECT_EQ(c.bins[3].n, 2);
  EXPECT_EQ(c.bins[0].n, 1);
  EXPECT_DOUBLE_EQ(c.ece, 0);
  EXPECT_DOUBLE_EQ(Calibrate({}, {}).ece, 0);
}

TEST(SummarizeTest, SampleStandardDeviation) {
  // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sample sd sqrt(32 / 7).
  MeanSpread s = Summarize({2, 4, 4, 4, 5, 5, 7, 9});
  EXPECT_DOUBLE_EQ(s.mean, 5);
  EXPECT_NEAR(s.sd, std::sqrt(32.0 / 7), 1e-12);
  EXPECT_EQ(s.min, 2);
  EXPECT_EQ(s.max, 9);
  EXPECT_EQ(Summarize({3}).sd, 0);
}

}  // namespace
}  // namespace baokan
