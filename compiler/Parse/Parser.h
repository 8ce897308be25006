//===- Parser.h - Tokens to AST --------------------------------*- C++ -*-===//
//
// The parser's one entry point. It lexes the buffer, parses it by recursive
// descent (precedence climbing for binary operators) and returns a Module
// whose ASTContext owns every node. It never fails: problems are reported to
// `diags` and represented by Error nodes, so the tree is always usable.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_PARSE_PARSER_H
#define MOJOC_PARSE_PARSER_H

#include "compiler/AST/Module.h"
#include "compiler/Basic/Diagnostic.h"

#include <memory>

namespace mojo {

/// Parses buffer `bufferId` of `sources` into a module.
std::unique_ptr<ast::Module> parseModule(const SourceManager &sources,
                                         unsigned bufferId,
                                         DiagnosticEngine &diags);

} // namespace mojo

#endif
