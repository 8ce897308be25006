"""`utils.numerics`: the special values of each dtype and the tests for
them, lane by lane on `SIMD` (`from utils.numerics import isnan, inf`).

Floats only where the value only exists for floats (`nan`, `inf`); the
tests answer for integers too (never NaN, never infinite). `math`
re-exports `inf nan isnan isinf isfinite nextafter ulp`.
"""


fn _require_float[dt: DType]():
    constrained[dt.is_floating_point(), "the dtype must be a floating-point one"]()


@always_inline
fn nan[type: DType]() -> Scalar[type]:
    """A quiet NaN."""
    _require_float[type]()
    return SIMD[type, 1](FloatLiteral.nan)


@always_inline
fn inf[type: DType]() -> Scalar[type]:
    """Positive infinity."""
    _require_float[type]()
    return SIMD[type, 1](FloatLiteral.infinity)


@always_inline
fn neg_inf[type: DType]() -> Scalar[type]:
    """Negative infinity."""
    _require_float[type]()
    return SIMD[type, 1](FloatLiteral.negative_infinity)


@always_inline
fn max_finite[type: DType]() -> Scalar[type]:
    """The largest finite value: the greatest integer, or the largest float."""
    return SIMD[type, 1].MAX_FINITE


@always_inline
fn min_finite[type: DType]() -> Scalar[type]:
    """The least finite value (the most negative float, not the smallest
    positive one)."""
    return SIMD[type, 1].MIN_FINITE


@always_inline
fn max_or_inf[type: DType]() -> Scalar[type]:
    """The greatest value: `inf` for floats, else `max_finite`."""
    return SIMD[type, 1].MAX


@always_inline
fn min_or_neg_inf[type: DType]() -> Scalar[type]:
    """The least value: `-inf` for floats, else `min_finite`."""
    return SIMD[type, 1].MIN


@always_inline
fn isnan[type: DType, simd_width: Int](val: SIMD[type, simd_width]) -> SIMD[DType.bool, simd_width]:
    """Which lanes are NaN: the only values unequal to themselves."""
    @parameter
    if type.is_floating_point():
        return val != val
    else:
        return SIMD[DType.bool, simd_width](False)


@always_inline
fn isinf[type: DType, simd_width: Int](val: SIMD[type, simd_width]) -> SIMD[DType.bool, simd_width]:
    """Which lanes are `inf` or `-inf`."""
    @parameter
    if type.is_floating_point():
        return val.__abs__() == SIMD[type, simd_width](FloatLiteral.infinity)
    else:
        return SIMD[DType.bool, simd_width](False)


@always_inline
fn isfinite[type: DType, simd_width: Int](val: SIMD[type, simd_width]) -> SIMD[DType.bool, simd_width]:
    """Which lanes are neither infinite nor NaN."""
    @parameter
    if type.is_floating_point():
        # NaN compares false, so it is not finite either.
        return val.__abs__() < SIMD[type, simd_width](FloatLiteral.infinity)
    else:
        return SIMD[DType.bool, simd_width](True)


fn _bits_type[type: DType]() -> DType:
    """The signed integer dtype as wide as `type`."""
    @parameter
    if type.bitwidth() == 16:
        return DType.int16
    elif type.bitwidth() == 32:
        return DType.int32
    else:
        return DType.int64


@always_inline
fn nextafter[type: DType, simd_width: Int](arg0: SIMD[type, simd_width], arg1: SIMD[type, simd_width]) -> SIMD[type, simd_width]:
    """The next representable value after `arg0` toward `arg1`, lane by
    lane: one step of the bit pattern, whose order is the values' order
    for floats of one sign."""
    _require_float[type]()
    alias Bits = SIMD[_bits_type[type](), simd_width]
    alias V = SIMD[type, simd_width]
    var bits = Bits(_vec=__mlir_op.`arith.bitcast`[_type = Bits._vec](arg0.value))
    # Away from zero is one up in magnitude, toward zero one down.
    var away = (arg0 < arg1) == (arg0 > V(0))
    var stepped = away.select(bits + Bits(1), bits - Bits(1))
    var next = V(_vec=__mlir_op.`arith.bitcast`[_type = V._vec](stepped.value))
    # From zero, the smallest subnormal with `arg1`'s sign.
    var tiny = V(_vec=__mlir_op.`arith.bitcast`[_type = V._vec](Bits(1).value))
    var from_zero = (arg1 > V(0)).select(tiny, -tiny)
    var result = (arg0 == V(0)).select(from_zero, next)
    result = (arg0 == arg1).select(arg1, result)
    return (isnan(arg0) | isnan(arg1)).select(arg0 + arg1, result)


@always_inline
fn ulp[type: DType, simd_width: Int](x: SIMD[type, simd_width]) -> SIMD[type, simd_width]:
    """The gap between `|x|` and the next float up (or, at the largest
    finite value, down): NaN for NaN, `inf` for infinities."""
    _require_float[type]()
    alias V = SIMD[type, simd_width]
    var magnitude = x.__abs__()
    var up = nextafter(magnitude, V(FloatLiteral.infinity))
    var gap = isinf(up).select(magnitude - nextafter(magnitude, V(0)), up - magnitude)
    return isnan(x).select(x, isinf(x).select(magnitude, gap))
