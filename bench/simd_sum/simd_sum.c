/* SIMD float32 sum: the C peer of simd_sum.mojo.
 *
 * Fills 1 << 24 floats with a[i] = (i % 11) / 4 (integer division: the
 * values 0, 1 and 2), then sums the array REPS times with one 16-lane vector
 * accumulator, a horizontal sum and a scalar remainder loop. After each sum
 * one element grows by 1, so that no compiler can reuse an earlier sum.
 *
 * Every value is a small integer and every partial sum stays below 2^24, so
 * each float addition is exact and the result does not depend on the vector
 * width or the order of the additions: a Mojo version with any width, or
 * NumPy's pairwise sum, prints the same digits.
 *
 * Prints the first sum ("%.1f", which is how Mojo prints an integral Float32
 * below 1e16) and the total of all sums as an integer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N (1L << 24)
#define REPS 48
#define WIDTH 16

typedef float vfloat __attribute__((vector_size(WIDTH * sizeof(float))));

static float simd_sum(const float *a, long n) {
  vfloat acc = {0};
  long i = 0;
  for (; i + WIDTH <= n; i += WIDTH) {
    vfloat v;
    memcpy(&v, a + i, sizeof v); /* an unaligned vector load */
    acc += v;
  }
  /* Horizontal sum: add the upper half of the lanes to the lower half until
   * one lane is left. */
  float lanes[WIDTH];
  memcpy(lanes, &acc, sizeof lanes);
  for (int half = WIDTH / 2; half > 0; half /= 2)
    for (int k = 0; k < half; k++)
      lanes[k] += lanes[k + half];
  float sum = lanes[0];
  for (; i < n; i++)
    sum += a[i];
  return sum;
}

int main(void) {
  float *a = malloc(N * sizeof(float));
  if (!a)
    return 1;
  for (long i = 0; i < N; i++)
    a[i] = (float)((i % 11) / 4);
  float first = 0;
  long total = 0;
  for (long r = 0; r < REPS; r++) {
    float sum = simd_sum(a, N);
    if (r == 0)
      first = sum;
    total += (long)sum;
    a[r * 4099 % N] += 1.0f;
  }
  printf("%.1f\n%ld\n", first, total);
  free(a);
  return 0;
}
