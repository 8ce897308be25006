//===- DiagnosticPrinter.cpp - Text and JSON diagnostic output ------------===//
#include "compiler/Basic/DiagnosticPrinter.h"

using namespace mojo;

static llvm::SourceMgr::DiagKind toDiagKind(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return llvm::SourceMgr::DK_Error;
  case Severity::Warning:
    return llvm::SourceMgr::DK_Warning;
  case Severity::Note:
    return llvm::SourceMgr::DK_Note;
  case Severity::Remark:
    return llvm::SourceMgr::DK_Remark;
  }
  return llvm::SourceMgr::DK_Error;
}

void TextDiagnosticPrinter::print(const Diagnostic &diag) {
  // llvm::SourceMgr renders exactly the clang layout we want; we only make
  // sure the range never crosses a line, which it cannot underline.
  llvm::SmallVector<llvm::SMRange, 1> ranges;
  SourceRange range = diag.range;
  if (range.Start.isValid() && range.End.isValid() &&
      range.End.getPointer() > range.Start.getPointer()) {
    const char *end = range.Start.getPointer();
    while (end < range.End.getPointer() && *end != '\n' && *end != '\r')
      ++end;
    ranges.push_back(SourceRange(range.Start, SourceLoc::getFromPointer(end)));
  }
  if (!range.Start.isValid() || !sources.findBuffer(range.Start)) {
    os << "mojoc: " << getSeverityName(diag.severity) << ": " << diag.message
       << "\n";
    return;
  }
  sources.llvmSourceMgr().PrintMessage(os, range.Start,
                                       toDiagKind(diag.severity), diag.message,
                                       ranges, {}, showColors);
}

void TextDiagnosticPrinter::handle(const Diagnostic &diag) {
  print(diag);
  for (const Diagnostic &note : diag.notes)
    print(note);
}

llvm::json::Object JSONDiagnosticPrinter::toJSON(const Diagnostic &diag) const {
  llvm::json::Object obj;
  obj["id"] = getName(diag.id).str();
  obj["severity"] = getSeverityName(diag.severity).str();
  obj["message"] = diag.message;
  if (unsigned buffer = sources.findBuffer(diag.range.Start)) {
    obj["file"] = sources.getBufferName(buffer).str();
    LineColumn start = sources.getLineColumn(diag.range.Start);
    obj["line"] = start.line;
    obj["column"] = start.column;
    if (diag.range.End.isValid()) {
      LineColumn end = sources.getLineColumn(diag.range.End);
      obj["endLine"] = end.line;
      obj["endColumn"] = end.column;
    }
  }
  llvm::json::Array notes;
  for (const Diagnostic &note : diag.notes)
    notes.push_back(toJSON(note));
  obj["notes"] = std::move(notes);
  return obj;
}

void JSONDiagnosticPrinter::handle(const Diagnostic &diag) {
  items.push_back(toJSON(diag));
}

void JSONDiagnosticPrinter::finish() {
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(items))) << "\n";
  items = {};
}
