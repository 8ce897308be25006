//===- VerifyDiagnostics.cpp - `-verify` expected-diagnostic checks -------===//
#include "compiler/Basic/VerifyDiagnostics.h"

#include "llvm/ADT/StringExtras.h"

using namespace mojo;

namespace {
struct Expectation {
  Severity severity;
  unsigned line;   ///< The line the diagnostic must be on (0: anywhere).
  unsigned atLine; ///< The line the directive is written on.
  std::string text;
  bool matched = false;
};

/// Scans the buffer for `expected-<kind>[@[+-]N] {{text}}` directives.
/// Malformed directives are reported and make verification fail.
bool collectExpectations(llvm::StringRef text,
                         std::vector<Expectation> &out,
                         llvm::raw_ostream &os, llvm::StringRef file) {
  bool ok = true;
  unsigned line = 1;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      continue;
    }
    if (!text.substr(i).starts_with("expected-"))
      continue;
    llvm::StringRef rest = text.substr(i + strlen("expected-"));
    Severity severity;
    size_t kindLen;
    if (rest.starts_with("error")) {
      severity = Severity::Error;
      kindLen = 5;
    } else if (rest.starts_with("warning")) {
      severity = Severity::Warning;
      kindLen = 7;
    } else if (rest.starts_with("note")) {
      severity = Severity::Note;
      kindLen = 4;
    } else if (rest.starts_with("remark")) {
      severity = Severity::Remark;
      kindLen = 6;
    } else {
      continue;
    }
    rest = rest.drop_front(kindLen);
    unsigned target = line;
    if (rest.consume_front("@*")) {
      target = 0; // Anywhere, in any file (a note inside the stdlib).
    } else if (rest.consume_front("@")) {
      bool plus = rest.consume_front("+");
      bool minus = !plus && rest.consume_front("-");
      unsigned n = 0;
      if (rest.consumeInteger(10, n)) {
        os << file << ":" << line << ": error: bad line offset in directive\n";
        ok = false;
        continue;
      }
      target = plus ? line + n : minus ? line - n : n;
    }
    rest = rest.ltrim(" \t");
    if (!rest.consume_front("{{")) {
      os << file << ":" << line
         << ": error: expected '{{' after expected-directive\n";
      ok = false;
      continue;
    }
    size_t close = rest.find("}}");
    size_t eol = rest.find('\n');
    if (close == llvm::StringRef::npos || close > eol) {
      os << file << ":" << line << ": error: missing '}}' in directive\n";
      ok = false;
      continue;
    }
    out.push_back({severity, target, line, rest.take_front(close).str()});
    i = rest.data() + close - text.data();
  }
  return ok;
}
} // namespace

bool mojo::verifyDiagnostics(const SourceManager &sources, unsigned bufferId,
                             llvm::ArrayRef<Diagnostic> diags,
                             llvm::raw_ostream &os) {
  llvm::StringRef file = sources.getBufferName(bufferId);
  std::vector<Expectation> expected;
  bool ok = collectExpectations(sources.getBufferText(bufferId), expected, os,
                                file);

  std::vector<const Diagnostic *> all;
  for (const Diagnostic &d : diags) {
    all.push_back(&d);
    for (const Diagnostic &n : d.notes)
      all.push_back(&n);
  }

  std::vector<const Diagnostic *> unexpected;
  for (const Diagnostic *d : all) {
    unsigned line = sources.findBuffer(d->getLoc()) == bufferId
                        ? sources.getLineColumn(d->getLoc()).line
                        : 0;
    bool found = false;
    for (Expectation &e : expected) {
      if (e.matched || e.severity != d->severity ||
          (e.line != line && e.line != 0))
        continue;
      if (llvm::StringRef(d->message).contains(e.text)) {
        e.matched = found = true;
        break;
      }
    }
    if (!found)
      unexpected.push_back(d);
  }

  for (const Expectation &e : expected) {
    if (e.matched)
      continue;
    ok = false;
    os << file << ":" << e.atLine << ": error: expected "
       << getSeverityName(e.severity);
    if (e.line)
      os << " on line " << e.line;
    os << " not seen: {{" << e.text << "}}\n";
  }
  for (const Diagnostic *d : unexpected) {
    ok = false;
    os << sources.describe(d->getLoc()) << ": error: unexpected "
       << getSeverityName(d->severity) << ": " << d->message << "\n";
  }
  return ok;
}
