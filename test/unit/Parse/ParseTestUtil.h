//===- ParseTestUtil.h - Helpers shared by the parser unit tests -*- C++ -*-===//
#ifndef MOJOC_TEST_UNIT_PARSE_PARSETESTUTIL_H
#define MOJOC_TEST_UNIT_PARSE_PARSETESTUTIL_H

#include "compiler/AST/ASTDumper.h"
#include "compiler/Parse/Parser.h"

#include "llvm/ADT/StringExtras.h"

#include "test/unit/Support/DiagnosticTest.h"

#include <memory>
#include <string>
#include <vector>

namespace mojo {

/// Parses snippets and renders expressions as S-expressions, so that a test
/// reads as input and expected output.
class ParseTest : public DiagnosticTest {
public:
  static std::string sexpr(const ast::ASTContext &ctx, ast::ExprId id);

protected:
  /// Parses `text` as a new buffer; diagnostics accumulate in `consumer`.
  const ast::Module &parse(llvm::StringRef text) {
    unsigned id = sources.addBuffer("test.mojo", text);
    modules.push_back(parseModule(sources, id, diags));
    return *modules.back();
  }

  /// The S-expression of the single expression statement in `text`.
  std::string expr(llvm::StringRef text) {
    const ast::Module &m = parse(text);
    if (m.getBody().size() != 1)
      return "<" + std::to_string(m.getBody().size()) + " statements>";
    auto *stmt = llvm::dyn_cast<ast::ExprStmt>(&m.getContext().get(
        m.getBody().front()));
    if (!stmt)
      return "<not an expression statement>";
    return sexpr(m.getContext(), stmt->getExpr());
  }

  /// The dump of `text`'s module.
  std::string dump(llvm::StringRef text) {
    const ast::Module &m = parse(text);
    std::string out;
    llvm::raw_string_ostream os(out);
    dumpAST(m, sources, os);
    return out;
  }

  std::vector<std::unique_ptr<ast::Module>> modules;
};

} // namespace mojo

#endif
