//===- SessionTestUtil.h - Sessions over unsaved buffers -------*- C++ -*-===//
//
// A Session reading through an OverlayLoader, as an editor's would, with
// the diagnostics kept as "line:col: message" strings.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_TEST_UNIT_FRONTEND_SESSIONTESTUTIL_H
#define MOJOC_TEST_UNIT_FRONTEND_SESSIONTESTUTIL_H

#include "compiler/Basic/DiagnosticPrinter.h"
#include "compiler/Frontend/Session.h"

#include "gtest/gtest.h"

#include <string>
#include <vector>

namespace mojo {

class SessionTest : public ::testing::Test {
protected:
  SessionTest() {
    auto owned = std::make_unique<OverlayLoader>(
        std::make_unique<FileSystemLoader>());
    overlay = owned.get();
    session = std::make_unique<Session>(std::move(owned));
    session->getDiags().setConsumer(&consumer);
    options.stdlibDir = MOJOC_STDLIB_DIR;
    options.requireMain = false;
    options.checkAllFunctions = true;
  }

  /// Every diagnostic so far, as "file:line:col: message".
  std::vector<std::string> diagnostics() const {
    std::vector<std::string> result;
    for (const Diagnostic &diag : consumer.getDiagnostics())
      result.push_back(session->getSources().describe(diag.getLoc()) + ": " +
                       diag.message);
    return result;
  }

  OverlayLoader *overlay = nullptr;
  std::unique_ptr<Session> session;
  CollectingDiagnosticConsumer consumer;
  SemaOptions options;
};

} // namespace mojo

#endif
