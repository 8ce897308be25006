//===- ModuleCache.cpp - A Session's parsed modules -----------------------===//
#include "compiler/Frontend/ModuleCache.h"

#include "compiler/AST/Module.h"
#include "compiler/Basic/ModuleLoader.h"
#include "compiler/Parse/Parser.h"

using namespace mojo;

namespace {
/// Keeps a copy of what parsing reports, and passes it on.
class RecordingConsumer : public DiagnosticConsumer {
public:
  RecordingConsumer(DiagnosticConsumer *next, std::vector<Diagnostic> &out)
      : next(next), out(out) {}
  void handle(const Diagnostic &diag) override {
    // The engine's own "too many errors" is not the module's: a replay
    // under a fresh count reports it again if the limit is reached again.
    if (diag.id != DiagID::err_too_many_errors)
      out.push_back(diag);
    if (next)
      next->handle(diag);
  }

private:
  DiagnosticConsumer *next;
  std::vector<Diagnostic> &out;
};
} // namespace

std::shared_ptr<const ast::Module>
ModuleCache::getModule(const SourceManager &sources, unsigned bufferId,
                       DiagnosticEngine &diags) {
  Entry &entry = entries[getCanonicalPath(sources.getBufferName(bufferId))];
  if (entry.ast && entry.bufferId == bufferId) {
    for (const Diagnostic &diag : entry.diagnostics)
      diags.emit(diag);
    return entry.ast;
  }
  // Replacing the entry drops the cache's hold on the old version: it is
  // freed once the Program that used it is (the Session drops the last
  // one before checking again).
  entry = Entry();
  entry.bufferId = bufferId;
  DiagnosticConsumer *consumer = diags.getConsumer();
  RecordingConsumer recorder(consumer, entry.diagnostics);
  unsigned dropped = diags.getNumDropped();
  diags.setConsumer(&recorder);
  entry.ast = parseModule(sources, bufferId, diags);
  diags.setConsumer(consumer);
  ++numParses;
  // Past the error limit the engine dropped diagnostics before the
  // recorder saw them: the record is incomplete, and a later check, with
  // fewer errors before this module, would be told too little. The AST is
  // given to this check only.
  if (diags.getNumDropped() != dropped) {
    std::shared_ptr<const ast::Module> ast = std::move(entry.ast);
    entries.erase(getCanonicalPath(sources.getBufferName(bufferId)));
    return ast;
  }
  return entry.ast;
}

std::shared_ptr<const ast::Module>
ModuleCache::lookup(llvm::StringRef path) const {
  auto it = entries.find(getCanonicalPath(path));
  return it == entries.end() ? nullptr : it->second.ast;
}
