// Choosing the classifier of predict, eval and bootstrap: a trained model
// (MODEL.bin/.ftz + MODEL.json) or the keyword lexicon.

#ifndef BAOKAN_TOOLS_CLASSIFY_MODEL_H_
#define BAOKAN_TOOLS_CLASSIFY_MODEL_H_

#include <memory>
#include <string>

#include "baokan/classify.h"
#include "command.h"

namespace baokan::cli {

// --lexicon (a flag) and --lexicon-file; the taxonomy comes from --taxonomy.
void AddLexiconOptions(po::options_description* options);

// The lexicon labeller: models/ by default, or --lexicon-file and --taxonomy.
// Reports and returns nullptr on failure.
std::unique_ptr<Classifier> LoadLexicon(const po::variables_map& vm, Env* env);

// A trained model; reports and returns nullptr on failure.
std::unique_ptr<Classifier> LoadModel(const std::string& path, Env* env);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_CLASSIFY_MODEL_H_
