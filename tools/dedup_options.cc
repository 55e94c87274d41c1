#include "dedup_options.h"

#include <cerrno>
#include <cstdlib>

#include "cli_io.h"

namespace baokan::cli {

void AddSignatureOptions(po::options_description* options) {
  const SignatureOptions d;
  options->add_options()
      ("shingle-size", po::value<int>()->default_value(d.shingle_size),
       "characters per shingle of the match form (k)")
      ("num-perm", po::value<int>()->default_value(d.num_perm), "MinHash values per article (K)")
      ("seed", po::value<std::string>()->default_value("0x62616f6b616e3031"),
       "hash seed (decimal or 0x hex); fingerprint and dedup must agree");
}

bool GetSignatureOptions(const po::variables_map& vm, Env* env, SignatureOptions* out) {
  out->shingle_size = vm["shingle-size"].as<int>();
  out->num_perm = vm["num-perm"].as<int>();
  const std::string seed = vm["seed"].as<std::string>();
  char* end = nullptr;
  errno = 0;
  out->seed = std::strtoull(seed.c_str(), &end, 0);
  if (seed.empty() || *end != '\0' || errno != 0) {
    env->Error("--seed: not a number: " + seed);
    return false;
  }
  Status s = ValidateSignatureOptions(*out);
  if (!s.ok()) {
    env->Error(WithFlagName(s.message(), vm));
    return false;
  }
  return true;
}

bool IsArticleOrSignatureFile(const std::string& path) {
  return IsRecordFile(path) ||
         (path.size() > 4 && path.compare(path.size() - 4, 4, ".sig") == 0);
}

}  // namespace baokan::cli
