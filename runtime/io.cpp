//===- io.cpp - Buffered standard output ----------------------------------===//
//
// `print` ends in mojo_rt_write. Standard output is buffered here rather than
// through <stdio.h> so that the runtime controls when it is flushed (exit,
// abort, fatal signals, the JIT returning) and so that one lock covers it for
// programs that print from the thread pool.
//
//===----------------------------------------------------------------------===//
#include "runtime/internal.h"
#include "runtime/mojo_runtime.h"

#include <cerrno>
#include <cstring>
#include <pthread.h>
#include <unistd.h>

namespace {

/// Large enough that printing in a loop costs few system calls.
constexpr long kCapacity = 64 * 1024;

enum class Mode { Unknown, Full, Line };

struct StdoutBuffer {
  char data[kCapacity];
  long size = 0;
  /// Decided at the first write: a terminal gets line buffering so that
  /// interactive programs show each line at once.
  Mode mode = Mode::Unknown;
};

StdoutBuffer out;
// Error-checking, so that a thread that already holds it gets EDEADLK
// instead of waiting forever: exit handlers flush, and a process can exit
// from inside a write (LLVM's SIGPIPE handler calls `exit` when `mojoc run
// prog | head` closes the pipe).
pthread_mutex_t outLock = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;

/// Requires outLock.
void flushLocked() {
  if (out.size == 0)
    return;
  mojo_rt::writeAll(1, out.data, out.size);
  out.size = 0;
}

/// Requires outLock.
void writeStdoutLocked(const char *ptr, long len) {
  if (out.mode == Mode::Unknown)
    out.mode = isatty(1) ? Mode::Line : Mode::Full;
  if (out.size + len > kCapacity) {
    flushLocked();
    // A write at least as big as the buffer gains nothing from copying.
    if (len >= kCapacity) {
      mojo_rt::writeAll(1, ptr, len);
      return;
    }
  }
  std::memcpy(out.data + out.size, ptr, len);
  out.size += len;
  if (out.mode == Mode::Line && std::memchr(ptr, '\n', len))
    flushLocked();
}

} // namespace

void mojo_rt::writeAll(int fd, const char *ptr, long len) {
  while (len > 0) {
    ssize_t written = ::write(fd, ptr, len);
    if (written < 0) {
      if (errno == EINTR)
        continue;
      return; // Nowhere to report it; a closed pipe must not hang us.
    }
    ptr += written;
    len -= written;
  }
}

void mojo_rt::flushAll() {
  if (pthread_mutex_lock(&outLock) != 0)
    return; // This thread is inside a write: nothing can be flushed.
  flushLocked();
  pthread_mutex_unlock(&outLock);
}

void mojo_rt::flushAllFromSignal() {
  // The interrupted code may hold the lock; flushing what is there is still
  // better than losing it, but blocking would hang a crashing program.
  if (pthread_mutex_trylock(&outLock) != 0)
    return;
  flushLocked();
  pthread_mutex_unlock(&outLock);
}

extern "C" void mojo_rt_write(int64_t fd, const char *ptr, int64_t len) {
  if (len <= 0)
    return;
  if (fd == 1) {
    pthread_mutex_lock(&outLock);
    writeStdoutLocked(ptr, len);
    pthread_mutex_unlock(&outLock);
    return;
  }
  if (fd == 2) {
    // Keep stdout and stderr in program order when both go to a terminal.
    pthread_mutex_lock(&outLock);
    flushLocked();
    mojo_rt::writeAll(2, ptr, len);
    pthread_mutex_unlock(&outLock);
    return;
  }
  mojo_rt::writeAll(static_cast<int>(fd), ptr, len);
}

extern "C" void mojo_rt_flush(int64_t fd) {
  if (fd == 1)
    mojo_rt::flushAll();
}
