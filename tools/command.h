// The frame every `baokan` subcommand plugs into.
//
// A command lives in tools/<name>.cc: it declares its own options, reads them
// into the library's Options struct, calls the library and reports. It
// registers itself with BAOKAN_COMMAND; main.cc dispatches by name.
//
// Every command gets the shared options -o/--output, --threads and --quiet,
// and --help. Exit status: 0 success, 1 a data or I/O error, 2 a usage error.

#ifndef BAOKAN_TOOLS_COMMAND_H_
#define BAOKAN_TOOLS_COMMAND_H_

#include <boost/program_options.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "baokan/status.h"

namespace baokan::cli {

namespace po = boost::program_options;

enum ExitCode { kExitOk = 0, kExitDataError = 1, kExitUsage = 2 };

// What a command is told besides its own options.
class Env {
 public:
  Env(std::string command, const po::variables_map& vm);

  const std::string& command() const { return command_; }
  // -o/--output; "-" (stdout) by default.
  const std::string& output() const { return output_; }
  // --threads; 0 in the options means "all cores", resolved here to >= 1.
  int threads() const { return threads_; }
  bool quiet() const { return quiet_; }
  // True when progress may be drawn: stderr is a terminal and not --quiet.
  bool show_progress() const { return show_progress_; }

  // Prints "baokan CMD: MESSAGE" on stderr and remembers that an input
  // failed, so that ExitStatus() returns 1.
  void Error(std::string_view message);
  void Error(const Status& status) { Error(status.message()); }
  // Prints "baokan CMD: MESSAGE" on stderr unless --quiet.
  void Info(std::string_view message) const;
  // A one-line progress update, redrawn in place; only when show_progress().
  void Progress(std::string_view line) const;
  // Ends a progress line, if one was drawn.
  void EndProgress() const;

  int errors() const { return errors_; }
  // 0 when no Error() was reported, 1 otherwise.
  int ExitStatus() const { return errors_ == 0 ? kExitOk : kExitDataError; }

 private:
  std::string command_;
  std::string output_;
  int threads_ = 1;
  bool quiet_ = false;
  bool show_progress_ = false;
  int errors_ = 0;
};

// The library names an option by its options-struct field ("word_ngrams
// must be 1 to 6"); a command names its flag: "--word-ngrams must be 1 to 6"
// when `vm` has an option of that name. Other messages come back unchanged.
std::string WithFlagName(const std::string& message, const po::variables_map& vm);

struct Command {
  const char* name;
  const char* summary;  // one line for `baokan --help`
  const char* usage;    // e.g. "baokan split [OPTIONS] PAGE_OR_DIR..."
  const char* details;  // paragraphs printed after the options in --help
  // Adds the command's own options and positional arguments.
  void (*add_options)(po::options_description* options,
                      po::positional_options_description* positional);
  // Runs the command; returns the exit status.
  int (*run)(const po::variables_map& vm, Env* env);
};

// Registers a command at start-up; used through BAOKAN_COMMAND.
bool RegisterCommand(const Command& command);
// The registered commands, sorted by name.
std::vector<const Command*> Commands();
const Command* FindCommand(std::string_view name);

}  // namespace baokan::cli

#define BAOKAN_COMMAND_CONCAT2(a, b) a##b
#define BAOKAN_COMMAND_CONCAT(a, b) BAOKAN_COMMAND_CONCAT2(a, b)
// BAOKAN_COMMAND({"name", "summary", "usage", "details", AddOptions, Run});
#define BAOKAN_COMMAND(...)                                          \
  static const bool BAOKAN_COMMAND_CONCAT(baokan_registered_, __LINE__) = \
      ::baokan::cli::RegisterCommand(::baokan::cli::Command __VA_ARGS__)

#endif  // BAOKAN_TOOLS_COMMAND_H_
