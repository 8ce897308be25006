//===- Options.h - The `mojoc` command line --------------------*- C++ -*-===//
#ifndef MOJOC_DRIVER_OPTIONS_H
#define MOJOC_DRIVER_OPTIONS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace mojo::driver {

enum class Command { Parse, Check, Build, Run, Help, Version };

/// What `--emit=` asks `mojoc build` to stop at.
enum class EmitKind { Tokens, AST, MLIR, LoweredMLIR, LLVM, Asm, Obj, Exe };

struct Options {
  Command command = Command::Help;
  std::string input;
  std::vector<std::string> programArgs; ///< After the file, for `run`.
  std::string output;                   ///< -o
  unsigned optLevel = 3;                ///< -O0..-O3
  EmitKind emit = EmitKind::Exe;
  bool dumpAST = false;
  bool verify = false;
  bool jsonDiagnostics = false;
  bool timePasses = false;              ///< --time-passes
  std::vector<std::string> importPaths; ///< -I
};

/// Parses `args` (without argv[0]); on error returns nothing after printing
/// a message naming the bad argument.
std::optional<Options> parseOptions(llvm::ArrayRef<const char *> args);

void printUsage();

} // namespace mojo::driver

#endif
