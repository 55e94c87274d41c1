// Options shared by the subject commands (tokenize, train, predict, eval,
// bootstrap): tokenizer settings, labelled-data fields, the taxonomy, and the
// record fields a classifier reads (ClassifierText() in baokan/pipeline.h).

#ifndef BAOKAN_TOOLS_CLASSIFY_FLAGS_H_
#define BAOKAN_TOOLS_CLASSIFY_FLAGS_H_

#include <functional>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/json.h"
#include "baokan/tokenize.h"
#include "command.h"

namespace baokan::cli {

// --scheme, --char-ngrams, --keep-case, --no-normalize.
void AddTokenizerOptions(po::options_description* options);
// Reads them into *out; a bad value is reported and returns false.
bool GetTokenizerOptions(const po::variables_map& vm, Env* env, TokenizeOptions* out);

// --text-field, --label-field, --label-prefix, --taxonomy: how labelled data
// is read (JSONL text + label/labels, or fastText lines).
void AddDataOptions(po::options_description* options);
// Fills the data fields and the taxonomy of *out; reports and returns false
// on failure (e.g. an unreadable --taxonomy).
bool GetDataOptions(const po::variables_map& vm, Env* env, TrainOptions* out);

// --field: the record fields a classifier reads, "title,text" by default.
void AddArticleFieldOption(po::options_description* options);
std::vector<std::string> ArticleFields(const po::variables_map& vm);
// Splits "a,b,c" into its non-empty parts.
std::vector<std::string> SplitList(const std::string& list);

// Calls fn(record, text) for every record of `inputs`, `text` being what a
// classifier reads of it (ClassifierText() of `fields`). A record whose
// fields have the wrong type is reported as FILE:LINE and skipped. `fn`
// returns false to stop. Returns false if any input failed.
bool ForEachArticleText(const std::vector<std::string>& inputs,
                        const std::vector<std::string>& fields, Env* env,
                        const std::function<bool(JsonRecord&, std::string&&)>& fn);

// "FILE:LINE: " for messages ("<stdin>" for -).
std::string Where(const std::string& path, size_t line);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_CLASSIFY_FLAGS_H_
