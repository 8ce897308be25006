//===- process.cpp - Exit, abort and fatal signals ------------------------===//
//
// Every way out of a program writes out buffered output first: a normal
// return (main.cpp / the JIT), `sys.exit` (mojo_rt_exit), `abort`
// (mojo_rt_abort), C `exit` from elsewhere (atexit) and a crash: a handler
// for the fatal signals, running on an alternate stack so that it works
// after a stack overflow too, flushes, names the fault on standard error and
// lets the signal kill the process.
//
//===----------------------------------------------------------------------===//
#include "runtime/internal.h"
#include "runtime/mojo_runtime.h"

#include <csignal>
#include <cstdint>
#include <iterator>
#include <cstdlib>
#include <cstring>
#include <pthread.h>
#include <ucontext.h>

namespace {

constexpr int kFatalSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

/// The alternate stack the handler runs on: a stack overflow leaves no room
/// on the thread's own stack to call anything. Static, so that installing it
/// cannot fail; the size covers glibc's dynamic MINSIGSTKSZ on AVX-512
/// machines with room to spare.
alignas(16) char altStack[64 * 1024];

/// How far from the stack pointer a faulting access still counts as running
/// off the end of the stack. A frame is allocated below the stack pointer and
/// large frames reach further than one page; above it, the stack is mapped,
/// so a fault there means the stack pointer itself has left the stack.
constexpr uintptr_t kStackOverflowReach = 256 * 1024;

uintptr_t getStackPointer(const void *context) {
  const auto *uc = static_cast<const ucontext_t *>(context);
#if defined(__x86_64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RSP]);
#elif defined(__aarch64__)
  return static_cast<uintptr_t>(uc->uc_mcontext.sp);
#else
  (void)uc;
  return 0;
#endif
}

/// A segmentation fault next to the stack pointer is the guard page of an
/// exhausted stack, almost always unbounded recursion.
bool isStackOverflow(int sig, const siginfo_t *info, const void *context) {
  if (sig != SIGSEGV)
    return false;
  auto addr = reinterpret_cast<uintptr_t>(info->si_addr);
  uintptr_t sp = getStackPointer(context);
  uintptr_t distance = addr < sp ? sp - addr : addr - sp;
  return sp != 0 && distance < kStackOverflowReach;
}

const char *describeSignal(int sig, const siginfo_t *info,
                           const void *context) {
  if (isStackOverflow(sig, info, context))
    return "stack overflow (SIGSEGV); the program recursed too deeply";
  switch (sig) {
  case SIGSEGV:
    return "segmentation fault (SIGSEGV); an invalid memory access";
  case SIGBUS:
    return "bus error (SIGBUS); an invalid memory access";
  case SIGFPE:
    return info->si_code == FPE_INTDIV
               ? "integer division by zero (SIGFPE)"
               : "arithmetic exception (SIGFPE)";
  case SIGILL:
    return "illegal instruction (SIGILL)";
  case SIGABRT:
    return "aborted (SIGABRT)";
  }
  return "fatal signal";
}

void writeString(const char *text) {
  mojo_rt::writeAll(2, text, static_cast<long>(std::strlen(text)));
}

/// Writes out what the program printed, says what killed it on standard
/// error, and dies of the same signal, so that the exit status is the
/// conventional 128+N and the shell reports it. Under `mojoc run` this also
/// keeps the compiler's crash reporter out of a crash that is the program's.
void onFatalSignal(int sig, siginfo_t *info, void *context) {
  mojo_rt::flushAllFromSignal();
  writeString("fatal error: ");
  writeString(describeSignal(sig, info, context));
  writeString("\n");
  signal(sig, SIG_DFL);
  // For a fault, returning re-executes the faulting instruction, which now
  // gets the default action; raise() covers signals sent by kill().
  raise(sig);
}

/// Gives this thread an alternate signal stack unless it has one (the JIT's
/// host process, LLVM, installs its own).
void installAltStack() {
  stack_t current = {};
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE))
    return;
  stack_t stack = {};
  stack.ss_sp = altStack;
  stack.ss_size = sizeof(altStack);
  sigaltstack(&stack, nullptr);
}

void atExitFlush() { mojo_rt::flushAll(); }

void registerAtExit() { atexit(atExitFlush); }

pthread_once_t atExitRegistered = PTHREAD_ONCE_INIT;

/// The handlers ours replaced, restored when the program is done (under the
/// JIT, LLVM's crash reporter for the compiler). Guarded by hooksLock.
struct sigaction previousActions[std::size(kFatalSignals)];
bool handlersInstalled = false;
pthread_mutex_t hooksLock = PTHREAD_MUTEX_INITIALIZER;

} // namespace

void mojo_rt::installProcessHooks() {
  pthread_once(&atExitRegistered, registerAtExit);
  pthread_mutex_lock(&hooksLock);
  if (!handlersInstalled) {
    installAltStack();
    struct sigaction action = {};
    action.sa_sigaction = onFatalSignal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kFatalSignals); ++i)
      sigaction(kFatalSignals[i], &action, &previousActions[i]);
    handlersInstalled = true;
  }
  pthread_mutex_unlock(&hooksLock);
}

void mojo_rt::uninstallProcessHooks() {
  pthread_mutex_lock(&hooksLock);
  if (handlersInstalled) {
    for (size_t i = 0; i < std::size(kFatalSignals); ++i)
      sigaction(kFatalSignals[i], &previousActions[i], nullptr);
    handlersInstalled = false;
  }
  pthread_mutex_unlock(&hooksLock);
}

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
  // The message is said; die without the fatal-signal report.
  signal(SIGABRT, SIG_DFL);
  abort();
}

extern "C" void mojo_rt_trap(void) {
  mojo_rt::flushAll();
  signal(SIGABRT, SIG_DFL);
  abort();
}
