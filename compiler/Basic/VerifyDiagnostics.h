//===- VerifyDiagnostics.h - `-verify` expected-diagnostic checks -*- C++ -*-===//
//
// Compares the diagnostics of a compilation with the expectations written in
// the source, following clang's -verify convention:
//
//   var x: Int = "s"   # expected-error {{cannot convert}}
//   # expected-error@+1 {{undeclared name `y`}}
//   print(y)
//   # expected-note@-2 {{...}}   expected-warning@5 {{...}}
//   # expected-note@* {{...}}    (anywhere: a note inside the stdlib)
//
// The text between {{ and }} must occur in the message. Every expectation
// must be met by one diagnostic on that line, and every diagnostic must be
// expected; otherwise the differences are reported and verification fails.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_VERIFYDIAGNOSTICS_H
#define MOJOC_BASIC_VERIFYDIAGNOSTICS_H

#include "compiler/Basic/Diagnostic.h"

#include "llvm/Support/raw_ostream.h"

namespace mojo {

/// Returns true when `diags` (including their notes) match the expectations
/// in buffer `bufferId`; otherwise prints what differs to `os`.
bool verifyDiagnostics(const SourceManager &sources, unsigned bufferId,
                       llvm::ArrayRef<Diagnostic> diags, llvm::raw_ostream &os);

} // namespace mojo

#endif
