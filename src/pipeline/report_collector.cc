// The report's collector: what report.html shows, gathered while the
// labelled records stream by, the largest reprint clusters among them.

#include <algorithm>
#include <string>
#include <string_view>

#include "baokan/io.h"
#include "baokan/pipeline.h"

namespace baokan {
namespace {

std::string RegionText(const Region& r) {
  std::string out;
  for (const std::optional<RegionUnit>* u : {&r.province, &r.city, &r.county}) {
    if (!u->has_value() || (*u)->name == "市辖区") continue;
    if (!out.empty()) out += ' ';
    out += (*u)->name;
  }
  return out;
}

// Least sure first: lower subject probability, then lower region confidence,
// then id.
bool LessSure(const ReportArticle& a, const ReportArticle& b) {
  if (a.subject_prob != b.subject_prob) return a.subject_prob < b.subject_prob;
  if (a.region_confidence != b.region_confidence) return a.region_confidence < b.region_confidence;
  return a.id < b.id;
}

std::vector<std::pair<std::string, size_t>> ByCount(const std::map<std::string, size_t>& counts) {
  std::vector<std::pair<std::string, size_t>> rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return rows;
}
}  // namespace

void TallyRegion(const Region& region, RegionTally* tally) {
  TallyUnit province, city;
  if (region.province) province = {region.province->code, region.province->name};
  if (region.city) {
    city = {region.city->code,
            region.city->name == "市辖区" ? province.name : region.city->name};
  }
  tally->Add(province, city, region.abroad ? region.abroad->country : "");
}

void ReportCollector::Add(const LabelledGroup& group, const Taxonomy& taxonomy) {
  for (size_t i = 0; i < group.records.size(); ++i) {
    const JsonRecord& record = group.records[i];
    ReportArticle a;
    std::optional<std::string> s;
    if (record.GetString("id", &s).ok() && s) a.id = *s;
    if (record.GetString("title", &s).ok() && s) a.title = *s;
    if (record.GetString("text", &s).ok() && s) a.text = *s;
    if (i < group.regions.size()) {
      const Region& r = group.regions[i];
      if (r.province) ++provinces_[r.province->name];
      TallyRegion(r, &regions_);
      a.region = RegionText(r);
      a.region_confidence = r.confidence;
    }
    if (i < group.subjects.size() && !group.subjects[i].empty()) {
      const LabelProb& top = group.subjects[i].front();
      const SubjectInfo* info = taxonomy.Find(top.label);
      a.subject = info ? info->name : top.label;
      a.subject_prob = top.prob;
      ++subjects_[a.subject];
    }
    AddCluster(record, a);
    uncertain_.push_back(std::move(a));
  }
  if (uncertain_.size() > 4 * max_uncertain_ + 64) Trim();
}

void ReportCollector::Trim() {
  const size_t keep = std::min(max_uncertain_, uncertain_.size());
  std::partial_sort(uncertain_.begin(), uncertain_.begin() + keep, uncertain_.end(), LessSure);
  uncertain_.resize(keep);
}

void ReportCollector::FillReport(RunReport* report) {
  Trim();
  report->provinces = ByCount(provinces_);
  report->regions = regions_;
  report->subjects = ByCount(subjects_);
  report->uncertain = uncertain_;
  report->clusters = clusters_;
}

void ReportCollector::AddCluster(const JsonRecord& record, const ReportArticle& original) {
  const std::string* raw = record.Raw("reprints");
  if (raw == nullptr) return;
  const std::vector<std::string_view> entries = JsonArrayElements(*raw);
  if (!WouldKeepCluster(entries.size())) return;  // before parsing the texts
  ReportCluster cluster;
  cluster.original = original;
  for (std::string_view entry : entries) {
    StatusOr<JsonRecord> e = JsonRecord::Parse(entry);
    if (!e.ok()) continue;
    ReportReprint r;
    std::optional<std::string> s;
    std::optional<double> x;
    if (e->GetString("id", &s).ok() && s) r.article.id = *s;
    if (e->GetString("text", &s).ok() && s) r.article.text = *s;
    if (e->GetString("source", &s).ok() && s) r.source = *s;
    if (e->GetNumber("similarity", &x).ok() && x) r.similarity = *x;
    if (e->GetNumber("containment", &x).ok() && x) r.containment = *x;
    cluster.reprints.push_back(std::move(r));
  }
  KeepCluster(std::move(cluster));
}

// The place of a cluster of `reprints` reprints among the kept ones: after
// every cluster at least as large, so that ties stay in the order added.
std::vector<ReportCluster>::iterator ReportCollector::ClusterPlace(size_t reprints) {
  return std::upper_bound(
      clusters_.begin(), clusters_.end(), reprints,
      [](size_t size, const ReportCluster& c) { return size > c.reprints.size(); });
}

bool ReportCollector::WouldKeepCluster(size_t reprints) {
  return reprints > 0 && ClusterPlace(reprints) - clusters_.begin() <
                             static_cast<ptrdiff_t>(max_clusters_);
}

void ReportCollector::KeepCluster(ReportCluster&& cluster) {
  if (!WouldKeepCluster(cluster.reprints.size())) return;
  clusters_.insert(ClusterPlace(cluster.reprints.size()), std::move(cluster));
  if (clusters_.size() > max_clusters_) clusters_.pop_back();
}

}  // namespace baokan
