#include "baokan/deferred_signals.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace baokan {
namespace {

// Runs `body` in a child process that reports through a pipe how far it
// got; returns that byte count and sets *killed_by to the signal that
// ended the child (0 when it exited).
int BytesWrittenBeforeTheEnd(void (*body)(int fd), int* killed_by) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    body(fds[1]);
    _exit(0);
  }
  close(fds[1]);
  int count = 0;
  char c;
  while (read(fds[0], &c, 1) == 1) ++count;
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  *killed_by = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  return count;
}

TEST(DeferredSignalsTest, ASignalInsideTheScopeArrivesWhenItEnds) {
  int killed_by = 0;
  const int bytes = BytesWrittenBeforeTheEnd(
      [](int fd) {
        {
          DeferredSignals hold;
          raise(SIGTERM);
          (void)!write(fd, "a", 1);  // still running after the signal
          raise(SIGINT);             // the first one noted is the one raised
          (void)!write(fd, "b", 1);
        }
        (void)!write(fd, "c", 1);  // never reached
      },
      &killed_by);
  EXPECT_EQ(bytes, 2);
  EXPECT_EQ(killed_by, SIGTERM);
}

TEST(DeferredSignalsTest, WithoutASignalNothingHappensAndHandlingIsRestored) {
  int killed_by = 0;
  const int bytes = BytesWrittenBeforeTheEnd(
      [](int fd) {
        { DeferredSignals hold; }
        (void)!write(fd, "a", 1);
        raise(SIGHUP);  // default action again: the process ends here
        (void)!write(fd, "b", 1);
      },
      &killed_by);
  EXPECT_EQ(bytes, 1);
  EXPECT_EQ(killed_by, SIGHUP);
}

}  // namespace
}  // namespace baokan
