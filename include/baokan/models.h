// Where baokan's data files live: the gazetteer (regions.tsv,
// region_aliases.tsv), the subject taxonomy (subjects.tsv) and the keyword
// lexicon (subject_lexicon.tsv).

#ifndef BAOKAN_MODELS_H_
#define BAOKAN_MODELS_H_

#include <string>

namespace baokan {

// The models directory: $BAOKAN_MODELS when set and not empty; else the
// first of models/, ../models/ and ../share/baokan/models/ beside the
// running executable that holds regions.tsv (a build tree, a source
// checkout, an installation); else the models/ of the source tree baokan
// was built from. The directory is not checked further: loading a file from
// it reports what is missing.
std::string ModelsDir();

}  // namespace baokan

#endif  // BAOKAN_MODELS_H_
