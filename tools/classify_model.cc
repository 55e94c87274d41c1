#include "classify_model.h"

#include "baokan/models.h"

namespace baokan::cli {

void AddLexiconOptions(po::options_description* options) {
  options->add_options()("lexicon", "use the keyword lexicon labeller (no trained model needed)")(
      "lexicon-file", po::value<std::string>(),
      "the lexicon TSV (subject, keyword, weight); default models/subject_lexicon.tsv");
}

std::unique_ptr<Classifier> LoadLexicon(const po::variables_map& vm, Env* env) {
  std::string lexicon = vm.count("lexicon-file") ? vm["lexicon-file"].as<std::string>()
                                                 : ModelsDir() + "/subject_lexicon.tsv";
  std::string taxonomy =
      vm.count("taxonomy") ? vm["taxonomy"].as<std::string>() : ModelsDir() + "/subjects.tsv";
  StatusOr<std::unique_ptr<Classifier>> c = Classifier::Lexicon(lexicon, taxonomy);
  if (!c.ok()) {
    env->Error(c.status());
    return nullptr;
  }
  return std::move(c).value();
}

std::unique_ptr<Classifier> LoadModel(const std::string& path, Env* env) {
  StatusOr<std::unique_ptr<Classifier>> c = Classifier::Load(path);
  if (!c.ok()) {
    env->Error(c.status());
    return nullptr;
  }
  return std::move(c).value();
}

}  // namespace baokan::cli
