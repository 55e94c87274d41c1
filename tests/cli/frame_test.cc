// The command frame: help, version, dispatch and usage errors.

#include <string>

#include "gtest/gtest.h"
#include "run_command.h"

namespace baokan::testing {
namespace {

TEST(Frame, HelpListsEveryCommandWithOneLine) {
  CommandResult r = RunBaokan({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* command : {"split", "normalize"}) {
    EXPECT_NE(r.out.find(std::string("\n  ") + command + " "), std::string::npos) << command;
  }
  EXPECT_TRUE(r.err.empty());
}

TEST(Frame, VersionPrintsNameAndVersion) {
  CommandResult r = RunBaokan({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("baokan ", 0), 0u);
  EXPECT_EQ(CountLines(r.out), 1u);
}

TEST(Frame, HelpCommandEqualsCommandHelp) {
  CommandResult a = RunBaokan({"help", "split"});
  CommandResult b = RunBaokan({"split", "--help"});
  EXPECT_EQ(a.exit_code, 0);
  EXPECT_EQ(b.exit_code, 0);
  EXPECT_EQ(a.out, b.out);
  EXPECT_NE(a.out.find("Usage: baokan split"), std::string::npos);
  // Shared options appear in every command's help.
  for (const char* option : {"--output", "--threads", "--quiet"}) {
    EXPECT_NE(a.out.find(option), std::string::npos) << option;
  }
}

TEST(Frame, NoArgumentsIsAUsageError) {
  CommandResult r = RunBaokan({});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("Usage:"), std::string::npos);
}

TEST(Frame, UnknownCommandExitsTwoWithOneLineHint) {
  CommandResult r = RunBaokan({"splt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(CountLines(r.err), 1u);
  EXPECT_NE(r.err.find("unknown command 'splt'"), std::string::npos);
  EXPECT_NE(r.err.find("did you mean 'split'"), std::string::npos);
  EXPECT_TRUE(r.out.empty());
}

TEST(Frame, HelpForUnknownCommandIsAUsageError) {
  CommandResult r = RunBaokan({"help", "nosuchcommand"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nosuchcommand"), std::string::npos);
}

TEST(Frame, UnknownOptionExitsTwoWithOneLineHint) {
  CommandResult r = RunBaokan({"split", "--no-such-option"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(CountLines(r.err), 1u);
  EXPECT_NE(r.err.find("no-such-option"), std::string::npos);
  EXPECT_NE(r.err.find("baokan split --help"), std::string::npos);
}

TEST(Frame, UnknownTopLevelOptionExitsTwo) {
  CommandResult r = RunBaokan({"--frobnicate"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(CountLines(r.err), 1u);
}

TEST(Frame, BadOptionValueIsAUsageError) {
  CommandResult r = RunBaokan({"split", "--threads", "many", "-"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("threads"), std::string::npos);
}

}  // namespace
}  // namespace baokan::testing
