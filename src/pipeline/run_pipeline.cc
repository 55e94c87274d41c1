// The stages of `run` between the files of its working directory, and
// RunPipeline() chaining them:
//
//   pages -> split.jsonl + noise.jsonl -> joined.jsonl -> merged.jsonl +
//   clusters.tsv (dedup, spool in the work dir) -> articles.jsonl ->
//   report.html -> (ledger balances) -> OUTDIR

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

#include "baokan/dedup.h"
#include "baokan/pipeline.h"
#include "pipeline/work_dir.h"

namespace baokan {
namespace {

namespace fs = std::filesystem;

}  // namespace

Status WriteRunReport(const RunOptions& options, const RunLedger& ledger,
                      ReportCollector* collector, const std::string& html_path,
                      const PipelineLog& log) {
  RunReport report;
  report.heading = "baokan run: " + std::to_string(ledger.pages_found) + " page file(s)";
  report.generator = options.generator;
  report.ledger = ledger;
  collector->FillReport(&report);
  // The map is an extra: without models/china_map.tsv the report has none.
  StatusOr<ChinaMap> map = ChinaMap::Load(options.models_dir);
  if (map.ok()) {
    report.map = std::move(map).value();
  } else {
    log.Info("report.html has no map: " + map.status().message());
  }
  StatusOr<std::unique_ptr<OutputFile>> html = OutputFile::Create(html_path);
  if (!html.ok()) return html.status();
  BAOKAN_RETURN_IF_ERROR((*html)->Write(RenderReportHtml(report)));
  return (*html)->Commit();
}

std::vector<std::string> RunOrder(std::vector<std::string> pages) {
  std::sort(pages.begin(), pages.end(), [](const std::string& a, const std::string& b) {
    return std::pair(PageNameOf(a), a) < std::pair(PageNameOf(b), b);
  });
  pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
  return pages;
}

Status PublishRunOutputs(const std::string& work, const std::string& outdir,
                      const RunLedger& ledger, const PipelineLog& log) {
  std::vector<FileMove> moves;
  for (const char* name : kRunOutputs) moves.push_back({work + "/" + name, outdir + "/" + name});
  Status status = PublishIfBalanced(ledger, moves);
  if (status.ok()) return status;
  log.Info(std::string("ledger:\n") + ledger.ToText());
  if (ledger.Check().ok()) return status;
  return Status::DataError(status.message() + " — this is a bug in baokan; please report it (" +
                           outdir + " keeps the outputs it had)");
}

Status JumpStage(const std::vector<std::string>& pages, const std::string& in_path,
                 const std::string& out_path, RunLedger* ledger) {
  std::map<std::string, std::string> folder_of;  // page name -> its directory
  for (const std::string& path : pages) {
    folder_of[PageNameOf(path)] = fs::path(path).parent_path().string();
  }
  return StitchJumpsInFile(
      in_path, out_path,
      [&](const std::string& page) {
        auto it = folder_of.find(page);
        // Page N of a PDF is STEM-N.
        if (it == folder_of.end() && page.rfind('-') != std::string::npos) {
          it = folder_of.find(page.substr(0, page.rfind('-')));
        }
        return it == folder_of.end() ? std::string() : it->second;
      },
      &ledger->jumps_joined);
}

DedupOptions RunDedupOptions(int threads, const std::string& spool_dir,
                             const std::string& index_dir) {
  DedupOptions options;
  options.threads = threads;
  options.index_dir = index_dir;
  options.keep_text = true;  // the report and the user see what each reprint said
  options.temp_dir = spool_dir;
  return options;
}

void NoteDedupStats(const DedupStats& stats, const std::string& index_dir,
                    const PipelineLog& log, RunLedger* ledger) {
  ledger->reprints_folded = stats.folded;
  if (!index_dir.empty()) {
    log.Info("index " + index_dir + ": " + std::to_string(stats.archived) + " archived article(s); " +
             std::to_string(stats.folded_into_archive) + " reprint(s) of them folded; " +
             std::to_string(stats.indexed) + " article(s) added");
  }
}

Status DedupStage(const std::string& in_path, const std::string& merged_path,
                  const std::string& clusters_path, const std::string& spool_dir, int threads,
                  const PipelineLog& log, RunLedger* ledger, const std::string& index_dir) {
  DedupOutputs outputs;
  outputs.articles = merged_path;
  outputs.clusters = clusters_path;
  DedupStats stats;
  BAOKAN_RETURN_IF_ERROR(Dedup({in_path}, outputs, RunDedupOptions(threads, spool_dir, index_dir),
                               [&](const std::string& m) { log.Error(m); }, &stats));
  NoteDedupStats(stats, index_dir, log, ledger);
  return Status::OK();
}

Status LabelStage(const std::string& in_path, const std::string& out_path,
                  const Labellers& labellers, int threads, const PipelineLog& log,
                  ReportCollector* collector, RunLedger* ledger) {
  RegionTagger tagger(labellers.gazetteer.get());
  StatusOr<std::unique_ptr<OutputFile>> out = OutputFile::Create(out_path);
  if (!out.ok()) return out.status();
  LabelStageOptions options;
  options.tagger = &tagger;
  options.classifier = labellers.classifier.get();
  options.threads = threads;
  LabelTotals totals;
  BAOKAN_RETURN_IF_ERROR(
      LabelToFile({in_path}, options, out->get(), log, &totals, [&](const LabelledGroup& g) {
        collector->Add(g, labellers.classifier->taxonomy());
      }));
  ledger->articles_written = totals.records;
  return (*out)->Commit();
}

Status RunPipeline(const RunOptions& options, RunLedger* ledger, const PipelineLog& log) {
  const std::string& outdir = options.outdir;
  std::error_code ec;
  fs::create_directories(outdir, ec);
  if (ec || !fs::is_directory(outdir)) {
    return Status::IOError(outdir + ": cannot create the output directory: " + ec.message());
  }
  pipeline::WorkDir work_dir(outdir);
  if (work_dir.path().empty()) {
    return Status::IOError(outdir + ": cannot create a working directory inside it");
  }
  for (const std::string& stale : work_dir.removed_stale()) {
    log.Info("removed " + stale + ", the working directory of a run that was killed");
  }
  const RunWorkFiles files(work_dir.path());
  const std::vector<std::string> pages = RunOrder(options.pages);
  *ledger = RunLedger();
  BAOKAN_RETURN_IF_ERROR(SplitStage(pages, options.decode, options.threads, files.split,
                                    files.noise, log, ledger));
  BAOKAN_RETURN_IF_ERROR(JumpStage(pages, files.split, files.joined, ledger));
  BAOKAN_RETURN_IF_ERROR(DedupStage(files.joined, files.merged, files.clusters, work_dir.path(),
                                    options.threads, log, ledger, options.index_dir));
  StatusOr<Labellers> labellers = LoadLabellers(options.models_dir, options.model);
  if (!labellers.ok()) return labellers.status();
  ReportCollector collector(options.report_uncertain, options.report_clusters);
  BAOKAN_RETURN_IF_ERROR(LabelStage(files.merged, files.articles, *labellers, options.threads,
                                    log, &collector, ledger));
  BAOKAN_RETURN_IF_ERROR(WriteRunReport(options, *ledger, &collector, files.report, log));
  return PublishRunOutputs(work_dir.path(), outdir, *ledger, log);
}

}  // namespace baokan
