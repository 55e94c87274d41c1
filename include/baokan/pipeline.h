// The whole job of `baokan run` as library calls: split -> jumps -> dedup ->
// label -> report, each stage reading and writing files in a working
// directory (so that a scheduler can run every stage as a job of its own),
// and RunPipeline() chaining them with a ledger that must balance before any
// output is published. `split`, `label`, `region` and `predict` call the same
// stages; the commands in tools/ only read flags and report.

#ifndef BAOKAN_PIPELINE_H_
#define BAOKAN_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/classify.h"
#include "baokan/dedup.h"
#include "baokan/encoding.h"
#include "baokan/io.h"
#include "baokan/json.h"
#include "baokan/region.h"
#include "baokan/report.h"
#include "baokan/split.h"
#include "baokan/status.h"

namespace baokan {

// Where the stages report while they run. Empty members are ignored, so a
// default PipelineLog is silent.
struct PipelineLog {
  // An input that failed ("FILE:LINE: message"); the stage goes on with the
  // others (a command counts these and exits 1 at the end).
  std::function<void(const std::string&)> error;
  // A note that changes nothing in the output (e.g. replaced invalid bytes).
  std::function<void(const std::string&)> info;
  // A one-line progress update ("3/10 pages, 41 articles"), redrawn in place;
  // end_progress() ends the line.
  std::function<void(const std::string&)> progress;
  std::function<void()> end_progress;

  void Error(const std::string& m) const { if (error) error(m); }
  void Info(const std::string& m) const { if (info) info(m); }
  void Progress(const std::string& m) const { if (progress) progress(m); }
  void EndProgress() const { if (end_progress) end_progress(); }
};

// Calls `fn(record, path, line)` for every JSON record of every input, in
// order. A line that is not a JSON object is reported as "FILE:LINE: ..." and
// skipped; blank lines are skipped. `fn` returns false to stop early.
// Returns false if any input (or line) failed.
bool ForEachRecord(const std::vector<std::string>& inputs, const PipelineLog& log,
                   const std::function<bool(JsonRecord&, const std::string&, size_t)>& fn);

// As ForEachRecord, but a line whose first character (after blanks) is not
// '{' is a line of text, passed as the record {"text": LINE} with
// `is_text_line` true.
bool ForEachRecordOrTextLine(
    const std::vector<std::string>& inputs, const PipelineLog& log,
    const std::function<bool(JsonRecord&, const std::string&, size_t, bool is_text_line)>& fn);

class ThreadPool;  // baokan/parallel.h

// As ForEachRecordOrTextLine (`text_lines`) or ForEachRecord, with the same
// calls in the same order, but lines are parsed a chunk at a time on the
// workers of `pool` (the caller's thread calls `fn`). `fn` may run loops on
// the same pool.
bool ForEachParsedRecord(
    const std::vector<std::string>& inputs, bool text_lines, ThreadPool* pool,
    const PipelineLog& log,
    const std::function<bool(JsonRecord&, const std::string&, size_t, bool is_text_line)>& fn);

// ---- Split: page files -> article records and noise records.

// What one page file turns into, ready to write.
struct SplitPageOutput {
  bool ok = false;           // false: the page could not be read or decoded
  size_t bytes = 0;          // bytes of the file
  size_t articles = 0;
  size_t noise_blocks = 0;
  // The nothing-lost ledger's units: the non-blank lines of a text page; of
  // a PDF, the words of its pages (each counted with the line it is on).
  size_t page_lines = 0;     // non-blank lines (PDF: words) of the page
  size_t article_lines = 0;  // of which in articles (wholly or in part)
  size_t noise_lines = 0;    // of which wholly in noise blocks
  std::string records;       // article records, JSON Lines
  std::string noise;         // noise records, JSON Lines
  std::vector<std::string> messages;  // errors when !ok, notes otherwise
  Status status;                      // when !ok, the error (messages holds its message)
};

// Reads, decodes and splits one page file. Thread-safe (reports nothing
// itself: messages are returned for the caller to print in order).
SplitPageOutput SplitPageFile(const std::string& path, const DecodeOptions& decode,
                              const SplitOptions& options);

// Splits one page given as UTF-8 text, named `name`, as SplitPageFile
// splits a text page once read and decoded (bytes is the text's size).
SplitPageOutput SplitPageText(std::string_view name, std::string_view text,
                              const SplitOptions& options);

// Sums over the pages of a split; the ledger of `run` takes its line counts.
struct SplitTotals {
  size_t pages = 0, failed = 0, bytes = 0, articles = 0, noise_blocks = 0;
  size_t page_lines = 0, article_lines = 0, noise_lines = 0;
};

// Splits `paths` on `threads` threads (>= 1; the output does not depend on
// it), writing records to `out` and noise records to `noise` (may be null)
// in input order. A page that fails is reported through log.error and
// counted in totals->failed. Returns non-OK only when a write failed.
Status SplitPageFiles(const std::vector<std::string>& paths, const DecodeOptions& decode,
                      const SplitOptions& options, int threads, OutputFile* out,
                      OutputFile* noise, const PipelineLog& log, SplitTotals* totals);

// ---- Label: region and subject on a stream of article records.

// The text a subject classifier reads for a record: the non-empty string
// values of `fields`, in that order, joined by "\n". The first field is the
// headline (the lexicon takes the first line for it): when more than one
// field is read and only the first has text, it still ends its line
// ("TITLE\n"). A field that is present but not a string is a DataError
// naming it. The one place that builds it: `predict`, `label` and `run` all
// read an article this way.
Status ClassifierText(const JsonRecord& record, const std::vector<std::string>& fields,
                      std::string* text);
// The fields ClassifierText() reads unless told otherwise: title, text.
const std::vector<std::string>& DefaultClassifierFields();

// Consecutive records of one input with the same `page` field. (split and
// dedup write a page's articles consecutively.)
struct PageGroup {
  std::vector<JsonRecord> records;
  std::vector<std::string> where;  // "FILE:LINE" of each record
  std::vector<bool> text_line;     // per record: made from a line of text
};

// What labelling a group produced.
struct LabelledGroup {
  std::vector<JsonRecord> records;               // with `region` and/or `subject` set
  std::vector<Region> regions;                   // per record, when tagged
  std::vector<std::vector<LabelProb>> subjects;  // per record, when classified
  std::vector<std::string> errors;               // "FILE:LINE: message"
  std::string lines;  // the records as JSON Lines, when LabelStageOptions::serialize
  size_t text_bytes = 0;
  size_t placed = 0;  // records given a province
};

// What the label stage labels with; a null member is not applied.
struct LabelStageOptions {
  const RegionTagger* tagger = nullptr;
  const Classifier* classifier = nullptr;
  PredictOptions predict;
  // The fields the classifier reads (ClassifierText()).
  std::vector<std::string> classifier_fields = DefaultClassifierFields();
  // false (label, region): a field of the wrong type is reported and read as
  // absent. true (predict): a classifier field of the wrong type is reported
  // and its record left out of the output.
  bool drop_bad_records = false;
  // Lines that are not JSON objects are text: {"text": LINE} (predict). The
  // classifier reads such a record's text whatever classifier_fields says.
  bool text_lines = false;
  // Also write the labelled records into LabelledGroup::lines (where the
  // group is labelled, on a worker).
  bool serialize = false;
  int threads = 1;  // >= 1; the output does not depend on it
};

// Sets `region` (when options.tagger is given) and `subject` (when
// options.classifier is given) on every record of the group. Fields of the
// wrong type are reported (see drop_bad_records). Thread-safe for distinct
// groups.
LabelledGroup LabelGroup(PageGroup&& group, const LabelStageOptions& options);

// Reads the records of `inputs`, forms page groups, labels them in batches
// on options.threads threads and calls `sink` with each labelled group in
// input order. Read errors and field errors go to log.error. `sink` returns
// false to stop.
void LabelRecords(const std::vector<std::string>& inputs, const LabelStageOptions& options,
                  const PipelineLog& log, const std::function<bool(LabelledGroup&&)>& sink);

// What a label run wrote.
struct LabelTotals {
  size_t records = 0;     // records written
  size_t placed = 0;      // of which given a province
  size_t text_bytes = 0;  // bytes of title, dateline and text read (when tagged)
};

// LabelRecords writing every labelled record to `out` as JSON Lines, in
// input order; `on_group` (may be empty) sees each group before it is
// written. Stops at the first write error and returns it (`out` is not
// committed).
Status LabelToFile(const std::vector<std::string>& inputs, const LabelStageOptions& options,
                   OutputFile* out, const PipelineLog& log, LabelTotals* totals,
                   const std::function<void(const LabelledGroup&)>& on_group = nullptr);

// The models the label stage uses.
struct Labellers {
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<Classifier> classifier;
};

// Loads the gazetteer from `models_dir` and the subject classifier from
// `model` (MODEL.bin/.ftz + MODEL.json), or, when `model` is empty, the
// keyword lexicon of `models_dir`. A NotFound status when the gazetteer's
// files are missing; the error of the loader otherwise.
StatusOr<Labellers> LoadLabellers(const std::string& models_dir, const std::string& model);

// ---- Report: what report.html shows, gathered while the records stream by.

// Counts one article's place in `tally` (the map's counts): its province
// and city, or its country abroad. A municipality's city (市辖区) is named
// after the municipality.
void TallyRegion(const Region& region, RegionTally* tally);

// Counts provinces and subjects, keeps the least sure articles and the
// largest reprint clusters. A cluster is a record with reprints, as dedup
// writes it with keep_text: the record is the original, each element of its
// `reprints` a reprint with its text, source, similarity and containment.
class ReportCollector {
 public:
  ReportCollector(size_t max_uncertain, size_t max_clusters)
      : max_uncertain_(max_uncertain), max_clusters_(max_clusters) {}

  // Takes note of a labelled group (its records, regions and subjects).
  void Add(const LabelledGroup& group, const Taxonomy& taxonomy);

  // Keeps `cluster` if it is among the max_clusters largest seen so far
  // (Add does it for every record with reprints; a collector that gathers
  // others' clusters, in their order, calls it too).
  void KeepCluster(ReportCluster&& cluster);

  // Fills the province, subject, cluster and uncertain parts of `report`:
  // the clusters largest first, ties in the order they were added.
  void FillReport(RunReport* report);

  // The collector's state as JSON Lines: one line per province and subject
  // count, then the least sure articles it keeps. A sharded run collects
  // each shard apart and merges them: the report is the one a single
  // collector over every shard gives.
  std::string Serialize();
  // Adds the state in `path` (as Serialize() wrote it); errors name FILE:LINE.
  Status Merge(const std::string& path);

 private:
  void Trim();
  void AddCluster(const JsonRecord& record, const ReportArticle& original);
  std::vector<ReportCluster>::iterator ClusterPlace(size_t reprints);
  bool WouldKeepCluster(size_t reprints);

  size_t max_uncertain_;
  size_t max_clusters_;
  std::map<std::string, size_t> provinces_;
  RegionTally regions_;
  std::map<std::string, size_t> subjects_;
  std::vector<ReportArticle> uncertain_;
  std::vector<ReportCluster> clusters_;  // largest first, at most max_clusters_
};

// ---- The stages of `run`, each between files (see docs/architecture.md).

// Pages in order of name (then path), each once, so that the output does not
// depend on the order the inputs were listed in.
std::vector<std::string> RunOrder(std::vector<std::string> pages);

// split: `pages` -> split_path (articles) and noise_path; fills the page and
// line counts and articles_split of *ledger.
Status SplitStage(const std::vector<std::string>& pages, const DecodeOptions& decode,
                  int threads, const std::string& split_path, const std::string& noise_path,
                  const PipelineLog& log, RunLedger* ledger);

// jumps: in_path -> out_path, every article continued on another page of its
// issue (the pages of one directory, as `pages` name them) joined to its
// first part; fills ledger->jumps_joined.
Status JumpStage(const std::vector<std::string>& pages, const std::string& in_path,
                 const std::string& out_path, RunLedger* ledger);

// dedup: in_path -> merged_path and clusters_path, reprints folded into
// their originals (with their texts); dedup's spool file lives in spool_dir.
// With an index_dir, also against the archive index there, which then gets
// the articles kept (DedupOptions::index_dir). Fills ledger->reprints_folded.
Status DedupStage(const std::string& in_path, const std::string& merged_path,
                  const std::string& clusters_path, const std::string& spool_dir, int threads,
                  const PipelineLog& log, RunLedger* ledger, const std::string& index_dir = "");

// The dedup options of `run`, for DedupStage and the sharded run's dedup
// steps alike: reprints keep their texts (the report and the user see what
// each said), the spool in spool_dir, against the archive index in
// index_dir when it is not "".
DedupOptions RunDedupOptions(int threads, const std::string& spool_dir,
                             const std::string& index_dir);
// What DedupStage does with a dedup run's stats: ledger->reprints_folded,
// and a line about the index (when index_dir is not "") through log.info.
void NoteDedupStats(const DedupStats& stats, const std::string& index_dir,
                    const PipelineLog& log, RunLedger* ledger);

// label: in_path -> out_path with region and subject, each group also given
// to `collector`; fills ledger->articles_written.
Status LabelStage(const std::string& in_path, const std::string& out_path,
                  const Labellers& labellers, int threads, const PipelineLog& log,
                  ReportCollector* collector, RunLedger* ledger);

// ---- The whole job.

struct RunOptions {
  std::vector<std::string> pages;  // page files (directories already expanded)
  std::string outdir;              // created if missing; gets kRunOutputs
  DecodeOptions decode;
  std::string models_dir;          // gazetteer and lexicon
  std::string model;               // subject model; "" for the lexicon
  int threads = 1;                 // >= 1; the outputs do not depend on it
  size_t report_clusters = 10;     // reprint clusters shown in report.html
  size_t report_uncertain = 20;    // least sure articles listed in report.html
  std::string generator;           // e.g. "baokan 0.1.0", shown in report.html
  std::string index_dir;           // archive index for dedup; "" for none
};

// The files of run's working directory, named after the stage that writes
// them (see docs/architecture.md); a scheduler running the stages as jobs
// of their own uses the same names.
struct RunWorkFiles {
  explicit RunWorkFiles(const std::string& dir)
      : split(dir + "/split.jsonl"),
        noise(dir + "/noise.jsonl"),
        joined(dir + "/joined.jsonl"),
        merged(dir + "/merged.jsonl"),
        clusters(dir + "/clusters.tsv"),
        articles(dir + "/articles.jsonl"),
        report(dir + "/report.html") {}
  std::string split;     // SplitStage: the articles of every page
  std::string noise;     // SplitStage: the blocks set aside (published)
  std::string joined;    // JumpStage: continuations joined to their first part
  std::string merged;    // DedupStage: reprints folded into their originals
  std::string clusters;  // DedupStage: the reprint clusters (published)
  std::string articles;  // LabelStage: with region and subject (published)
  std::string report;    // the report (published)
};

// The outputs, in the order they are moved from the working directory into
// OUTDIR; the report goes last, so that a new report.html means the other
// three are new too.
inline constexpr const char* kRunOutputs[] = {"articles.jsonl", "clusters.tsv", "noise.jsonl",
                                              "report.html"};

// report: report.html at html_path for a run whose stages filled `ledger`
// and `collector` (the largest clusters among them); written atomically.
Status WriteRunReport(const RunOptions& options, const RunLedger& ledger,
                      ReportCollector* collector, const std::string& html_path,
                      const PipelineLog& log);

// The last step of `run`: moves kRunOutputs from `work_dir` into `outdir`
// when `ledger` balances. When it does not, nothing is moved (outdir keeps
// the outputs it had, work_dir the new ones), the ledger goes to log.info
// and a DataError names what does not balance.
Status PublishRunOutputs(const std::string& work_dir, const std::string& outdir,
                         const RunLedger& ledger, const PipelineLog& log);

// Runs split, jumps, dedup and label over options.pages in a private working
// directory inside options.outdir (OUTDIR/.baokan-run-XXXXXX, removed at the
// end; one left by a killed run is removed and noted through log.info),
// writes report.html, and moves kRunOutputs into OUTDIR only when every
// stage succeeded and *ledger balances; otherwise OUTDIR keeps what it had.
// Inputs that fail are reported through log.error and the run goes on.
// Returns the first stage's error, or the ledger's (having printed the
// ledger through log.info).
Status RunPipeline(const RunOptions& options, RunLedger* ledger, const PipelineLog& log);

}  // namespace baokan

#endif  // BAOKAN_PIPELINE_H_
