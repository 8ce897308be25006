//===- RuntimeTest.cpp - The runtime's C functions, called directly -------===//
#include "runtime/mojo_runtime.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstdint>
#include <limits>
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

std::string i64(int64_t value) {
  char buf[MOJO_RT_INT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_int(value, buf));
}

std::string u64(uint64_t value) {
  char buf[MOJO_RT_INT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_uint(value, buf));
}

// Expected strings are Python's repr() of the same values.
TEST(RuntimeFormatTest, Float64MatchesPythonRepr) {
  EXPECT_EQ(f64(3.0), "3.0");
  EXPECT_EQ(f64(0.1), "0.1");
  EXPECT_EQ(f64(1e16), "1e+16");
  EXPECT_EQ(f64(1.234e16), "1.234e+16");
  EXPECT_EQ(f64(1e-5), "1e-05");
  EXPECT_EQ(f64(1.5e-5), "1.5e-05");
  EXPECT_EQ(f64(0.0001), "0.0001");
  EXPECT_EQ(f64(123456789.0), "123456789.0");
  EXPECT_EQ(f64(1e22), "1e+22");
  EXPECT_EQ(f64(5e-324), "5e-324");
  EXPECT_EQ(f64(0.0), "0.0");
  EXPECT_EQ(f64(-0.0), "-0.0");
  EXPECT_EQ(f64(-2.5), "-2.5");
  EXPECT_EQ(f64(std::pow(2.0, 53)), "9007199254740992.0");
  EXPECT_EQ(f64(1e15), "1000000000000000.0");
  EXPECT_EQ(f64(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(f64(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(f64(1.5e-4), "0.00015");
  EXPECT_EQ(f64(1e100), "1e+100");
  EXPECT_EQ(f64(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
  EXPECT_EQ(f64(-std::numeric_limits<double>::min()),
            "-2.2250738585072014e-308");
}

TEST(RuntimeFormatTest, Float64SpecialValues) {
  EXPECT_EQ(f64(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(f64(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(f64(std::nan("")), "nan");
  EXPECT_EQ(f64(-std::nan("")), "nan");
}

TEST(RuntimeFormatTest, LongestOutputFitsTheBuffer) {
  // Negative, 17 digits, 3-digit negative exponent.
  EXPECT_EQ(f64(-2.2250738585072014e-308).size(), 24u);
  EXPECT_LE(f64(-0.00012345678901234567).size(),
            size_t(MOJO_RT_FLOAT_BUFFER_SIZE));
}

TEST(RuntimeFormatTest, Float32UsesItsOwnShortestDigits) {
  EXPECT_EQ(f32(0.1f), "0.1");
  EXPECT_EQ(f32(3.0f), "3.0");
  EXPECT_EQ(f32(1e16f), "1e+16");
  EXPECT_EQ(f32(1.0f / 3.0f), "0.33333334");
  EXPECT_EQ(f32(-0.0f), "-0.0");
  EXPECT_EQ(f32(std::numeric_limits<float>::infinity()), "inf");
  EXPECT_EQ(f32(std::numeric_limits<float>::denorm_min()), "1e-45");
}

TEST(RuntimeFormatTest, Integers) {
  EXPECT_EQ(i64(0), "0");
  EXPECT_EQ(i64(7), "7");
  EXPECT_EQ(i64(-42), "-42");
  EXPECT_EQ(i64(1234567890123), "1234567890123");
  EXPECT_EQ(i64(std::numeric_limits<int64_t>::max()), "9223372036854775807");
  EXPECT_EQ(i64(std::numeric_limits<int64_t>::min()), "-9223372036854775808");
  EXPECT_EQ(u64(std::numeric_limits<uint64_t>::max()), "18446744073709551615");
  EXPECT_EQ(u64(0), "0");
}

TEST(RuntimeArgsTest, RecordsTheCommandLine) {
  char prog[] = "prog", first[] = "first";
  char *argv[] = {prog, first, nullptr};
  mojo_rt_init(2, argv);
  EXPECT_EQ(mojo_rt_argc(), 2);
  EXPECT_STREQ(mojo_rt_argv(0), "prog");
  EXPECT_STREQ(mojo_rt_argv(1), "first");
  EXPECT_EQ(mojo_rt_argv(2), nullptr);
  EXPECT_EQ(mojo_rt_argv(-1), nullptr);
  mojo_rt_init(0, nullptr);
  EXPECT_EQ(mojo_rt_argc(), 0);
}

TEST(RuntimeAllocTest, HonoursAlignment) {
  for (int64_t align : {1, 8, 16, 32, 64, 4096}) {
    void *ptr = mojo_rt_alloc(100, align);
    ASSERT_NE(ptr, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(ptr) % align, 0u) << align;
    mojo_rt_free(ptr);
  }
  void *empty = mojo_rt_alloc(0, 8);
  EXPECT_NE(empty, nullptr);
  mojo_rt_free(empty);
  mojo_rt_free(nullptr);
}

TEST(RuntimeAbortTest, PrintsTheMessageAndDies) {
  EXPECT_DEATH(mojo_rt_abort("bad thing", 9), "ABORT: bad thing");
}

} // namespace
