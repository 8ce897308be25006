//===- Sema.h - Semantic analysis entry point ------------------*- C++ -*-===//
//
// Checks a program: loads the main module and every module it imports
// (parsing each on first use), resolves names and types, resolves overloads
// and implicit conversions, instantiates generic functions once per distinct
// parameter set, and produces the checked program IRGen consumes.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_SEMA_SEMA_H
#define MOJOC_SEMA_SEMA_H

#include "compiler/Basic/Budgets.h"
#include "compiler/Basic/Diagnostic.h"
#include "compiler/Basic/TargetFacts.h"
#include "compiler/SemIR/Program.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mojo {

class ModuleLoader;
class ModuleProvider;
namespace sema {
class ResolutionTable;
} // namespace sema

struct SemaOptions {
  /// The standard library root (holds prelude/ and builtin/).
  std::string stdlibDir;
  /// `-I` directories, searched after the main file's own directory.
  std::vector<std::string> importPaths;
  /// An executable needs `main`; `mojoc check` does not.
  bool requireMain = true;
  /// `mojoc test`: the entry points are the main module's `test_*`
  /// functions that take no arguments (Program::tests), not `main`.
  bool findTests = false;
  /// Also check functions nothing calls (for `mojoc check` and editors).
  bool checkAllFunctions = false;
  /// Where modules are read from; null: files on disk.
  ModuleLoader *loader = nullptr;
  /// Where each loaded buffer's AST comes from (a Session's cache of
  /// parsed modules); null: Sema parses every module itself.
  ModuleProvider *modules = nullptr;
  /// How many instances of parameterized functions and structs the program
  /// may create (budget::kMaxParameterizedInstances). The fuzz target
  /// lowers it: it explores behaviour, not scale, and a sanitized build
  /// takes minutes to reach the full budget.
  unsigned maxParameterizedInstances = budget::kMaxParameterizedInstances;
  /// `-D NAME=VALUE` (`-D NAME`: an empty value), read by the stdlib's
  /// `sys.param_env` through `__compile_time_query`.
  std::map<std::string, std::string> defines;
  /// What `sys.info` answers: the target the program is compiled for
  /// (the driver asks Codegen); the host when not given.
  std::optional<TargetFacts> target;
  /// Filled with what each name and expression resolved to, when not null
  /// (Resolutions.h). It points into the returned program.
  sema::ResolutionTable *resolutions = nullptr;
};

/// Checks the module in `mainBuffer`. The program is returned even when
/// errors were reported (`diags.hadError()`), so tools can inspect it.
std::unique_ptr<sema::Program> checkProgram(SourceManager &sources,
                                            unsigned mainBuffer,
                                            DiagnosticEngine &diags,
                                            const SemaOptions &options);

} // namespace mojo

#endif
