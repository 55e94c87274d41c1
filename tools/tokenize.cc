// baokan tokenize: text in, the tokens baokan's classifier sees out, one line
// per input line (or per record), in the form the fastText command line reads.

#include <memory>
#include <string>
#include <vector>

#include "baokan/classify.h"
#include "baokan/io.h"
#include "baokan/tokenize.h"
#include "classify_flags.h"
#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()
      ("input", po::value<std::vector<std::string>>(), "text files, JSONL files, or -")
      ("field", po::value<std::string>(),
       "read JSON Lines and tokenize this string field of each record (one line each)")
      ("labelled", "read labelled data (JSONL or fastText lines, see --text-field) and write "
                   "fastText training lines: __label__ID tokens");
  AddTokenizerOptions(options);
  AddDataOptions(options);
  positional->add("input", -1);
}

// Labelled data -> "__label__a __label__b tokens" lines; unlabelled lines and
// lines without tokens are left out and counted.
bool WriteLabelled(const std::vector<std::string>& inputs, const TrainOptions& data,
                   OutputFile* out, Env* env) {
  int64_t skipped = 0;
  for (const std::string& path : inputs) {
    bool write_ok = true;
    Status s = ForEachExample(path, data, [&](LabelledExample&& example, size_t) {
      std::string tokens = TokenizeToLine(example.text, data.tokenizer);
      if (tokens.empty() || example.labels.empty()) {
        ++skipped;
        return true;
      }
      std::string line;
      for (const std::string& label : example.labels) line += "__label__" + label + " ";
      write_ok = WriteOut(out, line + tokens + "\n", env);
      return write_ok;
    });
    if (!write_ok) return false;
    if (!s.ok()) env->Error(s);
  }
  if (skipped > 0) env->Info(std::to_string(skipped) + " lines without a label or tokens left out");
  return true;
}

bool WriteLines(const std::vector<std::string>& inputs, const std::string& field,
                const TokenizeOptions& tokenizer, OutputFile* out, Env* env) {
  for (const std::string& path : inputs) {
    StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
    if (!reader.ok()) {
      env->Error(reader.status());
      continue;
    }
    std::string_view line;
    while ((*reader)->Next(&line)) {
      std::string text(line);
      if (!field.empty()) {
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        StatusOr<JsonRecord> record = JsonRecord::Parse(line);
        std::optional<std::string> value;
        Status s = record.ok() ? record->GetString(field, &value) : record.status();
        if (!s.ok()) {
          env->Error(Where(path, (*reader)->line_number()) + s.message());
          continue;
        }
        text = value.value_or("");
      }
      if (!WriteOut(out, TokenizeToLine(text, tokenizer) + "\n", env)) return false;
    }
    if (!(*reader)->status().ok()) env->Error((*reader)->status());
  }
  return true;
}

int Run(const po::variables_map& vm, Env* env) {
  TrainOptions data;
  if (!GetTokenizerOptions(vm, env, &data.tokenizer)) return kExitUsage;
  if (!GetDataOptions(vm, env, &data)) return kExitDataError;
  if (vm.count("field") && vm.count("labelled")) {
    env->Error("--field and --labelled exclude each other");
    return kExitUsage;
  }
  std::vector<std::string> inputs = ExpandedInputs(vm, env, {});
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return kExitDataError;
  bool write_ok = vm.count("labelled")
                      ? WriteLabelled(inputs, data, out.get(), env)
                      : WriteLines(inputs, vm.count("field") ? vm["field"].as<std::string>() : "",
                                   data.tokenizer, out.get(), env);
  if (!write_ok || !CommitOut(out.get(), env)) return kExitDataError;
  return env->ExitStatus();
}

BAOKAN_COMMAND({"tokenize", "the tokens the subject classifier sees (CJK n-grams or words)",
                "baokan tokenize [OPTIONS] [FILE|-]...",
                "Chinese runs become character unigrams + bigrams (--scheme chars, the default)\n"
                "or ICU dictionary words (--scheme words); Latin words and numbers stay whole\n"
                "(covid-19, 3.5); punctuation, symbols and emoji are dropped. Text is normalized\n"
                "first. One output line per input line, tokens separated by one space: what the\n"
                "fastText command line needs. With --labelled, labelled data becomes fastText\n"
                "training lines. See docs/classify.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
