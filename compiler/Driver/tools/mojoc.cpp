//===- mojoc.cpp - The `mojoc` executable ---------------------------------===//
#include "compiler/Driver/Driver.h"

#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/PrettyStackTrace.h"

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  // A crash of the compiler itself still prints LLVM's stack dump, which is
  // what a bug report needs, but under our name instead of LLVM's banner. A
  // crash of the program under `mojoc run` never gets here: the runtime's own
  // signal handler reports it (runtime/process.cpp).
  llvm::setBugReportMsg(
      "mojoc crashed: this is a bug in the compiler, not in your program.\n"
      "Please report it to the mojoc developers with the input file and the "
      "command line below.\n");
  return mojo::driver::runCommand(
      mojo::driver::parseOptions(llvm::ArrayRef(argv + 1, argv + argc)),
      argv[0]);
}
