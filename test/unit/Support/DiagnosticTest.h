//===- DiagnosticTest.h - A test fixture that collects diagnostics -*- C++ -*-===//
//
// The base of the front-end unit tests: a SourceManager and a
// DiagnosticEngine whose diagnostics are kept, and rendered as short
// "line:col: message" strings so that a test reads as input and output.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_TEST_UNIT_SUPPORT_DIAGNOSTICTEST_H
#define MOJOC_TEST_UNIT_SUPPORT_DIAGNOSTICTEST_H

#include "compiler/Basic/DiagnosticPrinter.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

namespace mojo {

class DiagnosticTest : public ::testing::Test {
protected:
  /// "line:col" of a location.
  std::string where(SourceLoc loc) const {
    LineColumn lc = sources.getLineColumn(loc);
    return std::to_string(lc.line) + ":" + std::to_string(lc.column);
  }

  /// Every diagnostic so far as "line:col: message", then forgets them.
  std::vector<std::string> takeDiags() {
    std::vector<std::string> result;
    const std::vector<Diagnostic> &all = consumer.getDiagnostics();
    for (size_t i = seenDiags; i < all.size(); ++i)
      result.push_back(where(all[i].getLoc()) + ": " + all[i].message);
    seenDiags = all.size();
    return result;
  }

  SourceManager sources;
  CollectingDiagnosticConsumer consumer;
  DiagnosticEngine diags{sources, &consumer};
  size_t seenDiags = 0;
};

/// Shorthand for expected diagnostic lists.
using Diags = std::vector<std::string>;

} // namespace mojo

#endif
