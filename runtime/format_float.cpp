//===- format_float.cpp - Floats to text ----------------------------------===//
//
// `print(x)` and `str(x)` for the float types. Mojo 24.6 prints floats as
// Python's repr does, so programs print what their Python counterparts
// print: the shortest digit string that reads back to the same value
// (std::to_chars finds it, with the nearest-value tie-break Python uses),
// laid out in fixed notation for decimal exponents in [-4, 16) and
// scientific otherwise.
//
//   digits "1234", exponent 2   ->  "123.4"
//   digits "1",    exponent -5  ->  "1e-05"
//   digits "1",    exponent 16  ->  "1e+16"
//
// A Float32 prints its own shortest digits (Float32(0.1) is "0.1", not the
// "0.10000000149011612" of the widened double). Float16 and BFloat16 are
// widened to float, exactly, and print the float's shortest digits, as Mojo
// 24.6's stdlib does: Float16(0.1) is "0.099975586", not "0.1".
//
// This file is its own object so that a program that prints no float links
// none of libstdc++'s float tables (a static archive links whole objects);
// test/Robustness/runtime-int-exe-size.mojo pins that.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

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

/// Reads the `d.ddde[+-]xx` form std::to_chars produces in scientific mode
/// (without a precision it gives the shortest round-trip digits).
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
      // ddd000.0: an integral value keeps its ".0".
      out = appendChars(out, dec.digits, n);
      out = appendZeros(out, intDigits - n);
      return appendChars(out, ".0", 2);
    }
    // dd.ddd
    out = appendChars(out, dec.digits, intDigits);
    *out++ = '.';
    return appendChars(out, dec.digits + intDigits, n - intDigits);
  }
  // d.ddde+XX, with at least two exponent digits like C's %e; no ".0" on a
  // single digit ("1e+16").
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
  // Every NaN prints as "nan", whatever its sign and payload.
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

float floatFromBits(uint32_t bits) {
  float value;
  std::memcpy(&value, &bits, sizeof(value));
  return value;
}

/// IEEE binary16 (1 sign, 5 exponent, 10 fraction bits) widened to float;
/// exact, since every half is a float. Done by hand rather than through
/// _Float16, whose support differs between compilers and targets.
float halfToFloat(uint16_t half) {
  uint32_t sign = static_cast<uint32_t>(half & 0x8000) << 16;
  uint32_t exponent = (half >> 10) & 0x1f;
  uint32_t fraction = half & 0x3ff;
  if (exponent == 0x1f) // inf and NaN keep their fraction (NaN stays NaN).
    return floatFromBits(sign | 0x7f800000 | (fraction << 13));
  if (exponent != 0) // Normal: rebias 15 -> 127.
    return floatFromBits(sign | ((exponent + 112) << 23) | (fraction << 13));
  // Zero or subnormal: fraction * 2^-24, exact in float.
  float magnitude = std::ldexp(static_cast<float>(fraction), -24);
  return sign ? -magnitude : magnitude;
}

} // namespace

extern "C" int64_t mojo_rt_format_f64(double value, char *buf) {
  return formatFloat(value, buf);
}

extern "C" int64_t mojo_rt_format_f32(float value, char *buf) {
  return formatFloat(value, buf);
}

extern "C" int64_t mojo_rt_format_f16(uint64_t bits, char *buf) {
  return formatFloat(halfToFloat(static_cast<uint16_t>(bits)), buf);
}

extern "C" int64_t mojo_rt_format_bf16(uint64_t bits, char *buf) {
  // A bfloat16 is the upper half of a float.
  return formatFloat(floatFromBits(static_cast<uint32_t>(bits & 0xffff) << 16),
                     buf);
}
