//===- Compilation.h - One run of the driver -------------------*- C++ -*-===//
//
// Owns what every command shares: the front-end Session (the sources, the
// diagnostics engine, the checked program), the printer the options chose,
// and the output file. Every problem, from a
// bad command line to a failed link, goes through the engine, so that
// `--diagnostics-format=json` sees all of them.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_DRIVER_COMPILATION_H
#define MOJOC_DRIVER_COMPILATION_H

#include "compiler/Driver/Options.h"
#include "compiler/Frontend/Session.h"

#include "llvm/Support/ToolOutputFile.h"

#include <memory>

namespace mojo::driver {

class Compilation {
public:
  explicit Compilation(const Options &options);

  /// Reads the input file; false after reporting that it cannot be read, is
  /// too large, or is not text.
  bool load();

  /// Reports an error that has no source location.
  void reportError(DiagID id, llvm::ArrayRef<std::string> args);
  /// Reports a failure of a later stage (writing, linking, the JIT).
  void reportError(llvm::Error error);

  /// Whether `path` may be written: false after reporting that it is the
  /// input file, which would be destroyed.
  bool checkOutputPath(llvm::StringRef path);

  /// The stream a printing `--emit` kind writes to: the `-o` file, or
  /// standard output. Null after reporting that the file cannot be opened.
  llvm::raw_ostream *openTextOutput();

  /// Closes the diagnostics, keeps the output file if it succeeded, and
  /// returns the exit status (applying `-verify`).
  int finish();

  const Options &options;
  Session session;
  SourceManager &sources;
  DiagnosticEngine &diags;
  unsigned mainBuffer = 0;

private:
  std::unique_ptr<DiagnosticConsumer> consumer;
  std::unique_ptr<llvm::ToolOutputFile> output;
};

} // namespace mojo::driver

#endif
