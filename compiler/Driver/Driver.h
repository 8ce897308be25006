//===- Driver.h - The `mojoc` pipeline -------------------------*- C++ -*-===//
#ifndef MOJOC_DRIVER_DRIVER_H
#define MOJOC_DRIVER_DRIVER_H

#include "compiler/Driver/Options.h"

namespace mojo::driver {

/// Runs one `mojoc` command. Exit codes: 0 success, 1 compile error (or a
/// bad command line), and for `run`, the program's own exit code.
int runCommand(const Options &options, const char *argv0);

} // namespace mojo::driver

#endif
