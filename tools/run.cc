// baokan run: split -> dedup -> label over a folder of pages, with a ledger
// that proves nothing was lost and a report for people.

#include <stdlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "baokan/dedup.h"
#include "baokan/report.h"
#include "baokan/split.h"
#include "cli_io.h"
#include "command.h"
#include "page_batches.h"
#include "run_report.h"
#include "split_pages.h"
#include "work_dir.h"

namespace baokan::cli {
namespace {

namespace fs = std::filesystem;

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("input", po::value<std::vector<std::string>>(),
                         "page files or directories")(
      "model", po::value<std::string>(),
      "subject model (MODEL.bin/.ftz + MODEL.json); default: the keyword lexicon")(
      "gazetteer", po::value<std::string>(),
      "models directory: regions.tsv, region_aliases.tsv and, without --model, the lexicon "
      "(default: $BAOKAN_MODELS, else the models/ installed with baokan)")(
      "report-clusters", po::value<int>()->default_value(10),
      "reprint clusters shown in report.html")("report-uncertain",
                                               po::value<int>()->default_value(20),
                                               "least sure articles listed in report.html");
  AddDecodeOptions(options);
  positional->add("input", -1);
}

// The outputs, in the order they are moved from the working directory into
// OUTDIR once every stage has succeeded and the ledger balances; the report
// goes last, so that a new report.html means the other three are new too.
constexpr const char* kOutputs[] = {"articles.jsonl", "clusters.tsv", "noise.jsonl", "report.html"};

struct Stages {
  po::variables_map const* vm;
  Env* env;
  std::string outdir;
  std::string work;  // the working directory: every file is written here first
  RunLedger ledger;
  std::vector<std::string> pages;

  std::string InWork(const std::string& name) const { return work + "/" + name; }
};

// split: pages -> work/split.jsonl and work/noise.jsonl.
bool SplitStage(Stages* s, const std::string& split_path) {
  DecodeOptions decode;
  if (!GetDecodeOptions(*s->vm, s->env, &decode)) return false;
  std::unique_ptr<OutputFile> out = OpenOutput(s->env, split_path);
  std::unique_ptr<OutputFile> noise = OpenOutput(s->env, s->InWork("noise.jsonl"));
  if (!out || !noise) return false;
  SplitTotals t;
  if (!SplitPageFiles(s->pages, decode, SplitOptions(), out.get(), noise.get(), s->env, &t)) {
    return false;
  }
  s->ledger.pages_found = s->pages.size();
  s->ledger.pages_failed = t.failed;
  s->ledger.page_lines = t.page_lines;
  s->ledger.article_lines = t.article_lines;
  s->ledger.noise_lines = t.noise_lines;
  s->ledger.noise_blocks = t.noise_blocks;
  s->ledger.articles_split = t.articles;
  return CommitOut(out.get(), s->env) && CommitOut(noise.get(), s->env);
}

// jumps: work/split.jsonl -> work/joined.jsonl, every article continued on
// another page of its issue (the pages of one directory) joined to its
// first part.
bool JumpStage(Stages* s, const std::string& split_path, const std::string& joined_path) {
  std::map<std::string, std::string> folder_of;  // page name -> its directory
  for (const std::string& path : s->pages) {
    folder_of[PageNameOf(path)] = fs::path(path).parent_path().string();
  }
  const Status status = StitchJumpsInFile(
      split_path, joined_path,
      [&](const std::string& page) {
        auto it = folder_of.find(page);
        // Page N of a PDF is STEM-N.
        if (it == folder_of.end() && page.rfind('-') != std::string::npos) {
          it = folder_of.find(page.substr(0, page.rfind('-')));
        }
        return it == folder_of.end() ? std::string() : it->second;
      },
      &s->ledger.jumps_joined);
  if (!status.ok()) s->env->Error(status);
  return status.ok();
}

// dedup: work/split.jsonl -> work/merged.jsonl and work/clusters.tsv.
bool DedupStage(Stages* s, const std::string& split_path, const std::string& merged_path) {
  DedupOptions options;
  options.threads = s->env->threads();
  options.keep_text = true;  // the report and the user see what each reprint said
  DedupOutputs outputs;
  outputs.articles = merged_path;
  outputs.clusters = s->InWork("clusters.tsv");
  DedupStats stats;
  Status status = Dedup(
      {split_path}, outputs, options, [&](const std::string& m) { s->env->Error(m); }, &stats);
  if (!status.ok()) {
    s->env->Error(status);
    return false;
  }
  s->ledger.reprints_folded = stats.folded;
  return true;
}

// label: work/merged.jsonl -> work/articles.jsonl, gathering the report.
bool LabelStage(Stages* s, const std::string& merged_path, ReportCollector* collector) {
  Labellers labellers;
  if (!LoadLabellers(*s->vm, s->env, &labellers)) return false;
  RegionTagger tagger(labellers.gazetteer.get());
  std::unique_ptr<OutputFile> out = OpenOutput(s->env, s->InWork("articles.jsonl"));
  if (!out) return false;
  bool write_ok = true;
  LabelRecords({merged_path}, &tagger, labellers.classifier.get(), PredictOptions(), s->env,
               [&](LabelledGroup&& g) {
                 std::string lines;
                 for (const JsonRecord& r : g.records) lines += r.Serialize() + "\n";
                 s->ledger.articles_written += g.records.size();
                 collector->Add(g, labellers.classifier->taxonomy());
                 write_ok = WriteOut(out.get(), lines, s->env);
                 return write_ok;
               });
  return write_ok && CommitOut(out.get(), s->env);
}

// Moves the finished outputs from the working directory into OUTDIR if the
// ledger balances; if it does not, OUTDIR keeps the previous run's outputs.
bool PublishOutputs(const Stages& s) {
  std::vector<FileMove> moves;
  for (const char* name : kOutputs) moves.push_back({s.InWork(name), s.outdir + "/" + name});
  Status status = PublishIfBalanced(s.ledger, moves);
  if (status.ok()) return true;
  s.env->Info(std::string("ledger:\n") + s.ledger.ToText());
  if (s.ledger.Check().ok()) {
    s.env->Error(status);
  } else {
    s.env->Error(status.message() + " — this is a bug in baokan; please report it (" + s.outdir +
                 " keeps the outputs it had)");
  }
  return false;
}

int Run(const po::variables_map& vm, Env* env) {
  const auto start = std::chrono::steady_clock::now();
  Stages s{&vm, env, env->output(), {}, {}, {}};
  if (s.outdir == "-") {
    env->Error("run writes several files: name a directory with -o OUTDIR");
    return kExitUsage;
  }
  const int max_clusters = vm["report-clusters"].as<int>();
  const int max_uncertain = vm["report-uncertain"].as<int>();
  if (max_clusters < 0 || max_uncertain < 0) {
    env->Error("--report-clusters and --report-uncertain take a count (0 or more)");
    return kExitUsage;
  }
  std::error_code ec;
  fs::create_directories(s.outdir, ec);
  if (ec || !fs::is_directory(s.outdir)) {
    env->Error(s.outdir + ": cannot create the output directory: " + ec.message());
    return kExitDataError;
  }
  WorkDir work(s.outdir);
  if (work.path().empty()) {
    env->Error(s.outdir + ": cannot create a working directory inside it");
    return kExitDataError;
  }
  s.work = work.path();
  for (const std::string& stale : work.removed_stale()) {
    env->Info("removed " + stale + ", the working directory of a run that was killed");
  }
  // Pages in order of name (then path), each once, so that the output does
  // not depend on the order the inputs were listed in.
  s.pages = ExpandedInputs(vm, env, IsPageFile);
  std::sort(s.pages.begin(), s.pages.end(), [](const std::string& a, const std::string& b) {
    return std::pair(PageNameOf(a), a) < std::pair(PageNameOf(b), b);
  });
  s.pages.erase(std::unique(s.pages.begin(), s.pages.end()), s.pages.end());
  const std::string split_path = s.InWork("split.jsonl");
  const std::string joined_path = s.InWork("joined.jsonl");
  const std::string merged_path = s.InWork("merged.jsonl");
  ReportCollector collector(static_cast<size_t>(max_uncertain));
  if (!SplitStage(&s, split_path) || !JumpStage(&s, split_path, joined_path) ||
      !DedupStage(&s, joined_path, merged_path) || !LabelStage(&s, merged_path, &collector)) {
    return kExitDataError;
  }

  RunReport report;
  report.heading = "baokan run: " + std::to_string(s.ledger.pages_found) + " page file(s)";
  report.generator = std::string("baokan ") + BAOKAN_VERSION;
  report.ledger = s.ledger;
  collector.FillReport(&report);
  report.clusters = LargestClusters(s.InWork("clusters.tsv"), joined_path, max_clusters, env);
  std::unique_ptr<OutputFile> html = OpenOutput(env, s.InWork("report.html"));
  if (!html || !WriteOut(html.get(), RenderReportHtml(report), env) ||
      !CommitOut(html.get(), env) || !PublishOutputs(s)) {
    return kExitDataError;
  }

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char timing[128];
  std::snprintf(timing, sizeof timing,
                "done in %.2f s; wrote %s/{articles.jsonl,clusters.tsv,"
                "noise.jsonl,report.html}",
                seconds, s.outdir.c_str());
  env->Info(std::string("ledger:\n") + s.ledger.ToText() + timing);
  return env->ExitStatus();
}

BAOKAN_COMMAND(
    {"run", "the main job: split, dedup and label a folder of pages, with a report",
     "baokan run [OPTIONS] PAGE_OR_DIR... -o OUTDIR",
     "Splits every page into articles, folds reprints into their originals, places\n"
     "every article by region and labels its subject, and writes OUTDIR/articles.jsonl,\n"
     "OUTDIR/clusters.tsv, OUTDIR/noise.jsonl and OUTDIR/report.html. The ledger\n"
     "(pages, lines, articles, reprints) is printed and checked: the run fails if\n"
     "anything went missing. See docs/run.md.\n",
     AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
