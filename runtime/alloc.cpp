//===- alloc.cpp - Heap memory --------------------------------------------===//
//
// `UnsafePointer.alloc` ends here. malloc already guarantees 16-byte
// alignment on x86-64 Linux, so only over-aligned requests (SIMD buffers
// aligned to 32 or 64) take the posix_memalign path; both are released by
// free(), which keeps mojo_rt_free a single call.
//
//===----------------------------------------------------------------------===//
#include "runtime/mojo_runtime.h"

#include <cstdlib>
#include <cstring>

namespace {

[[noreturn]] void outOfMemory(int64_t bytes) {
  char msg[64] = "out of memory allocating ";
  size_t len = std::strlen(msg);
  len += mojo_rt_format_int(bytes, msg + len);
  const char suffix[] = " bytes";
  std::memcpy(msg + len, suffix, sizeof(suffix) - 1);
  mojo_rt_abort(msg, static_cast<int64_t>(len + sizeof(suffix) - 1));
}

} // namespace

extern "C" void *mojo_rt_alloc(int64_t bytes, int64_t align) {
  if (bytes < 0)
    outOfMemory(bytes);
  // Zero-byte allocations still return a unique pointer to free later.
  size_t size = bytes == 0 ? 1 : static_cast<size_t>(bytes);
  void *ptr = nullptr;
  if (align <= 16) {
    ptr = std::malloc(size);
  } else if ((align & (align - 1)) != 0) {
    static const char msg[] = "alignment passed to alloc is not a power of two";
    mojo_rt_abort(msg, sizeof(msg) - 1);
  } else if (posix_memalign(&ptr, static_cast<size_t>(align), size) != 0) {
    ptr = nullptr;
  }
  if (!ptr)
    outOfMemory(bytes);
  return ptr;
}

extern "C" void mojo_rt_free(void *ptr) { std::free(ptr); }
