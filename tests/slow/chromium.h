// Running Debian's Chromium headless from a test (private to tests/slow).

#ifndef BAOKAN_TESTS_SLOW_CHROMIUM_H_
#define BAOKAN_TESTS_SLOW_CHROMIUM_H_

#include <cstdio>
#include <string>

namespace baokan::testing {

inline const char* const kChromium = "/usr/bin/chromium";

// Runs a shell command, returning its stdout; *status gets its exit status.
inline std::string Shell(const std::string& command, int* status) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) {
    *status = -1;
    return out;
  }
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  *status = pclose(p);
  return out;
}

// The command line that runs Chromium headless with `what` (its action and
// URL), in the profile directory `profile`. The flags keep Chromium off the
// network (this machine has none) and out of the user's profile.
inline std::string Chromium(const std::string& profile, const std::string& what) {
  return std::string(kChromium) +
         " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
         " --disable-background-networking --disable-component-update --disable-sync"
         " --user-data-dir=" + profile + " " + what + " 2>/dev/null";
}

}  // namespace baokan::testing

#endif  // BAOKAN_TESTS_SLOW_CHROMIUM_H_
