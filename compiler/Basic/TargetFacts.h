//===- TargetFacts.h - What `sys.info` answers ------------------*- C++ -*-===//
//
// The facts about the machine a program is compiled for that the stdlib's
// `sys.info` queries fold into constants (Sema/SemaCompileTimeQuery.cpp):
// plain data, so that Sema need not depend on Codegen. The driver fills
// them from the target Codegen selects (codegen::describeTarget); a client
// that gives none (a language server, the fuzz target) gets the host's.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_TARGETFACTS_H
#define MOJOC_BASIC_TARGETFACTS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace mojo {

struct TargetFacts {
  /// The normalized target triple: `x86_64-unknown-linux-gnu`.
  std::string triple;
  /// LLVM's architecture name: `x86_64`, `aarch64`.
  std::string arch;
  /// `linux`, `macos`, `windows`, or LLVM's name of another OS.
  std::string os;
  /// LLVM's CPU name: `skylake-avx512`, `apple-m1`, `neoverse-n1`.
  std::string cpu;
  /// The LLVM features the CPU has (`avx2`, `avx512f`, `neon`), sorted.
  std::vector<std::string> features;
  unsigned pointerBits = 64;
  bool littleEndian = true;
  /// The widest native vector register, in bits.
  unsigned simdBits = 128;
  /// LLVM's data layout for the target (`e-m:e-...`), which decides the
  /// size and alignment of every type; empty when no target machine was
  /// created (the compile-time interpreter then assumes the architecture's
  /// usual one).
  std::string dataLayout;

  bool hasFeature(llvm::StringRef feature) const;
};

/// Facts for `triple` and `cpu` with `features` enabled (SubtargetFeatures
/// syntax entries, `+avx2` / `-avx512f`; later entries win).
TargetFacts makeTargetFacts(llvm::StringRef triple, llvm::StringRef cpu,
                            llvm::ArrayRef<std::string> features);

/// The machine mojoc runs on, computed once.
const TargetFacts &getHostTargetFacts();

} // namespace mojo

#endif
