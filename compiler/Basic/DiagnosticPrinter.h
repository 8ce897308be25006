//===- DiagnosticPrinter.h - Text and JSON diagnostic output ---*- C++ -*-===//
#ifndef MOJOC_BASIC_DIAGNOSTICPRINTER_H
#define MOJOC_BASIC_DIAGNOSTICPRINTER_H

#include "compiler/Basic/Diagnostic.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace mojo {

/// Clang-style text: `file:line:col: error: message`, the source line, a
/// caret under the location and `~` under the rest of the range (see
/// SourceSnippet.h), then notes. A diagnostic without a location prints as
/// `mojoc: error: message`.
class TextDiagnosticPrinter : public DiagnosticConsumer {
public:
  TextDiagnosticPrinter(SourceManager &sources, llvm::raw_ostream &os,
                        bool showColors = false)
      : sources(sources), os(os), showColors(showColors) {}
  void handle(const Diagnostic &diag) override;

private:
  void print(const Diagnostic &diag);
  /// `location: severity: message`.
  void printHeader(const Diagnostic &diag, llvm::StringRef location);
  SourceManager &sources;
  llvm::raw_ostream &os;
  bool showColors;
};

/// `--diagnostics-format=json`: one JSON array of diagnostic objects, each
/// {id, severity, message, file, line, column, endLine, endColumn, notes}.
class JSONDiagnosticPrinter : public DiagnosticConsumer {
public:
  JSONDiagnosticPrinter(const SourceManager &sources, llvm::raw_ostream &os)
      : sources(sources), os(os) {}
  void handle(const Diagnostic &diag) override;
  void finish() override;

private:
  llvm::json::Object toJSON(const Diagnostic &diag) const;
  const SourceManager &sources;
  llvm::raw_ostream &os;
  llvm::json::Array items;
};

/// Keeps every diagnostic; used by `-verify` and by tests.
class CollectingDiagnosticConsumer : public DiagnosticConsumer {
public:
  void handle(const Diagnostic &diag) override { diags.push_back(diag); }
  const std::vector<Diagnostic> &getDiagnostics() const { return diags; }
  void clear() { diags.clear(); }

private:
  std::vector<Diagnostic> diags;
};

} // namespace mojo

#endif
