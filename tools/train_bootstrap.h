// `baokan train --bootstrap`: the lexicon -> fastText -> relabel loop over
// unlabelled articles (BootstrapLoop() in baokan/bootstrap_loop.h).

#ifndef BAOKAN_TOOLS_TRAIN_BOOTSTRAP_H_
#define BAOKAN_TOOLS_TRAIN_BOOTSTRAP_H_

#include "baokan/classify.h"
#include "command.h"

namespace baokan::cli {

// --bootstrap, --lexicon-min-prob, --model-min-prob, --rounds, --stop-share,
// --lexicon-file and --field.
void AddBootstrapOptions(po::options_description* options);

// Reads the articles named by the inputs, runs the loop with `train` as each
// round's recipe, reports every round on stderr and writes -o MODEL and
// MODEL.labels.jsonl. Returns the exit status.
int RunBootstrapLoop(const po::variables_map& vm, Env* env, const TrainOptions& train);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_TRAIN_BOOTSTRAP_H_
