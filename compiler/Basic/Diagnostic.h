//===- Diagnostic.h - Diagnostic engine ------------------------*- C++ -*-===//
//
// Every phase reports problems through a DiagnosticEngine, which formats them
// and hands them to a DiagnosticConsumer: the clang-style text printer, the
// JSON printer, the `-verify` checker, or (later) the language server. There
// is no global state: each compilation owns its engine.
//
//   diags.report(range, DiagID::err_undeclared_name) << name;
//   diags.report(loc, DiagID::err_x).note(otherRange, DiagID::note_y) << arg;
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_BASIC_DIAGNOSTIC_H
#define MOJOC_BASIC_DIAGNOSTIC_H

#include "compiler/Basic/SourceManager.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mojo {

enum class DiagID : uint16_t {
#define DIAG(Name, Severity, Format) Name,
#include "compiler/Basic/Diagnostics.def"
  NumDiagnostics
};

enum class Severity : uint8_t { Error, Warning, Note, Remark };

/// The static facts about a diagnostic ID, from Diagnostics.def.
Severity getSeverity(DiagID id);
llvm::StringRef getFormat(DiagID id);
llvm::StringRef getName(DiagID id);
llvm::StringRef getSeverityName(Severity severity);

/// A finished diagnostic, ready to print.
struct Diagnostic {
  DiagID id;
  Severity severity;
  SourceRange range; ///< Start is the caret; End may be invalid.
  std::string message;
  std::vector<Diagnostic> notes;

  SourceLoc getLoc() const { return range.Start; }
};

/// Replaces {0}, {1}, ... in `format` by `args`.
std::string formatDiagnostic(llvm::StringRef format,
                             llvm::ArrayRef<std::string> args);

class DiagnosticConsumer {
public:
  virtual ~DiagnosticConsumer();
  virtual void handle(const Diagnostic &diag) = 0;
  /// Called once when the compilation is over (the JSON printer closes its
  /// array here).
  virtual void finish() {}
};

class DiagnosticEngine;

/// A diagnostic being built; it is emitted when this object is destroyed.
/// Arguments streamed with << fill the placeholders of the most recently
/// added part: the diagnostic itself, or its last note.
class InFlightDiagnostic {
public:
  InFlightDiagnostic(DiagnosticEngine *engine, DiagID id, SourceRange range);
  InFlightDiagnostic(InFlightDiagnostic &&other);
  InFlightDiagnostic(const InFlightDiagnostic &) = delete;
  ~InFlightDiagnostic();

  InFlightDiagnostic &operator<<(llvm::StringRef arg);
  InFlightDiagnostic &operator<<(const std::string &arg) {
    return *this << llvm::StringRef(arg);
  }
  InFlightDiagnostic &operator<<(const char *arg) {
    return *this << llvm::StringRef(arg);
  }
  InFlightDiagnostic &operator<<(int64_t arg);
  InFlightDiagnostic &operator<<(uint64_t arg);
  InFlightDiagnostic &operator<<(int arg) { return *this << int64_t(arg); }
  InFlightDiagnostic &operator<<(unsigned arg) {
    return *this << uint64_t(arg);
  }

  /// Attaches a note; following << arguments belong to it.
  InFlightDiagnostic &note(SourceRange range, DiagID id);

  /// Drops the diagnostic without emitting it.
  void abandon() { engine = nullptr; }

private:
  struct Part {
    DiagID id;
    SourceRange range;
    llvm::SmallVector<std::string, 3> args;
  };
  DiagnosticEngine *engine;
  llvm::SmallVector<Part, 2> parts; ///< parts[0] is the diagnostic.
};

class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceManager &sources,
                            DiagnosticConsumer *consumer = nullptr)
      : sources(sources), consumer(consumer) {}

  InFlightDiagnostic report(SourceRange range, DiagID id) {
    return InFlightDiagnostic(this, id, range);
  }
  InFlightDiagnostic report(SourceLoc loc, DiagID id) {
    return InFlightDiagnostic(this, id, SourceRange(loc, loc));
  }

  void setConsumer(DiagnosticConsumer *c) { consumer = c; }
  DiagnosticConsumer *getConsumer() const { return consumer; }
  const SourceManager &getSourceManager() const { return sources; }

  unsigned getNumErrors() const { return numErrors; }
  bool hadError() const { return numErrors != 0; }
  /// After this many errors, further errors are dropped (0: no limit).
  void setErrorLimit(unsigned limit) { errorLimit = limit; }
  /// How many errors the limit has dropped (a cache of what was reported
  /// knows by it whether its record is whole).
  unsigned getNumDropped() const { return numDropped; }
  /// Starts counting errors (and toward the limit) from zero: a session
  /// checks again and again with one engine.
  void resetErrorCount() {
    numErrors = 0;
    limitReported = false;
  }

  /// Emits a finished diagnostic (used by InFlightDiagnostic).
  void emit(Diagnostic diag);

  /// While one lives, diagnostics are neither shown nor counted: for a
  /// trial whose failure is not the user's error (a second way to match
  /// an argument, tried after the first failed).
  class Silence {
  public:
    explicit Silence(DiagnosticEngine &engine)
        : engine(engine), consumer(engine.consumer),
          errors(engine.numErrors), dropped(engine.numDropped) {
      engine.consumer = nullptr;
    }
    ~Silence() {
      engine.consumer = consumer;
      engine.numErrors = errors;
      engine.numDropped = dropped;
    }
    Silence(const Silence &) = delete;
    Silence &operator=(const Silence &) = delete;

  private:
    DiagnosticEngine &engine;
    DiagnosticConsumer *consumer;
    unsigned errors, dropped;
  };

private:
  const SourceManager &sources;
  DiagnosticConsumer *consumer;
  unsigned numErrors = 0;
  unsigned errorLimit = 0;
  unsigned numDropped = 0;
  bool limitReported = false;
};

} // namespace mojo

#endif
