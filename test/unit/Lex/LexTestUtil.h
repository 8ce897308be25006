//===- LexTestUtil.h - Helpers shared by the lexer unit tests --*- C++ -*-===//
#ifndef MOJOC_TEST_UNIT_LEX_LEXTESTUTIL_H
#define MOJOC_TEST_UNIT_LEX_LEXTESTUTIL_H

#include "compiler/Lex/Lexer.h"

#include "test/unit/Support/DiagnosticTest.h"

#include <string>
#include <vector>

namespace mojo {

/// Lexes snippets and renders the results as short strings, so that a test
/// reads as input and expected output.
class LexTest : public DiagnosticTest {
protected:
  /// Lexes `text` as a new buffer; diagnostics accumulate in `consumer`.
  std::vector<Token> lex(llvm::StringRef text) {
    unsigned id = sources.addBuffer("test.mojo", text);
    return lexBuffer(sources, id, diags);
  }

  /// The tokens of `text`, space-separated: layout tokens as NL, INDENT,
  /// DEDENT and EOF, error tokens as ERR<text>, all others as their text.
  std::string dump(llvm::StringRef text) { return render(lex(text)); }

  static std::string render(const std::vector<Token> &tokens) {
    std::string result;
    for (const Token &tok : tokens) {
      if (!result.empty())
        result += ' ';
      switch (tok.getKind()) {
      case TokenKind::newline:
        result += "NL";
        break;
      case TokenKind::indent:
        result += "INDENT";
        break;
      case TokenKind::dedent:
        result += "DEDENT";
        break;
      case TokenKind::eof:
        result += "EOF";
        break;
      case TokenKind::error:
        result += "ERR<" + tok.getText().str() + ">";
        break;
      default:
        result += tok.getText().str();
      }
    }
    return result;
  }

  /// The kinds of `text`'s tokens, by name.
  std::string kinds(llvm::StringRef text) {
    std::string result;
    for (const Token &tok : lex(text)) {
      if (!result.empty())
        result += ' ';
      result += getTokenKindName(tok.getKind()).str();
    }
    return result;
  }
};

} // namespace mojo

#endif
