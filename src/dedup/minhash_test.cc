#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "baokan/dedup.h"
#include "base/utf8.h"
#include "dedup/match_form.h"
#include "dedup/signature.h"

namespace baokan {
namespace {

// A text whose 1-shingles are the distinct characters U+4E00+first ..
// U+4E00+last-1, so that set sizes and overlaps are exact.
std::string Chars(int first, int last) {
  std::string s;
  for (int i = first; i < last; ++i) AppendUtf8(static_cast<char32_t>(0x4E00 + i), &s);
  return s;
}

SignatureOptions Options(int num_perm, uint64_t seed) {
  SignatureOptions o;
  o.shingle_size = 1;
  o.num_perm = num_perm;
  o.seed = seed;
  return o;
}

double Estimate(const std::string& a, const std::string& b, const SignatureOptions& o) {
  return EstimateJaccard(ComputeSignature(a, o), ComputeSignature(b, o));
}

TEST(MinHashTest, KnownSetWithinError) {
  // |A| = |B| = 1000, |A ∩ B| = 500: J = 1/3. Standard error at K = 128 is
  // sqrt(J(1-J)/K) = 0.042; a single estimate lies within 4 of them.
  const std::string a = Chars(0, 1000), b = Chars(500, 1500);
  const double j = 1.0 / 3.0;
  const double se = std::sqrt(j * (1 - j) / 128);
  EXPECT_NEAR(Estimate(a, b, Options(128, kDefaultSignatureSeed)), j, 4 * se);
  // The mean over 40 seeds is within 4 standard errors of the mean: unbiased.
  double sum = 0;
  for (uint64_t seed = 1; seed <= 40; ++seed) sum += Estimate(a, b, Options(128, seed));
  EXPECT_NEAR(sum / 40, j, 4 * se / std::sqrt(40.0));
  // More values, smaller error.
  EXPECT_NEAR(Estimate(a, b, Options(1024, 5)), j, 4 * std::sqrt(j * (1 - j) / 1024));
}

TEST(MinHashTest, DensifiedSmallSetsStayUnbiased) {
  // 60-element sets leave most of the 128 bins empty: densification fills
  // them without bias. |A ∩ B| = 30 of |A ∪ B| = 90: J = 1/3.
  const std::string a = Chars(0, 60), b = Chars(30, 90);
  double sum = 0;
  const int runs = 60;
  for (int seed = 1; seed <= runs; ++seed) sum += Estimate(a, b, Options(128, seed));
  EXPECT_NEAR(sum / runs, 1.0 / 3.0, 0.04);
  // Containment-shaped pair: B inside A, |B| = 0.3 |A|, J = 0.3.
  const std::string big = Chars(0, 1000), small = Chars(200, 500);
  sum = 0;
  for (int seed = 1; seed <= runs; ++seed) sum += Estimate(big, small, Options(128, seed));
  EXPECT_NEAR(sum / runs, 0.3, 0.03);
}

TEST(MinHashTest, IdenticalDisjointAndEmpty) {
  const SignatureOptions o;
  const std::string t = "马鞍山市以全科社工激活基层服务末梢神经专科变全能服务更到位";
  EXPECT_EQ(Estimate(t, t, o), 1.0);
  EXPECT_LT(Estimate(Chars(0, 500), Chars(500, 1000), Options(128, 3)), 0.05);
  const Signature empty = ComputeSignature("", o);
  EXPECT_EQ(empty.shingle_count, 0u);
  EXPECT_EQ(EstimateJaccard(empty, empty), 0.0);
  EXPECT_EQ(ComputeSignature(t, o).shingle_count, 29u - 5u + 1u);
}

TEST(MinHashTest, ReproducibleAndSeeded) {
  const std::string t = Chars(0, 300);
  SignatureOptions o;
  const Signature a = ComputeSignature(t, o), b = ComputeSignature(t, o);
  EXPECT_EQ(a.values, b.values);
  ASSERT_EQ(a.values.size(), 128u);
  o.seed = 99;
  EXPECT_NE(ComputeSignature(t, o).values, a.values);
}

TEST(MinHashTest, ValidatesOptions) {
  SignatureOptions o;
  EXPECT_TRUE(ValidateSignatureOptions(o).ok());
  o.shingle_size = 0;
  // The library names the field; the command names its flag.
  EXPECT_EQ(ValidateSignatureOptions(o).message(), "shingle_size must be between 1 and 32, not 0");
  o.shingle_size = 5;
  o.num_perm = 4;
  EXPECT_EQ(ValidateSignatureOptions(o).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(ValidateSignatureOptions(o).message(), "num_perm must be between 8 and 4096, not 4");
}

// The one-pass signature of a text equals the signature of its compared
// form, on the fast path (simplified, traditional, ASCII, punctuation) and on
// texts that need MatchForm (full-width letters, Ext. B, control
// characters), for several k including the unpacked k > 6.
TEST(MinHashTest, OnePassSignatureEqualsSignatureOfTheComparedForm) {
  const char* texts[] = {"", "，。", "社工", "国务院新闻办公室今天举行发布会，介绍经济运行情况。",
                         "國務院新聞辦公室今天舉行發佈會，介紹經濟運行情況。",
                         "GDP增长5.2%，ＡＢＣ全角１２３", "𠀀扩展B字符与臺灣", "控制\x01字符",
                         "a-b, c.d; (e) [f] 1.88万元\n第二段"};
  for (int k : {1, 3, 5, 6, 7, 9}) {
    SignatureOptions o;
    o.shingle_size = k;
    o.num_perm = 64;
    for (const char* t : texts) {
      const Signature direct = ComputeSignature(dedup::CompareForm(t), o);
      const Signature one_pass = dedup::CompareFormSignature(t, o);
      EXPECT_EQ(one_pass.values, direct.values) << "k=" << k << " " << t;
      EXPECT_EQ(one_pass.shingle_count, direct.shingle_count) << "k=" << k << " " << t;
    }
  }
}

// Signatures are the same bytes on every machine: these values pin the
// shingle hash (XXH3 over packed code points), the bins and the
// densification. If they change, the signature file's scheme must change.
TEST(MinHashTest, SignatureValuesArePinned) {
  SignatureOptions o;
  o.num_perm = 8;
  const Signature s = ComputeSignature("国务院新闻办公室今天举行发布会", o);
  EXPECT_EQ(s.shingle_count, 11u);
  const std::vector<uint64_t> expected = {
      0x0bdf703db6b3352aULL,
      0x36a8f4bd9ff3daddULL,
      0xc9ac83b17f6c18aaULL,
      0xa501c2e97f402a04ULL,
      0xa501c2e97f402a04ULL,
      0xa501c2e97f402a04ULL,
      0xc9ac83b17f6c18aaULL,
      0xc9ac83b17f6c18aaULL};
  EXPECT_EQ(s.values, expected);
}

}  // namespace
}  // namespace baokan
