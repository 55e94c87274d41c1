// baokan split: newspaper pages into article records.

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "baokan/split.h"
#include "cli_io.h"
#include "command.h"
#include "baokan/pipeline.h"

namespace baokan::cli {
namespace {

void AddOptions(po::options_description* options, po::positional_options_description* positional) {
  options->add_options()
      ("input", po::value<std::vector<std::string>>(), "page files or directories")
      ("noise", po::value<std::string>(),
       "write the blocks set aside as layout debris here, one JSON record per block")
      ("no-normalize", "split the page as printed, without baokan normalize");
  AddDecodeOptions(options);
  positional->add("input", -1);
}

int Run(const po::variables_map& vm, Env* env) {
  DecodeOptions decode;
  if (!GetDecodeOptions(vm, env, &decode)) return kExitUsage;
  SplitOptions options;
  options.normalize = vm.count("no-normalize") == 0;
  std::vector<std::string> inputs = ExpandedInputs(vm, env, IsPageFile);

  std::unique_ptr<OutputFile> out = OpenOutput(env, env->output());
  std::unique_ptr<OutputFile> noise_out;
  if (vm.count("noise")) noise_out = OpenOutput(env, vm["noise"].as<std::string>());
  if (!out || (vm.count("noise") && !noise_out)) return kExitDataError;

  const auto start = std::chrono::steady_clock::now();
  SplitTotals totals;
  const Status written = SplitPageFiles(inputs, decode, options, env->threads(), out.get(),
                                        noise_out.get(), LogTo(env), &totals);
  if (!written.ok()) {
    env->Error(written);
    return kExitDataError;
  }
  if (!CommitOut(out.get(), env)) return kExitDataError;
  if (noise_out && !CommitOut(noise_out.get(), env)) return kExitDataError;

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char summary[256];
  std::snprintf(summary, sizeof summary,
                "%zu page(s), %.1f KB -> %zu article(s), %zu noise block(s) in %.2f s",
                totals.pages, totals.bytes / 1024.0, totals.articles, totals.noise_blocks,
                seconds);
  env->Info(summary);
  if (totals.failed > 0) {
    env->Info(std::to_string(totals.failed) + " input(s) could not be split (see above)");
  }
  return env->ExitStatus();
}

BAOKAN_COMMAND({"split", "split newspaper pages into article records (JSON Lines)",
                "baokan split [OPTIONS] PAGE_OR_DIR...",
                "Reads page text files (any of UTF-8, UTF-16, GB18030/GBK, Big5) and PDF files\n"
                "(one page per PDF page: STEM, or STEM-N in a PDF of several pages; a scan with\n"
                "no text layer is an error); directories are walked for *.txt and *.pdf. Writes\n"
                "one article record per line: id, page, title, subtitle, kicker, column,\n"
                "dateline, byline, source, continued_from, continued_to, date, edition, section,\n"
                "parts, text. Every non-blank line of a page lands in one article field or, with\n"
                "--noise, in a noise record. See docs/split.md and docs/formats.md.\n",
                AddOptions, Run});

}  // namespace
}  // namespace baokan::cli
