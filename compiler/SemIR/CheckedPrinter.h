//===- CheckedPrinter.h - `--emit=typed` ------------------------*- C++ -*-===//
#ifndef MOJOC_SEMA_CHECKEDPRINTER_H
#define MOJOC_SEMA_CHECKEDPRINTER_H

#include "llvm/Support/raw_ostream.h"

namespace mojo {
namespace sema {
struct Program;
}

/// Prints the checked tree of every function instance of the main module,
/// with the copies, moves and destructions Sema placed.
void printCheckedProgram(const sema::Program &program, llvm::raw_ostream &os);

} // namespace mojo

#endif
