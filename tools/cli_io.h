// Input and output plumbing shared by the commands: expanding inputs,
// reading pages and JSONL records with FILE:LINE diagnostics, opening -o.

#ifndef BAOKAN_TOOLS_CLI_IO_H_
#define BAOKAN_TOOLS_CLI_IO_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "baokan/encoding.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/pipeline.h"
#include "command.h"

namespace baokan::cli {

// Adds --encoding and --on-invalid, the options of commands that read pages.
void AddDecodeOptions(po::options_description* options);
// Reads them back; an unknown --on-invalid value is reported and returns false.
bool GetDecodeOptions(const po::variables_map& vm, Env* env, DecodeOptions* out);

// The positional inputs ("input" option), expanded: directories walked,
// sorted. No inputs means "-". Missing paths are reported through env and
// skipped. Files inside directories are kept when `accept` says so.
std::vector<std::string> ExpandedInputs(const po::variables_map& vm, Env* env,
                                        const std::function<bool(const std::string&)>& accept);

// True for names that look like pages: text files (*.txt, optionally
// .gz/.zst) and PDF files (*.pdf, one page record per PDF page).
bool IsPageFile(const std::string& path);
// True for names that look like JSON Lines: *.jsonl / *.json, optionally .gz/.zst.
bool IsRecordFile(const std::string& path);

// Reads and decodes one page file. On failure reports "FILE:...: message"
// through env and returns false. Replacements made under --on-invalid=replace
// are reported as a note.
bool ReadPage(const std::string& path, const DecodeOptions& options, Env* env,
              DecodedText* out);

// Calls `fn(record, path, line)` for every JSON record of every input, in
// order. A line that is not a JSON object is reported as "FILE:LINE: ..." and
// skipped; blank lines are skipped. `fn` returns false to stop early.
// Returns false if any input failed.
bool ForEachRecord(const std::vector<std::string>& inputs, Env* env,
                   const std::function<bool(JsonRecord&, const std::string&, size_t)>& fn);

// A log that reports through env: errors count towards the exit status,
// progress lines are prefixed with the command's name.
PipelineLog LogTo(Env* env);

// The models directory: --gazetteer DIR, else ModelsDir() ($BAOKAN_MODELS,
// else the models installed with baokan).
std::string GazetteerDir(const po::variables_map& vm);

// The message of a failure to load the models, with a pointer to
// --gazetteer when they were not found.
std::string WithModelsHint(const Status& status);

// Labels `inputs` into env->output() (LabelToFile, `on_group` as there),
// reporting failures through env; returns false when the output could not
// be written.
bool LabelToOutput(const std::vector<std::string>& inputs, const LabelStageOptions& options,
                   Env* env, LabelTotals* totals,
                   const std::function<void(const LabelledGroup&)>& on_group = nullptr);

// Opens env->output() for writing, reporting failure through env.
std::unique_ptr<OutputFile> OpenOutput(Env* env, const std::string& path);

// Writes, reporting the first failure through env; returns false on failure.
bool WriteOut(OutputFile* out, std::string_view bytes, Env* env);
// Commits, reporting failure through env; returns false on failure.
bool CommitOut(OutputFile* out, Env* env);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_CLI_IO_H_
