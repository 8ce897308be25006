//===- Session.cpp - The front end as a library ---------------------------===//
#include "compiler/Frontend/Session.h"

using namespace mojo;

Session::Session(std::unique_ptr<ModuleLoader> loader)
    : loader(loader ? std::move(loader)
                    : std::make_unique<FileSystemLoader>()),
      diags(sources) {}

std::optional<unsigned> Session::openFile(llvm::StringRef path) {
  return loadSource(*loader, sources, diags, path);
}

CheckResult &Session::check(unsigned mainBuffer, const SemaOptions &options,
                            bool recordResolutions) {
  // The old program goes first: the new one may be as large.
  result.reset();
  // `diags.hadError()` and the error limit are about this check alone.
  diags.resetErrorCount();
  result = std::make_unique<CheckResult>();
  result->mainBuffer = mainBuffer;
  SemaOptions withSession = options;
  withSession.loader = loader.get();
  withSession.modules = &modules;
  withSession.resolutions = recordResolutions ? &result->resolutions : nullptr;
  result->program = checkProgram(sources, mainBuffer, diags, withSession);
  return *result;
}

CheckResult *Session::checkFile(llvm::StringRef path,
                                const SemaOptions &options,
                                bool recordResolutions) {
  std::optional<unsigned> buffer = openFile(path);
  if (!buffer)
    return nullptr;
  return &check(*buffer, options, recordResolutions);
}
