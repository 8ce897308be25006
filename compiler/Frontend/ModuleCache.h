//===- ModuleCache.h - A Session's parsed modules --------------*- C++ -*-===//
//
// The ASTs of the modules a Session has checked, one per file, kept for the
// next check. A module whose text is unchanged is not lexed or parsed
// again: the stdlib and every file not being edited are parsed once per
// session. An edited file replaces its entry, and its old AST is freed as
// soon as no Program holds it, so the cache holds at most one AST per file.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_FRONTEND_MODULECACHE_H
#define MOJOC_FRONTEND_MODULECACHE_H

#include "compiler/Sema/ModuleProvider.h"

#include "llvm/ADT/StringMap.h"

#include <vector>

namespace mojo {

class ModuleCache : public ModuleProvider {
public:
  std::shared_ptr<const ast::Module> getModule(const SourceManager &sources,
                                               unsigned bufferId,
                                               DiagnosticEngine &diags) override;

  /// How many files have an AST here.
  size_t size() const { return entries.size(); }
  /// How many times a buffer was lexed and parsed (cache misses).
  unsigned getNumParses() const { return numParses; }
  /// The cached AST of the file at `path` (absolute), or null.
  std::shared_ptr<const ast::Module> lookup(llvm::StringRef path) const;
  /// Forgets every module: the next check parses all of them again.
  void clear() { entries.clear(); }

private:
  struct Entry {
    /// The buffer it was parsed from. `loadSource` gives a file read again
    /// with unchanged text its old buffer, so an equal id means equal text;
    /// the AST's locations point into that buffer, so a new buffer with the
    /// same text (an edit undone) is parsed again rather than reused.
    unsigned bufferId = 0;
    std::shared_ptr<const ast::Module> ast;
    /// What lexing and parsing reported, replayed on every reuse.
    std::vector<Diagnostic> diagnostics;
  };
  /// By the buffer's name made canonical (getCanonicalPath), as the
  /// OverlayLoader compares paths.
  llvm::StringMap<Entry> entries;
  unsigned numParses = 0;
};

} // namespace mojo

#endif
