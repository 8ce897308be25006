//===- format.cpp - Floats to text ----------------------------------------===//
//
// `print(x)` and `str(x)` for the float types. Floats follow Python's
// repr so that programs print what their Python counterparts print: the
// shortest digit string that reads back to the same value (std::to_chars
// finds it, with the nearest-value tie-break Python uses), laid out in fixed
// notation for decimal exponents in [-4, 16) and scientific otherwise.
//
//   digits "1234", exponent 2   ->  "123.4"
//   digits "1",    exponent -5  ->  "1e-05"
//   digits "1",    exponent 16  ->  "1e+16"
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

// Integers are in format_int.cpp: this file's std::to_chars pulls in
// libstdc++'s float tables (~180 KB), which a program that prints only
// integers must not carry, and a static archive links whole object files.
#include <charconv>
#include <cmath>
#include <cstring>

namespace {

/// Shortest round-trip decimal digits of a finite, non-negative value and
/// the decimal exponent of the first digit (value = d.ddd * 10^exponent).
struct Decimal {
  char digits[24];
  int numDigits = 0;
  int exponent = 0;
};

/// Reads the `d.ddde[+-]xx` form std::to_chars produces in scientific mode.
template <typename Float> Decimal shortestDecimal(Float value) {
  char text[48];
  auto result = std::to_chars(text, text + sizeof(text), value,
                              std::chars_format::scientific);
  Decimal dec;
  const char *p = text;
  for (; p != result.ptr && *p != 'e'; ++p)
    if (*p != '.')
      dec.digits[dec.numDigits++] = *p;
  // Skip 'e', then parse the signed exponent.
  ++p;
  bool negative = *p == '-';
  ++p;
  int exponent = 0;
  for (; p != result.ptr; ++p)
    exponent = exponent * 10 + (*p - '0');
  dec.exponent = negative ? -exponent : exponent;
  return dec;
}

char *appendChars(char *out, const char *text, size_t len) {
  std::memcpy(out, text, len);
  return out + len;
}

char *appendZeros(char *out, int count) {
  for (int i = 0; i < count; ++i)
    *out++ = '0';
  return out;
}

/// Python's layout of a shortest decimal (float_repr_style "short").
char *layoutDecimal(const Decimal &dec, char *out) {
  int n = dec.numDigits;
  int e = dec.exponent;
  if (e >= -4 && e < 16) {
    if (e < 0) {
      // 0.000ddd
      out = appendChars(out, "0.", 2);
      out = appendZeros(out, -e - 1);
      return appendChars(out, dec.digits, n);
    }
    int intDigits = e + 1;
    if (n <= intDigits) {
      // ddd000.0
      out = appendChars(out, dec.digits, n);
      out = appendZeros(out, intDigits - n);
      return appendChars(out, ".0", 2);
    }
    // dd.ddd
    out = appendChars(out, dec.digits, intDigits);
    *out++ = '.';
    return appendChars(out, dec.digits + intDigits, n - intDigits);
  }
  // d.ddde+XX, with at least two exponent digits like C's %e.
  *out++ = dec.digits[0];
  if (n > 1) {
    *out++ = '.';
    out = appendChars(out, dec.digits + 1, n - 1);
  }
  *out++ = 'e';
  *out++ = e < 0 ? '-' : '+';
  int magnitude = e < 0 ? -e : e;
  if (magnitude < 10)
    *out++ = '0';
  char expText[8];
  auto result = std::to_chars(expText, expText + sizeof(expText), magnitude);
  return appendChars(out, expText, result.ptr - expText);
}

template <typename Float> int64_t formatFloat(Float value, char *buf) {
  char *out = buf;
  if (std::isnan(value))
    return appendChars(out, "nan", 3) - buf;
  if (std::signbit(value))
    *out++ = '-';
  Float magnitude = std::fabs(value);
  if (std::isinf(magnitude))
    return appendChars(out, "inf", 3) - buf;
  if (magnitude == 0)
    return appendChars(out, "0.0", 3) - buf;
  return layoutDecimal(shortestDecimal(magnitude), out) - buf;
}

} // namespace

extern "C" int64_t mojo_rt_format_f64(double value, char *buf) {
  return formatFloat(value, buf);
}

extern "C" int64_t mojo_rt_format_f32(float value, char *buf) {
  return formatFloat(value, buf);
}
