// baokan fingerprint: MinHash signatures of a shard of articles.

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "baokan/dedup.h"
#include "cli_io.h"
#include "command.h"
#include "dedup_options.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("input", po::value<std::vector<std::string>>(),
                         "article files (JSONL) or directories");
  AddSignatureOptions(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  FingerprintOptions options;
  if (!GetSignatureOptions(vm, env, &options.signature)) return kExitUsage;
  options.threads = env->threads();
  if (env->output() == "-" && isatty(fileno(stdout))) {
    env->Error("a signature file is binary: name it with -o FILE.sig");
    return kExitUsage;
  }
  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsRecordFile);
  const auto start = std::chrono::steady_clock::now();
  FingerprintStats stats;
  Status s = Fingerprint(inputs, env->output(), options,
                         [&](const std::string& m) { env->Error(m); }, &stats);
  if (!s.ok()) {
    env->Error(WithFlagName(s.message(), vm));
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitDataError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[200];
  std::snprintf(summary, sizeof summary,
                "%zu signature(s) from %.1f MB of text in %.2f s (%.1f MB/s)", stats.records,
                stats.text_bytes / 1e6, seconds, seconds > 0 ? stats.text_bytes / 1e6 / seconds : 0.0);
  env->Info(summary);
  return env->ExitStatus();
}

BAOKAN_COMMAND({"fingerprint", "MinHash signatures of articles, for sharded dedup",
                "baokan fingerprint [OPTIONS] ARTICLES... -o SHARD.sig",
                "Reads article records and writes one fixed-size MinHash signature per article\n"
                "(k-character shingles of the body's match form, XXH3, K values by one-permutation\n"
                "hashing) to a signature file; see docs/formats.md. Give the files to\n"
                "`baokan dedup` together with the articles so that dedup need not hash them\n"
                "again; dedup and fingerprint must use the same --shingle-size, --num-perm and\n"
                "--seed. See docs/dedup.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
