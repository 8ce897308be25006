/* Integer floor division: the C peer of floordiv.mojo (same algorithm,
 * `long`). C's `/` truncates; floor division is the usual correction,
 * which compilers fuse with the remainder into one division. */
#include <stdio.h>

static long floordiv(long a, long b) {
  long q = a / b;
  if (a % b != 0 && (a < 0) != (b < 0))
    q -= 1;
  return q;
}

static long kernel(long n, long m) {
  long total = 0;
  for (long i = 0; i < n; i++) {
    long a = i * 7919 - n * 3960;
    for (long j = 0; j < m; j++)
      total += floordiv(a, (j - 500) | 1);
  }
  return total;
}

int main(void) {
  printf("%ld\n", kernel(100000, 1000));
  return 0;
}
