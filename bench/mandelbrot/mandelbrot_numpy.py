"""SIMD Mandelbrot: the NumPy peer of mandelbrot.mojo (see mandelbrot.c for
the problem), the whole image as one array per step. NumPy's ufuncs never
fuse a multiply with an add, so the counts match the C and Mojo versions."""
import numpy as np

WIDTH = 960
HEIGHT = 960
MAX_ITER = 200
X0, X1, Y0, Y1 = -2.0, 0.6, -1.5, 1.5


def main():
    dx = (X1 - X0) / WIDTH
    dy = (Y1 - Y0) / HEIGHT
    cr = X0 + np.arange(WIDTH, dtype=np.float64) * dx
    ci = Y0 + np.arange(HEIGHT, dtype=np.float64) * dy
    cr, ci = np.broadcast_to(cr, (HEIGHT, WIDTH)), ci[:, None]
    zr = np.zeros((HEIGHT, WIDTH))
    zi = np.zeros((HEIGHT, WIDTH))
    active = np.ones((HEIGHT, WIDTH), dtype=bool)
    count = np.zeros((HEIGHT, WIDTH), dtype=np.int64)
    # Escaped points go on to inf and nan, harmlessly: they stay masked off.
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(MAX_ITER):
            zr2 = zr * zr
            zi2 = zi * zi
            active &= zr2 + zi2 <= 4.0
            if not active.any():
                break
            count += active
            next_zr = zr2 - zi2 + cr
            zi = 2.0 * zr * zi + ci
            zr = next_zr
    print(int(count.sum()))


if __name__ == "__main__":
    main()
