// Learning subjects from an unlabelled corpus: the keyword lexicon labels the
// articles it is sure of, a fastText model learns from them and relabels the
// corpus, and the loop goes on until the labels stop changing
// (`baokan train --bootstrap`, docs/classify.md).

#ifndef BAOKAN_BOOTSTRAP_LOOP_H_
#define BAOKAN_BOOTSTRAP_LOOP_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/status.h"

namespace baokan {

struct BootstrapLoopOptions {
  // Each round's model: tokenizer and fastText options as for Train(); its
  // data fields are not used (the loop writes its own training file) and
  // autotune is not run. A `validation` file (hand-labelled articles) is
  // scored after every round; the last round's figures stay in MODEL.json.
  TrainOptions train;
  // Seeds: an article is labelled by the lexicon when the lexicon's top
  // subject has at least this probability. Default 0.6 (as `bootstrap`).
  double lexicon_min_prob = 0.6;
  // Later rounds: an article is labelled by the model when the model's top
  // subject has at least this probability. Default 0.8.
  double model_min_prob = 0.8;
  // At most this many rounds of training. Default 5.
  int rounds = 5;
  // The loop stops when at most this share of the articles changed label
  // (labelled <-> unlabelled, or another subject) in a round. Default 0.005.
  double stop_share = 0.005;
  // Prediction threads (training uses train.threads). Default 1.
  int threads = 1;
};

// What one round did. Round 0 is the lexicon alone (no model; agreement 1).
struct BootstrapRound {
  int round = 0;
  int64_t labelled = 0;        // articles labelled after the round
  int64_t from_model = 0;      // of them, labelled by the round's model
  int64_t changed = 0;         // articles whose label changed in the round
  // Share of the lexicon's seed articles to which the round's model gives
  // the lexicon's subject as its top label.
  double agreement = 1;
  double seconds = 0;          // training and relabelling
};

struct BootstrapLoopResult {
  std::vector<BootstrapRound> rounds;  // round 0 first
  bool converged = false;      // stopped because the labels stopped changing
  int64_t articles = 0;
  TrainResult model;           // the last round's model, written to `output`
  std::string labels_path;     // OUTPUT.labels.jsonl: what the last model learnt from
};

// Runs the loop over `texts` (each article's classifier text, ClassifierText()
// in baokan/pipeline.h; `ids` is empty or gives each article's id):
//
//   labels_0 = the lexicon's top subject where its probability reaches
//              lexicon_min_prob (the seeds), none elsewhere;
//   round r:   train a model on the articles labelled in labels_{r-1};
//              labels_r = the model's top subject where its probability
//              reaches model_min_prob, else the seed label, else none;
//   stop when at most stop_share of the articles changed label, or after
//   `rounds` rounds.
//
// Every round's model is written to `output` (as Train() names it) and its
// training set to OUTPUT.labels.jsonl ({"id"?, "text", "label", "source":
// "lexicon"|"model", "prob"}), so that at the end both are the last round's.
// `on_round` (may be empty) is called after each round, round 0 included.
// No seed, or seeds of a single subject, is a DataError (nothing to learn
// from); training errors come back as Train() gives them.
Status BootstrapLoop(const std::vector<std::string>& texts, const std::vector<std::string>& ids,
                     const Classifier& lexicon, const std::string& output,
                     const BootstrapLoopOptions& options, BootstrapLoopResult* result,
                     const std::function<void(const BootstrapRound&)>& on_round = {});

}  // namespace baokan

#endif  // BAOKAN_BOOTSTRAP_LOOP_H_
