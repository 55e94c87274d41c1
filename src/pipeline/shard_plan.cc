// The plan of a sharded run (WORK/plan.jsonl), the names of WORK's files
// and the tasks' completion markers.

#include <filesystem>
#include <optional>
#include <system_error>

#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/sharded_run.h"

namespace baokan {
namespace {

namespace fs = std::filesystem;

constexpr char kPlanFile[] = "plan.jsonl";
// Written in the plan's first line; a plan of another version is refused.
constexpr int kPlanVersion = 2;
// The subdirectories of WORK: one per stage, the markers, the task logs.
constexpr const char* kWorkSubdirs[] = {"split",   "jumps", "fingerprint", "candidates", "cluster",
                                        "label",   "finish", "done",       "logs"};

std::string AbsolutePath(const std::string& path) {
  std::error_code ec;
  const fs::path abs = fs::absolute(path, ec);
  return ec ? path : abs.lexically_normal().string();
}

const char* OnInvalidName(OnInvalid v) { return v == OnInvalid::kReplace ? "replace" : "error"; }

std::string HeaderLine(const ShardPlan& plan) {
  const RunOptions& o = plan.run;
  JsonRecord r;
  r.SetInt("baokan_shard_plan", kPlanVersion);
  r.SetInt("shards", plan.shards);
  r.SetInt("band_groups", plan.band_groups);
  r.SetString("outdir", o.outdir);
  r.SetString("models_dir", o.models_dir);
  r.SetString("index_dir", o.index_dir);
  r.SetString("model", o.model);
  r.SetString("encoding", o.decode.encoding);
  r.SetString("on_invalid", OnInvalidName(o.decode.on_invalid));
  r.SetInt("report_clusters", static_cast<int64_t>(o.report_clusters));
  r.SetInt("report_uncertain", static_cast<int64_t>(o.report_uncertain));
  r.SetString("generator", o.generator);
  return r.Serialize() + "\n";
}

// Reads the plan's first line into *plan.
Status ReadHeader(const JsonRecord& r, ShardPlan* plan) {
  std::optional<double> version, shards, groups, clusters, uncertain;
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("baokan_shard_plan", &version));
  if (version != kPlanVersion) {
    return Status::DataError("not a shard plan of this version of baokan");
  }
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("shards", &shards));
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("band_groups", &groups));
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("report_clusters", &clusters));
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("report_uncertain", &uncertain));
  if (!shards || *shards < 1 || !groups || *groups < 1 || *groups > RunDedupBandCount() ||
      !clusters || !uncertain) {
    return Status::DataError("shards, band_groups, report_clusters or report_uncertain missing");
  }
  plan->shards = static_cast<int>(*shards);
  plan->band_groups = static_cast<int>(*groups);
  RunOptions& o = plan->run;
  o.report_clusters = static_cast<size_t>(*clusters);
  o.report_uncertain = static_cast<size_t>(*uncertain);
  std::optional<std::string> s;
  const std::pair<const char*, std::string*> strings[] = {{"outdir", &o.outdir},
                                                          {"models_dir", &o.models_dir},
                                                          {"index_dir", &o.index_dir},
                                                          {"model", &o.model},
                                                          {"encoding", &o.decode.encoding},
                                                          {"generator", &o.generator}};
  for (const auto& [key, field] : strings) {
    BAOKAN_RETURN_IF_ERROR(r.GetString(key, &s));
    *field = s.value_or("");
  }
  BAOKAN_RETURN_IF_ERROR(r.GetString("on_invalid", &s));
  o.decode.on_invalid = s == "replace" ? OnInvalid::kReplace : OnInvalid::kError;
  return Status::OK();
}

}  // namespace

const char* ShardStageName(ShardStage stage) {
  switch (stage) {
    case ShardStage::kSplit:
      return "split";
    case ShardStage::kJumps:
      return "jumps";
    case ShardStage::kFingerprint:
      return "fingerprint";
    case ShardStage::kCandidates:
      return "candidates";
    case ShardStage::kCluster:
      return "cluster";
    case ShardStage::kLabel:
      return "label";
    case ShardStage::kFinish:
      return "finish";
  }
  return "?";
}

bool ParseShardStage(std::string_view name, ShardStage* stage) {
  for (ShardStage s : kShardStages) {
    if (name == ShardStageName(s)) {
      *stage = s;
      return true;
    }
  }
  return false;
}

int RunDedupBandCount() { return DedupBandCount(RunDedupOptions(1, "", "")); }

StatusOr<ShardPlan> MakeShardPlan(const RunOptions& options, int shards, int band_groups) {
  if (shards < 1) return Status::InvalidArgument("shards must be 1 or more");
  if (band_groups < 0) return Status::InvalidArgument("band groups must be 0 (as many as shards) or more");
  ShardPlan plan;
  plan.run = options;
  for (std::string& page : plan.run.pages) page = AbsolutePath(page);
  plan.run.pages = RunOrder(std::move(plan.run.pages));
  plan.run.outdir = AbsolutePath(options.outdir);
  if (!options.models_dir.empty()) plan.run.models_dir = AbsolutePath(options.models_dir);
  if (!options.index_dir.empty()) plan.run.index_dir = AbsolutePath(options.index_dir);
  if (!options.model.empty()) plan.run.model = AbsolutePath(options.model);
  const size_t pages = plan.run.pages.size();
  plan.shards = pages == 0 ? 1 : static_cast<int>(std::min<size_t>(shards, pages));
  plan.band_groups = std::min(band_groups == 0 ? plan.shards : band_groups, RunDedupBandCount());
  return plan;
}

std::string PlanText(const ShardPlan& plan) {
  std::string text = HeaderLine(plan);
  for (const std::string& page : plan.run.pages) {
    JsonRecord r;
    r.SetString("page", page);
    text += r.Serialize() + "\n";
  }
  return text;
}

std::string ShardPlanPath(const std::string& work) { return work + "/" + kPlanFile; }

Status WritePlan(const std::string& work, const ShardPlan& plan) {
  std::error_code ec;
  for (const char* sub : kWorkSubdirs) {
    fs::create_directories(fs::path(work) / sub, ec);
    if (ec) return Status::IOError(work + "/" + sub + ": cannot create: " + ec.message());
  }
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(ShardPlanPath(work));
  if (!out.ok()) return out.status();
  BAOKAN_RETURN_IF_ERROR((*out)->Write(PlanText(plan)));
  return (*out)->Commit();
}

StatusOr<ShardPlan> ReadPlan(const std::string& work) {
  const std::string path = ShardPlanPath(work);
  StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(path);
  if (!reader.ok()) return reader.status();
  ShardPlan plan;
  std::string_view line;
  while ((*reader)->Next(&line)) {
    const std::string where = path + ":" + std::to_string((*reader)->line_number()) + ": ";
    StatusOr<JsonRecord> r = JsonRecord::Parse(line);
    Status s = r.status();
    if (s.ok() && (*reader)->line_number() == 1) {
      s = ReadHeader(*r, &plan);
    } else if (s.ok()) {
      std::optional<std::string> page;
      s = r->GetString("page", &page);
      if (s.ok() && !page) s = Status::DataError("no page");
      if (s.ok()) plan.run.pages.push_back(*page);
    }
    if (!s.ok()) return Status::DataError(where + s.message());
  }
  BAOKAN_RETURN_IF_ERROR((*reader)->status());
  if ((*reader)->line_number() == 0) return Status::DataError(path + ": empty plan");
  return plan;
}

bool IsPerShardStage(ShardStage stage) {
  return stage == ShardStage::kSplit || stage == ShardStage::kFingerprint ||
         stage == ShardStage::kLabel;
}

bool IsArrayStage(ShardStage stage) {
  return IsPerShardStage(stage) || stage == ShardStage::kCandidates;
}

const char* ShardTaskNoun(ShardStage stage) {
  if (IsPerShardStage(stage)) return "shard";
  return stage == ShardStage::kCandidates ? "band group" : "task";
}

int TaskCount(const ShardPlan& plan, ShardStage stage) {
  if (IsPerShardStage(stage)) return plan.shards;
  return stage == ShardStage::kCandidates ? plan.band_groups : 1;
}

std::vector<std::string> ShardPages(const ShardPlan& plan, int shard) {
  const std::vector<std::string>& pages = plan.run.pages;
  const size_t n = static_cast<size_t>(plan.shards), i = static_cast<size_t>(shard);
  const size_t base = pages.size() / n, extra = pages.size() % n;
  const size_t begin = i * base + std::min(i, extra);
  const size_t end = begin + base + (i < extra ? 1 : 0);
  return {pages.begin() + begin, pages.begin() + end};
}

std::string ShardTaskLog(const std::string& work, ShardStage stage, int task) {
  return work + "/logs/" + ShardStageName(stage) + "." + std::to_string(task) + ".log";
}

std::string ShardDoneMarker(const std::string& work, ShardStage stage, int task) {
  return work + "/done/" + ShardStageName(stage) + "." + std::to_string(task);
}

bool ShardTaskDone(const std::string& work, ShardStage stage, int task) {
  std::error_code ec;
  return fs::is_regular_file(ShardDoneMarker(work, stage, task), ec);
}

Status ForgetShardStagesAfter(const std::string& work, ShardStage stage) {
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(work + "/done", ec)) {
    ShardStage done;
    const std::string name = e.path().stem().string();  // STAGE of STAGE.I
    if (ParseShardStage(name, &done) && done > stage) fs::remove(e.path(), ec);
    if (ec) return Status::IOError(e.path().string() + ": cannot remove: " + ec.message());
  }
  return Status::OK();
}

}  // namespace baokan
