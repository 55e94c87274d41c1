// ReportCollector's state written out and merged back, for a run whose
// label stage runs as several tasks (baokan/sharded_run.h).
//
// One JSON record a line:
//   {"province":"湖南省","count":3}
//   {"subject":"教育","count":2}
//   {"tally":"province","code":"430000","name":"湖南省","count":3}  the map's
//        counts (RegionTally): "province", "city", "country" (no code),
//        "articles" and "abroad" (count only)
//   {"uncertain":{...}}  fields of ReportArticle; numbers in shortest
//                        round-trip form (JsonNumber), so they read back equal
//   {"cluster":{"original":{...},"reprints":[{"article":{...},"source":"…",
//        "similarity":0.9,"containment":1}]}}  the kept clusters, largest
//        first, ties in the order they were added

#include <optional>
#include <string_view>

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

std::string ArticleJson(ReportArticle a) {
  JsonRecord r;
  for (const char* field : kArticleStrings) r.SetString(field, *ArticleString(&a, field));
  r.SetNumber("subject_prob", a.subject_prob);
  r.SetNumber("region_confidence", a.region_confidence);
  return r.Serialize();
}

std::string TallyLine(const char* level, const std::string& code, const std::string& name,
                      size_t count) {
  JsonRecord r;
  r.SetString("tally", level);
  if (!code.empty()) r.SetString("code", code);
  if (!name.empty()) r.SetString("name", name);
  r.SetInt("count", static_cast<int64_t>(count));
  return r.Serialize() + "\n";
}

std::string TallyLines(const RegionTally& t) {
  auto name_of = [&](const std::string& code) {
    auto it = t.names.find(code);
    return it == t.names.end() ? std::string() : it->second;
  };
  std::string out = TallyLine("articles", "", "", t.articles) + TallyLine("abroad", "", "", t.abroad);
  for (const auto& [code, n] : t.provinces) out += TallyLine("province", code, name_of(code), n);
  for (const auto& [code, n] : t.cities) out += TallyLine("city", code, name_of(code), n);
  for (const auto& [name, n] : t.countries) out += TallyLine("country", "", name, n);
  return out;
}

// Adds one "tally" line to `t`; false when `r` is none.
Status ReadTally(const JsonRecord& r, const std::string& level, RegionTally* t) {
  std::optional<std::string> code, name;
  std::optional<double> count;
  BAOKAN_RETURN_IF_ERROR(r.GetString("code", &code));
  BAOKAN_RETURN_IF_ERROR(r.GetString("name", &name));
  BAOKAN_RETURN_IF_ERROR(r.GetNumber("count", &count));
  if (!count) return Status::DataError("a tally line needs a count");
  const size_t n = static_cast<size_t>(*count);
  if (code && name) t->names[*code] = *name;
  if (level == "articles") {
    t->articles += n;
  } else if (level == "abroad") {
    t->abroad += n;
  } else if (level == "province" && code) {
    t->provinces[*code] += n;
  } else if (level == "city" && code) {
    t->cities[*code] += n;
  } else if (level == "country" && name) {
    t->countries[*name] += n;
  } else {
    return Status::DataError("unknown tally line");
  }
  return Status::OK();
}

std::string ClusterLine(const ReportCluster& c) {
  std::string reprints;
  for (const ReportReprint& r : c.reprints) {
    JsonRecord e;
    e.SetRaw("article", ArticleJson(r.article));
    e.SetString("source", r.source);
    e.SetNumber("similarity", r.similarity);
    e.SetNumber("containment", r.containment);
    reprints += (reprints.empty() ? "" : ",") + e.Serialize();
  }
  JsonRecord cluster;
  cluster.SetRaw("original", ArticleJson(c.original));
  cluster.SetRaw("reprints", "[" + reprints + "]");
  JsonRecord line;
  line.SetRaw("cluster", cluster.Serialize());
  return line.Serialize() + "\n";
}

Status ReadCluster(const std::string& raw, ReportCluster* c) {
  StatusOr<JsonRecord> cluster = JsonRecord::Parse(raw);
  if (!cluster.ok()) return cluster.status();
  const std::string* original = cluster->Raw("original");
  const std::string* reprints = cluster->Raw("reprints");
  if (original == nullptr || reprints == nullptr) {
    return Status::DataError("a cluster needs an original and its reprints");
  }
  StatusOr<JsonRecord> o = JsonRecord::Parse(*original);
  if (!o.ok()) return o.status();
  BAOKAN_RETURN_IF_ERROR(ReadArticle(*o, &c->original));
  for (std::string_view entry : JsonArrayElements(*reprints)) {
    StatusOr<JsonRecord> e = JsonRecord::Parse(entry);
    if (!e.ok()) return e.status();
    ReportReprint r;
    const std::string* article = e->Raw("article");
    if (article == nullptr) return Status::DataError("a reprint needs its article");
    StatusOr<JsonRecord> a = JsonRecord::Parse(*article);
    if (!a.ok()) return a.status();
    BAOKAN_RETURN_IF_ERROR(ReadArticle(*a, &r.article));
    std::optional<std::string> source;
    std::optional<double> x;
    BAOKAN_RETURN_IF_ERROR(e->GetString("source", &source));
    r.source = source.value_or("");
    BAOKAN_RETURN_IF_ERROR(e->GetNumber("similarity", &x));
    r.similarity = x.value_or(0);
    BAOKAN_RETURN_IF_ERROR(e->GetNumber("containment", &x));
    r.containment = x.value_or(0);
    c->reprints.push_back(std::move(r));
  }
  return Status::OK();
}

}  // namespace

std::string ReportCollector::Serialize() {
  Trim();
  std::string out;
  for (const auto& [name, count] : provinces_) out += CountLine("province", name, count);
  for (const auto& [name, count] : subjects_) out += CountLine("subject", name, count);
  out += TallyLines(regions_);
  for (const ReportArticle& a : uncertain_) out += ArticleLine(a);
  for (const ReportCluster& c : clusters_) out += ClusterLine(c);
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
    std::optional<std::string> level;
    if (s.ok()) s = r.GetString("tally", &level);
    if (s.ok() && level) {
      s = ReadTally(r, *level, &regions_);
      if (s.ok()) return true;
    }
    const std::string* cluster_raw = r.Raw("cluster");
    if (s.ok() && cluster_raw != nullptr) {
      // The shards come in input order: kept as one collector keeps them.
      ReportCluster c;
      s = ReadCluster(*cluster_raw, &c);
      if (s.ok()) {
        KeepCluster(std::move(c));
        return true;
      }
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
