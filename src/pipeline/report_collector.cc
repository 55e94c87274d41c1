// The report's collector: what report.html shows, gathered while the
// labelled records stream by, and the largest reprint clusters.

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>

#include "baokan/io.h"
#include "baokan/pipeline.h"
#include "base/strings.h"

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
}

std::vector<ReportCluster> LargestClusters(const std::string& clusters_tsv,
                                           const std::string& articles_jsonl,
                                           size_t max_clusters, const PipelineLog& log) {
  struct Member {
    std::string id;
    double similarity = 0, containment = 0;
  };
  std::map<long, std::vector<Member>> clusters;  // original first in each
  StatusOr<std::unique_ptr<LineReader>> reader = LineReader::Open(clusters_tsv);
  if (!reader.ok()) {
    log.Error(reader.status().message());
    return {};
  }
  std::string_view line;
  while ((*reader)->Next(&line)) {
    const std::vector<std::string_view> f = SplitTsvLine(line);
    if (f.size() < 5 || f[0] == "cluster") continue;
    clusters[std::stol(std::string(f[0]))].push_back(
        {std::string(f[1]), std::stod(std::string(f[3])), std::stod(std::string(f[4]))});
  }
  std::vector<std::pair<long, std::vector<Member>>> order(clusters.begin(), clusters.end());
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.second.size() > b.second.size();
  });
  if (order.size() > max_clusters) order.resize(max_clusters);

  std::unordered_map<std::string, ReportArticle> articles;
  std::unordered_map<std::string, std::string> sources;
  for (const auto& [no, members] : order) {
    for (const Member& m : members) articles[m.id];
  }
  ForEachRecord({articles_jsonl}, log, [&](JsonRecord& r, const std::string&, size_t) {
    std::optional<std::string> id, s;
    if (!r.GetString("id", &id).ok() || !id) return true;
    auto it = articles.find(*id);
    if (it == articles.end()) return true;
    it->second.id = *id;
    if (r.GetString("title", &s).ok() && s) it->second.title = *s;
    if (r.GetString("text", &s).ok() && s) it->second.text = *s;
    if (r.GetString("source", &s).ok() && s) sources[*id] = *s;
    return true;
  });
  std::vector<ReportCluster> out;
  for (const auto& [no, members] : order) {
    ReportCluster c;
    c.original = articles[members.front().id];
    for (size_t i = 1; i < members.size(); ++i) {
      c.reprints.push_back({articles[members[i].id], sources[members[i].id],
                            members[i].similarity, members[i].containment});
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace baokan
