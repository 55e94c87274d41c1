// ReportCollector's state written out and merged back, for a run whose
// label stage runs as several tasks (baokan/sharded_run.h).
//
// One JSON record a line:
//   {"province":"湖南省","count":3}
//   {"subject":"教育","count":2}
//   {"uncertain":{...}}  fields of ReportArticle; numbers in shortest
//                        round-trip form (JsonNumber), so they read back equal

#include <optional>

#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/pipeline.h"

namespace baokan {
namespace {

constexpr const char* kArticleStrings[] = {"id", "title", "text", "region", "subject"};

std::string* ArticleString(ReportArticle* a, std::string_view field) {
  if (field == "id") return &a->id;
  if (field == "title") return &a->title;
  if (field == "text") return &a->text;
  if (field == "region") return &a->region;
  return &a->subject;
}

std::string CountLine(const char* kind, const std::string& name, size_t count) {
  JsonRecord r;
  r.SetString(kind, name);
  r.SetInt("count", static_cast<int64_t>(count));
  return r.Serialize() + "\n";
}

std::string ArticleLine(ReportArticle a) {
  JsonRecord r;
  for (const char* field : kArticleStrings) r.SetString(field, *ArticleString(&a, field));
  r.SetNumber("subject_prob", a.subject_prob);
  r.SetNumber("region_confidence", a.region_confidence);
  JsonRecord line;
  line.SetRaw("uncertain", r.Serialize());
  return line.Serialize() + "\n";
}

Status ReadArticle(const JsonRecord& r, ReportArticle* a) {
  std::optional<std::string> s;
  for (const char* field : kArticleStrings) {
    BAOKAN_RETURN_IF_ERROR(r.GetString(field, &s));
    if (s) *ArticleString(a, field) = *s;
  }
  std::optional<double> n;
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("subject_prob", &n));
  a->subject_prob = n.value_or(0);
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("region_confidence", &n));
  a->region_confidence = n.value_or(0);
  return Status::OK();
}

}  // namespace

std::string ReportCollector::Serialize() {
  Trim();
  std::string out;
  for (const auto& [name, count] : provinces_) out += CountLine("province", name, count);
  for (const auto& [name, count] : subjects_) out += CountLine("subject", name, count);
  for (const ReportArticle& a : uncertain_) out += ArticleLine(a);
  return out;
}

Status ReportCollector::Merge(const std::string& path) {
  Status status;
  PipelineLog log;
  log.error = [&](const std::string& m) {
    if (status.ok()) status = Status::DataError(m);
  };
  ForEachRecord({path}, log, [&](JsonRecord& r, const std::string&, size_t line) {
    const std::string where = path + ":" + std::to_string(line) + ": ";
    std::optional<std::string> name;
    std::optional<double> count;
    Status s = r.GetNumber("count", &count);
    if (s.ok()) s = r.GetString("province", &name);
    if (s.ok() && name && count) {
      provinces_[*name] += static_cast<size_t>(*count);
      return true;
    }
    if (s.ok()) s = r.GetString("subject", &name);
    if (s.ok() && name && count) {
      subjects_[*name] += static_cast<size_t>(*count);
      return true;
    }
    const std::string* raw = r.Raw("uncertain");
    if (s.ok() && raw != nullptr) {
      StatusOr<JsonRecord> article = JsonRecord::Parse(*raw);
      ReportArticle a;
      s = article.ok() ? ReadArticle(*article, &a) : article.status();
      if (s.ok()) {
        uncertain_.push_back(std::move(a));
        return true;
      }
    }
    status = Status::DataError(where + (s.ok() ? "not a report collector line" : s.message()));
    return false;
  });
  if (uncertain_.size() > 4 * max_uncertain_ + 64) Trim();
  return status;
}

}  // namespace baokan
