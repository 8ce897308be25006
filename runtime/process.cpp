//===- process.cpp - Exit, abort and fatal signals ------------------------===//
//
// Every way out of a program writes out buffered output first: a normal
// return (main.cpp / the JIT), `sys.exit` (mojo_rt_exit), `abort`
// (mojo_rt_abort), C `exit` from elsewhere (atexit) and a crash (a handler
// for the fatal signals that flushes and then lets the previous handler run).
//
//===----------------------------------------------------------------------===//
#include "runtime/internal.h"
#include "runtime/mojo_runtime.h"

#include <csignal>
#include <cstdlib>
#include <pthread.h>

namespace {

constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL};
constexpr int kNumFatalSignals = sizeof(kFatalSignals) / sizeof(int);
struct sigaction previousActions[kNumFatalSignals];

void onFatalSignal(int sig) {
  mojo_rt::flushAllFromSignal();
  // Hand the signal to whoever handled it before us (the default action, or
  // the host's crash reporter when running under the JIT): restore it and
  // re-raise. For a fault, returning re-executes the faulting instruction
  // under the restored handler as well.
  for (int i = 0; i < kNumFatalSignals; ++i)
    if (kFatalSignals[i] == sig)
      sigaction(sig, &previousActions[i], nullptr);
  raise(sig);
}

void atExitFlush() { mojo_rt::flushAll(); }

void installOnce() {
  atexit(atExitFlush);
  struct sigaction action = {};
  action.sa_handler = onFatalSignal;
  sigemptyset(&action.sa_mask);
  for (int i = 0; i < kNumFatalSignals; ++i)
    sigaction(kFatalSignals[i], &action, &previousActions[i]);
}

pthread_once_t installed = PTHREAD_ONCE_INIT;

} // namespace

void mojo_rt::installProcessHooks() { pthread_once(&installed, installOnce); }

extern "C" void mojo_rt_exit(int64_t code) {
  mojo_rt::flushAll();
  exit(static_cast<int>(code));
}

extern "C" void mojo_rt_abort(const char *msg, int64_t len) {
  mojo_rt::flushAll();
  static const char prefix[] = "ABORT: ";
  mojo_rt::writeAll(2, prefix, sizeof(prefix) - 1);
  if (msg && len > 0)
    mojo_rt::writeAll(2, msg, len);
  mojo_rt::writeAll(2, "\n", 1);
  abort();
}
