// baokan predict: adds `subject` to articles (or to lines of text), from a
// trained model or from the keyword lexicon.

#include <memory>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/io.h"
#include "baokan/parallel.h"
#include "classify_flags.h"
#include "classify_model.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

constexpr size_t kBatch = 2048;

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()
      ("input", po::value<std::vector<std::string>>(),
       "MODEL then articles (JSONL) or text lines; with --lexicon or --model, only data")
      ("model", po::value<std::string>(), "the model (MODEL.bin, MODEL.ftz or MODEL)")
      ("k", po::value<int>()->default_value(3), "at most this many labels in subject.labels")
      ("threshold", po::value<double>()->default_value(0.0),
       "leave out labels below this probability (no label left: subject is null)")
      ("taxonomy", po::value<std::string>(), "with --lexicon: the subjects TSV");
  AddLexiconOptions(options);
  AddArticleFieldOption(options);
  positional->add("input", -1);
}

struct Item {
  std::string where;  // FILE:LINE: for messages
  JsonRecord record;
  std::string text;
  Status status;
};

// Reads all lines of `reader` in batches, labels them on env->threads()
// threads and writes them in input order.
bool PredictFile(LineReader* reader, const Classifier& model, const PredictOptions& options,
                 const std::vector<std::string>& fields, OutputFile* out, Env* env,
                 int64_t* count) {
  std::vector<Item> batch;
  bool write_ok = true;
  auto flush = [&] {
    OrderedParallelMap<std::string>(
        batch.size(), env->threads(),
        [&](size_t i) {
          Item& item = batch[i];
          if (!item.status.ok()) return std::string();
          std::vector<LabelProb> labels;
          model.Predict(item.text, options, &labels);
          item.record.SetRaw("subject", SubjectJson(labels, model.taxonomy()));
          return item.record.Serialize() + "\n";
        },
        [&](size_t i, std::string&& line) {
          if (!batch[i].status.ok()) {
            env->Error(batch[i].where + batch[i].status.message());
            return;
          }
          if (write_ok) write_ok = WriteOut(out, line, env);
          ++*count;
        });
    batch.clear();
  };
  std::string_view line;
  while (write_ok && reader->Next(&line)) {
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    Item item;
    item.where = Where(reader->path(), reader->line_number());
    if (line[first] == '{') {
      StatusOr<JsonRecord> record = JsonRecord::Parse(line);
      if (record.ok()) {
        item.record = std::move(record).value();
        item.status = ArticleText(item.record, fields, &item.text);
      } else {
        item.status = record.status();
      }
    } else {  // a line of text
      item.text = std::string(line);
      item.record.SetString("text", item.text);
    }
    batch.push_back(std::move(item));
    if (batch.size() >= kBatch) flush();
  }
  flush();
  if (!reader->status().ok()) env->Error(reader->status());
  return write_ok;
}

int Run(const po::variables_map& vm, Env* env) {
  std::vector<std::string> args;
  if (vm.count("input")) args = vm["input"].as<std::vector<std::string>>();
  std::unique_ptr<Classifier> model;
  if (vm.count("lexicon")) {
    if (vm.count("model")) {
      env->Error("--lexicon and --model exclude each other");
      return kExitUsage;
    }
    model = LoadLexicon(vm, env);
  } else {
    std::string path;
    if (vm.count("model")) {
      path = vm["model"].as<std::string>();
    } else if (!args.empty()) {
      path = args.front();
      args.erase(args.begin());
    } else {
      env->Error("name a MODEL (or use --lexicon); try 'baokan predict --help'");
      return kExitUsage;
    }
    model = LoadModel(path, env);
  }
  if (!model) return kExitDataError;
  PredictOptions options;
  options.k = vm["k"].as<int>();
  options.threshold = vm["threshold"].as<double>();
  if (options.k < 1 || options.threshold < 0 || options.threshold > 1) {
    env->Error("--k must be at least 1 and --threshold in [0, 1]");
    return kExitUsage;
  }
  std::vector<std::string> fields = ArticleFields(vm);
  if (args.empty()) args.push_back("-");
  std::vector<std::string> inputs;
  for (const std::string& arg : args) {
    StatusOr<std::vector<std::string>> expanded = ExpandInputs({arg}, IsRecordFile);
    if (!expanded.ok()) {
      env->Error(expanded.status());
      continue;
    }
    inputs.insert(inputs.end(), expanded->begin(), expanded->end());
  }
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return kExitDataError;
  int64_t count = 0;
  for (const std::string& path : inputs) {
    StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
    if (!reader.ok()) {
      env->Error(reader.status());
      continue;
    }
    if (!PredictFile(reader->get(), *model, options, fields, out.get(), env, &count)) {
      return kExitDataError;
    }
  }
  if (!CommitOut(out.get(), env)) return kExitDataError;
  env->Info(std::to_string(count) + " records labelled by " + model->description());
  return env->ExitStatus();
}

BAOKAN_COMMAND({"predict", "add `subject` to articles, from a model or the keyword lexicon",
                "baokan predict [OPTIONS] MODEL [ARTICLES|-]...\n"
                "       baokan predict --lexicon [OPTIONS] [ARTICLES|-]...",
                "Each record gets subject = {label, name, prob, labels: [{label, prob}...]}\n"
                "(null when nothing is found). The classifier reads the --field fields joined\n"
                "by newlines (title first). A line that is not JSON is taken as text and comes\n"
                "out as {\"text\": ..., \"subject\": ...}. A model is tokenized as MODEL.json\n"
                "says. --lexicon needs no model: its probabilities are the share of keyword\n"
                "evidence, so a weak match stays low. See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
