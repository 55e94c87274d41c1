// baokan train: labelled data -> a fastText model + MODEL.json.

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "classify_flags.h"
#include "cli_io.h"
#include "command.h"
#include "train_bootstrap.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  TrainOptions d;  // the library's defaults, shown in --help
  options->add_options()
      ("input", po::value<std::vector<std::string>>(), "labelled data: JSONL or fastText lines")
      ("epoch", po::value<int>()->default_value(d.epoch), "passes over the data")
      ("lr", po::value<double>()->default_value(d.lr), "learning rate")
      ("dim", po::value<int>()->default_value(d.dim), "size of the vectors")
      ("word-ngrams", po::value<int>()->default_value(d.word_ngrams),
       "token n-grams (over baokan's tokens) used as features")
      ("min-count", po::value<int>()->default_value(d.min_count),
       "tokens seen fewer times are ignored")
      ("minn", po::value<int>()->default_value(d.minn), "shortest sub-token character n-gram")
      ("maxn", po::value<int>()->default_value(d.maxn), "longest sub-token n-gram (0: none)")
      ("loss", po::value<std::string>()->default_value(d.loss),
       "softmax, ova (one-vs-all: multi-label) or hs (hierarchical softmax)")
      ("bucket", po::value<int>()->default_value(d.bucket),
       "hash buckets for n-grams (used when --word-ngrams > 1 or --maxn > 0)")
      ("seed", po::value<int>()->default_value(d.seed), "random seed")
      ("validation", po::value<std::string>(),
       "labelled data scored after training; the figures go into MODEL.json")
      ("autotune-validation", po::value<std::string>(),
       "let fastText search the hyperparameters against this labelled data")
      ("autotune-duration", po::value<int>()->default_value(d.autotune_duration),
       "seconds the search may take")
      ("autotune-modelsize", po::value<std::string>(),
       "largest model the search may return, e.g. 2M (the model is then quantized: .ftz)")
      ("quantize", "write a product-quantized model (MODEL.ftz), much smaller")
      ("ensemble", po::value<std::string>()->default_value("words,nb"),
       "models trained beside the main one and averaged with it at predict time, "
       "comma-separated: words (ICU words with word bigrams, MODEL.words.bin), nb (naive "
       "Bayes on character n-grams, MODEL.nb.tsv); none: one model");
  AddTokenizerOptions(options);
  AddDataOptions(options);
  AddBootstrapOptions(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  TrainOptions o;
  if (!GetTokenizerOptions(vm, env, &o.tokenizer)) return kExitUsage;
  if (!GetDataOptions(vm, env, &o)) return kExitDataError;
  if (env->output() == "-") {
    env->Error("name the model with -o MODEL (MODEL.bin and MODEL.json are written)");
    return kExitUsage;
  }
  o.epoch = vm["epoch"].as<int>();
  o.lr = vm["lr"].as<double>();
  o.dim = vm["dim"].as<int>();
  o.word_ngrams = vm["word-ngrams"].as<int>();
  o.min_count = vm["min-count"].as<int>();
  o.minn = vm["minn"].as<int>();
  o.maxn = vm["maxn"].as<int>();
  o.loss = vm["loss"].as<std::string>();
  o.bucket = vm["bucket"].as<int>();
  o.seed = vm["seed"].as<int>();
  o.threads = env->threads();
  if (vm.count("validation")) o.validation = vm["validation"].as<std::string>();
  if (vm.count("autotune-validation")) {
    o.autotune_validation = vm["autotune-validation"].as<std::string>();
  }
  o.autotune_duration = vm["autotune-duration"].as<int>();
  if (vm.count("autotune-modelsize")) {
    o.autotune_modelsize = vm["autotune-modelsize"].as<std::string>();
    if (o.autotune_validation.empty()) {
      env->Error("--autotune-modelsize needs --autotune-validation");
      return kExitUsage;
    }
  }
  o.quantize = vm.count("quantize") > 0;
  o.ensemble.clear();
  const std::string ensemble = vm["ensemble"].as<std::string>();
  if (ensemble != "none") {
    for (size_t start = 0; start <= ensemble.size();) {
      size_t comma = std::min(ensemble.find(',', start), ensemble.size());
      const std::string name = ensemble.substr(start, comma - start);
      start = comma + 1;
      bool seen = false;
      for (const MemberOptions& m : o.ensemble) seen = seen || m.name == name;
      if ((name != "words" && name != "nb") || seen) {
        env->Error("--ensemble takes words and/or nb (comma-separated, each once) or none, not '" +
                   ensemble + "'");
        return kExitUsage;
      }
      o.ensemble.push_back(name == "words" ? WordsMember() : BayesMember());
    }
  }
  if (env->show_progress()) {
    o.progress = [env](double progress, double loss) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "training %5.1f%%  loss %.4f", progress * 100, loss);
      env->Progress(buf);
    };
  }
  if (vm.count("bootstrap")) {
    if (!o.autotune_validation.empty()) {
      env->Error("--bootstrap trains several rounds; it does not combine with autotune");
      return kExitUsage;
    }
    return RunBootstrapLoop(vm, env, o);
  }
  std::vector<std::string> inputs = ExpandedInputs(vm, env, {});
  if (env->errors() > 0) return kExitDataError;

  TrainResult result;
  Status s = Train(inputs, env->output(), o, &result);
  env->EndProgress();
  if (!s.ok()) {
    env->Error(WithFlagName(s.message(), vm));
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitDataError;
  }
  char buf[128];
  std::snprintf(buf, sizeof buf, "%lld examples (%lld skipped), %zu labels, %.2f s",
                static_cast<long long>(result.examples), static_cast<long long>(result.skipped),
                result.labels.size(), result.seconds);
  env->Info("wrote " + result.model_path + " and " + result.json_path + ": " + buf);
  return env->ExitStatus();
}

BAOKAN_COMMAND({"train", "train a fastText subject model on labelled data",
                "baokan train [OPTIONS] DATA... -o MODEL\n"
                "baokan train --bootstrap [OPTIONS] ARTICLES... -o MODEL",
                "DATA is JSON Lines (text + label, or labels for several) or fastText lines\n"
                "(__label__x text). Labels may be taxonomy ids or names. The text is tokenized\n"
                "by baokan (see `baokan tokenize`) and the settings are kept in MODEL.json, so\n"
                "that predict and eval read text the same way. Writes MODEL.bin (MODEL.ftz with\n"
                "--quantize) and MODEL.json. Training uses --threads threads; only --threads 1\n"
                "gives the same model on every run.\n\n"
                "With --bootstrap the inputs are unlabelled articles: the keyword lexicon\n"
                "labels those it is sure of, a model learns from them and relabels the\n"
                "articles, round after round until the labels stop changing; stderr shows\n"
                "each round, MODEL.labels.jsonl keeps what the last model learnt from.\n"
                "See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
