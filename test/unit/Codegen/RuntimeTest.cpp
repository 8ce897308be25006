//===- RuntimeTest.cpp - The runtime's C functions, called directly -------===//
//
// Floats have their own file, RuntimeFloatFormatTest.cpp.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

#include "gtest/gtest.h"

#include <cstdint>
#include <limits>
#include <string>

namespace {

std::string i64(int64_t value) {
  char buf[MOJO_RT_INT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_int(value, buf));
}

std::string u64(uint64_t value) {
  char buf[MOJO_RT_INT_BUFFER_SIZE];
  return std::string(buf, mojo_rt_format_uint(value, buf));
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
