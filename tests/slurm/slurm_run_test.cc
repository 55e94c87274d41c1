// `baokan run --slurm` on a real one-node Slurm cluster, which
// tests/slurm/with_local_slurm.sh starts (scripts/local-slurm.sh) around this
// program and stops after it, passing SLURM_CONF. Compares every output with
// the local run's bytes, fails tasks on purpose, interrupts a run, resumes.

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kCompared[] = {"articles.jsonl", "clusters.tsv", "noise.jsonl"};
// The generated corpus: 2000 pages of three short articles each.
constexpr int kGeneratedArticles = 6000;
constexpr int kGeneratedPerPage = 3;
constexpr int kGeneratedMeanChars = 300;
// The stages `run --slurm` submits: split, jumps, fingerprint, candidates,
// cluster, label, finish.
constexpr size_t kStages = 7;
// The bound on noticing a failed task.
constexpr double kDetectSeconds = 10;

std::string Source(const std::string& rel) { return std::string(BAOKAN_SOURCE_DIR) + "/" + rel; }

// Runs a shell command line, failing the test when it fails.
void Shell(const std::string& command) { ASSERT_EQ(std::system(command.c_str()), 0) << command; }

// The generated corpus (bench/dedup/gen_corpus.py laid out as pages by
// bench/run/pages_from_articles.py), made once.
const std::string& GeneratedPages() {
  static const std::string dir = [] {
    const std::string d = MakeLastingTempDir();
    Shell("python3 " + Source("bench/dedup/gen_corpus.py") + " --articles " +
          std::to_string(kGeneratedArticles) + " --per-page " + std::to_string(kGeneratedPerPage) +
          " --mean-chars " + std::to_string(kGeneratedMeanChars) + " --out " + d +
          "/gen >/dev/null 2>&1");
    Shell("python3 " + Source("bench/run/pages_from_articles.py") + " " + d +
          "/gen/articles.jsonl --out " + d + "/pages >/dev/null");
    return d + "/pages";
  }();
  return dir;
}

// The local run's outputs for `inputs`, made once per input list.
const std::string& LocalRun(const std::vector<std::string>& inputs) {
  static std::map<std::vector<std::string>, std::string> made;
  auto it = made.find(inputs);
  if (it != made.end()) return it->second;
  const std::string out = MakeLastingTempDir();
  std::vector<std::string> args = {"run", "--threads", "2", "-o", out};
  args.insert(args.end(), inputs.begin(), inputs.end());
  const CommandResult r = RunBaokan(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return made.emplace(inputs, out).first->second;
}

CommandResult RunSlurm(const std::vector<std::string>& inputs, const std::string& out,
                       const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"run", "--slurm", "-o", out};
  args.insert(args.end(), extra.begin(), extra.end());
  args.insert(args.end(), inputs.begin(), inputs.end());
  return RunBaokan(args);
}

void ExpectSameOutputs(const std::string& local, const std::string& slurm,
                       const std::string& what) {
  for (const char* name : kCompared) {
    const std::string a = ReadFile(local + "/" + name), b = ReadFile(slurm + "/" + name);
    EXPECT_FALSE(a.empty()) << name;
    EXPECT_TRUE(a == b) << name << " differs from the local run's, " << what;
  }
  EXPECT_TRUE(fs::exists(slurm + "/report.html")) << what;
}

// The ledger lines of a run's messages ("  articles split   123" ...).
std::string LedgerOf(const std::string& err) {
  std::string ledger;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("  ", 0) == 0 && !line.empty() &&
        std::isdigit(static_cast<unsigned char>(line.back()))) {
      ledger += line + "\n";
    }
  }
  return ledger;
}

// band_groups 0: the default (as many as shards).
void ExpectRunMatches(const std::vector<std::string>& inputs, int shards, int band_groups = 0) {
  const std::string& local = LocalRun(inputs);
  const std::string out = MakeTempDir();
  std::vector<std::string> extra = {"--shards", std::to_string(shards)};
  if (band_groups > 0) extra.insert(extra.end(), {"--band-groups", std::to_string(band_groups)});
  const CommandResult r = RunSlurm(inputs, out, extra);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string what =
      std::to_string(shards) + " shard(s), " + std::to_string(band_groups) + " band group(s)";
  ExpectSameOutputs(local, out, what);
  EXPECT_FALSE(fs::exists(out + "/.baokan-work")) << "the work directory is removed";
  EXPECT_NE(r.err.find("finish: 1 task(s) done"), std::string::npos) << r.err;
  // Shards are lowered to the pages there are; band groups follow them.
  const std::string groups = band_groups > 0 ? std::to_string(band_groups) + " " : "";
  EXPECT_NE(r.err.find("candidates: " + groups), std::string::npos) << what << ":\n" << r.err;
  EXPECT_NE(LedgerOf(r.err), "");
}

TEST(SlurmRunTest, SeedsAreTheBytesOfTheLocalRunAtOneThreeAndEightShards) {
  for (int shards : {1, 3, 8}) ExpectRunMatches({Source("corpus/seeds")}, shards);
}

// Band groups as many as shards, and 5 over 3 shards (5 does not divide
// the 128 bands). Two shards are run by the fault tests below, which compare
// bytes too.
TEST(SlurmRunTest, AGeneratedCorpusIsTheBytesOfTheLocalRunAtAnyShardsAndBandGroups) {
  const std::vector<std::string> inputs = {GeneratedPages()};
  ExpectRunMatches(inputs, 1);
  ExpectRunMatches(inputs, 3, 5);
  ExpectRunMatches(inputs, 8);
}

// The same bytes as a file elsewhere, for every file of `a`.
void ExpectSameFiles(const std::string& a, const std::string& b) {
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(a)) {
    const std::string name = e.path().filename();
    if (name == "LOCK") continue;  // the lock file, empty
    ++files;
    EXPECT_TRUE(ReadFile(e.path()) == ReadFile(b + "/" + name)) << name << " differs";
  }
  EXPECT_GT(files, 1u) << a;
}

// A day against an archive index (`run --index`): the generated corpus's
// pages cut in two, the first half indexed by a local run, the second half
// run against copies of that index locally and on Slurm (3 shards). Outputs
// and the index each run leaves are the same bytes; reprints of archived
// articles are among the clusters.
TEST(SlurmRunTest, ADayAgainstAnArchiveIndexIsTheBytesOfTheLocalRun) {
  const std::string dir = MakeTempDir();
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(GeneratedPages())) pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  ASSERT_GT(pages.size(), 2u);
  const size_t half = pages.size() / 2;
  for (const char* part : {"archive", "day"}) fs::create_directories(dir + "/" + part);
  for (size_t i = 0; i < pages.size(); ++i) {
    fs::copy_file(pages[i], dir + (i < half ? "/archive/" : "/day/") + pages[i].filename().string());
  }
  const CommandResult built = RunBaokan(
      {"run", "--threads", "2", "--index", dir + "/index", "-o", dir + "/archive.out", dir + "/archive"});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  fs::copy(dir + "/index", dir + "/index.local", fs::copy_options::recursive);
  fs::copy(dir + "/index", dir + "/index.slurm", fs::copy_options::recursive);
  const CommandResult local = RunBaokan({"run", "--threads", "2", "--index", dir + "/index.local",
                                         "-o", dir + "/local", dir + "/day"});
  ASSERT_EQ(local.exit_code, 0) << local.err;
  const CommandResult slurm =
      RunSlurm({dir + "/day"}, dir + "/slurm", {"--shards", "3", "--index", dir + "/index.slurm"});
  ASSERT_EQ(slurm.exit_code, 0) << slurm.err;
  ExpectSameOutputs(dir + "/local", dir + "/slurm", "against the archive index");
  EXPECT_NE(ReadFile(dir + "/local/clusters.tsv").find("\tarchived\t"), std::string::npos)
      << "the day has reprints of archived articles";
  ExpectSameFiles(dir + "/index.local", dir + "/index.slurm");
}

// A page the split stage cannot read (invalid bytes, --on-invalid error):
// its shard's task fails, the run names it and its log, the dependants are
// cancelled; once the page is mended, --resume submits that shard again
// (and the stages after it) and publishes the local run's bytes.
TEST(SlurmRunTest, AFailedTaskIsNamedQuicklyAndResumeFinishesTheRun) {
  const std::string dir = MakeTempDir();
  Shell("cp -r " + Source("corpus/seeds") + " " + dir + "/pages");
  std::vector<std::string> pages;
  for (const auto& e : fs::directory_iterator(dir + "/pages")) pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  const std::string good = ReadFile(pages[3]);
  WriteFile(pages[3], "\xc3\x28 不是有效的文字\n" + good);
  const std::string out = dir + "/out", work = dir + "/work";
  const auto start = std::chrono::steady_clock::now();
  const CommandResult failed = RunSlurm({dir + "/pages"}, out, {"--shards", "5", "--work", work});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_NE(failed.err.find("split shard 3 (of 5) failed: FAILED, exit code 1:0"),
            std::string::npos)
      << failed.err;
  EXPECT_NE(failed.err.find(work + "/logs/split.3.log"), std::string::npos) << failed.err;
  EXPECT_NE(failed.err.find(fs::path(pages[3]).filename().string()), std::string::npos)
      << "the log's tail names the page:\n"
      << failed.err;
  EXPECT_NE(failed.err.find("cancelled the run's jobs"), std::string::npos) << failed.err;
  EXPECT_LT(seconds, 4 * kDetectSeconds) << "a failed split should end the run soon";
  EXPECT_FALSE(fs::exists(out + "/articles.jsonl"));

  WriteFile(pages[3], good);
  const CommandResult resumed =
      RunSlurm({dir + "/pages"}, out, {"--shards", "5", "--work", work, "--resume"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("submitted split: job"), std::string::npos);
  EXPECT_NE(resumed.err.find(", 1 task(s)\n"), std::string::npos)
      << "only the failed shard is split again:\n"
      << resumed.err;
  ExpectSameOutputs(LocalRun({Source("corpus/seeds")}), out, "after --resume");
  EXPECT_FALSE(fs::exists(work));
}

// Detection time, measured from the failed task's end: the failing page is
// in a shard whose task fails at once, while another shard's task takes long.
TEST(SlurmRunTest, AFailedTaskIsReportedWithinTenSecondsOfItsEnd) {
  const std::string dir = MakeTempDir();
  fs::create_directories(dir + "/pages");
  WriteFile(dir + "/pages/0.txt", "\xc3\x28 不是有效的文字\n");
  Shell("cp " + Source("corpus/seeds") + "/*.txt " + dir + "/pages/");
  const auto start = std::chrono::steady_clock::now();
  const CommandResult r =
      RunSlurm({dir + "/pages"}, dir + "/out", {"--shards", "2", "--work", dir + "/work"});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("split shard 0 (of 2) failed"), std::string::npos) << r.err;
  EXPECT_LT(seconds, kDetectSeconds) << r.err;
}

// The process id of a running `baokan stage STAGE` task of the run in
// `work`, or 0 (its command line names the stage and the work directory).
pid_t TaskProcess(const std::string& stage, const std::string& work) {
  for (const auto& e : fs::directory_iterator("/proc")) {
    const std::string name = e.path().filename();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::string cmdline = ReadFile(e.path().string() + "/cmdline");
    std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
    if (cmdline.find(" stage " + stage + " --work " + work + " ") != std::string::npos) {
      return static_cast<pid_t>(std::stol(name));
    }
  }
  return 0;
}

// A task killed while it runs (SIGKILL, as the out-of-memory killer would)
// is a failed task: named with its signal; --resume finishes the run.
TEST(SlurmRunTest, AKilledTaskIsNamedAndResumeFinishesTheRun) {
  const std::string dir = MakeTempDir();
  const std::string out = dir + "/out", work = dir + "/work";
  const std::vector<std::string> inputs = {GeneratedPages()};
  CommandResult failed;
  std::thread run([&] { failed = RunSlurm(inputs, out, {"--shards", "2", "--work", work}); });
  pid_t task = 0;
  for (int i = 0; i < 2400 && task == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
    task = TaskProcess("label", work);
  }
  if (task > 0) kill(task, SIGKILL);
  run.join();
  ASSERT_GT(task, 0) << "no label task seen running";
  EXPECT_EQ(failed.exit_code, 1);
  EXPECT_NE(failed.err.find("label shard "), std::string::npos) << failed.err;
  EXPECT_NE(failed.err.find(" (of 2) failed: FAILED, exit code 0:9"), std::string::npos)
      << failed.err;
  EXPECT_FALSE(fs::exists(out + "/articles.jsonl"));
  const CommandResult resumed =
      RunSlurm(inputs, out, {"--shards", "2", "--work", work, "--resume"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("submitted label: job"), std::string::npos) << resumed.err;
  for (const char* done : {"split", "jumps", "fingerprint", "candidates", "cluster"}) {
    EXPECT_EQ(resumed.err.find(std::string("submitted ") + done + ":"), std::string::npos)
        << "the " << done << " tasks had finished:\n"
        << resumed.err;
  }
  ExpectSameOutputs(LocalRun(inputs), out, "after a killed task");
}

// Ctrl-C (SIGINT) while the jobs wait: every job the run submitted is
// cancelled and the process ends by the signal; --resume then finishes.
TEST(SlurmRunTest, InterruptingTheRunCancelsItsJobsAndResumeFinishes) {
  const std::string dir = MakeTempDir();
  const std::string out = dir + "/out", work = dir + "/work";
  // Jobs that may not begin for an hour keep the run waiting.
  const pid_t pid =
      StartBaokan({"run", "--slurm", "--shards", "2", "--work", work,
                   "--sbatch-arg=--begin=now+3600", "-o", out, Source("corpus/seeds")});
  ASSERT_GT(pid, 0);
  const std::string jobs = work + "/jobs.tsv";
  for (int i = 0; i < 200 && CountLines(ReadFile(jobs)) < kStages; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_EQ(CountLines(ReadFile(jobs)), kStages) << "every stage submitted";
  kill(pid, SIGINT);
  EXPECT_EQ(WaitBaokan(pid), 128 + SIGINT);
  std::istringstream lines(ReadFile(jobs));
  for (std::string stage, id; lines >> stage >> id;) {
    const std::string state = [&] {
      const std::string f = dir + "/state";
      Shell("scontrol -o show job " + id + " > " + f);
      return ReadFile(f);
    }();
    EXPECT_NE(state.find("JobState=CANCELLED"), std::string::npos) << stage << ": " << state;
  }
  const CommandResult resumed =
      RunSlurm({Source("corpus/seeds")}, out, {"--shards", "2", "--work", work, "--resume"});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  ExpectSameOutputs(LocalRun({Source("corpus/seeds")}), out, "after an interrupt");
}

TEST(SlurmRunTest, ResumeRefusesAWorkDirectoryMadeForOtherPages) {
  const std::string dir = MakeTempDir();
  const CommandResult none =
      RunSlurm({Source("corpus/seeds")}, dir + "/out", {"--work", dir + "/work", "--resume"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("nothing to resume"), std::string::npos) << none.err;
  fs::create_directories(dir + "/other");
  WriteFile(dir + "/other/x.txt", "x\n");
  const CommandResult foreign =
      RunSlurm({Source("corpus/seeds")}, dir + "/out", {"--work", dir + "/other"});
  EXPECT_EQ(foreign.exit_code, 1);
  EXPECT_NE(foreign.err.find("not a baokan working directory"), std::string::npos) << foreign.err;
  EXPECT_TRUE(fs::exists(dir + "/other/x.txt"));
}

}  // namespace
}  // namespace baokan::testing
