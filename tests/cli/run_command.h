// Runs the built `baokan` executable for command tests and captures what it
// prints and how it exits.

#ifndef BAOKAN_TESTS_CLI_RUN_COMMAND_H_
#define BAOKAN_TESTS_CLI_RUN_COMMAND_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace baokan::testing {

struct CommandResult {
  int exit_code = -1;  // the exit status; 128 + N when killed by signal N
  std::string out;     // stdout
  std::string err;     // stderr
};

// Runs BAOKAN_BIN with `args` (no shell involved), feeding `stdin_data` on
// standard input, and waits for it to finish.
CommandResult RunBaokan(const std::vector<std::string>& args, const std::string& stdin_data = "");
// The same with another executable (a copy of baokan placed elsewhere).
CommandResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::string& stdin_data = "");

// Starts BAOKAN_BIN with `args` in the background, standard input, output and
// error on /dev/null, and returns its process id (-1 on failure). The caller
// must collect it with WaitBaokan().
pid_t StartBaokan(const std::vector<std::string>& args);
// True once a process started by StartBaokan() has ended; it is left for
// WaitBaokan() to collect.
bool BaokanHasEnded(pid_t pid);
// Waits for a process started by StartBaokan() and returns its exit status as
// in CommandResult (128 + N when killed by signal N; -1 if it cannot be waited for).
int WaitBaokan(pid_t pid);

// A fresh empty directory under the temp dir, removed with its contents when
// the current test ends (at exit when called outside a test).
std::string MakeTempDir();
// The same, kept until the program exits: for what several tests share.
std::string MakeLastingTempDir();
// Writes `data` to `path` (binary), failing the test on error.
void WriteFile(const std::string& path, const std::string& data);
std::string ReadFile(const std::string& path);

// `utf8` converted to `charset` ("GB18030", "UTF-16LE" ...) with the C
// library's iconv; a conversion failure fails the test.
std::string ConvertFromUtf8(const std::string& utf8, const char* charset);

// The number of "\n" in `s`.
size_t CountLines(const std::string& s);

// The seed pages shipped in corpus/seeds, sorted.
std::vector<std::string> SeedPages();

}  // namespace baokan::testing

#endif  // BAOKAN_TESTS_CLI_RUN_COMMAND_H_
