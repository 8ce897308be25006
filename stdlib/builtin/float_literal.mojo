"""The type of floating-point literals.

A literal like `1.5` is a `FloatLiteral` (a documented hook,
docs/compiler/builtins.md): a double-precision value that becomes a
`Float64` at run time, or converts to whatever `SIMD` type a context asks
for. Its operators run like any code; at compile time the interpreter
folds them (`alias half = 1.0 / 2.0`).
"""


@register_passable("trivial")
@nonmaterializable(Float64)
struct FloatLiteral:
    """A floating-point constant."""

    var value: __mlir_type.f64

    alias nan = FloatLiteral(__mlir_op.`arith.constant`[value = __mlir_attr.`0x7FF8000000000000 : f64`, _type = __mlir_type.f64]())
    alias infinity = FloatLiteral(__mlir_op.`arith.constant`[value = __mlir_attr.`0x7FF0000000000000 : f64`, _type = __mlir_type.f64]())
    alias negative_infinity = FloatLiteral(__mlir_op.`arith.constant`[value = __mlir_attr.`0xFFF0000000000000 : f64`, _type = __mlir_type.f64]())
    alias negative_zero = FloatLiteral(__mlir_op.`arith.constant`[value = __mlir_attr.`-0.0 : f64`, _type = __mlir_type.f64]())

    @always_inline
    @implicit
    fn __init__(out self, value: __mlir_type.f64):
        self.value = value

    @always_inline
    @implicit
    fn __init__(out self, value: IntLiteral):
        var wide = __mlir_op.`arith.index_cast`[_type = __mlir_type.i64](value.value)
        self.value = __mlir_op.`arith.sitofp`[_type = __mlir_type.f64](wide)

    @always_inline
    fn is_nan(self) -> Bool:
        return Bool(__mlir_op.`arith.cmpf`[predicate = __mlir_attr.`14 : i64`, _type = __mlir_type.i1](self.value, self.value))

    @always_inline
    fn __bool__(self) -> Bool:
        return self != 0.0

    @always_inline
    fn __int__(self) -> Int:
        """Truncated toward zero."""
        var wide = __mlir_op.`arith.fptosi`[_type = __mlir_type.i64](self.value)
        return Int(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](wide))

    @always_inline
    fn __neg__(self) -> FloatLiteral:
        return __mlir_op.`arith.negf`[_type = __mlir_type.f64](self.value)

    @always_inline
    fn __add__(self, rhs: FloatLiteral) -> FloatLiteral:
        return __mlir_op.`arith.addf`[_type = __mlir_type.f64](self.value, rhs.value)

    @always_inline
    fn __sub__(self, rhs: FloatLiteral) -> FloatLiteral:
        return __mlir_op.`arith.subf`[_type = __mlir_type.f64](self.value, rhs.value)

    @always_inline
    fn __mul__(self, rhs: FloatLiteral) -> FloatLiteral:
        return __mlir_op.`arith.mulf`[_type = __mlir_type.f64](self.value, rhs.value)

    @always_inline
    fn __truediv__(self, rhs: FloatLiteral) -> FloatLiteral:
        return __mlir_op.`arith.divf`[_type = __mlir_type.f64](self.value, rhs.value)

    @always_inline
    fn __floordiv__(self, rhs: FloatLiteral) -> FloatLiteral:
        return __mlir_op.`math.floor`[_type = __mlir_type.f64]((self / rhs).value)

    @always_inline
    fn __mod__(self, rhs: FloatLiteral) -> FloatLiteral:
        return self - (self // rhs) * rhs

    @always_inline
    fn __radd__(self, value: FloatLiteral) -> FloatLiteral:
        return value + self

    @always_inline
    fn __rsub__(self, value: FloatLiteral) -> FloatLiteral:
        return value - self

    @always_inline
    fn __rmul__(self, value: FloatLiteral) -> FloatLiteral:
        return value * self

    @always_inline
    fn __rtruediv__(self, value: FloatLiteral) -> FloatLiteral:
        return value / self

    @always_inline
    fn _compare[predicate: Int](self, rhs: FloatLiteral) -> Bool:
        return Bool(__mlir_op.`arith.cmpf`[predicate = __mlir_attr[predicate, ` : i64`], _type = __mlir_type.i1](self.value, rhs.value))

    @always_inline
    fn __eq__(self, rhs: FloatLiteral) -> Bool:
        return self._compare[1](rhs)

    @always_inline
    fn __ne__(self, rhs: FloatLiteral) -> Bool:
        return self._compare[13](rhs)

    @always_inline
    fn __lt__(self, rhs: FloatLiteral) -> Bool:
        return self._compare[4](rhs)

    @always_inline
    fn __le__(self, rhs: FloatLiteral) -> Bool:
        return self._compare[5](rhs)

    @always_inline
    fn __gt__(self, rhs: FloatLiteral) -> Bool:
        return self._compare[2](rhs)

    @always_inline
    fn __ge__(self, rhs: FloatLiteral) -> Bool:
        return self._compare[3](rhs)

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn write_to[W: Writer](self, mut writer: W):
        Float64(self).write_to(writer)
