/* SIMD Mandelbrot: the C peer of mandelbrot.mojo.
 *
 * A 960 x 960 image of the region x in [-2, 0.6), y in [-1.5, 1.5), single
 * threaded, float64, 8 pixels of a row at a time. Pixel (px, py) is the
 * point c = (X0 + px * DX, Y0 + py * DY) with DX = (X1 - X0) / WIDTH and
 * DY = (Y1 - Y0) / HEIGHT (the pixel's corner, not its centre). Its count is
 * the number of iterations, at most MAX_ITER, that run while
 * zr*zr + zi*zi <= 4, from z = 0:
 *
 *   zr' = (zr*zr - zi*zi) + cr
 *   zi' = (2*zr)*zi + ci
 *
 * A lane that has escaped stays masked off (its z may go on to inf or nan;
 * it is never counted again). Prints the sum of all counts, a checksum the
 * Mojo version reproduces only with the same operations in the same order
 * and no fused multiply-add, hence the pragmas: compilers would otherwise
 * fuse a*b + c under -march=native (and print 40120406, not 40139097).
 */
#include <stdio.h>

/* No a*b + c fused into one rounding: clang honours the standard pragma,
 * GCC (which fuses by default in GNU C) its own. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#define WIDTH 960
#define HEIGHT 960
#define MAX_ITER 200
#define LANES 8

static const double X0 = -2.0, X1 = 0.6, Y0 = -1.5, Y1 = 1.5;

typedef double vdouble __attribute__((vector_size(LANES * sizeof(double))));
typedef long vlong __attribute__((vector_size(LANES * sizeof(long))));

/* The sum of the iteration counts of the LANES pixels at columns px to
 * px + LANES - 1 of the row whose imaginary part is ci_scalar. Vectors stay inside this function: passing one wider
 * than the target's registers would change the calling convention. */
static long mandel_lanes(int px, double dx, double ci_scalar) {
  vdouble cr, ci;
  for (int k = 0; k < LANES; k++) {
    cr[k] = X0 + (px + k) * dx;
    ci[k] = ci_scalar;
  }
  vdouble zr = {0}, zi = {0};
  vlong active = ~(vlong){0}, count = {0};
  for (int n = 0; n < MAX_ITER; n++) {
    vdouble zr2 = zr * zr, zi2 = zi * zi;
    /* A vector comparison gives -1 (all bits) where true, 0 where false. */
    active &= zr2 + zi2 <= 4.0;
    long any = 0;
    for (int k = 0; k < LANES; k++)
      any |= active[k];
    if (!any)
      break;
    count -= active;
    vdouble next_zr = zr2 - zi2 + cr;
    zi = 2.0 * zr * zi + ci;
    zr = next_zr;
  }
  long sum = 0;
  for (int k = 0; k < LANES; k++)
    sum += count[k];
  return sum;
}

int main(void) {
  const double dx = (X1 - X0) / WIDTH, dy = (Y1 - Y0) / HEIGHT;
  long total = 0;
  for (int py = 0; py < HEIGHT; py++) {
    double ci = Y0 + py * dy;
    for (int px = 0; px < WIDTH; px += LANES)
      total += mandel_lanes(px, dx, ci);
  }
  printf("%ld\n", total);
  return 0;
}
