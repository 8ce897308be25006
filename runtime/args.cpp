//===- args.cpp - Process startup and the command line --------------------===//
//
// `sys.argv()` reads the arguments recorded here. They come from the C `main`
// in main.cpp for built programs and from the driver for `mojoc run`, which
// is why they are stored explicitly rather than read from /proc.
//
//===----------------------------------------------------------------------===//
#include "runtime/internal.h"
#include "runtime/mojo_runtime.h"

#include <cstddef>

namespace {
int savedArgc = 0;
char **savedArgv = nullptr;
} // namespace

extern "C" void mojo_rt_init(int argc, char **argv) {
  savedArgc = argv ? argc : 0;
  savedArgv = argv;
  mojo_rt::installProcessHooks();
}

extern "C" void mojo_rt_fini(void) {
  mojo_rt::flushAll();
  savedArgc = 0;
  savedArgv = nullptr;
  mojo_rt::uninstallProcessHooks();
}

extern "C" int64_t mojo_rt_argc(void) { return savedArgc; }

extern "C" const char *mojo_rt_argv(int64_t i) {
  if (i < 0 || i >= savedArgc)
    return nullptr;
  return savedArgv[i];
}
