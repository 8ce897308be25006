# SIMD Mandelbrot, single threaded: the same algorithm, operations and
# order as mandelbrot.c (see there), 8 float64 lanes at a time.

alias WIDTH = 960
alias HEIGHT = 960
alias MAX_ITER = 200
alias LANES = 8
alias X0 = -2.0
alias X1 = 0.6
alias Y0 = -1.5
alias Y1 = 1.5


fn mandel_lanes(px: Int, dx: Float64, ci_scalar: Float64) -> Int:
    """The sum of the iteration counts of the LANES pixels from column px."""
    var cr = SIMD[DType.float64, LANES](0)
    @parameter
    for k in range(LANES):
        cr.__setitem__(k, X0 + Float64(px + k) * dx)
    var ci = SIMD[DType.float64, LANES](ci_scalar)
    var zr = SIMD[DType.float64, LANES](0)
    var zi = SIMD[DType.float64, LANES](0)
    var active = SIMD[DType.bool, LANES](True)
    var count = SIMD[DType.int64, LANES](0)
    for _ in range(MAX_ITER):
        var zr2 = zr * zr
        var zi2 = zi * zi
        active = active & (zr2 + zi2 <= 4.0)
        if not active.reduce_or():
            break
        count += active.cast[DType.int64]()
        var next_zr = zr2 - zi2 + cr
        zi = 2.0 * zr * zi + ci
        zr = next_zr
    return count.reduce_add().__int__()


fn main():
    var dx = (Float64(X1) - X0) / WIDTH
    var dy = (Float64(Y1) - Y0) / HEIGHT
    var total = 0
    for py in range(HEIGHT):
        var ci = Y0 + Float64(py) * dy
        for px in range(0, WIDTH, LANES):
            total += mandel_lanes(px, dx, ci)
    print(total)
