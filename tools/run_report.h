// Gathering what `run` shows in report.html while the records stream by.

#ifndef BAOKAN_TOOLS_RUN_REPORT_H_
#define BAOKAN_TOOLS_RUN_REPORT_H_

#include <map>
#include <string>
#include <vector>

#include "baokan/report.h"
#include "command.h"
#include "page_batches.h"

namespace baokan::cli {

// Counts provinces and subjects and keeps the least sure articles.
class ReportCollector {
 public:
  explicit ReportCollector(size_t max_uncertain) : max_uncertain_(max_uncertain) {}

  // Takes note of a labelled group (its records, regions and subjects).
  void Add(const LabelledGroup& group, const Taxonomy& taxonomy);

  // Fills the province, subject and uncertain parts of `report`.
  void FillReport(RunReport* report);

 private:
  void Trim();

  size_t max_uncertain_;
  std::map<std::string, size_t> provinces_;
  std::map<std::string, size_t> subjects_;
  std::vector<ReportArticle> uncertain_;
};

// Reads the clusters TSV that dedup wrote (cluster, id, role, similarity,
// containment) and the split articles, and returns the `max_clusters`
// largest clusters with their texts (ties: lower cluster number first).
// Problems are reported through env; what could be read is returned.
std::vector<ReportCluster> LargestClusters(const std::string& clusters_tsv,
                                           const std::string& articles_jsonl,
                                           size_t max_clusters, Env* env);

}  // namespace baokan::cli

#endif  // BAOKAN_TOOLS_RUN_REPORT_H_
