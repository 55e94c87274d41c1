#include "run_command.h"

#include <fcntl.h>
#include <iconv.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "gtest/gtest.h"

namespace baokan::testing {

namespace fs = std::filesystem;

namespace {

// In a forked child: replaces the process with `program` `args`.
[[noreturn]] void Exec(std::string program, const std::vector<std::string>& args) {
  std::vector<char*> argv;
  argv.push_back(program.data());
  std::vector<std::string> copy = args;
  for (std::string& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  execv(program.c_str(), argv.data());
  _exit(127);
}

// The exit status of child `pid`, waited for; 128 + N when killed by signal N.
int WaitExitCode(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

CommandResult RunBaokan(const std::vector<std::string>& args, const std::string& stdin_data) {
  return RunProgram(BAOKAN_BIN, args, stdin_data);
}

CommandResult RunProgram(const std::string& program, const std::vector<std::string>& args,
                         const std::string& stdin_data) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    ADD_FAILURE() << "pipe failed";
    return {};
  }
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) {
      close(fd);
    }
    Exec(program, args);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  signal(SIGPIPE, SIG_IGN);

  CommandResult result;
  size_t written = 0;
  int in_fd = in_pipe[1];
  if (stdin_data.empty()) {
    close(in_fd);
    in_fd = -1;
  } else {
    fcntl(in_fd, F_SETFL, O_NONBLOCK);
  }
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    std::vector<pollfd> fds;
    if (out_open) fds.push_back({out_pipe[0], POLLIN, 0});
    if (err_open) fds.push_back({err_pipe[0], POLLIN, 0});
    if (in_fd >= 0) fds.push_back({in_fd, POLLOUT, 0});
    if (poll(fds.data(), fds.size(), -1) < 0) break;
    for (const pollfd& p : fds) {
      if (p.revents == 0) continue;
      if (p.fd == in_fd) {
        ssize_t n = write(in_fd, stdin_data.data() + written, stdin_data.size() - written);
        if (n > 0) written += static_cast<size_t>(n);
        if (n < 0 || written == stdin_data.size()) {
          close(in_fd);
          in_fd = -1;
        }
        continue;
      }
      ssize_t n = read(p.fd, buf, sizeof buf);
      if (n <= 0) {
        (p.fd == out_pipe[0] ? out_open : err_open) = false;
        continue;
      }
      (p.fd == out_pipe[0] ? result.out : result.err).append(buf, static_cast<size_t>(n));
    }
  }
  if (in_fd >= 0) close(in_fd);
  close(out_pipe[0]);
  close(err_pipe[0]);
  result.exit_code = WaitExitCode(pid);
  return result;
}

pid_t StartBaokan(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    int null_fd = open("/dev/null", O_RDWR);
    for (int fd : {0, 1, 2}) dup2(null_fd, fd);
    Exec(BAOKAN_BIN, args);
  }
  if (pid < 0) ADD_FAILURE() << "fork failed";
  return pid;
}

bool BaokanHasEnded(pid_t pid) {
  siginfo_t info{};
  return waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
         info.si_pid == pid;
}

int WaitBaokan(pid_t pid) { return WaitExitCode(pid); }

namespace {

// The directories MakeTempDir() and MakeLastingTempDir() made. A gtest
// listener removes each test's own when that test ends (passed, failed or
// skipped); the lasting ones go when the program exits.
class TempDirs : public ::testing::EmptyTestEventListener {
 public:
  static TempDirs& Get() {
    static TempDirs* dirs = [] {
      auto* d = new TempDirs;  // owned by gtest's listener list from here on
      ::testing::UnitTest::GetInstance()->listeners().Append(d);
      return d;
    }();
    return *dirs;
  }

  std::string Make(bool lasting) {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    // A parameterized test's name holds '/': one directory, not two levels.
    std::string name = info ? info->name() : "x";
    std::replace(name.begin(), name.end(), '/', '_');
    const fs::path dir = fs::temp_directory_path() / ("baokan-test-" + std::to_string(getpid()) +
                                                      "-" + name + "-" +
                                                      std::to_string(counter_++));
    fs::remove_all(dir);
    fs::create_directories(dir);
    (lasting || info == nullptr ? lasting_.dirs : this_test_).push_back(dir);
    return dir.string();
  }

  void OnTestEnd(const ::testing::TestInfo&) override {
    RemoveAll(this_test_);
    this_test_.clear();
  }

 private:
  static void RemoveAll(const std::vector<fs::path>& dirs) {
    std::error_code ec;
    for (const fs::path& d : dirs) fs::remove_all(d, ec);
  }
  struct Lasting {
    std::vector<fs::path> dirs;
    ~Lasting() { RemoveAll(dirs); }
  };

  int counter_ = 0;
  std::vector<fs::path> this_test_;
  Lasting lasting_;  // a TempDirs is never destroyed before exit: see Get()
};

}  // namespace

std::string MakeTempDir() { return TempDirs::Get().Make(false); }

std::string MakeLastingTempDir() { return TempDirs::Get().Make(true); }

void WriteFile(const std::string& path, const std::string& data) {
  std::ofstream f(path, std::ios::binary);
  f << data;
  ASSERT_TRUE(f.good()) << "cannot write " << path;
}

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string ConvertFromUtf8(const std::string& utf8, const char* charset) {
  iconv_t cd = iconv_open(charset, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    ADD_FAILURE() << "iconv does not know " << charset;
    return "";
  }
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  size_t in_left = utf8.size();
  char* dst = out.data();
  size_t out_left = out.size();
  EXPECT_NE(iconv(cd, &in, &in_left, &dst, &out_left), static_cast<size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - out_left);
  return out;
}

size_t CountLines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

std::vector<std::string> SeedPages() {
  std::vector<std::string> pages;
  for (const auto& e : fs::directory_iterator(BAOKAN_SOURCE_DIR "/corpus/seeds")) {
    pages.push_back(e.path().string());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

}  // namespace baokan::testing
