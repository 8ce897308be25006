//===- internal.h - Helpers shared by the runtime files ---------*- C++ -*-===//
//
// Not part of the C ABI: what one runtime file needs from another. Kept out
// of mojo_runtime.h so that generated code never depends on it.
//
//===----------------------------------------------------------------------===//
#ifndef MOJO_RUNTIME_INTERNAL_H
#define MOJO_RUNTIME_INTERNAL_H

namespace mojo_rt {

/// Writes out all buffered output (io.cpp).
void flushAll();

/// Like flushAll, but safe inside a signal handler: it never blocks on the
/// output lock, so output buffered by an interrupted writer may be skipped.
void flushAllFromSignal();

/// Registers the exit-time flush (once per process) and the fatal-signal
/// handlers (process.cpp).
void installProcessHooks();

/// Puts back the signal handlers installProcessHooks replaced.
void uninstallProcessHooks();

/// Writes all of `len` bytes to `fd`, retrying on EINTR and short writes.
void writeAll(int fd, const char *ptr, long len);

} // namespace mojo_rt

#endif
