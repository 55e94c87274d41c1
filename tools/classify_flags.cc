#include "classify_flags.h"

#include "baokan/pipeline.h"
#include "cli_io.h"

namespace baokan::cli {

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t comma = list.find(',', start);
    std::string part = list.substr(start, comma == std::string::npos ? comma : comma - start);
    if (!part.empty()) parts.push_back(part);
    if (comma == std::string::npos) return parts;
    start = comma + 1;
  }
}

std::string Where(const std::string& path, size_t line) {
  return (path == "-" ? std::string("<stdin>") : path) + ":" + std::to_string(line) + ": ";
}

void AddTokenizerOptions(po::options_description* options) {
  options->add_options()
      ("scheme", po::value<std::string>()->default_value("chars"),
       "how Chinese is cut: chars (character n-grams) or words (ICU dictionary words)")
      ("char-ngrams", po::value<int>()->default_value(2),
       "with --scheme chars: longest character n-gram, 1 to 4 (2: unigrams + bigrams)")
      ("keep-case", "do not lower-case Latin letters")
      ("no-normalize", "the text is already normalized; do not run baokan's normalization");
}

bool GetTokenizerOptions(const po::variables_map& vm, Env* env, TokenizeOptions* out) {
  Status s = ParseScheme(vm["scheme"].as<std::string>(), &out->scheme);
  if (s.ok()) {
    out->char_ngrams = vm["char-ngrams"].as<int>();
    out->lowercase = vm.count("keep-case") == 0;
    out->normalize = vm.count("no-normalize") == 0;
    s = ValidateTokenizeOptions(*out);
  }
  if (!s.ok()) env->Error(WithFlagName(s.message(), vm));
  return s.ok();
}

void AddDataOptions(po::options_description* options) {
  options->add_options()
      ("text-field", po::value<std::string>()->default_value("text"),
       "JSONL: the field(s) holding the text, comma-separated, joined by a newline")
      ("label-field", po::value<std::string>()->default_value("label"),
       "JSONL: the label field, a string or an array (when absent, 'labels' is tried)")
      ("label-prefix", po::value<std::string>()->default_value("__label__"),
       "fastText lines: the label prefix")
      ("taxonomy", po::value<std::string>(),
       "subjects TSV (id, name, IPTC code); labels given as names are stored as ids "
       "(default: models/subjects.tsv)");
}

bool GetDataOptions(const po::variables_map& vm, Env* env, TrainOptions* out) {
  out->text_fields = SplitList(vm["text-field"].as<std::string>());
  out->label_field = vm["label-field"].as<std::string>();
  out->label_prefix = vm["label-prefix"].as<std::string>();
  if (out->text_fields.empty() || out->label_field.empty() || out->label_prefix.empty()) {
    env->Error("--text-field, --label-field and --label-prefix must not be empty");
    return false;
  }
  StatusOr<Taxonomy> taxonomy = vm.count("taxonomy")
                                    ? Taxonomy::Load(vm["taxonomy"].as<std::string>())
                                    : Taxonomy::Default();
  if (!taxonomy.ok()) {
    env->Error(taxonomy.status());
    return false;
  }
  out->taxonomy = std::move(taxonomy).value();
  return true;
}

void AddArticleFieldOption(po::options_description* options) {
  options->add_options()
      ("field", po::value<std::string>()->default_value("title,text"),
       "the record fields the classifier reads, comma-separated, joined by a newline");
}

std::vector<std::string> ArticleFields(const po::variables_map& vm) {
  return SplitList(vm["field"].as<std::string>());
}

bool ForEachArticleText(const std::vector<std::string>& inputs,
                        const std::vector<std::string>& fields, Env* env,
                        const std::function<bool(JsonRecord&, std::string&&)>& fn) {
  return ForEachRecord(inputs, env, [&](JsonRecord& record, const std::string& path, size_t line) {
    std::string text;
    Status s = ClassifierText(record, fields, &text);
    if (!s.ok()) {
      env->Error(Where(path, line) + s.message());
      return true;
    }
    return fn(record, std::move(text));
  });
}

}  // namespace baokan::cli
