// Options shared by `baokan fingerprint` and `baokan dedup`: the signature
// settings, which must be the same for both.

#ifndef BAOKAN_TOOLS_DEDUP_OPTIONS_H_
#define BAOKAN_TOOLS_DEDUP_OPTIONS_H_

#include <string>

#include "baokan/dedup.h"
#include "command.h"

namespace baokan::cli {

// --shingle-size, --num-perm, --seed.
void AddSignatureOptions(po::options_description* options);
// Reads them back; reports an invalid value through env and returns false.
bool GetSignatureOptions(const po::variables_map& vm, Env* env, SignatureOptions* out);

// True for inputs dedup and fingerprint take from directories: JSON Lines
// and (dedup only) *.sig signature files.
bool IsArticleOrSignatureFile(const std::string& path);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_DEDUP_OPTIONS_H_
