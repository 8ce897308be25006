"""`DType`: the element type of a `SIMD` vector.

A `DType` is an ordinary value, usable at run time and at compile time
alike: its queries (`is_floating_point()`, `bitwidth()`, ...) are plain
methods, which the compile-time interpreter runs when a parameter or a
`@parameter if` needs them. Each dtype is a small code; `_mlir_type()`
names the MLIR element type `SIMD` stores it as (integers are signless in
MLIR; signedness is in the operations chosen).
"""


@register_passable("trivial")
struct DType(EqualityComparable, Hashable, KeyElement, Writable):
    """The element type of a `SIMD` vector (`DType.float32`, ...)."""

    var _code: Int

    alias invalid = DType(_code=0)
    alias bool = DType(_code=1)
    alias int8 = DType(_code=2)
    alias uint8 = DType(_code=3)
    alias int16 = DType(_code=4)
    alias uint16 = DType(_code=5)
    alias int32 = DType(_code=6)
    alias uint32 = DType(_code=7)
    alias int64 = DType(_code=8)
    alias uint64 = DType(_code=9)
    alias index = DType(_code=10)
    alias float8e5m2 = DType(_code=11)
    alias float8e5m2fnuz = DType(_code=12)
    alias float8e4m3 = DType(_code=13)
    alias float8e4m3fnuz = DType(_code=14)
    alias bfloat16 = DType(_code=15)
    alias float16 = DType(_code=16)
    alias float32 = DType(_code=17)
    alias tensor_float32 = DType(_code=18)
    alias float64 = DType(_code=19)

    @always_inline
    fn __init__(out self, *, _code: Int):
        self._code = _code

    @always_inline
    fn __init__(out self, *, other: Self):
        self._code = other._code

    @always_inline
    fn __eq__(self, rhs: DType) -> Bool:
        return self._code == rhs._code

    @always_inline
    fn __ne__(self, rhs: DType) -> Bool:
        return self._code != rhs._code

    @always_inline
    fn __is__(self, rhs: DType) -> Bool:
        return self._code == rhs._code

    @always_inline
    fn __isnot__(self, rhs: DType) -> Bool:
        return self._code != rhs._code

    fn is_unsigned(self) -> Bool:
        """Unsigned integers (`uint8` ... `uint64`)."""
        return self._code >= 3 and self._code <= 9 and self._code % 2 == 1

    fn is_integral(self) -> Bool:
        """Signed and unsigned integers, and `index`."""
        return self._code >= 2 and self._code <= 10

    fn is_signed(self) -> Bool:
        """Signed integers, `index` and every floating-point type."""
        if self.is_floating_point() or self._code == 10:
            return True
        return self.is_integral() and not self.is_unsigned()

    fn is_floating_point(self) -> Bool:
        return self._code >= 11

    fn is_float8(self) -> Bool:
        return self._code >= 11 and self._code <= 14

    fn is_half_float(self) -> Bool:
        """`bfloat16` and `float16`."""
        return self._code == 15 or self._code == 16

    fn is_numeric(self) -> Bool:
        """Integers and floating-point types: not `bool` or `invalid`."""
        return self._code >= 2

    fn bitwidth(self) -> Int:
        if self._code == 1:
            return 1
        if self._code <= 3 or self.is_float8():
            return 8
        if self._code <= 5 or self.is_half_float():
            return 16
        if self._code <= 7 or self._code == 17 or self._code == 18:
            return 32
        return 64

    fn sizeof(self) -> Int:
        """The size of one element in bytes (a `bool` takes a byte)."""
        if self._code == 1:
            return 1
        return self.bitwidth() // 8

    fn _mlir_type(self) -> StringLiteral:
        """The MLIR element type of a `SIMD` of this dtype. A `bool` lane
        is a byte holding 0 or 1, as Mojo stores it; `i1` vectors exist
        only as comparison results inside one operation (and LLVM's fast
        register allocator cannot copy them across calls on AVX-512)."""
        if self._code == 1:
            return "i8"
        if self.is_integral() and self._code != 10:
            if self._code <= 3:
                return "i8"
            if self._code <= 5:
                return "i16"
            if self._code <= 7:
                return "i32"
            return "i64"
        if self._code == 10:
            return "index"
        if self._code == 11:
            return "f8E5M2"
        if self._code == 12:
            return "f8E5M2FNUZ"
        if self._code == 13:
            return "f8E4M3FN"
        if self._code == 14:
            return "f8E4M3FNUZ"
        if self._code == 15:
            return "bf16"
        if self._code == 16:
            return "f16"
        if self._code == 17:
            return "f32"
        if self._code == 18:
            return "tf32"
        if self._code == 19:
            return "f64"
        return "none"

    fn _name(self) -> StringLiteral:
        """What `print` shows: the member's name (`float32`)."""
        if self._code == 1:
            return "bool"
        if self._code == 2:
            return "int8"
        if self._code == 3:
            return "uint8"
        if self._code == 4:
            return "int16"
        if self._code == 5:
            return "uint16"
        if self._code == 6:
            return "int32"
        if self._code == 7:
            return "uint32"
        if self._code == 8:
            return "int64"
        if self._code == 9:
            return "uint64"
        if self._code == 10:
            return "index"
        if self._code == 11:
            return "float8e5m2"
        if self._code == 12:
            return "float8e5m2fnuz"
        if self._code == 13:
            return "float8e4m3"
        if self._code == 14:
            return "float8e4m3fnuz"
        if self._code == 15:
            return "bfloat16"
        if self._code == 16:
            return "float16"
        if self._code == 17:
            return "float32"
        if self._code == 18:
            return "tensor_float32"
        if self._code == 19:
            return "float64"
        return "invalid"

    @always_inline
    fn __hash__(self) -> UInt:
        return self._code.__hash__()

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write("DType.", self)

    fn write_to[W: Writer](self, mut writer: W):
        writer.write(self._name())
