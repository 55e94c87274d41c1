#include "cli_io.h"

#include <string_view>

#include "baokan/models.h"

namespace baokan::cli {
namespace {

// `path` without a trailing .gz or .zst.
std::string_view WithoutCompression(std::string_view path) {
  for (std::string_view ext : {".gz", ".zst"}) {
    if (path.ends_with(ext)) return path.substr(0, path.size() - ext.size());
  }
  return path;
}

}  // namespace

void AddDecodeOptions(po::options_description* options) {
  options->add_options()
      ("encoding", po::value<std::string>()->default_value(""),
       "read pages in this encoding (UTF-8, GB18030, Big5, UTF-16 ...); default: detect")
      ("on-invalid", po::value<std::string>()->default_value("error"),
       "bytes invalid in the encoding: error (stop at FILE:LINE:COLUMN) or replace (U+FFFD, "
       "counted)");
}

bool GetDecodeOptions(const po::variables_map& vm, Env* env, DecodeOptions* out) {
  out->encoding = vm["encoding"].as<std::string>();
  const std::string& on_invalid = vm["on-invalid"].as<std::string>();
  if (on_invalid == "error") {
    out->on_invalid = OnInvalid::kError;
  } else if (on_invalid == "replace") {
    out->on_invalid = OnInvalid::kReplace;
  } else {
    env->Error("--on-invalid takes 'error' or 'replace', not '" + on_invalid + "'");
    return false;
  }
  if (!out->encoding.empty()) {
    // Decoding one ASCII byte tells whether ICU knows the encoding's name.
    StatusOr<DecodedText> probe = DecodeToUtf8("a", "--encoding", *out);
    if (!probe.ok() && probe.status().code() == Status::Code::kInvalidArgument) {
      env->Error(probe.status());
      return false;
    }
  }
  return true;
}

std::vector<std::string> ExpandedInputs(const po::variables_map& vm, Env* env,
                                        const std::function<bool(const std::string&)>& accept) {
  std::vector<std::string> args;
  if (vm.count("input")) args = vm["input"].as<std::vector<std::string>>();
  if (args.empty()) args.push_back("-");
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    StatusOr<std::vector<std::string>> expanded = ExpandInputs({arg}, accept);
    if (!expanded.ok()) {
      env->Error(expanded.status());
      continue;
    }
    files.insert(files.end(), expanded->begin(), expanded->end());
  }
  return files;
}

bool IsPageFile(const std::string& path) {
  return WithoutCompression(path).ends_with(".txt") || IsPdfFile(path);
}

bool IsRecordFile(const std::string& path) {
  std::string_view p = WithoutCompression(path);
  return p.ends_with(".jsonl") || p.ends_with(".json");
}

bool ReadPage(const std::string& path, const DecodeOptions& options, Env* env,
              DecodedText* out) {
  StatusOr<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) {
    env->Error(bytes.status());
    return false;
  }
  const std::string name = path == "-" ? "<stdin>" : path;
  StatusOr<DecodedText> decoded = DecodeToUtf8(*bytes, name, options);
  if (!decoded.ok()) {
    env->Error(decoded.status());
    return false;
  }
  if (decoded->replacements > 0) {
    env->Info(name + ": replaced " + std::to_string(decoded->replacements) +
              " invalid byte sequence(s) in " + decoded->encoding + " with U+FFFD");
  }
  *out = std::move(decoded).value();
  return true;
}

bool ForEachRecord(const std::vector<std::string>& inputs, Env* env,
                   const std::function<bool(JsonRecord&, const std::string&, size_t)>& fn) {
  return baokan::ForEachRecord(inputs, LogTo(env), fn);
}

PipelineLog LogTo(Env* env) {
  PipelineLog log;
  log.error = [env](const std::string& m) { env->Error(m); };
  log.info = [env](const std::string& m) { env->Info(m); };
  log.progress = [env](const std::string& m) { env->Progress(env->command() + ": " + m); };
  log.end_progress = [env] { env->EndProgress(); };
  return log;
}

std::string GazetteerDir(const po::variables_map& vm) {
  return vm.count("gazetteer") ? vm["gazetteer"].as<std::string>() : ModelsDir();
}

std::string WithModelsHint(const Status& status) {
  const bool missing = status.code() == Status::Code::kNotFound;
  return status.message() + (missing ? "; give the models directory with --gazetteer DIR" : "");
}

bool LabelToOutput(const std::vector<std::string>& inputs, const LabelStageOptions& options,
                   Env* env, LabelTotals* totals,
                   const std::function<void(const LabelledGroup&)>& on_group) {
  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  if (!out) return false;
  const Status written = LabelToFile(inputs, options, out.get(), LogTo(env), totals, on_group);
  if (!written.ok()) env->Error(written);
  return written.ok() && CommitOut(out.get(), env);
}

std::unique_ptr<OutputFile> OpenOutput(Env* env, const std::string& path) {
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(path);
  if (!out.ok()) {
    env->Error(out.status());
    return nullptr;
  }
  return std::move(out).value();
}

bool WriteOut(OutputFile* out, std::string_view bytes, Env* env) {
  Status s = out->Write(bytes);
  if (!s.ok()) env->Error(s);
  return s.ok();
}

bool CommitOut(OutputFile* out, Env* env) {
  Status s = out->Commit();
  if (!s.ok()) env->Error(s);
  return s.ok();
}

}  // namespace baokan::cli
