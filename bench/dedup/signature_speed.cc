// Prints the cost of each step of fingerprinting, per core, over the `text`
// of the article records in a JSONL file (read into memory first, so no I/O
// is timed), each step repeated until about 100 MB of text went through:
//   parse       JSON record -> the fields dedup reads (ReadArticleFields)
//   compare     CompareForm: match form, traditional folded
//   signature   ComputeSignature on the compared form (one-permutation
//               MinHash, the shipped scheme)
//   k-minima    for comparison: K independent minima per shingle, 8 lanes of
//               32-bit hashes at a time (AVX2 when the CPU has it, else the
//               portable loop), the scheme the issue weighed against OPH
//   one-pass    CompareFormSignature: compare + signature without building
//               the compared form (what fingerprint and dedup call)
//   all         parse + one-pass, what fingerprint does per record
// MB/s are of text bytes (UTF-8) per second of this process's CPU time.
//
//   bench_dedup_signature_speed ARTICLES.jsonl

#include <immintrin.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/json.h"
#include "dedup/article_fields.h"
#include "dedup/match_form.h"
#include "dedup/shingle.h"
#include "dedup/signature.h"

namespace {

using baokan::SignatureOptions;

constexpr size_t kTargetBytes = 100u << 20;

double CpuSeconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// Runs f over the items round-robin until kTargetBytes of text; prints MB/s.
void Measure(const char* what, const std::vector<size_t>& text_bytes,
             const std::function<size_t(size_t)>& f) {
  size_t bytes = 0, sink = 0;
  const double start = CpuSeconds();
  for (size_t k = 0; bytes < kTargetBytes; ++k) {
    const size_t i = k % text_bytes.size();
    sink += f(i);
    bytes += text_bytes[i];
  }
  const double cpu = CpuSeconds() - start;
  std::printf("%-10s %8.1f MB/s of text per core  (%.0f MB in %.2f s CPU; %zu)\n", what,
              bytes / cpu / 1e6, bytes / 1e6, cpu, sink % 10);
}

// K independent minima of (a_i * h + b_i) mod 2^32 over the 32-bit halves of
// each shingle hash; the portable loop and the AVX2 one give the same values.
struct KMinima {
  std::vector<uint32_t> a, b;
  explicit KMinima(int k) {
    uint64_t x = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < k; ++i) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      a.push_back(static_cast<uint32_t>(x >> 32) | 1u);
      b.push_back(static_cast<uint32_t>(x));
    }
  }
  void Portable(uint32_t h, uint32_t* mins) const {
    for (size_t i = 0; i < a.size(); ++i) mins[i] = std::min(mins[i], a[i] * h + b[i]);
  }
  __attribute__((target("avx2"))) void Avx2(uint32_t h, uint32_t* mins) const {
    const __m256i hv = _mm256_set1_epi32(static_cast<int>(h));
    for (size_t i = 0; i < a.size(); i += 8) {
      const __m256i av = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&a[i]));
      const __m256i bv = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&b[i]));
      __m256i m = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(&mins[i]));
      m = _mm256_min_epu32(m, _mm256_add_epi32(_mm256_mullo_epi32(av, hv), bv));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(&mins[i]), m);
    }
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: bench_dedup_signature_speed ARTICLES.jsonl\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::vector<std::string> lines, texts, forms;
  std::vector<size_t> text_bytes;
  for (std::string line; std::getline(in, line) && lines.size() < 50000;) {
    baokan::StatusOr<baokan::JsonRecord> rec = baokan::JsonRecord::Parse(line);
    baokan::dedup::ArticleFields f;
    if (!rec.ok() || !baokan::dedup::ReadArticleFields(*rec, true, &f).ok()) continue;
    lines.push_back(line);
    text_bytes.push_back(f.text.size());
    texts.push_back(std::move(f.text));
    forms.push_back(std::move(f.match_form));
  }
  if (lines.empty()) {
    std::fprintf(stderr, "bench_dedup_signature_speed: %s: no article records\n", argv[1]);
    return 2;
  }
  size_t total = 0;
  for (size_t b : text_bytes) total += b;
  std::printf("%zu articles, %.1f MB of text\n", lines.size(), total / 1e6);
  const SignatureOptions o;
  Measure("parse", text_bytes, [&](size_t i) {
    baokan::StatusOr<baokan::JsonRecord> rec = baokan::JsonRecord::Parse(lines[i]);
    baokan::dedup::ArticleFields f;
    return baokan::dedup::ReadArticleFields(*rec, false, &f).ok() ? f.text.size() : 0;
  });
  Measure("compare", text_bytes,
          [&](size_t i) { return baokan::dedup::CompareForm(texts[i]).size(); });
  Measure("signature", text_bytes,
          [&](size_t i) { return baokan::ComputeSignature(forms[i], o).values[0] & 7; });
  const KMinima km(o.num_perm);
  std::vector<uint32_t> mins(o.num_perm);
  const bool avx2 = __builtin_cpu_supports("avx2");
  Measure(avx2 ? "k-minima" : "k-minima*", text_bytes, [&](size_t i) {
    std::fill(mins.begin(), mins.end(), ~0u);
    baokan::dedup::ForEachShingle(forms[i], o.shingle_size, o.seed, [&](uint64_t h) {
      if (avx2) {
        km.Avx2(static_cast<uint32_t>(h), mins.data());
      } else {
        km.Portable(static_cast<uint32_t>(h), mins.data());
      }
    });
    return static_cast<size_t>(mins[0] & 7);
  });
  Measure("one-pass", text_bytes, [&](size_t i) {
    return static_cast<size_t>(baokan::dedup::CompareFormSignature(texts[i], o).values[0] & 7);
  });
  Measure("all", text_bytes, [&](size_t i) {
    baokan::StatusOr<baokan::JsonRecord> rec = baokan::JsonRecord::Parse(lines[i]);
    baokan::dedup::ArticleFields f;
    if (!baokan::dedup::ReadArticleFields(*rec, false, &f).ok()) return size_t{0};
    const std::string_view text = baokan::ComparableText(f.text, nullptr);
    return static_cast<size_t>(baokan::dedup::CompareFormSignature(text, o).values[0] & 7);
  });
  if (avx2) {  // the two k-minima loops agree to the bit
    std::vector<uint32_t> portable(o.num_perm);
    bool same = true;
    for (size_t i = 0; i < std::min<size_t>(forms.size(), 2000); ++i) {
      std::fill(mins.begin(), mins.end(), ~0u);
      std::fill(portable.begin(), portable.end(), ~0u);
      baokan::dedup::ForEachShingle(forms[i], o.shingle_size, o.seed, [&](uint64_t h) {
        km.Avx2(static_cast<uint32_t>(h), mins.data());
        km.Portable(static_cast<uint32_t>(h), portable.data());
      });
      same = same && mins == portable;
    }
    std::printf("k-minima: AVX2 and portable loops give identical minima: %s\n",
                same ? "yes" : "NO");
  } else {
    std::printf("(* this CPU has no AVX2: the portable k-minima loop)\n");
  }
  return 0;
}
