//===- mojoc.cpp - The `mojoc` executable ---------------------------------===//
#include "compiler/Driver/Driver.h"

#include "llvm/Support/InitLLVM.h"

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  std::optional<mojo::driver::Options> options =
      mojo::driver::parseOptions(llvm::ArrayRef(argv + 1, argv + argc));
  if (!options)
    return 1;
  return mojo::driver::runCommand(*options, argv[0]);
}
