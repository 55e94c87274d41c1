// baokan normalize: text or one field of JSON records, in baokan's normal form.

#include "baokan/normalize.h"

#include <string>
#include <vector>

#include "cli_io.h"
#include "command.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("input", po::value<std::vector<std::string>>(),
                         "text files, JSONL files with --field, or -")(
      "field", po::value<std::string>(),
      "treat the input as JSON Lines and normalize this string field of each record")(
      "simplified", "also convert traditional characters to simplified")(
      "join-lines", "join lines broken by the page layout; blank lines stay paragraph breaks")(
      "match", "the comparison form used by dedup: no punctuation, no white space");
  AddDecodeOptions(options);
  positional->add("input", -1);
}

struct Mode {
  NormalizeOptions options;
  bool match = false;
  std::string Apply(std::string_view text) const {
    std::string normal = Normalize(text, options);
    return match ? MatchForm(normal) : normal;
  }
};

// Normalizes `field` of every record; other fields pass through unchanged.
bool NormalizeRecords(const std::vector<std::string>& inputs, const std::string& field,
                      const Mode& mode, OutputFile* out, Env* env) {
  bool write_ok = true;
  ForEachRecord(inputs, env, [&](JsonRecord& record, const std::string& path, size_t line) {
    std::optional<std::string> value;
    Status s = record.GetString(field, &value);
    if (!s.ok()) {
      env->Error((path == "-" ? "<stdin>" : path) + ":" + std::to_string(line) + ": " +
                 s.message());
      return true;
    }
    if (value) record.SetString(field, mode.Apply(*value));
    write_ok = WriteOut(out, record.Serialize() + "\n", env);
    return write_ok;
  });
  return write_ok;
}

int Run(const po::variables_map& vm, Env* env) {
  DecodeOptions decode;
  if (!GetDecodeOptions(vm, env, &decode)) return kExitUsage;
  Mode mode;
  mode.options.simplified = vm.count("simplified") > 0;
  if (mode.options.simplified) {
    if (Status s = SimplifiedConversionStatus(); !s.ok()) {
      env->Error(s);
      return kExitDataError;
    }
  }
  mode.options.join_lines = vm.count("join-lines") > 0;
  mode.match = vm.count("match") > 0;
  std::vector<std::string> inputs = ExpandedInputs(vm, env, {});

  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return kExitDataError;
  bool write_ok = true;
  if (vm.count("field")) {
    write_ok = NormalizeRecords(inputs, vm["field"].as<std::string>(), mode, out.get(), env);
  } else {
    for (const std::string& path : inputs) {
      DecodedText text;
      if (!ReadPage(path, decode, env, &text)) continue;
      std::string normal = mode.Apply(text.utf8);
      if (!normal.empty() && normal.back() != '\n') normal += '\n';
      write_ok = WriteOut(out.get(), normal, env);
      if (!write_ok) break;
    }
  }
  if (!write_ok || !CommitOut(out.get(), env)) return kExitDataError;
  return env->ExitStatus();
}

BAOKAN_COMMAND({"normalize", "normalize text: width, punctuation, spaces, radicals, line wraps",
                "baokan normalize [OPTIONS] [FILE|-]...",
                "Full-width letters and digits become half-width; punctuation in Chinese text\n"
                "takes its full-width form (, -> ，) while 3.5 and A-B stay; spaces are folded,\n"
                "zero-width characters dropped, CJK radical look-alikes mapped to ordinary\n"
                "characters. Normalizing twice changes nothing. See docs/normalize.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
