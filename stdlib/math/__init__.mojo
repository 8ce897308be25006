"""The `math` module: elementary functions on `SIMD` values.

Each function applies lane by lane and is one op of MLIR's `math` dialect,
which becomes an LLVM intrinsic or a libm call
(docs/compiler/simd-lowering.md). They take floating-point vectors; the
dtype and width are inferred from the argument.
"""

# Re-exported, as Mojo 24.6's `math` does.
from utils.numerics import inf, nan, isnan, isinf, isfinite, nextafter, ulp


fn _require_float[dt: DType]():
    constrained[dt.is_floating_point(), "the argument must be a floating-point SIMD"]()


@always_inline
fn sqrt[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The square root."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.sqrt`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn exp[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """e raised to `x`."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.exp`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn exp2[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """2 raised to `x`."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.exp2`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn expm1[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """`exp(x) - 1`, exact near zero."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.expm1`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn log[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The natural logarithm."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.log`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn log2[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The base-2 logarithm."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.log2`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn log10[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The base-10 logarithm."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.log10`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn log1p[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """`log(1 + x)`, exact near zero."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.log1p`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn sin[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The sine (radians)."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.sin`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn cos[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The cosine (radians)."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.cos`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn tan[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The tangent (radians)."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.tan`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn asin[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The arc sine."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.asin`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn acos[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The arc cosine."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.acos`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn atan[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The arc tangent."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.atan`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn sinh[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The hyperbolic sine."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.sinh`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn cosh[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The hyperbolic cosine."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.cosh`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn tanh[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The hyperbolic tangent."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.tanh`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn erf[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The error function."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.erf`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn cbrt[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The cube root."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.cbrt`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn rsqrt[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    """`1 / sqrt(x)`."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.rsqrt`[_type = SIMD[dt, w]._vec](x.value))

@always_inline
fn atan2[dt: DType, w: Int, //](y: SIMD[dt, w], x: SIMD[dt, w]) -> SIMD[dt, w]:
    """The angle of the point (x, y), in (-pi, pi]."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.atan2`[_type = SIMD[dt, w]._vec](y.value, x.value))


@always_inline
fn copysign[dt: DType, w: Int, //](magnitude: SIMD[dt, w], sign: SIMD[dt, w]) -> SIMD[dt, w]:
    """`magnitude` with the sign of `sign`."""
    _require_float[dt]()
    return SIMD[dt, w](_vec=__mlir_op.`math.copysign`[_type = SIMD[dt, w]._vec](magnitude.value, sign.value))


@always_inline
fn fma[dt: DType, w: Int, //](a: SIMD[dt, w], b: SIMD[dt, w], c: SIMD[dt, w]) -> SIMD[dt, w]:
    """`a * b + c`, rounded once."""
    return a.fma(b, c)


@always_inline
fn floor[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x.__floor__()


@always_inline
fn ceil[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x.__ceil__()


@always_inline
fn trunc[dt: DType, w: Int, //](x: SIMD[dt, w]) -> SIMD[dt, w]:
    return x.__trunc__()


@always_inline
fn iota[dt: DType, w: Int]() -> SIMD[dt, w]:
    """`[0, 1, ..., w - 1]`."""
    var result = SIMD[dt, w]()
    @parameter
    for i in range(w):
        result.__setitem__(i, SIMD[dt, 1](i))
    return result


alias pi = 3.141592653589793
alias e = 2.718281828459045
alias tau = 6.283185307179586
