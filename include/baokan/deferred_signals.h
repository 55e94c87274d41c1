// Holding off interrupts while a set of files is put in place.

#ifndef BAOKAN_DEFERRED_SIGNALS_H_
#define BAOKAN_DEFERRED_SIGNALS_H_

namespace baokan {

// While an instance lives, SIGINT, SIGTERM, SIGHUP and SIGQUIT are noted
// instead of acted on; when it goes out of scope their former handling is
// restored and the first one noted is raised again. A run interrupted
// during a few renames thus stops just after them, not between them.
// SIGKILL cannot be held off. One instance at a time per process; not for
// use from several threads at once.
class DeferredSignals {
 public:
  DeferredSignals();
  ~DeferredSignals();
  DeferredSignals(const DeferredSignals&) = delete;
  // The first signal noted so far (SIGINT ...), 0 if none: a long wait
  // under an instance polls it to stop early.
  int noted() const;
  DeferredSignals& operator=(const DeferredSignals&) = delete;
};

}  // namespace baokan

#endif  // BAOKAN_DEFERRED_SIGNALS_H_
