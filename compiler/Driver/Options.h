//===- Options.h - The `mojoc` command line --------------------*- C++ -*-===//
#ifndef MOJOC_DRIVER_OPTIONS_H
#define MOJOC_DRIVER_OPTIONS_H

#include "compiler/Basic/Diagnostic.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace mojo::driver {

enum class Command { Parse, Check, Build, Run, Test, Help, Version };

/// What `--emit=` asks `mojoc build` to stop at.
enum class EmitKind { Tokens, AST, Typed, MLIR, LoweredMLIR, LLVM, Asm, Obj, Exe };

/// The first thing wrong with a command line. It is reported only once the
/// whole line is read, so that it honours `--diagnostics-format` wherever
/// that option appears.
struct UsageError {
  DiagID id;
  std::vector<std::string> args;
};

struct Options {
  Command command = Command::Help;
  std::string input;
  std::vector<std::string> programArgs; ///< After the file, for `run`.
  /// `test`: the files and directories to search (none: `.`).
  std::vector<std::string> testPaths;
  /// `test --timeout=N`: seconds a test may run before it fails.
  unsigned testTimeout = 300;
  std::string output;                   ///< -o
  unsigned optLevel = 3;                ///< -O0..-O3
  EmitKind emit = EmitKind::Exe;
  bool dumpAST = false;
  bool verify = false;
  bool jsonDiagnostics = false;
  bool showHelp = false;                ///< `--help` after a command
  bool timePasses = false;              ///< --time-passes
  /// --error-limit=N: after N errors the rest are not reported (0: all).
  /// Beyond the first few, errors are mostly consequences of them, and a
  /// hostile input must not produce unbounded output.
  unsigned errorLimit = 50;
  std::vector<std::string> importPaths; ///< -I
  /// -D NAME=VALUE, -D NAME (an empty value), in order: a later one wins.
  std::vector<std::pair<std::string, std::string>> defines;
  std::optional<UsageError> usageError;
};

/// Parses `args` (without argv[0]). A mistake does not stop the parse; it is
/// recorded in `usageError` for the driver to report.
Options parseOptions(llvm::ArrayRef<const char *> args);

/// Prints the help of `command`, or the overview for Help and Version.
void printUsage(Command command);

/// The command's name as typed (`build`), or "" for Help and Version.
llvm::StringRef getCommandName(Command command);

} // namespace mojo::driver

#endif
