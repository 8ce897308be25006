//===- Lexer.re - The raw scanner (re2c input) ----------------------------===//
//
// re2c turns this file into Lexer.cpp at build time. The rules classify
// characters into tokens; everything about line structure is left to
// Layout.cpp, which sees every line break as a `newline` token.
//
// The scanner uses re2c's "sentinel with bounds checks" method: the buffer
// is followed by a NUL (the sentinel), and whenever re2c reads a NUL it
// compares the cursor with `limit` to tell the real end from an embedded NUL.
// So no rule can read past the end, whatever the bytes are.
//
//===----------------------------------------------------------------------===//
#include "compiler/Lex/RawLexer.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <cassert>
#include <string>

using namespace mojo;

TokenKind mojo::getKeywordKind(llvm::StringRef text) {
  return llvm::StringSwitch<TokenKind>(text)
#define KEYWORD(Name, Spelling) .Case(Spelling, TokenKind::kw_##Name)
#include "compiler/Lex/TokenKinds.def"
      .Default(TokenKind::identifier);
}

Token RawLexer::make(TokenKind kind, const char *start) const {
  Token tok(kind, llvm::StringRef(start, cursor - start));
  if (start > bufferStart && (start[-1] == ' ' || start[-1] == '\t'))
    tok.setLeadingSpace(true);
  return tok;
}

std::string mojo::describeBytes(llvm::StringRef bytes) {
  bool printable = true;
  for (char c : bytes)
    if ((unsigned char)c < 0x20 || c == 0x7f)
      printable = false;
  if (printable && !bytes.empty()) {
    auto *begin = reinterpret_cast<const llvm::UTF8 *>(bytes.begin());
    printable = llvm::isLegalUTF8String(
        &begin, reinterpret_cast<const llvm::UTF8 *>(bytes.end()));
  }
  if (printable)
    return bytes.str();
  std::string result;
  llvm::raw_string_ostream os(result);
  for (unsigned char c : bytes)
    os << "\\x" << llvm::format_hex_no_prefix(c, 2, /*Upper=*/true);
  return result;
}

Token RawLexer::strayCharacters(const char *start) {
  SourceRange range(SourceLoc::getFromPointer(start),
                    SourceLoc::getFromPointer(cursor));
  llvm::StringRef bytes(start, cursor - start);
  if (bytes == "\\")
    diags.report(range, DiagID::err_stray_backslash);
  else
    diags.report(range, DiagID::err_stray_character) << describeBytes(bytes);
  return make(TokenKind::error, start);
}

Token RawLexer::scanTripleString(const char *start, char quote) {
  const char *bodyStart = cursor;
  while (cursor < limit) {
    char c = *cursor;
    if (c == '\\') {
      // A backslash hides the next character from the terminator search;
      // escapes themselves are decoded later, by LiteralSupport.
      cursor += (limit - cursor >= 2) ? 2 : 1;
      continue;
    }
    if (c == quote && limit - cursor >= 3 && cursor[1] == quote &&
        cursor[2] == quote) {
      cursor += 3;
      return make(TokenKind::string, start);
    }
    ++cursor;
  }
  // Point at the opening delimiter (with its prefix): the end of the file is
  // where the problem shows, but the opening is where it is fixed.
  SourceRange range(SourceLoc::getFromPointer(start),
                    SourceLoc::getFromPointer(bodyStart));
  diags.report(range, DiagID::err_unterminated_triple_string)
      << std::string(3, quote);
  return make(TokenKind::error, start);
}

static bool isDigitOfBase(char c, unsigned base) {
  if (base == 16)
    return llvm::isHexDigit(c);
  return c >= '0' && c < char('0' + base);
}

static bool isDecimalOrUnderscore(char c) {
  return llvm::isDigit(c) || c == '_';
}

/// Numeric tokens are scanned generously (a digit followed by any letters
/// and digits) so that `0b102` or `12abc` becomes one bad token with one
/// precise diagnostic instead of a number glued to a name.
Token RawLexer::checkNumber(const char *start, bool isFloatForm) {
  llvm::StringRef text(start, cursor - start);
  auto reportAt = [&](size_t offset, DiagID id) {
    const char *p = start + offset;
    return diags.report(SourceRange(SourceLoc::getFromPointer(p),
                                    SourceLoc::getFromPointer(p + 1)),
                        id);
  };

  if (text.size() >= 2 && text[0] == '0' &&
      llvm::StringRef("xXoObB").contains(text[1])) {
    char letter = llvm::toLower(text[1]);
    unsigned base = letter == 'x' ? 16 : letter == 'o' ? 8 : 2;
    const char *baseName = base == 16  ? "hexadecimal"
                           : base == 8 ? "octal"
                                       : "binary";
    bool sawDigit = false;
    for (size_t i = 2; i < text.size(); ++i) {
      if (text[i] == '_')
        continue;
      if (!isDigitOfBase(text[i], base)) {
        reportAt(i, DiagID::err_invalid_digit)
            << text.substr(i, 1) << baseName;
        return make(TokenKind::error, start);
      }
      sawDigit = true;
    }
    if (!sawDigit) {
      diags.report(SourceRange(SourceLoc::getFromPointer(start),
                               SourceLoc::getFromPointer(cursor)),
                   DiagID::err_missing_digits)
          << text.take_front(2) << baseName;
      return make(TokenKind::error, start);
    }
    return make(TokenKind::integer, start);
  }

  // Decimal: digits, then an optional fraction and exponent. Whatever is
  // left after the longest well-formed prefix is the bad digit.
  size_t i = 0, n = text.size();
  bool isFloat = isFloatForm;
  while (i < n && isDecimalOrUnderscore(text[i]))
    ++i;
  if (i < n && text[i] == '.') {
    isFloat = true;
    ++i;
    while (i < n && isDecimalOrUnderscore(text[i]))
      ++i;
  }
  if (i < n && (text[i] == 'e' || text[i] == 'E')) {
    size_t j = i + 1;
    if (j < n && (text[j] == '+' || text[j] == '-'))
      ++j;
    if (j < n && llvm::isDigit(text[j])) {
      isFloat = true;
      i = j;
      while (i < n && isDecimalOrUnderscore(text[i]))
        ++i;
    } else if (j == n) {
      reportAt(i, DiagID::err_missing_digits)
          << text.substr(i, j - i) << "floating-point";
      return make(TokenKind::error, start);
    }
  }
  if (i < n) {
    reportAt(i, DiagID::err_invalid_digit)
        << text.substr(i, 1) << (isFloat ? "floating-point" : "decimal");
    return make(TokenKind::error, start);
  }
  return make(isFloat ? TokenKind::floating : TokenKind::integer, start);
}

Token RawLexer::next() {
  for (;;) {
    const char *start = cursor;
    const char *marker = cursor;
    (void)marker;
    /*!re2c
      re2c:define:YYCTYPE = "unsigned char";
      re2c:define:YYCURSOR = cursor;
      re2c:define:YYMARKER = marker;
      re2c:define:YYLIMIT = limit;
      re2c:yyfill:enable = 0;
      re2c:eof = 0;
      re2c:indent:top = 2;

      digits   = [0-9] [0-9_]*;
      exponent = [eE] [+-]? digits;
      float    = digits "." ([0-9] [0-9_]*)? exponent?
               | "." [0-9] [0-9_]* exponent?
               | digits exponent;
      based    = "0" [xX] [0-9a-fA-F_]* | "0" [oO] [0-9_]* | "0" [bB] [0-9_]*;
      namechar = [A-Za-z0-9_];

      // A backslash inside a string hides the next character (a line break
      // included) from the terminator search.
      escaped  = "\\" [^] | "\\\r\n";
      sqchar   = [^'\\\n] | escaped;
      dqchar   = [^"\\\n] | escaped;
      utf8     = [\xC0-\xDF] [\x80-\xBF]
               | [\xE0-\xEF] [\x80-\xBF]{2}
               | [\xF0-\xF7] [\x80-\xBF]{3};

      $ { return make(TokenKind::eof, start); }

      // Skipped: horizontal space, a lone CR, comments, line joins.
      [ \t\f]+           { continue; }
      "\r"               { continue; }
      // A comment stops before the CR of a CRLF, so that the line break
      // (and the NEWLINE placed on it) starts at the CR.
      "#" ([^\r\n] | "\r"+ [^\r\n])* { continue; }
      "\\" "\r"? "\n"    { continue; }
      "\r"? "\n"         { return make(TokenKind::newline, start); }

      // Names.
      [A-Za-z_] namechar* {
        return make(getKeywordKind(llvm::StringRef(start, cursor - start)),
                    start);
      }
      "`" [^`\r\n]+ "`"  { return make(TokenKind::identifier, start); }
      "``" {
        diags.report(SourceRange(SourceLoc::getFromPointer(start),
                                 SourceLoc::getFromPointer(cursor)),
                     DiagID::err_empty_backtick);
        return make(TokenKind::error, start);
      }
      "`" [^`\r\n]* {
        diags.report(SourceRange(SourceLoc::getFromPointer(start),
                                 SourceLoc::getFromPointer(cursor)),
                     DiagID::err_unterminated_backtick);
        return make(TokenKind::error, start);
      }

      // Numbers: well-formed first; the catch-alls (a number run into more
      // letters or digits) come last so that equal-length matches prefer the
      // well-formed rules.
      digits             { return make(TokenKind::integer, start); }
      float              { return make(TokenKind::floating, start); }
      based              { return checkNumber(start, false); }
      [0-9] namechar*    { return checkNumber(start, false); }
      float namechar+    { return checkNumber(start, true); }

      // Strings. Escapes are validated when the parser decodes the literal.
      [rR]? "'" sqchar* "'"   { return make(TokenKind::string, start); }
      [rR]? "\"" dqchar* "\"" { return make(TokenKind::string, start); }
      [rR]? "'''"             { return scanTripleString(start, '\''); }
      [rR]? "\"\"\""          { return scanTripleString(start, '"'); }
      [rR]? ("'" sqchar* | "\"" dqchar*) "\\"? {
        // Unterminated: the token runs to the end of the line (without a CR
        // that belongs to a CRLF), or to a backslash at the end of the file.
        if (cursor - start > 1 && cursor[-1] == '\r')
          --cursor;
        diags.report(SourceRange(SourceLoc::getFromPointer(start),
                                 SourceLoc::getFromPointer(cursor)),
                     DiagID::err_unterminated_string);
        return make(TokenKind::error, start);
      }

      // Delimiters and operators; longest match picks `//=` over `//`.
      "("   { return make(TokenKind::l_paren, start); }
      ")"   { return make(TokenKind::r_paren, start); }
      "["   { return make(TokenKind::l_square, start); }
      "]"   { return make(TokenKind::r_square, start); }
      "{"   { return make(TokenKind::l_brace, start); }
      "}"   { return make(TokenKind::r_brace, start); }
      ","   { return make(TokenKind::comma, start); }
      ":"   { return make(TokenKind::colon, start); }
      ";"   { return make(TokenKind::semi, start); }
      "."   { return make(TokenKind::period, start); }
      "..." { return make(TokenKind::ellipsis, start); }
      "->"  { return make(TokenKind::arrow, start); }
      "@"   { return make(TokenKind::at, start); }
      "="   { return make(TokenKind::equal, start); }
      ":="  { return make(TokenKind::colonequal, start); }
      "+"   { return make(TokenKind::plus, start); }
      "-"   { return make(TokenKind::minus, start); }
      "*"   { return make(TokenKind::star, start); }
      "**"  { return make(TokenKind::starstar, start); }
      "/"   { return make(TokenKind::slash, start); }
      "//"  { return make(TokenKind::slashslash, start); }
      "%"   { return make(TokenKind::percent, start); }
      "~"   { return make(TokenKind::tilde, start); }
      "&"   { return make(TokenKind::amp, start); }
      "|"   { return make(TokenKind::pipe, start); }
      "^"   { return make(TokenKind::caret, start); }
      "<<"  { return make(TokenKind::lessless, start); }
      ">>"  { return make(TokenKind::greatergreater, start); }
      "=="  { return make(TokenKind::equalequal, start); }
      "!="  { return make(TokenKind::exclaimequal, start); }
      "<"   { return make(TokenKind::less, start); }
      "<="  { return make(TokenKind::lessequal, start); }
      ">"   { return make(TokenKind::greater, start); }
      ">="  { return make(TokenKind::greaterequal, start); }
      "+="  { return make(TokenKind::plusequal, start); }
      "-="  { return make(TokenKind::minusequal, start); }
      "*="  { return make(TokenKind::starequal, start); }
      "/="  { return make(TokenKind::slashequal, start); }
      "//=" { return make(TokenKind::slashslashequal, start); }
      "%="  { return make(TokenKind::percentequal, start); }
      "**=" { return make(TokenKind::starstarequal, start); }
      "@="  { return make(TokenKind::atequal, start); }
      "<<=" { return make(TokenKind::lesslessequal, start); }
      ">>=" { return make(TokenKind::greatergreaterequal, start); }
      "&="  { return make(TokenKind::ampequal, start); }
      "|="  { return make(TokenKind::pipeequal, start); }
      "^="  { return make(TokenKind::caretequal, start); }

      // Anything else: one UTF-8 sequence, or one byte (a NUL inside the
      // buffer, a control character, `$`, `?`, `!`, a lone `\`, broken
      // UTF-8).
      utf8 { return strayCharacters(start); }
      *    { return strayCharacters(start); }
    */
  }
}
