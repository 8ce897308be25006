"""The `bit` module: counting and testing the bits of integers.

Each function has an `Int` form and an elementwise `SIMD` form for integral
dtypes; they are `math` dialect ops (`ctlz`, `cttz`, `ctpop`), which LLVM
lowers to single instructions where the CPU has them.
"""


fn _require_integral[dt: DType]():
    constrained[dt.is_integral(), "the argument must be an integral SIMD"]()


@always_inline
fn _to_i64(value: Int) -> __mlir_type.i64:
    return __mlir_op.`arith.index_cast`[_type = __mlir_type.i64](value.value)


@always_inline
fn _from_i64(value: __mlir_type.i64) -> Int:
    return Int(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](value))


@always_inline
fn count_leading_zeros(value: Int) -> Int:
    """The number of zero bits above the highest one (64 for 0)."""
    return _from_i64(__mlir_op.`math.ctlz`[_type = __mlir_type.i64](_to_i64(value)))


@always_inline
fn count_leading_zeros[dt: DType, w: Int, //](value: SIMD[dt, w]) -> SIMD[dt, w]:
    _require_integral[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.ctlz`[_type = SIMD[dt, w]._vec](value.value))


@always_inline
fn count_trailing_zeros(value: Int) -> Int:
    """The number of zero bits below the lowest one (64 for 0)."""
    return _from_i64(__mlir_op.`math.cttz`[_type = __mlir_type.i64](_to_i64(value)))


@always_inline
fn count_trailing_zeros[dt: DType, w: Int, //](value: SIMD[dt, w]) -> SIMD[dt, w]:
    _require_integral[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.cttz`[_type = SIMD[dt, w]._vec](value.value))


@always_inline
fn pop_count(value: Int) -> Int:
    """The number of one bits."""
    return _from_i64(__mlir_op.`math.ctpop`[_type = __mlir_type.i64](_to_i64(value)))


@always_inline
fn pop_count[dt: DType, w: Int, //](value: SIMD[dt, w]) -> SIMD[dt, w]:
    _require_integral[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.ctpop`[_type = SIMD[dt, w]._vec](value.value))


@always_inline
fn bit_width(value: Int) -> Int:
    """The number of bits needed to write `value` (its magnitude for a
    negative one, as `~value`)."""
    if value < 0:
        return 64 - count_leading_zeros(~value)
    return 64 - count_leading_zeros(value)


@always_inline
fn is_power_of_two(value: Int) -> Bool:
    return value > 0 and (value & (value - 1)) == 0


@always_inline
fn next_power_of_two(value: Int) -> Int:
    """The least power of two at least `value` (1 for `value <= 1`)."""
    if value <= 1:
        return 1
    return 1 << (64 - count_leading_zeros(value - 1))


@always_inline
fn prev_power_of_two(value: Int) -> Int:
    """The greatest power of two at most `value` (0 for `value <= 0`)."""
    if value <= 0:
        return 0
    return 1 << (63 - count_leading_zeros(value))
