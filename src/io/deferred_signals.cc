#include "baokan/deferred_signals.h"

#include <signal.h>

#include <iterator>

namespace baokan {
namespace {

constexpr int kDeferred[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

volatile sig_atomic_t first_noted = 0;
struct sigaction saved[std::size(kDeferred)];

void Note(int signal_number) {
  if (first_noted == 0) first_noted = signal_number;
}

}  // namespace

DeferredSignals::DeferredSignals() {
  first_noted = 0;
  struct sigaction note = {};
  note.sa_handler = Note;
  sigemptyset(&note.sa_mask);
  for (size_t i = 0; i < std::size(kDeferred); ++i) sigaction(kDeferred[i], &note, &saved[i]);
}

int DeferredSignals::noted() const { return first_noted; }

DeferredSignals::~DeferredSignals() {
  for (size_t i = 0; i < std::size(kDeferred); ++i) sigaction(kDeferred[i], &saved[i], nullptr);
  if (first_noted != 0) raise(first_noted);
}

}  // namespace baokan
