//===- LiteralSupport.cpp - Values of literal tokens ----------------------===//
//
// Integer and float values, and string decoding with escape diagnostics.
// Inputs normally come from tokens the scanner already validated, but every
// function re-checks its input, so the parser can call them on anything.
//
//===----------------------------------------------------------------------===//
#include "compiler/Lex/LiteralSupport.h"
#include "compiler/Lex/RawLexer.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/bit.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Error.h"

#include <algorithm>

using namespace mojo;

/// The digits of `text` in `radix` (underscores skipped) into `value`, which
/// is zero and wide enough. Binary, octal and hex digits are placed
/// directly (linear). Decimal digits are taken 19 at a time, one
/// multiplication linear in the width per 19 digits: quadratic, but the
/// value size budget bounds a literal to about 20,000 digits, a millisecond.
static void accumulateDigits(llvm::StringRef text, unsigned radix,
                             llvm::APInt &value) {
  if (radix != 10) {
    unsigned bitsPerDigit = llvm::countr_zero(radix), position = 0;
    for (char c : llvm::reverse(text)) {
      if (c == '_')
        continue;
      unsigned digit = llvm::hexDigitValue(c);
      // Leading zeros may reach past the width; they add nothing.
      if (digit != 0)
        value.insertBits(uint64_t(digit), position, bitsPerDigit);
      position += bitsPerDigit;
    }
    return;
  }
  uint64_t chunk = 0, scale = 1;
  for (char c : text) {
    if (c == '_')
      continue;
    chunk = chunk * 10 + llvm::hexDigitValue(c);
    scale *= 10;
    if (scale == 10000000000000000000ull) { // 10^19 < 2^64
      value *= scale;
      value += chunk;
      chunk = 0;
      scale = 1;
    }
  }
  value *= scale;
  value += chunk;
}

IntegerLiteralStatus mojo::parseIntegerLiteral(llvm::StringRef text,
                                               llvm::APInt &value,
                                               unsigned maxBits) {
  unsigned radix = 10;
  if (text.size() >= 2 && text[0] == '0' && llvm::isAlpha(text[1])) {
    switch (llvm::toLower(text[1])) {
    case 'x':
      radix = 16;
      break;
    case 'o':
      radix = 8;
      break;
    case 'b':
      radix = 2;
      break;
    default:
      return IntegerLiteralStatus::Malformed;
    }
    text = text.drop_front(2);
  } else if (text.empty() || !llvm::isDigit(text[0])) {
    // A decimal literal starts with a digit; `_1` is a name.
    return IntegerLiteralStatus::Malformed;
  }

  // Validate, and count the significant digits (leading zeros aside).
  size_t digits = 0;
  bool sawDigit = false;
  for (char c : text) {
    if (c == '_')
      continue;
    unsigned digit = llvm::hexDigitValue(c);
    if (digit >= radix)
      return IntegerLiteralStatus::Malformed;
    sawDigit = true;
    if (digit != 0 || digits != 0)
      ++digits;
  }
  if (!sawDigit)
    return IntegerLiteralStatus::Malformed;

  // n significant digits need more than (n - 1) * log2(radix) bits: too
  // many digits is too large without computing anything.
  double bitsPerDigit = radix == 10 ? 3.3219280948873623 // log2(10)
                                    : llvm::countr_zero(radix);
  if (digits > 1 && double(digits - 1) * bitsPerDigit >= maxBits)
    return IntegerLiteralStatus::TooLarge;
  unsigned width = 64 + unsigned(double(digits) * bitsPerDigit);
  llvm::APInt result(width, 0);
  accumulateDigits(text, radix, result);
  if (result.getActiveBits() > maxBits)
    return IntegerLiteralStatus::TooLarge;
  value = result.zextOrTrunc(std::max(64u, result.getActiveBits()));
  return IntegerLiteralStatus::Ok;
}

/// True if `text` (underscores removed) is digits, then an optional
/// fraction, then an optional exponent, with a `.` or an exponent present:
/// the shape of a float literal. APFloat also accepts `inf`, `nan` and hex
/// floats, which are not Mojo literals, so the shape is checked first.
static bool hasFloatShape(llvm::StringRef text) {
  size_t i = 0, n = text.size(), mantissaDigits = 0;
  while (i < n && llvm::isDigit(text[i]))
    ++i, ++mantissaDigits;
  bool hasDot = i < n && text[i] == '.';
  if (hasDot) {
    ++i;
    while (i < n && llvm::isDigit(text[i]))
      ++i, ++mantissaDigits;
  }
  if (mantissaDigits == 0)
    return false;
  bool hasExponent = i < n && (text[i] == 'e' || text[i] == 'E');
  if (hasExponent) {
    ++i;
    if (i < n && (text[i] == '+' || text[i] == '-'))
      ++i;
    size_t exponentStart = i;
    while (i < n && llvm::isDigit(text[i]))
      ++i;
    if (i == exponentStart)
      return false;
  }
  return i == n && (hasDot || hasExponent);
}

/// More significant digits than any double needs: every midpoint between
/// two doubles, where rounding is decided, has at most 767 significant
/// decimal digits, so digits past 800 can only matter as "some nonzero
/// digit follows", which one extra digit keeps.
static constexpr size_t kMaxFloatDigits = 800;

/// Rewrites a float literal (float shape, no underscores) as at most
/// kMaxFloatDigits + 1 significant digits and a small decimal exponent,
/// with the same correctly rounded double. APFloat's decimal conversion
/// crashes on tens of thousands of digits and is slow on long ones.
static std::string boundFloatDigits(llvm::StringRef text) {
  size_t e = text.find_first_of("eE");
  llvm::StringRef mantissa = text.substr(0, e);
  // The explicit exponent, saturated: past 10^9 only its sign matters.
  int64_t exponent = 0;
  if (e != llvm::StringRef::npos) {
    llvm::StringRef written = text.substr(e + 1);
    bool negative = written.consume_front("-");
    written.consume_front("+");
    for (char c : written)
      exponent = std::min<int64_t>(exponent * 10 + (c - '0'), 1000000000);
    if (negative)
      exponent = -exponent;
  }
  size_t dot = mantissa.find('.');
  std::string digits = mantissa.substr(0, dot).str();
  if (dot != llvm::StringRef::npos) {
    llvm::StringRef fraction = mantissa.substr(dot + 1);
    digits += fraction.str();
    exponent -= int64_t(fraction.size());
  }
  size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos)
    return "0";
  size_t last = digits.find_last_not_of('0');
  exponent += int64_t(digits.size() - 1 - last);
  digits = digits.substr(first, last + 1 - first);
  if (digits.size() > kMaxFloatDigits + 1) {
    // The last digit is nonzero, so something nonzero is dropped.
    exponent += int64_t(digits.size() - kMaxFloatDigits - 1);
    digits.resize(kMaxFloatDigits);
    digits += '1';
  }
  // The value is digits * 10^exponent; far outside a double's range only
  // the direction matters.
  int64_t magnitude = exponent + int64_t(digits.size());
  if (magnitude > 400)
    return "1e400";
  if (magnitude < -400)
    return "0";
  return digits + "e" + std::to_string(exponent);
}

bool mojo::parseFloatLiteral(llvm::StringRef text, llvm::APFloat &value) {
  std::string digits;
  digits.reserve(text.size());
  for (char c : text)
    if (c != '_')
      digits.push_back(c);
  if (text.empty() || text[0] == '_' || !hasFloatShape(digits))
    return false;
  llvm::APFloat result(llvm::APFloat::IEEEdouble());
  auto status = result.convertFromString(boundFloatDigits(digits),
                                         llvm::APFloat::rmNearestTiesToEven);
  if (!status) {
    llvm::consumeError(status.takeError());
    return false;
  }
  value = result;
  return true;
}

namespace {

/// Decodes the body of one non-raw string, reporting bad escapes.
class EscapeDecoder {
public:
  EscapeDecoder(llvm::StringRef body, std::string &out, DiagnosticEngine &diags)
      : body(body), out(out), diags(diags) {}

  /// Returns false if any escape was bad.
  bool run();

private:
  /// Decodes the escape whose backslash is at body[pos]; returns its length.
  size_t decodeEscape(size_t pos);
  /// Decodes `\x`, `\u` or `\U` with `count` hex digits after the letter.
  size_t decodeHexEscape(size_t pos, unsigned count);
  void reportBad(size_t pos, size_t length, DiagID id);

  llvm::StringRef body;
  std::string &out;
  DiagnosticEngine &diags;
  bool ok = true;
};

} // namespace

void EscapeDecoder::reportBad(size_t pos, size_t length, DiagID id) {
  ok = false;
  const char *start = body.data() + pos;
  // The message shows what follows the backslash, which the format adds.
  diags.report(SourceRange(SourceLoc::getFromPointer(start),
                           SourceLoc::getFromPointer(start + length)),
               id)
      << describeBytes(body.substr(pos + 1, length - 1));
}

size_t EscapeDecoder::decodeHexEscape(size_t pos, unsigned count) {
  size_t digitsStart = pos + 2, end = digitsStart;
  while (end < body.size() && end - digitsStart < count &&
         llvm::isHexDigit(body[end]))
    ++end;
  size_t length = end - pos;
  if (end - digitsStart < count) {
    reportBad(pos, length, DiagID::err_invalid_escape);
    out.append(body.substr(pos, length));
    return length;
  }
  uint32_t code = 0;
  for (size_t i = digitsStart; i < end; ++i)
    code = code * 16 + llvm::hexDigitValue(body[i]);
  if (count == 2) {
    // `\xHH` is the byte HH, so it can also spell bytes of a UTF-8
    // sequence.
    out.push_back(char(code));
    return length;
  }
  if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    reportBad(pos, length, DiagID::err_invalid_codepoint);
    out.append(body.substr(pos, length));
    return length;
  }
  char buffer[UNI_MAX_UTF8_BYTES_PER_CODE_POINT];
  char *cursor = buffer;
  llvm::ConvertCodePointToUTF8(code, cursor);
  out.append(buffer, cursor);
  return length;
}

size_t EscapeDecoder::decodeEscape(size_t pos) {
  if (pos + 1 == body.size()) {
    // Only an unterminated literal can end in a backslash; keep it.
    out.push_back('\\');
    return 1;
  }
  char c = body[pos + 1];
  switch (c) {
  case '\n':
    return 2; // A line continuation inside the string.
  case '\r':
    return pos + 2 < body.size() && body[pos + 2] == '\n' ? 3 : 2;
  case '\\':
  case '\'':
  case '"':
    out.push_back(c);
    return 2;
  case 'n':
    out.push_back('\n');
    return 2;
  case 't':
    out.push_back('\t');
    return 2;
  case 'r':
    out.push_back('\r');
    return 2;
  case '0':
    out.push_back('\0');
    return 2;
  case 'a':
    out.push_back('\a');
    return 2;
  case 'b':
    out.push_back('\b');
    return 2;
  case 'f':
    out.push_back('\f');
    return 2;
  case 'v':
    out.push_back('\v');
    return 2;
  case 'x':
    return decodeHexEscape(pos, 2);
  case 'u':
    return decodeHexEscape(pos, 4);
  case 'U':
    return decodeHexEscape(pos, 8);
  default: {
    // Unknown: keep it verbatim, covering a whole UTF-8 character so the
    // message and the range show what the user typed.
    size_t charLength = 1;
    if ((unsigned char)c >= 0xC0) {
      unsigned want = llvm::getNumBytesForUTF8((unsigned char)c);
      while (charLength < want && pos + 1 + charLength < body.size() &&
             (body[pos + 1 + charLength] & 0xC0) == 0x80)
        ++charLength;
    }
    size_t length = 1 + charLength;
    reportBad(pos, length, DiagID::err_invalid_escape);
    out.append(body.substr(pos, length));
    return length;
  }
  }
}

bool EscapeDecoder::run() {
  size_t pos = 0;
  while (pos < body.size()) {
    size_t backslash = body.find('\\', pos);
    if (backslash == llvm::StringRef::npos) {
      out.append(body.substr(pos));
      break;
    }
    out.append(body.substr(pos, backslash - pos));
    pos = backslash + decodeEscape(backslash);
  }
  return ok;
}

bool mojo::decodeStringLiteral(const Token &tok, std::string &out,
                               DiagnosticEngine &diags) {
  out.clear();
  llvm::StringRef text = tok.getText();
  bool raw = !text.empty() && (text[0] == 'r' || text[0] == 'R');
  if (raw)
    text = text.drop_front();
  if (text.empty() || (text[0] != '\'' && text[0] != '"'))
    return false;

  // Strip the quotes. Tolerate a missing closing quote, so that the text of
  // an unterminated literal still decodes as far as it goes.
  std::string quote(text.starts_with(std::string(3, text[0])) ? 3 : 1, text[0]);
  llvm::StringRef body = text.drop_front(quote.size());
  if (body.ends_with(quote))
    body = body.drop_back(quote.size());

  if (raw) {
    out.append(body.begin(), body.end());
    return true;
  }
  out.reserve(body.size());
  return EscapeDecoder(body, out, diags).run();
}
