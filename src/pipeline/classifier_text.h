// Joining the fields a classifier reads (private to src/pipeline; the public
// entry point is ClassifierText() in include/baokan/pipeline.h).

#ifndef BAOKAN_SRC_PIPELINE_CLASSIFIER_TEXT_H_
#define BAOKAN_SRC_PIPELINE_CLASSIFIER_TEXT_H_

#include <optional>
#include <string>
#include <vector>

namespace baokan::pipeline {

// Sets *text to the non-empty `values`, in order, joined by "\n". The lexicon
// takes the first line for the headline, so when more than one value is
// given and only the first has text, it still ends its line ("TITLE\n").
// The longest value is moved into *text, not copied (the others are put
// around it), so *values is left with moved-from strings.
void JoinClassifierText(std::vector<std::optional<std::string>>* values, std::string* text);

}  // namespace baokan::pipeline

#endif  // BAOKAN_SRC_PIPELINE_CLASSIFIER_TEXT_H_
