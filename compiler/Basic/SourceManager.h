//===- SourceManager.h - Source buffers and locations ----------*- C++ -*-===//
//
// Owns the text of every file a compilation reads and maps locations back to
// file:line:col. Locations are llvm::SMLoc (a pointer into a buffer this
// manager owns), so they are one word, cheap to store in every AST node, and
// stable for as long as the manager lives — which is what the language server
// and the REPL need to keep handles across edits of other buffers.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_SOURCEMANAGER_H
#define MOJOC_BASIC_SOURCEMANAGER_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/SMLoc.h"
#include "llvm/Support/SourceMgr.h"

#include <string>
#include <vector>

namespace mojo {

using SourceLoc = llvm::SMLoc;
using SourceRange = llvm::SMRange;

/// A resolved position: 1-based line and column (column counts bytes).
struct LineColumn {
  unsigned line = 0;
  unsigned column = 0;
};

class SourceManager {
public:
  SourceManager() = default;
  SourceManager(const SourceManager &) = delete;
  SourceManager &operator=(const SourceManager &) = delete;

  /// Adds in-memory text under `name` (REPL cells, LSP documents, tests).
  /// Files are read through a ModuleLoader (`loadSource`), never here.
  unsigned addBuffer(llvm::StringRef name, llvm::StringRef text);
  unsigned addBuffer(std::unique_ptr<llvm::MemoryBuffer> buffer);

  llvm::StringRef getBufferText(unsigned bufferId) const;
  llvm::StringRef getBufferName(unsigned bufferId) const;
  SourceLoc getBufferStart(unsigned bufferId) const;
  /// The buffer that contains `loc`, or 0 when it is in none.
  unsigned findBuffer(SourceLoc loc) const;
  /// The buffer added last under `name`, or 0.
  unsigned findBufferByName(llvm::StringRef name) const {
    return buffersByName.lookup(name);
  }

  LineColumn getLineColumn(SourceLoc loc) const;
  /// The text of the line containing `loc`, without its newline.
  llvm::StringRef getLineText(SourceLoc loc) const;
  /// "file:line:col" for messages.
  std::string describe(SourceLoc loc) const;

  llvm::SourceMgr &llvmSourceMgr() { return mgr; }
  const llvm::SourceMgr &llvmSourceMgr() const { return mgr; }

private:
  llvm::SourceMgr mgr;
  llvm::StringMap<unsigned> buffersByName;
};

} // namespace mojo

#endif
