//===- Compilation.cpp - One run of the driver ----------------------------===//
#include "compiler/Driver/Compilation.h"

#include "compiler/Basic/DiagnosticPrinter.h"
#include "compiler/Basic/VerifyDiagnostics.h"

#include "llvm/Support/FileSystem.h"

using namespace mojo;
using namespace mojo::driver;

Compilation::Compilation(const Options &options)
    : options(options), sources(session.getSources()),
      diags(session.getDiags()) {
  // `run` keeps standard output for the program alone.
  llvm::raw_ostream &jsonStream =
      options.command == Command::Run ? llvm::errs() : llvm::outs();
  if (options.verify)
    consumer = std::make_unique<CollectingDiagnosticConsumer>();
  else if (options.jsonDiagnostics)
    consumer = std::make_unique<JSONDiagnosticPrinter>(sources, jsonStream);
  else
    consumer = std::make_unique<TextDiagnosticPrinter>(
        sources, llvm::errs(), llvm::errs().has_colors());
  diags.setConsumer(consumer.get());
  diags.setErrorLimit(options.errorLimit);
}

bool Compilation::load() {
  std::optional<unsigned> buffer = session.openFile(options.input);
  if (!buffer)
    return false;
  mainBuffer = *buffer;
  return true;
}

void Compilation::reportError(DiagID id, llvm::ArrayRef<std::string> args) {
  InFlightDiagnostic diag = diags.report(SourceLoc(), id);
  for (const std::string &arg : args)
    diag << arg;
}

void Compilation::reportError(llvm::Error error) {
  reportError(DiagID::err_build_failed, {llvm::toString(std::move(error))});
}

bool Compilation::checkOutputPath(llvm::StringRef path) {
  // `equivalent` also sees through links and `./` prefixes; it is false
  // while the output does not exist yet.
  if (path == "-" || !llvm::sys::fs::equivalent(path, options.input))
    return true;
  reportError(DiagID::err_output_is_input, {path.str()});
  return false;
}

llvm::raw_ostream *Compilation::openTextOutput() {
  if (output)
    return &output->os();
  std::string path = options.output.empty() ? "-" : options.output;
  if (!checkOutputPath(path))
    return nullptr;
  std::error_code ec;
  output = std::make_unique<llvm::ToolOutputFile>(path, ec,
                                                  llvm::sys::fs::OF_Text);
  if (ec) {
    reportError(DiagID::err_cannot_write_output, {path, ec.message()});
    output.reset();
    return nullptr;
  }
  return &output->os();
}

int Compilation::finish() {
  consumer->finish();
  int status = diags.hadError() ? 1 : 0;
  if (options.verify) {
    auto *collected =
        static_cast<CollectingDiagnosticConsumer *>(consumer.get());
    if (mainBuffer) {
      status = verifyDiagnostics(sources, mainBuffer,
                                 collected->getDiagnostics(), llvm::errs())
                   ? 0
                   : 1;
    } else {
      // Nothing was read to verify against: show why.
      TextDiagnosticPrinter printer(sources, llvm::errs());
      for (const Diagnostic &diag : collected->getDiagnostics())
        printer.handle(diag);
      status = 1;
    }
  }
  // A failed compilation leaves no partial output file behind.
  if (output && status == 0)
    output->keep();
  output.reset();
  return status;
}
