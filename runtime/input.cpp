//===- input.cpp - Standard input for `input()` ---------------------------===//
//
// `input()` reads standard input a byte at a time through this buffer, so
// that a line costs one `read` per 4 KiB rather than per byte, and stops at
// the newline without reading past it into what another reader may want.
// Output written so far (the prompt) is flushed before the first read
// blocks.
//
//===----------------------------------------------------------------------===//
#include "runtime/internal.h"
#include "runtime/mojo_runtime.h"

#include <cerrno>
#include <unistd.h>

namespace {
char inputBuffer[4096];
ssize_t inputLength = 0;
ssize_t inputNext = 0;
} // namespace

extern "C" int64_t mojo_rt_read_byte() {
  if (inputNext == inputLength) {
    mojo_rt::flushAll();
    ssize_t n;
    do
      n = read(0, inputBuffer, sizeof(inputBuffer));
    while (n < 0 && errno == EINTR);
    if (n <= 0)
      return -1;
    inputLength = n;
    inputNext = 0;
  }
  return static_cast<unsigned char>(inputBuffer[inputNext++]);
}
