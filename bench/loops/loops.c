/* Nested integer loops: the C peer of loops.mojo (same algorithm, `long`). */
#include <stdio.h>

static long kernel(long n) {
  long total = 0;
  for (long i = 0; i < n; i++)
    for (long j = 0; j < n; j++)
      total += i * j % 7;
  return total;
}

int main(void) {
  printf("%ld\n", kernel(10000));
  return 0;
}
