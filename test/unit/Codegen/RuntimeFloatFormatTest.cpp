//===- RuntimeFloatFormatTest.cpp - The runtime's float formatting --------===//
//
// mojo_rt_format_{f64,f32,f16,bf16} against exact expected strings (Python's
// repr(float) for doubles, NumPy's str(float32) for floats, both of which
// Mojo 24.6 matches), and round-trip properties over random bit patterns:
// every output reads back to the same bits, fits the buffer, and has no
// shorter correctly rounded form that would also read back.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

#include "gtest/gtest.h"

#include <cfloat>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>

namespace {

std::string f64(double value) {
  char buf[MOJO_RT_FLOAT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_f64(value, buf));
}

std::string f32(float value) {
  char buf[MOJO_RT_FLOAT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_f32(value, buf));
}

std::string f16(uint64_t bits) {
  char buf[MOJO_RT_FLOAT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_f16(bits, buf));
}

std::string bf16(uint64_t bits) {
  char buf[MOJO_RT_FLOAT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_bf16(bits, buf));
}

template <typename To, typename From> To bitCast(From from) {
  static_assert(sizeof(To) == sizeof(From));
  To to;
  std::memcpy(&to, &from, sizeof(to));
  return to;
}

struct F64Case {
  double value;
  const char *expected;
};

// Python's repr() of each value.
const F64Case kF64Cases[] = {
    {0.0, "0.0"},
    {-0.0, "-0.0"},
    {1.0, "1.0"},
    {-1.0, "-1.0"},
    {3.0, "3.0"},
    {100.0, "100.0"},
    {0.5, "0.5"},
    {-2.5, "-2.5"},
    {0.1, "0.1"},
    {0.3, "0.3"},
    {0.1 + 0.2, "0.30000000000000004"},
    {1.0 / 3.0, "0.3333333333333333"},
    {2.0 / 3.0, "0.6666666666666666"},
    {3.141592653589793, "3.141592653589793"},
    {2.0000000000000004, "2.0000000000000004"},
    // The lower edge of fixed notation is 1e-4.
    {0.0001, "0.0001"},
    {0.00015, "0.00015"},
    {0.000123, "0.000123"},
    {1e-5, "1e-05"},
    {1.5e-5, "1.5e-05"},
    {9.99e-5, "9.99e-05"},
    {1e-10, "1e-10"},
    {1.23e-15, "1.23e-15"},
    // The upper edge of fixed notation is 1e16.
    {123456789.0, "123456789.0"},
    {1e15, "1000000000000000.0"},
    {1.23e15, "1230000000000000.0"},
    {1234567890123456.0, "1234567890123456.0"},
    {9007199254740992.0, "9007199254740992.0"},
    {999999999999999.9, "999999999999999.9"},
    {1e16, "1e+16"},
    {1.234e16, "1.234e+16"},
    {123456789012345678.0, "1.2345678901234568e+17"},
    {1e22, "1e+22"},
    {1e23, "1e+23"},
    {1.23e20, "1.23e+20"},
    {1e100, "1e+100"},
    {-1e100, "-1e+100"},
    // Limits: the largest double, the smallest normal, the smallest
    // subnormal.
    {DBL_MAX, "1.7976931348623157e+308"},
    {-DBL_MAX, "-1.7976931348623157e+308"},
    {DBL_MIN, "2.2250738585072014e-308"},
    {-DBL_MIN, "-2.2250738585072014e-308"},
    {5e-324, "5e-324"},
    {-5e-324, "-5e-324"},
    {1e-323, "1e-323"},
    {DBL_EPSILON, "2.220446049250313e-16"},
};

TEST(RuntimeFloatFormatTest, Float64MatchesPythonRepr) {
  for (const F64Case &c : kF64Cases)
    EXPECT_EQ(f64(c.value), c.expected) << "value " << c.value;
}

TEST(RuntimeFloatFormatTest, Float64SpecialValues) {
  double inf = std::numeric_limits<double>::infinity();
  EXPECT_EQ(f64(inf), "inf");
  EXPECT_EQ(f64(-inf), "-inf");
  // Every NaN prints "nan": no sign, no payload.
  EXPECT_EQ(f64(std::nan("")), "nan");
  EXPECT_EQ(f64(-std::nan("")), "nan");
  EXPECT_EQ(f64(bitCast<double>(uint64_t(0x7ff0000000000001))), "nan");
  EXPECT_EQ(f64(bitCast<double>(uint64_t(0xfff8000000000123))), "nan");
}

struct F32Case {
  float value;
  const char *expected;
};

// The float's own shortest digits (as NumPy's str(np.float32(value))),
// laid out by the decimal exponent of those digits, as Mojo does: 0.0001f
// is "0.0001" although its exact value is below 1e-4 (NumPy, deciding on
// the exact value, prints "1e-04").
const F32Case kF32Cases[] = {
    {0.0f, "0.0"},
    {-0.0f, "-0.0"},
    {1.0f, "1.0"},
    {3.0f, "3.0"},
    {42.0f, "42.0"},
    {0.1f, "0.1"},
    {-0.1f, "-0.1"},
    {1.1f, "1.1"},
    {1.23f, "1.23"},
    {0.3f, "0.3"},
    {1.0f / 3.0f, "0.33333334"},
    {3.14159274f, "3.1415927"},
    {1e10f, "10000000000.0"},
    {1e15f, "1000000000000000.0"},
    {1e16f, "1e+16"},
    {16777216.0f, "16777216.0"},
    {16777217.0f, "16777216.0"},
    {1.00000012f, "1.0000001"},
    {0.99999994f, "0.99999994"},
    {0.0001f, "0.0001"},
    {1e-5f, "1e-05"},
    {0.000001f, "1e-06"},
    {FLT_MAX, "3.4028235e+38"},
    {-FLT_MAX, "-3.4028235e+38"},
    {FLT_MIN, "1.1754944e-38"},
    {1e-45f, "1e-45"},
    {FLT_EPSILON, "1.1920929e-07"},
};

TEST(RuntimeFloatFormatTest, Float32UsesItsOwnShortestDigits) {
  for (const F32Case &c : kF32Cases)
    EXPECT_EQ(f32(c.value), c.expected) << "value " << c.value;
  // 1e15f is not 1e15: its value is 999999986991104, whose shortest float
  // digits are "1" with exponent 15.
  EXPECT_EQ(f64(1e15f), "999999986991104.0");
}

TEST(RuntimeFloatFormatTest, Float32SpecialValues) {
  float inf = std::numeric_limits<float>::infinity();
  EXPECT_EQ(f32(inf), "inf");
  EXPECT_EQ(f32(-inf), "-inf");
  EXPECT_EQ(f32(std::nanf("")), "nan");
  EXPECT_EQ(f32(-std::nanf("")), "nan");
}

// Float16 and BFloat16 print the shortest digits of the float they widen to
// (NumPy's str(np.float32(np.float16(v))) for the half cases).
TEST(RuntimeFloatFormatTest, Float16PrintsAsTheWidenedFloat) {
  EXPECT_EQ(f16(0x0000), "0.0");
  EXPECT_EQ(f16(0x8000), "-0.0");
  EXPECT_EQ(f16(0x3c00), "1.0");
  EXPECT_EQ(f16(0xc000), "-2.0");
  EXPECT_EQ(f16(0x2e66), "0.099975586"); // Float16(0.1)
  EXPECT_EQ(f16(0x3555), "0.33325195");  // Float16(1/3)
  EXPECT_EQ(f16(0x3c66), "1.0996094");   // Float16(1.1)
  EXPECT_EQ(f16(0x4248), "3.140625");    // Float16(3.14159)
  EXPECT_EQ(f16(0x70e2), "10000.0");
  EXPECT_EQ(f16(0x7bff), "65504.0"); // the largest half
  EXPECT_EQ(f16(0x0400), "6.1035156e-05"); // the smallest normal
  EXPECT_EQ(f16(0x0001), "5.9604645e-08"); // the smallest subnormal
  EXPECT_EQ(f16(0x7c00), "inf");
  EXPECT_EQ(f16(0xfc00), "-inf");
  EXPECT_EQ(f16(0x7e00), "nan");
  EXPECT_EQ(f16(0xfc01), "nan");
  // Only the low 16 bits are read.
  EXPECT_EQ(f16(0xffffffff00003c00), "1.0");
}

TEST(RuntimeFloatFormatTest, BFloat16PrintsAsTheWidenedFloat) {
  EXPECT_EQ(bf16(0x0000), "0.0");
  EXPECT_EQ(bf16(0x8000), "-0.0");
  EXPECT_EQ(bf16(0x3f80), "1.0");
  EXPECT_EQ(bf16(0x3dcd), "0.100097656"); // BFloat16(0.1)
  EXPECT_EQ(bf16(0x3eab), "0.33398438");  // BFloat16(1/3)
  EXPECT_EQ(bf16(0x408d), "4.40625");     // BFloat16(4.4)
  EXPECT_EQ(bf16(0x4204), "33.0");
  EXPECT_EQ(bf16(0x7f80), "inf");
  EXPECT_EQ(bf16(0xff80), "-inf");
  EXPECT_EQ(bf16(0x7fc0), "nan");
  EXPECT_EQ(bf16(0x12340000ffff), "nan"); // low 16 bits only
}

TEST(RuntimeFloatFormatTest, LongestOutputFitsTheBuffer) {
  // Negative, 17 digits, 3-digit negative exponent.
  EXPECT_EQ(f64(-2.2250738585072014e-308).size(), 24u);
  EXPECT_EQ(f64(-0.00012345678901234567), "-0.00012345678901234567");
  EXPECT_EQ(f64(-1234567890123456.7), "-1234567890123456.8");
}

/// Checks what every output must satisfy: it fits the buffer, reads back
/// (through `parse`) to the same value, and no correctly rounded decimal
/// with one digit fewer reads back too (a correctly rounded shorter form
/// could be missed only at a power of two, where the rounding interval is
/// lopsided; those are skipped).
template <typename Float, typename Parse>
void checkRoundTrip(Float value, const std::string &text, Parse parse,
                    bool powerOfTwo) {
  ASSERT_LE(text.size(), size_t(MOJO_RT_FLOAT_BUFFER_SIZE));
  if (std::isnan(value)) {
    EXPECT_EQ(text, "nan");
    return;
  }
  Float back = parse(text.c_str());
  ASSERT_EQ(std::memcmp(&back, &value, sizeof(Float)), 0)
      << text << " does not read back";
  int digits = 0;
  for (char c : text) {
    if (c == 'e')
      break;
    if (c >= '1' && c <= '9')
      digits = digits ? digits + 1 : 1;
    else if (c == '0' && digits)
      ++digits;
  }
  // Trailing zeros of an integral value ("100.0") are not significant.
  if (text.find('e') == std::string::npos) {
    size_t end = text.size();
    while (end > 0 && (text[end - 1] == '0' || text[end - 1] == '.')) {
      if (text[end - 1] == '0')
        --digits;
      --end;
    }
  }
  if (digits <= 1 || powerOfTwo || value == 0 || std::isinf(value))
    return;
  char shorter[64];
  std::snprintf(shorter, sizeof(shorter), "%.*e", digits - 2,
                static_cast<double>(value));
  Float shortBack = parse(shorter);
  EXPECT_NE(std::memcmp(&shortBack, &value, sizeof(Float)), 0)
      << text << " is not the shortest: " << shorter << " reads back too";
}

TEST(RuntimeFloatFormatTest, RandomDoublesRoundTrip) {
  std::mt19937_64 rng(20241217);
  auto parse = [](const char *s) { return std::strtod(s, nullptr); };
  for (int i = 0; i < 200000; ++i) {
    uint64_t bits = rng();
    double value = bitCast<double>(bits);
    bool powerOfTwo = (bits & ((uint64_t(1) << 52) - 1)) == 0;
    checkRoundTrip(value, f64(value), parse, powerOfTwo);
    if (::testing::Test::HasFailure())
      return;
  }
}

TEST(RuntimeFloatFormatTest, RandomFloatsRoundTrip) {
  std::mt19937 rng(20241217);
  auto parse = [](const char *s) { return std::strtof(s, nullptr); };
  for (int i = 0; i < 200000; ++i) {
    uint32_t bits = rng();
    float value = bitCast<float>(bits);
    bool powerOfTwo = (bits & ((uint32_t(1) << 23) - 1)) == 0;
    checkRoundTrip(value, f32(value), parse, powerOfTwo);
    if (::testing::Test::HasFailure())
      return;
  }
}

/// binary16 to float by its definition, independently of the runtime's
/// bit manipulation.
float halfValue(uint16_t bits) {
  int exponent = (bits >> 10) & 0x1f;
  int fraction = bits & 0x3ff;
  float magnitude =
      exponent == 0x1f ? (fraction ? NAN : INFINITY)
      : exponent == 0  ? std::ldexp(float(fraction), -24)
                       : std::ldexp(float(1024 + fraction), exponent - 25);
  return (bits & 0x8000) ? -magnitude : magnitude;
}

TEST(RuntimeFloatFormatTest, EveryFloat16RoundTrips) {
  for (uint32_t bits = 0; bits <= 0xffff; ++bits) {
    float value = halfValue(static_cast<uint16_t>(bits));
    std::string text = f16(bits);
    EXPECT_EQ(text, f32(value)) << "bits " << bits;
    if (std::isnan(value))
      continue;
    EXPECT_EQ(std::strtof(text.c_str(), nullptr), value) << text;
    if (::testing::Test::HasFailure())
      return;
  }
}

TEST(RuntimeFloatFormatTest, EveryBFloat16RoundTrips) {
  for (uint32_t bits = 0; bits <= 0xffff; ++bits) {
    float value = bitCast<float>(bits << 16);
    std::string text = bf16(bits);
    EXPECT_EQ(text, f32(value)) << "bits " << bits;
    if (!std::isnan(value)) {
      EXPECT_EQ(std::strtof(text.c_str(), nullptr), value) << text;
    }
    if (::testing::Test::HasFailure())
      return;
  }
}

} // namespace
