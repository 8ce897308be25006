//===- main.cpp - The C entry point of built programs ---------------------===//
//
// Lives in its own library (mojo_runtime_main) because the JIT, the REPL and
// the unit tests link the runtime into a process that has its own `main`.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

int main(int argc, char **argv) {
  mojo_rt_init(argc, argv);
  int32_t code = __mojo_main();
  mojo_rt_flush(1);
  mojo_rt_flush(2);
  return code;
}
