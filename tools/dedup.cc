// baokan dedup: fold reprints into their originals.

#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "baokan/dedup.h"
#include "cli_io.h"
#include "command.h"
#include "dedup_options.h"

namespace baokan::cli {
namespace {

// "512M", "2G", "64k", "1000000" (bytes); nullopt when it is none of these.
std::optional<size_t> ParseByteSize(const std::string& text) {
  size_t used = 0;
  double number = 0;
  try {
    number = std::stod(text, &used);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  const std::string unit = text.substr(used);
  double scale = 1;
  if (!unit.empty()) {
    const size_t at = std::string("kmgKMG").find(unit);
    if (unit.size() != 1 || at == std::string::npos) return std::nullopt;
    scale = static_cast<double>(size_t{1} << (10 * (at % 3 + 1)));  // K, M, G
  }
  if (!(number > 0) || number * scale > 1e18) return std::nullopt;
  return static_cast<size_t>(number * scale);
}

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  const DedupOptions d;
  options->add_options()
      ("input", po::value<std::vector<std::string>>(),
       "article files (JSONL), signature files from fingerprint, or directories")
      ("clusters", po::value<std::string>(), "also write the clusters here (TSV)")
      ("keep-all", "write every record, annotated with dup {cluster, canonical, of}")
      ("keep-text", "keep each folded reprint's text in its reprints entry")
      ("min-containment", po::value<double>()->default_value(d.min_containment, "0.5"),
       "a reprint shares at least this fraction of the shorter text's shingles")
      ("min-length-ratio", po::value<double>()->default_value(d.min_length_ratio, "0.2"),
       "... and the shorter text has at least this fraction of the longer's shingles")
      ("band-rows", po::value<int>()->default_value(d.band_rows), "signature positions per LSH band")
      ("temp-dir", po::value<std::string>(), "directory for the scratch copies of the input and its signatures")
      ("memory", po::value<std::string>(),
       "SIZE (512M, 2G): shingle sets verification holds at once; default RAM/64")
      ("index", po::value<std::string>(),
       "DIR: archive index of earlier runs; also fold reprints of archived articles "
       "(clusters.tsv role `archived`) and add the kept articles to it");
  AddSignatureOptions(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  DedupOptions options;
  if (!GetSignatureOptions(vm, env, &options.signature)) return kExitUsage;
  options.min_containment = vm["min-containment"].as<double>();
  options.min_length_ratio = vm["min-length-ratio"].as<double>();
  options.band_rows = vm["band-rows"].as<int>();
  options.keep_all = vm.count("keep-all") > 0;
  options.keep_text = vm.count("keep-text") > 0;
  options.threads = env->threads();
  if (vm.count("temp-dir")) options.temp_dir = vm["temp-dir"].as<std::string>();
  if (vm.count("index")) options.index_dir = vm["index"].as<std::string>();
  if (vm.count("memory")) {
    const std::optional<size_t> bytes = ParseByteSize(vm["memory"].as<std::string>());
    if (!bytes) {
      env->Error("--memory: expected a size such as 512M or 2G, not \"" +
                 vm["memory"].as<std::string>() + "\"");
      return kExitUsage;
    }
    options.memory_bytes = *bytes;
  }
  DedupOutputs outputs;
  outputs.articles = env->output();
  if (vm.count("clusters")) outputs.clusters = vm["clusters"].as<std::string>();

  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsArticleOrSignatureFile);
  const auto start = std::chrono::steady_clock::now();
  DedupStats stats;
  Status s = Dedup(inputs, outputs, options, [&](const std::string& m) { env->Error(m); }, &stats);
  if (!s.ok()) {
    env->Error(WithFlagName(s.message(), vm));
    return s.code() == Status::Code::kInvalidArgument ? kExitUsage : kExitDataError;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[300];
  std::snprintf(summary, sizeof summary,
                "%zu article(s) -> %zu kept, %zu reprint(s) folded into %zu cluster(s); "
                "%zu candidate pair(s), %zu verified; %zu signature(s) from files; %.2f s",
                stats.articles, stats.kept, stats.folded, stats.clusters, stats.candidates,
                stats.verified, stats.signatures_loaded, seconds);
  env->Info(summary);
  if (!options.index_dir.empty()) {
    std::snprintf(summary, sizeof summary,
                  "index %s: %zu archived article(s), %zu compared; %zu reprint(s) folded into "
                  "archived articles; %zu article(s) added (%zu already there)",
                  options.index_dir.c_str(), stats.archived, stats.archive_matches,
                  stats.folded_into_archive, stats.indexed, stats.already_indexed);
    env->Info(summary);
  }
  return env->ExitStatus();
}

BAOKAN_COMMAND({"dedup", "fold reprints (abridged ones too) into their originals",
                "baokan dedup [OPTIONS] ARTICLES... [SHARD.sig...] [--index DIR]",
                "Compares article bodies (text without bylines, datelines, captions and 摘自\n"
                "trailers) as sets of k-character shingles of their match form. Candidate pairs\n"
                "come from MinHash LSH banding, every candidate is verified exactly, and a pair\n"
                "is a reprint when the shorter text shares at least --min-containment of its\n"
                "shingles with the longer. An article joins a cluster only when it passes\n"
                "against the cluster's original (no chaining). The original is kept, with a\n"
                "`reprints` list [{id, page, source, similarity, containment}]; the others are\n"
                "folded into it (--keep-all writes them too, with `dup`). Output is ordered by\n"
                "id and does not depend on --threads or on the order of the inputs.\n"
                "Signature files from `baokan fingerprint` save hashing again.\n"
                "With --index DIR the articles are also compared with every article earlier\n"
                "runs kept there; a reprint of one is folded into it by id (clusters.tsv:\n"
                "role `archived`), and today's originals are added to the index.\n"
                "See docs/dedup.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
