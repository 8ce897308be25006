/* A struct passed by address through a hot loop: the C peer of
   struct_read.mojo (same algorithm, `long`, a noinline callee). */
#include <stdio.h>

struct Params {
  long scale, offset, modulus, bias;
};

__attribute__((noinline)) static long apply(const struct Params *p, long x) {
  return (x * p->scale + p->offset) % p->modulus + p->bias;
}

static long kernel(long n) {
  struct Params p = {3, 7, 1000003, 1};
  long total = 0;
  for (long i = 0; i < n; i++)
    total += apply(&p, i);
  return total;
}

int main(void) {
  printf("%ld\n", kernel(50000000));
  return 0;
}
