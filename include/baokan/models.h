// Where baokan's data files live: the gazetteer (regions.tsv,
// region_aliases.tsv), the subject taxonomy (subjects.tsv) and the keyword
// lexicon (subject_lexicon.tsv).

#ifndef BAOKAN_MODELS_H_
#define BAOKAN_MODELS_H_

#include <string>

namespace baokan {

// The models directory: $BAOKAN_MODELS when set and not empty; else
// share/baokan/models in the running executable's directory or in its parent
// (PREFIX/bin/baokan finds PREFIX/share/baokan/models, where `cmake --install`
// puts them; a build tree is laid out the same way, with the executables at
// its top and in folders one below), the first that holds regions.tsv; else
// PREFIX/share/baokan/models all the same. No source path is compiled in. The
// directory is not checked further: loading a file from it reports what is
// missing.
std::string ModelsDir();

}  // namespace baokan

#endif  // BAOKAN_MODELS_H_
