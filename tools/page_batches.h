// Streaming article records grouped by page: the region tagger needs all
// articles of a page at once (for the page's home region), and the groups are
// labelled in parallel batches, written in input order.

#ifndef BAOKAN_TOOLS_PAGE_BATCHES_H_
#define BAOKAN_TOOLS_PAGE_BATCHES_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/json.h"
#include "baokan/region.h"
#include "command.h"

namespace baokan::cli {

// Consecutive records of one input with the same `page` field. (split and
// dedup write a page's articles consecutively.)
struct PageGroup {
  std::vector<JsonRecord> records;
  std::vector<std::string> where;  // "FILE:LINE" of each record
};

// What labelling a group produced.
struct LabelledGroup {
  std::vector<JsonRecord> records;  // with `region` and/or `subject` set
  std::vector<Region> regions;                  // per record, when tagged
  std::vector<std::vector<LabelProb>> subjects;  // per record, when classified
  std::vector<std::string> errors;  // "FILE:LINE: message"
  size_t text_bytes = 0;
  size_t placed = 0;  // records given a province
};

// Sets `region` (when `tagger` is given) and `subject` (when `classifier`
// is given) on every record of the group. Fields of the wrong type are
// reported and read as absent. Thread-safe for distinct groups.
LabelledGroup LabelGroup(PageGroup&& group, const RegionTagger* tagger,
                         const Classifier* classifier, const PredictOptions& predict);

// Reads the records of `inputs`, forms page groups, labels them in batches
// on env->threads() threads and calls `sink` with each labelled group in
// input order. Read errors and field errors are reported through env.
// `sink` returns false to stop.
void LabelRecords(const std::vector<std::string>& inputs, const RegionTagger* tagger,
                  const Classifier* classifier, const PredictOptions& predict, Env* env,
                  const std::function<bool(LabelledGroup&&)>& sink);

// What `label` and `run` label with.
struct Labellers {
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Classifier> classifier;
};

// Loads the gazetteer (--gazetteer DIR, default ModelsDir()) and the
// subject classifier (--model, else the keyword lexicon from the same
// models directory). Reports failures through env and returns false.
bool LoadLabellers(const po::variables_map& vm, Env* env, Labellers* out);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_PAGE_BATCHES_H_
