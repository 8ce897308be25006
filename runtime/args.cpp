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
#include <cstdlib>
#include <cstring>

namespace {
int savedArgc = 0;
char **savedArgv = nullptr;

/// One argument as the stdlib's `StringRef` holds it, so that `sys.argv()`
/// is a `VariadicList[StringRef]` over this array, with no copy.
struct ArgView {
  const char *data;
  int64_t length;
};
ArgView *argViews = nullptr;
} // namespace

extern "C" void mojo_rt_init(int argc, char **argv) {
  savedArgc = argv ? argc : 0;
  savedArgv = argv;
  argViews = static_cast<ArgView *>(
      malloc(sizeof(ArgView) * static_cast<size_t>(savedArgc > 0 ? savedArgc : 1)));
  for (int i = 0; argViews && i < savedArgc; ++i)
    argViews[i] = {argv[i], static_cast<int64_t>(strlen(argv[i]))};
  if (!argViews)
    savedArgc = 0;
  mojo_rt::installProcessHooks();
}

extern "C" void mojo_rt_fini(void) {
  mojo_rt::flushAll();
  savedArgc = 0;
  savedArgv = nullptr;
  free(argViews);
  argViews = nullptr;
  mojo_rt::uninstallProcessHooks();
}

extern "C" const void *mojo_rt_argv_views(void) { return argViews; }

extern "C" int64_t mojo_rt_argc(void) { return savedArgc; }

extern "C" const char *mojo_rt_argv(int64_t i) {
  if (i < 0 || i >= savedArgc)
    return nullptr;
  return savedArgv[i];
}
