// The run report: the ledger that proves nothing was lost, and report.html,
// a self-contained page for people who never used the tool.

#ifndef BAOKAN_REPORT_H_
#define BAOKAN_REPORT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "baokan/io.h"
#include "baokan/region_map.h"
#include "baokan/status.h"

namespace baokan {

// Counts kept by `run` at every stage. Two equations must hold:
//   page_lines     == article_lines + noise_lines   (every line placed once)
//   articles_split == articles_written + reprints_folded
struct RunLedger {
  size_t pages_found = 0;       // page files among the inputs
  size_t pages_failed = 0;      // of which unreadable or undecodable
  size_t page_lines = 0;        // non-blank lines of the pages read
  size_t article_lines = 0;     // of which placed in an article
  size_t noise_lines = 0;       // of which set aside as noise
  size_t noise_blocks = 0;
  size_t articles_split = 0;
  size_t jumps_joined = 0;      // continuations joined to their first part
  size_t reprints_folded = 0;
  size_t articles_written = 0;

  // OK when both equations hold; otherwise a DataError naming the one that
  // fails, with its numbers.
  Status Check() const;
  // The ledger as lines of "label  number" for the terminal summary.
  std::string ToText() const;
};

// Puts a run's finished outputs in place, but only when `ledger` balances.
// The ledger is checked first: when it does not balance, returns the
// DataError of ledger.Check() and touches no file, so every target keeps its
// previous content and every `from` stays where it is. Otherwise moves the
// files as PublishFiles does (and returns its error), with interrupts held
// off (DeferredSignals) until the moves are done.
Status PublishIfBalanced(const RunLedger& ledger, const std::vector<FileMove>& moves);

// One article as the report shows it.
struct ReportArticle {
  std::string id;
  std::string title;       // empty when the article has none
  std::string text;
  std::string region;      // e.g. "山西省 长治市 屯留区"; empty when unplaced
  std::string subject;     // subject name; empty when unlabelled
  double subject_prob = 0;
  double region_confidence = 0;
};

struct ReportReprint {
  ReportArticle article;
  std::string source;  // the paper a 摘自 names; empty when none
  double similarity = 0;
  double containment = 0;
};

struct ReportCluster {
  ReportArticle original;
  std::vector<ReportReprint> reprints;
};

struct RunReport {
  std::string heading;    // e.g. "baokan run — corpus/seeds"
  std::string generator;  // e.g. "baokan 0.1.0"
  RunLedger ledger;
  std::vector<std::pair<std::string, size_t>> provinces;  // name, articles
  RegionTally regions;                 // articles per province and city, for the map
  std::optional<ChinaMap> map;         // no map section when unset
  std::vector<std::pair<std::string, size_t>> subjects;   // name, articles
  std::vector<ReportCluster> clusters;   // largest first
  std::vector<ReportArticle> uncertain;  // least sure first
};

// The report as one HTML document with inline CSS and SVG: no scripts, no
// fonts or images from the network. Deterministic: the same report gives the
// same bytes.
std::string RenderReportHtml(const RunReport& report);

// One piece of a sentence-level comparison of an original and a reprint.
struct DiffPiece {
  enum class Kind { kSame, kOnlyOriginal, kOnlyReprint };
  Kind kind;
  std::string text;  // one sentence, as printed
};

// Aligns the sentences of `original` and `reprint` (split after 。！？ and
// line breaks, compared without punctuation and white space) by longest
// common subsequence, so that dropped and new sentences stand out.
// Returns the pieces in reading order.
std::vector<DiffPiece> DiffSentences(std::string_view original, std::string_view reprint);

}  // namespace baokan

#endif  // BAOKAN_REPORT_H_
