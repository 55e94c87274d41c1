// baokan run: split -> dedup -> label over a folder of pages, with a ledger
// that proves nothing was lost and a report for people.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "baokan/pipeline.h"
#include "baokan/slurm.h"
#include "cli_io.h"
#include "command.h"
#include "slurm_flags.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()("input", po::value<std::vector<std::string>>(),
                         "page files or directories")(
      "model", po::value<std::string>(),
      "subject model (MODEL.bin/.ftz + MODEL.json); default: the keyword lexicon")(
      "gazetteer", po::value<std::string>(),
      "models directory: regions.tsv, region_aliases.tsv and, without --model, the lexicon "
      "(default: $BAOKAN_MODELS, else the models/ installed with baokan)")(
      "report-clusters", po::value<int>()->default_value(10),
      "reprint clusters shown in report.html")(
      "index", po::value<std::string>(),
      "DIR: archive index of earlier runs for dedup (see `baokan dedup --index`)")(
      "report-uncertain",
                                               po::value<int>()->default_value(20),
                                               "least sure articles listed in report.html");
  AddDecodeOptions(options);
  AddSlurmOptions(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  const auto start = std::chrono::steady_clock::now();
  RunOptions options;
  options.outdir = env->output();
  if (options.outdir == "-") {
    env->Error("run writes several files: name a directory with -o OUTDIR");
    return kExitUsage;
  }
  const int max_clusters = vm["report-clusters"].as<int>();
  const int max_uncertain = vm["report-uncertain"].as<int>();
  if (max_clusters < 0 || max_uncertain < 0) {
    env->Error("--report-clusters and --report-uncertain take a count (0 or more)");
    return kExitUsage;
  }
  options.report_clusters = static_cast<size_t>(max_clusters);
  options.report_uncertain = static_cast<size_t>(max_uncertain);
  if (!GetDecodeOptions(vm, env, &options.decode)) return kExitDataError;
  options.models_dir = GazetteerDir(vm);
  if (vm.count("model")) options.model = vm["model"].as<std::string>();
  options.threads = env->threads();
  options.generator = std::string("baokan ") + BAOKAN_VERSION;
  options.pages = ExpandedInputs(vm, env, IsPageFile);
  if (vm.count("index")) options.index_dir = vm["index"].as<std::string>();
  SlurmRunOptions slurm;
  if (!GetSlurmOptions(vm, env, &slurm)) return kExitUsage;

  RunLedger ledger;
  const Status status = SlurmRequested(vm) ? RunOnSlurm(options, slurm, &ledger, LogTo(env))
                                           : RunPipeline(options, &ledger, LogTo(env));
  if (!status.ok()) {
    env->Error(WithModelsHint(status));
    return kExitDataError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char timing[128];
  std::snprintf(timing, sizeof timing,
                "done in %.2f s; wrote %s/{articles.jsonl,clusters.tsv,"
                "noise.jsonl,report.html}",
                seconds, options.outdir.c_str());
  env->Info(std::string("ledger:\n") + ledger.ToText() + timing);
  return env->ExitStatus();
}

BAOKAN_COMMAND(
    {"run", "the main job: split, dedup and label a folder of pages, with a report",
     "baokan run [OPTIONS] PAGE_OR_DIR... -o OUTDIR [--index DIR] [--slurm [--shards N] [--band-groups N] [--work DIR] [--sbatch-arg ARG]... [--resume]]",
     "Splits every page into articles, folds reprints into their originals, places\n"
     "every article by region and labels its subject, and writes OUTDIR/articles.jsonl,\n"
     "OUTDIR/clusters.tsv, OUTDIR/noise.jsonl and OUTDIR/report.html. The ledger\n"
     "(pages, lines, articles, reprints) is printed and checked: the run fails if\n"
     "anything went missing. See docs/run.md.\n"
     "\n"
     "With --index DIR, dedup also folds reprints of articles earlier runs kept in\n"
     "the archive index DIR, and adds this run's originals to it.\n"
     "\n"
     "With --slurm the same stages run as sbatch job arrays over --shards page\n"
     "shards (SLURM_CONF from the environment); the outputs are the same bytes.\n"
     "Stages: split, jumps, fingerprint (per shard), candidates (per band group,\n"
     "--band-groups), cluster, label (per shard), finish.\n"
     "A failed task is named with its log; --resume submits what is missing.\n"
     "See docs/slurm.md.\n",
     AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
