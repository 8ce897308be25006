//===- FrontendFuzzer.cpp - libFuzzer target over lex, parse, check, IRGen ===//
//
// Feeds arbitrary bytes through the front end exactly as `mojoc check` would:
// the lexer, the parser, then Sema (which parses the input again and loads
// the stdlib). A whole program that checks cleanly goes on through IR
// generation, which ends in MLIR's verifier, as `mojoc build` would take it.
// The property under test is that the compiler never crashes, hangs or leaks
// on any input; what it reports is not checked, beyond two invariants that a
// crash-free run could still break:
//
//   - an input the lexer or parser rejects is rejected by the checker too, so
//     `mojoc check` cannot exit 0 on a file with syntax errors;
//   - every diagnostic can be rendered (text and JSON) the way the driver
//     renders it, so a bad source location cannot crash the printer later.
//
// Run it with `./dev fuzz [SECS]`; its seeds are test/ and examples/.
//
//===----------------------------------------------------------------------===//
#include "compiler/Basic/Diagnostic.h"
#include "compiler/Basic/DiagnosticPrinter.h"
#include "compiler/Basic/SourceManager.h"
#include "compiler/IRGen/Dialects.h"
#include "compiler/IRGen/IRGen.h"
#include "compiler/Lex/Lexer.h"
#include "compiler/Parse/Parser.h"
#include "compiler/Sema/Sema.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include "mlir/IR/MLIRContext.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifndef MOJOC_FUZZ_STDLIB_DIR
#error "MOJOC_FUZZ_STDLIB_DIR must name the stdlib directory"
#endif

using namespace mojo;

namespace {

/// Renders every diagnostic as the driver would (text, then JSON) into a
/// sink, so the printers' source-location lookups run on every report.
class RenderingConsumer : public DiagnosticConsumer {
public:
  explicit RenderingConsumer(SourceManager &sources)
      : text(sources, sink), json(sources, sink) {}
  void handle(const Diagnostic &diag) override {
    text.handle(diag);
    json.handle(diag);
  }
  void finish() override { json.finish(); }

private:
  llvm::raw_null_ostream sink;
  TextDiagnosticPrinter text;
  JSONDiagnosticPrinter json;
};

/// Stops the run with a message; libFuzzer saves the input as a crash.
[[noreturn]] void invariantFailed(const char *what) {
  std::fprintf(stderr, "mojoc-fuzz-frontend: invariant failed: %s\n", what);
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  // A directory that does not exist: imports resolve only against the stdlib,
  // so no input can read files that happen to lie beside the fuzzer.
  const char *name = "/nonexistent-mojoc-fuzz/input.mojo";

  bool frontEndError = false;
  {
    SourceManager sources;
    unsigned buffer = sources.addBuffer(name, text);
    RenderingConsumer consumer(sources);
    DiagnosticEngine diags(sources, &consumer);
    (void)lexBuffer(sources, buffer, diags);
    frontEndError |= diags.hadError();
    (void)parseModule(sources, buffer, diags);
    frontEndError |= diags.hadError();
    consumer.finish();
  }

  SourceManager sources;
  unsigned buffer = sources.addBuffer(name, text);
  RenderingConsumer consumer(sources);
  DiagnosticEngine diags(sources, &consumer);
  SemaOptions options;
  options.stdlibDir = MOJOC_FUZZ_STDLIB_DIR;
  options.requireMain = false;
  options.checkAllFunctions = true;
  options.maxParameterizedInstances = 10000;
  std::unique_ptr<sema::Program> program =
      checkProgram(sources, buffer, diags, options);
  if (frontEndError && !diags.hadError())
    invariantFailed("the parser reported an error but the checker did not");

  // IRGen assumes a program without errors, as the driver guarantees.
  // checkAllFunctions has marked every plain function of the input used, so
  // all of them are emitted, `main` or not. A fresh context per input keeps
  // interned types and attributes from growing across the run.
  if (program && !diags.hadError()) {
    mlir::MLIRContext context(mlir::MLIRContext::Threading::DISABLED);
    loadMojoDialects(context);
    (void)emitMLIR(*program, context, diags);
  }
  consumer.finish();
  return 0;
}
