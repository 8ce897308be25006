//===- Diagnostic.cpp - Diagnostic engine ---------------------------------===//
#include "compiler/Basic/Diagnostic.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;

namespace {
struct DiagInfo {
  Severity severity;
  const char *name;
  const char *format;
};
constexpr DiagInfo diagTable[] = {
#define DIAG(Name, Sev, Format) {Severity::Sev, #Name, Format},
#include "compiler/Basic/Diagnostics.def"
};
} // namespace

Severity mojo::getSeverity(DiagID id) {
  return diagTable[unsigned(id)].severity;
}
llvm::StringRef mojo::getFormat(DiagID id) {
  return diagTable[unsigned(id)].format;
}
llvm::StringRef mojo::getName(DiagID id) {
  return diagTable[unsigned(id)].name;
}
llvm::StringRef mojo::getSeverityName(Severity severity) {
  switch (severity) {
  case Severity::Error:
    return "error";
  case Severity::Warning:
    return "warning";
  case Severity::Note:
    return "note";
  case Severity::Remark:
    return "remark";
  }
  return "error";
}

std::string mojo::formatDiagnostic(llvm::StringRef format,
                                   llvm::ArrayRef<std::string> args) {
  std::string out;
  out.reserve(format.size());
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 2 < format.size() &&
        llvm::isDigit(format[i + 1]) && format[i + 2] == '}') {
      unsigned index = format[i + 1] - '0';
      out += index < args.size() ? args[index] : std::string("<?>");
      i += 2;
      continue;
    }
    out += format[i];
  }
  return out;
}

DiagnosticConsumer::~DiagnosticConsumer() = default;

InFlightDiagnostic::InFlightDiagnostic(DiagnosticEngine *engine, DiagID id,
                                       SourceRange range)
    : engine(engine) {
  parts.push_back({id, range, {}});
}

InFlightDiagnostic::InFlightDiagnostic(InFlightDiagnostic &&other)
    : engine(other.engine), parts(std::move(other.parts)) {
  other.engine = nullptr;
}

InFlightDiagnostic &InFlightDiagnostic::operator<<(llvm::StringRef arg) {
  parts.back().args.push_back(arg.str());
  return *this;
}
InFlightDiagnostic &InFlightDiagnostic::operator<<(int64_t arg) {
  parts.back().args.push_back(llvm::itostr(arg));
  return *this;
}
InFlightDiagnostic &InFlightDiagnostic::operator<<(uint64_t arg) {
  parts.back().args.push_back(llvm::utostr(arg));
  return *this;
}

InFlightDiagnostic &InFlightDiagnostic::note(SourceRange range, DiagID id) {
  parts.push_back({id, range, {}});
  return *this;
}

InFlightDiagnostic::~InFlightDiagnostic() {
  if (!engine)
    return;
  auto finish = [](const Part &part) {
    Diagnostic diag;
    diag.id = part.id;
    diag.severity = getSeverity(part.id);
    diag.range = part.range;
    diag.message = formatDiagnostic(getFormat(part.id), part.args);
    return diag;
  };
  Diagnostic diag = finish(parts.front());
  for (const Part &part : llvm::ArrayRef(parts).drop_front())
    diag.notes.push_back(finish(part));
  engine->emit(std::move(diag));
}

void DiagnosticEngine::emit(Diagnostic diag) {
  if (diag.severity == Severity::Error) {
    if (errorLimit && numErrors >= errorLimit) {
      if (!limitReported && consumer) {
        limitReported = true;
        Diagnostic stop{DiagID::err_too_many_errors, Severity::Error,
                        diag.range, getFormat(DiagID::err_too_many_errors).str(),
                        {}};
        consumer->handle(stop);
      }
      ++numDropped;
      return;
    }
    ++numErrors;
  }
  if (consumer)
    consumer->handle(diag);
}
