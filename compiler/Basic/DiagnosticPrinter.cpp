//===- DiagnosticPrinter.cpp - Text and JSON diagnostic output ------------===//
#include "compiler/Basic/DiagnosticPrinter.h"

#include "compiler/Basic/SourceSnippet.h"

using namespace mojo;

static llvm::raw_ostream::Colors getColor(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return llvm::raw_ostream::RED;
  case Severity::Warning:
    return llvm::raw_ostream::MAGENTA;
  case Severity::Note:
    return llvm::raw_ostream::BLACK;
  case Severity::Remark:
    return llvm::raw_ostream::BLUE;
  }
  return llvm::raw_ostream::RED;
}

/// Messages quote source text (a name, a literal), which may be huge in a
/// hostile input; past this many bytes the rest is elided.
constexpr size_t kMaxMessageSize = 1000;

void TextDiagnosticPrinter::printHeader(const Diagnostic &diag,
                                        llvm::StringRef location) {
  if (showColors)
    os.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  os << location << ": ";
  if (showColors)
    os.changeColor(getColor(diag.severity), /*Bold=*/true);
  os << getSeverityName(diag.severity) << ": ";
  if (showColors)
    os.changeColor(llvm::raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  llvm::StringRef message = diag.message;
  if (message.size() > kMaxMessageSize)
    os << message.take_front(kMaxMessageSize) << "...";
  else
    os << message;
  if (showColors)
    os.resetColor();
  os << "\n";
}

void TextDiagnosticPrinter::print(const Diagnostic &diag) {
  SourceLoc loc = diag.range.Start;
  unsigned buffer = sources.findBuffer(loc);
  if (!buffer) {
    printHeader(diag, "mojoc");
    return;
  }
  LineColumn lc = sources.getLineColumn(loc);
  printHeader(diag, (sources.getBufferName(buffer) + ":" + llvm::Twine(lc.line) +
                     ":" + llvm::Twine(lc.column))
                        .str());
  // Offsets within the line; the range is cut at the end of the line, which
  // is all that one caret line can underline.
  llvm::StringRef line = sources.getLineText(loc);
  size_t caret = loc.getPointer() - line.data();
  size_t rangeEnd = caret;
  if (diag.range.End.isValid() &&
      diag.range.End.getPointer() > loc.getPointer())
    rangeEnd = std::min<size_t>(diag.range.End.getPointer() - line.data(),
                                line.size());
  SourceSnippet snippet = renderSnippet(line, caret, caret, rangeEnd);
  os << snippet.sourceLine << "\n";
  if (showColors)
    os.changeColor(llvm::raw_ostream::GREEN, /*Bold=*/true);
  os << snippet.caretLine;
  if (showColors)
    os.resetColor();
  os << "\n";
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
