// `baokan run`'s Slurm flags without a cluster: what is refused before
// anything is submitted, and a missing client. (tests/slurm/ runs them on a
// real one.)

#include <stdlib.h>

#include <filesystem>
#include <string>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

const char* const kSeedsDir = BAOKAN_SOURCE_DIR "/corpus/seeds";

TEST(RunSlurmFlags, ShardsWorkAndResumeNeedSlurm) {
  const std::string dir = MakeTempDir();
  for (const std::vector<std::string>& flags : {std::vector<std::string>{"--shards", "3"},
                                                {"--band-groups", "2"},
                                                {"--work", dir + "/w"},
                                                {"--resume"},
                                                {"--sbatch-arg=--mem=1G"}}) {
    std::vector<std::string> args = {"run", kSeedsDir, "-o", dir + "/out"};
    args.insert(args.end(), flags.begin(), flags.end());
    const CommandResult r = RunBaokan(args);
    EXPECT_EQ(r.exit_code, 2) << flags[0];
    EXPECT_NE(r.err.find(flags[0].substr(0, flags[0].find('=')) + " needs --slurm"),
              std::string::npos)
        << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir + "/out/articles.jsonl"));
}

TEST(RunSlurmFlags, ShardsMustBeACount) {
  const std::string dir = MakeTempDir();
  const CommandResult r = RunBaokan({"run", "--slurm", "--shards", "0", kSeedsDir, "-o", dir});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--shards takes a count"), std::string::npos) << r.err;
}

TEST(RunSlurmFlags, BandGroupsMustBeACount) {
  const std::string dir = MakeTempDir();
  const CommandResult r =
      RunBaokan({"run", "--slurm", "--band-groups=-1", kSeedsDir, "-o", dir});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--band-groups takes a count"), std::string::npos) << r.err;
}

TEST(RunSlurmFlags, AMissingSbatchIsNamedAndNothingIsPublished) {
  const std::string dir = MakeTempDir();
  setenv("BAOKAN_SBATCH", "/no/such/sbatch", 1);
  const CommandResult r = RunBaokan({"run", "--slurm", kSeedsDir, "-o", dir + "/out"});
  unsetenv("BAOKAN_SBATCH");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/no/such/sbatch: cannot run it"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir + "/out/articles.jsonl"));
}

}  // namespace
}  // namespace baokan::testing
