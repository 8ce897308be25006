//===- Session.h - The front end as a library ------------------*- C++ -*-===//
//
// A Session is what every client of the front end holds: the driver for one
// command, and next the REPL and the language server for their whole life.
// It owns the sources, the diagnostics engine, the loader every file is read
// through, and the result of the last check: the checked program and, when
// asked, the table of what each name and expression resolved to.
//
//   Session session(std::make_unique<OverlayLoader>(
//       std::make_unique<FileSystemLoader>()));
//   overlay.setBuffer("/src/main.mojo", unsavedText);
//   if (CheckResult *r = session.checkFile("/src/main.mojo", options, true))
//     r->resolutions.lookup(r->mainBuffer, offset);
//
// Checking again builds a new Sema over the same sources, but takes the
// AST of every unchanged module from the session's ModuleCache (see
// docs/compiler/frontend-library.md).
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_FRONTEND_SESSION_H
#define MOJOC_FRONTEND_SESSION_H

#include "compiler/Basic/ModuleLoader.h"
#include "compiler/Frontend/ModuleCache.h"
#include "compiler/Sema/Resolutions.h"
#include "compiler/Sema/Sema.h"

#include <memory>
#include <optional>

namespace mojo {

/// One check of a program.
struct CheckResult {
  unsigned mainBuffer = 0;
  /// Present even when errors were reported, for tools to inspect.
  std::unique_ptr<sema::Program> program;
  /// Filled when the check was asked to record; it points into `program`.
  sema::ResolutionTable resolutions;
};

class Session {
public:
  /// Reads files through `loader`; null: from disk.
  explicit Session(std::unique_ptr<ModuleLoader> loader = nullptr);
  Session(const Session &) = delete;
  Session &operator=(const Session &) = delete;

  SourceManager &getSources() { return sources; }
  DiagnosticEngine &getDiags() { return diags; }
  ModuleLoader &getLoader() { return *loader; }
  ModuleCache &getModuleCache() { return modules; }

  /// Reads `path` through the loader. When it cannot be read, or is not a
  /// source, reports why and returns nothing.
  std::optional<unsigned> openFile(llvm::StringRef path);
  /// Checks the program whose main module is `mainBuffer` (its imports
  /// are read through the loader), replacing the previous result. The
  /// engine's error count starts from zero, so that `hadError()` and the
  /// error limit are about this check.
  CheckResult &check(unsigned mainBuffer, const SemaOptions &options,
                     bool recordResolutions = false);
  /// `openFile`, then `check`; null when the file cannot be read.
  CheckResult *checkFile(llvm::StringRef path, const SemaOptions &options,
                         bool recordResolutions = false);
  /// The last check's result, or null.
  CheckResult *getResult() { return result.get(); }

private:
  std::unique_ptr<ModuleLoader> loader;
  SourceManager sources;
  DiagnosticEngine diags;
  /// After `sources`: its ASTs point into the buffers.
  ModuleCache modules;
  std::unique_ptr<CheckResult> result;
};

} // namespace mojo

#endif
