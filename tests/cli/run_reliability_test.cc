// `baokan run` on a corpus of a few MB of reprints: the outputs depend neither
// on the thread count nor on the order the inputs are listed in, a second run
// changes nothing, and a run killed at any moment leaves the previous outputs
// or, once it has published, the new ones; only a kill in the instant between
// the renames that publish them can leave the first few new and the rest old.

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kOutputNames[] = {"articles.jsonl", "clusters.tsv", "noise.jsonl",
                                        "report.html"};
constexpr int kCopiesPerSeed = 60;
// Copy k > 0 of a seed page leaves out every line whose number is k modulo
// this, so copies are abridged reprints of one another (and copies k and
// k + kDropEvery are identical, so some reprints tie exactly).
constexpr int kDropEvery = 37;

// The four outputs of a run as bytes, in kOutputNames order; nullopt for a
// file that does not exist.
using Outputs = std::vector<std::optional<std::string>>;

Outputs ReadOutputs(const std::string& dir) {
  Outputs outputs;
  for (const char* name : kOutputNames) {
    const std::string path = dir + "/" + name;
    outputs.push_back(fs::exists(path) ? std::optional(ReadFile(path)) : std::nullopt);
  }
  return outputs;
}

// Makes `dir` hold `outputs` again (writing or removing each file).
void RestoreOutputs(const std::string& dir, const Outputs& outputs) {
  for (size_t i = 0; i < outputs.size(); ++i) {
    const std::string path = dir + "/" + kOutputNames[i];
    if (outputs[i]) {
      WriteFile(path, *outputs[i]);
    } else {
      fs::remove(path);
    }
  }
}

// Success when `actual` holds the same files with the same bytes as
// `expected`; otherwise says where the first difference is (without
// printing megabytes).
::testing::AssertionResult SameOutputs(const Outputs& expected, const Outputs& actual) {
  for (size_t i = 0; i < expected.size(); ++i) {
    const std::optional<std::string>& e = expected[i];
    const std::optional<std::string>& a = actual[i];
    if (e == a) continue;
    auto failure = ::testing::AssertionFailure() << kOutputNames[i] << ": ";
    if (!e || !a) return failure << (e ? "missing" : "present but expected to be absent");
    auto at = std::mismatch(e->begin(), e->end(), a->begin(), a->end()).first;
    return failure << e->size() << " bytes expected, " << a->size()
                   << " found, first difference at byte " << (at - e->begin());
  }
  return ::testing::AssertionSuccess();
}

// The names in `dir`, sorted.
std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// The seed pages, kCopiesPerSeed times each, abridged as kDropEvery says,
// under names that interleave seeds and copies in a shuffled order, so that
// the order of names says nothing about which copy is the original.
struct LargeCorpus {
  std::string dir;
  std::vector<std::string> pages;  // sorted by name, as a directory lists them
};

const LargeCorpus& Large() {
  static const LargeCorpus* corpus = [] {
    auto* c = new LargeCorpus{MakeLastingTempDir(), {}};
    const std::vector<std::string> seeds = SeedPages();
    std::vector<int> names(seeds.size() * kCopiesPerSeed);
    for (size_t i = 0; i < names.size(); ++i) names[i] = static_cast<int>(i);
    std::shuffle(names.begin(), names.end(), std::mt19937(7));
    for (size_t seed = 0; seed < seeds.size(); ++seed) {
      const std::string text = ReadFile(seeds[seed]);
      for (int copy = 0; copy < kCopiesPerSeed; ++copy) {
        std::string page;
        size_t line = 0;
        for (size_t at = 0; at < text.size(); ++line) {
          size_t end = std::min(text.find('\n', at), text.size() - 1) + 1;
          if (copy == 0 || static_cast<int>(line % kDropEvery) != copy % kDropEvery) {
            page.append(text, at, end - at);
          }
          at = end;
        }
        char name[32];
        std::snprintf(name, sizeof name, "/p%04d.txt", names[seed * kCopiesPerSeed + copy]);
        c->pages.push_back(c->dir + name);
        WriteFile(c->pages.back(), page);
      }
    }
    std::sort(c->pages.begin(), c->pages.end());
    return c;
  }();
  return *corpus;
}

// Runs `run` over `inputs` with `extra` arguments into a new directory and
// returns that directory.
std::string RunLarge(const std::vector<std::string>& inputs,
                     const std::vector<std::string>& extra) {
  std::string out = MakeTempDir();
  std::vector<std::string> args = {"run", "-o", out};
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), inputs.begin(), inputs.end());
  CommandResult r = RunBaokan(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return out;
}

// The outputs of the large corpus run with two threads, computed once.
const Outputs& Reference() {
  static const Outputs* outputs =
      new Outputs(ReadOutputs(RunLarge({Large().dir}, {"--threads", "2"})));
  return *outputs;
}

TEST(RunReliability, OneAndTwoThreadsWriteTheSameBytes) {
  const Outputs& two = Reference();
  ASSERT_TRUE(two[0] && two[0]->size() > 1000000) << "the corpus should make a few MB";
  std::string one = RunLarge({Large().dir}, {"--threads", "1"});
  EXPECT_TRUE(SameOutputs(two, ReadOutputs(one)));
}

TEST(RunReliability, PagesListedInAnyOrderWriteWhatTheDirectoryWrites) {
  std::vector<std::string> shuffled = Large().pages;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(2024));
  ASSERT_NE(shuffled, Large().pages);
  std::string out = RunLarge(shuffled, {"--threads", "2"});
  EXPECT_TRUE(SameOutputs(Reference(), ReadOutputs(out)));
}

TEST(RunReliability, ASecondRunChangesNothingAndLeavesNoWorkingFiles) {
  std::string out = RunLarge({Large().dir}, {"--threads", "2"});
  const Outputs first = ReadOutputs(out);
  CommandResult r = RunBaokan({"run", "--threads", "2", "-o", out, Large().dir});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(SameOutputs(first, ReadOutputs(out)));
  EXPECT_TRUE(SameOutputs(Reference(), first));
  // No ".NAME.tmp.*" file, no ".baokan-run-*" directory.
  EXPECT_EQ(ListDir(out),
            std::vector<std::string>(std::begin(kOutputNames), std::end(kOutputNames)));
}

// A moment to kill a run at: `delay_ms` after its start or, if `awaited` is
// set, as soon as that file exists in its working directory ("." for the
// directory itself).
struct KillMoment {
  int delay_ms;
  const char* awaited;

  std::string ToString() const {
    return awaited ? std::string("the appearance of work dir/") + awaited
                   : std::to_string(delay_ms) + " ms";
  }
};

constexpr KillMoment kKillMoments[] = {{0, "."},          {0, nullptr},   {100, nullptr},
                                       {300, nullptr},    {600, nullptr}, {1000, nullptr},
                                       {0, "report.html"}};

// What a run looked like when it was killed.
struct Killed {
  int exit_code;  // 0 if it finished before the kill
  // The files in the working directory it left; nullopt if it left none.
  std::optional<std::vector<std::string>> work_files;
};

// The working directory run made in `outdir`, or "" if there is none.
std::string WorkDirIn(const std::string& outdir) {
  for (const std::string& name : ListDir(outdir)) {
    if (name.starts_with(".baokan-run-")) return outdir + "/" + name;
  }
  return "";
}

// Starts run over the large corpus into `outdir`, sends it `signal_number`
// at `moment`, and removes the working directory it left.
Killed RunLargeAndKill(const std::string& outdir, const KillMoment& moment, int signal_number) {
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = StartBaokan({"run", "--threads", "2", "-o", outdir, Large().dir});
  if (moment.awaited) {
    auto appeared = [&] {
      const std::string work = WorkDirIn(outdir);
      return !work.empty() && fs::exists(work + "/" + moment.awaited);
    };
    while (!appeared() && !BaokanHasEnded(pid)) {
      std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
  } else {
    std::this_thread::sleep_until(start + std::chrono::milliseconds(moment.delay_ms));
  }
  kill(pid, signal_number);
  Killed killed{WaitBaokan(pid), std::nullopt};
  if (const std::string work = WorkDirIn(outdir); !work.empty()) {
    killed.work_files = ListDir(work);
    fs::remove_all(work);
  }
  return killed;
}

// How many outputs, in kOutputNames order, a killed run had moved into
// OUTDIR: none before its report was written (the working directory then
// holds no report.html, and OUTDIR holds no new report.html); after that,
// those no longer in the working directory.
size_t OutputsMoved(const Killed& killed, const Outputs& now) {
  const std::vector<std::string>& work = killed.work_files.value_or(std::vector<std::string>{});
  if (std::count(work.begin(), work.end(), "report.html") == 0) {
    return SameOutputs(Reference(), now) ? std::size(kOutputNames) : 0;
  }
  size_t moved = 0;
  while (std::count(work.begin(), work.end(), kOutputNames[moved]) == 0) ++moved;
  return moved;
}

// Kills runs into `outdir`, which holds `before`, with `signal_number` at
// each of kKillMoments. After each, OUTDIR holds nothing but the four
// outputs (or those of them `before` has), each complete: all four as
// before, or all four new if the run finished. Only SIGKILL landing between
// the renames that publish them can leave the first ones (in kOutputNames
// order) new and the rest old; other signals wait for the renames.
void ExpectKilledRunsLeaveOldOrNewOutputs(const std::string& outdir, const Outputs& before,
                                          int signal_number = SIGKILL) {
  for (const KillMoment& moment : kKillMoments) {
    SCOPED_TRACE("signal " + std::to_string(signal_number) + " at " + moment.ToString());
    const Killed killed = RunLargeAndKill(outdir, moment, signal_number);
    const Outputs now = ReadOutputs(outdir);
    const size_t moved = OutputsMoved(killed, now);
    if (moved < std::size(kOutputNames)) {
      EXPECT_EQ(killed.exit_code, 128 + signal_number) << "finished without publishing everything";
    }
    if (signal_number != SIGKILL) {
      EXPECT_TRUE(moved == 0 || moved == std::size(kOutputNames)) << moved << " output(s) moved";
    }
    Outputs expected = before;
    std::copy_n(Reference().begin(), moved, expected.begin());
    EXPECT_TRUE(SameOutputs(expected, now)) << moved << " output(s) moved";
    std::vector<std::string> expected_names;
    for (size_t i = 0; i < now.size(); ++i) {
      if (now[i]) expected_names.push_back(kOutputNames[i]);
    }
    EXPECT_EQ(ListDir(outdir), expected_names) << "a temporary file was left in OUTDIR";

    std::string work = "none";
    if (killed.work_files) {
      work = "[";
      for (const std::string& name : *killed.work_files) work += " " + name;
      work += " ]";
    }
    const std::string outcome = killed.exit_code == 0 ? "run had finished"
                                : moved == 0          ? "killed mid-run, outputs untouched"
                                : moved == now.size() ? "killed after publishing"
                                                      : "killed while publishing: outputs MIXED";
    std::printf("kill at %s: %s (%zu of 4 moved); work dir left: %s\n", moment.ToString().c_str(),
                outcome.c_str(), moved, work.c_str());
    RestoreOutputs(outdir, before);
  }
}

TEST(RunReliability, AKilledRunLeavesThePreviousOutputs) {
  std::string outdir = MakeTempDir();
  CommandResult r = RunBaokan({"run", "-o", outdir, SeedPages()[0]});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const Outputs old = ReadOutputs(outdir);
  for (size_t i = 0; i < old.size(); ++i) {
    ASSERT_TRUE(old[i] && *old[i] != Reference()[i]) << kOutputNames[i] << " tells nothing";
  }
  ExpectKilledRunsLeaveOldOrNewOutputs(outdir, old);
}

TEST(RunReliability, AnInterruptedRunLeavesThePreviousOutputsOrAllNewOnes) {
  std::string outdir = MakeTempDir();
  CommandResult r = RunBaokan({"run", "-o", outdir, SeedPages()[0]});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ExpectKilledRunsLeaveOldOrNewOutputs(outdir, ReadOutputs(outdir), SIGTERM);
}

TEST(RunReliability, TheNextRunRemovesWhatAKilledRunLeft) {
  std::string outdir = MakeTempDir();
  pid_t pid = StartBaokan({"run", "--threads", "2", "-o", outdir, Large().dir});
  while (WorkDirIn(outdir).empty() && !BaokanHasEnded(pid)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // into the split stage
  kill(pid, SIGKILL);
  ASSERT_EQ(WaitBaokan(pid), 128 + SIGKILL) << "the run ended before it was killed";
  const std::string left = WorkDirIn(outdir);
  ASSERT_FALSE(left.empty());

  CommandResult r = RunBaokan({"run", "-o", outdir, SeedPages()[0]});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("removed " + left + ", the working directory of a run that was killed"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(ListDir(outdir),
            std::vector<std::string>(std::begin(kOutputNames), std::end(kOutputNames)));
}

TEST(RunReliability, AKilledFirstRunLeavesNoOutputs) {
  std::string outdir = MakeTempDir();
  ExpectKilledRunsLeaveOldOrNewOutputs(outdir, Outputs(std::size(kOutputNames)));
}

}  // namespace
}  // namespace baokan::testing
