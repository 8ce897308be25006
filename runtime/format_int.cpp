//===- format_int.cpp - Integers to text ----------------------------------===//
//
// `print(n)` and `str(n)` for Int and the unsigned types. Kept apart from the
// float formatting in format_float.cpp, and free of the C++ library, so that a
// program printing integers links none of libstdc++'s float tables.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

#include <cstring>

extern "C" int64_t mojo_rt_format_uint(uint64_t value, char *buf) {
  // Digits come out least significant first; build them at the end of a
  // scratch buffer and copy once.
  char scratch[20];
  char *end = scratch + sizeof(scratch);
  char *p = end;
  do {
    *--p = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value != 0);
  std::memcpy(buf, p, end - p);
  return end - p;
}

extern "C" int64_t mojo_rt_format_int(int64_t value, char *buf) {
  if (value >= 0)
    return mojo_rt_format_uint(static_cast<uint64_t>(value), buf);
  buf[0] = '-';
  // Negate in unsigned arithmetic so INT64_MIN does not overflow.
  uint64_t magnitude = 0 - static_cast<uint64_t>(value);
  return 1 + mojo_rt_format_uint(magnitude, buf + 1);
}
