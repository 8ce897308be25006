//===- LiteralSupport.h - Values of literal tokens -------------*- C++ -*-===//
//
// The lexer keeps literals as source text; the parser asks for their values
// here, when it builds literal nodes. Decoding on demand keeps tokens small
// and puts escape diagnostics at the exact escape.
//
//===----------------------------------------------------------------------===//
#ifndef MOJOC_LEX_LITERALSUPPORT_H
#define MOJOC_LEX_LITERALSUPPORT_H

#include "compiler/Basic/Diagnostic.h"
#include "compiler/Lex/Token.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APInt.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace mojo {

/// The outcome of parsing an integer literal.
enum class IntegerLiteralStatus : uint8_t {
  Ok,
  Malformed, ///< Not a well-formed integer literal.
  TooLarge,  ///< Well-formed, but wider than the limit asked for.
};

/// Parses the text of an `integer` token (`42`, `1_000`, `0xFF`, `0O17`,
/// `0b1010`) into its exact unsigned magnitude. `value` gets a width of 64
/// bits, or more when the value needs more. A value needing more than
/// `maxBits` bits is TooLarge; that is decided from the digit count before
/// any arithmetic where it can be, and the arithmetic is then bounded, so
/// even a megabyte of digits is answered at once. `value` is unspecified
/// unless the result is Ok.
IntegerLiteralStatus parseIntegerLiteral(llvm::StringRef text,
                                         llvm::APInt &value, unsigned maxBits);

/// Parses the text of a `floating` token (`3.5`, `7.`, `.5`, `1e-9`,
/// `2.5E3`, with `_` separators) into an IEEE double, correctly rounded,
/// in time linear in the text whatever its length. Values too large for a
/// double become infinity. Returns false if `text` is not a well-formed
/// float literal.
bool parseFloatLiteral(llvm::StringRef text, llvm::APFloat &value);

/// Decodes a `string` token into the bytes it denotes: strips the `r`/`R`
/// prefix and the quotes, then, unless the string is raw, decodes the
/// escapes `\\ \' \" \n \t \r \0 \a \b \f \v \xHH \uXXXX \UXXXXXXXX` (the
/// last two as UTF-8) and drops a backslash-newline. A bad escape is
/// reported at its exact range and kept verbatim in `out`; the result is
/// then false. Raw strings keep every backslash.
bool decodeStringLiteral(const Token &tok, std::string &out,
                         DiagnosticEngine &diags);

} // namespace mojo

#endif
