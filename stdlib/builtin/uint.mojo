"""The `UInt` type: an unsigned machine word over `__mlir_type.index`.

`UInt` shares `Int`'s storage; only the operations that read the top bit
differ (division, modulo, right shift, comparison, printing), and those use
the unsigned `index` ops (`divu`, `remu`, `shru`, `cmp ult`, ...)."""

from builtin.io import _write_decimal
from hashlib.hash import _hash_word


@register_passable("trivial")
struct UInt(
    Absable,
    Boolable,
    CollectionElement,
    CollectionElementNew,
    Comparable,
    Defaultable,
    EqualityComparable,
    Hashable,
    Intable,
    KeyElement,
    Powable,
    Representable,
    Roundable,
    Stringable,
    Writable,
):
    """An unsigned 64-bit integer. Arithmetic wraps modulo 2**64; division
    or modulo by zero gives 0, as `Int`'s does."""

    var value: __mlir_type.index

    alias MAX = UInt(__mlir_op.`index.constant`[value = __mlir_attr.`-1 : index`, _type = __mlir_type.index]())
    """The largest value, 2**64 - 1."""
    alias MIN = UInt()
    """The smallest value, 0."""

    # Construction.

    @always_inline
    fn __init__(out self):
        self.value = __mlir_op.`index.constant`[value = __mlir_attr.`0 : index`, _type = __mlir_type.index]()

    @always_inline
    @implicit
    fn __init__(out self, value: __mlir_type.index):
        self.value = value

    @always_inline
    @implicit
    fn __init__(out self, value: Int):
        """The same bits: a negative `value` wraps (`UInt(-1) == UInt.MAX`)."""
        self.value = value.value

    @always_inline
    @implicit
    fn __init__(out self, value: IntLiteral):
        self.value = value.value

    @always_inline
    fn __init__(out self, *, other: Self):
        self.value = other.value

    # Conversions.

    @always_inline
    fn __bool__(self) -> Bool:
        return self != 0

    @always_inline
    fn __index__(self) -> UInt:
        """As in Mojo 24.6, `UInt`'s index is itself (so it is no `Indexer`;
        it still indexes through the implicit conversion to `Int`)."""
        return self

    @always_inline
    fn __int__(self) -> Int:
        """The same bits as an `Int`: values above `Int.MAX` wrap negative."""
        return Int(self.value)

    @always_inline
    fn __mlir_index__(self) -> __mlir_type.index:
        return self.value

    # Comparisons, unsigned.

    @always_inline
    fn __eq__(self, rhs: UInt) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate eq>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ne__(self, rhs: UInt) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ne>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __lt__(self, rhs: UInt) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ult>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __le__(self, rhs: UInt) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ule>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __gt__(self, rhs: UInt) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ugt>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ge__(self, rhs: UInt) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate uge>`, _type = __mlir_type.i1](self.value, rhs.value)

    # Arithmetic, modulo 2**64.

    @always_inline
    fn __pos__(self) -> UInt:
        return self

    @always_inline
    fn __invert__(self) -> UInt:
        return self ^ UInt.MAX

    @always_inline
    fn __add__(self, rhs: UInt) -> UInt:
        return __mlir_op.`index.add`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __sub__(self, rhs: UInt) -> UInt:
        return __mlir_op.`index.sub`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __mul__(self, rhs: UInt) -> UInt:
        return __mlir_op.`index.mul`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __floordiv__(self, rhs: UInt) -> UInt:
        # Unsigned division already floors. A zero divisor is replaced by 1
        # so the division never traps, and the result is then 0, as `Int`'s.
        var divisor = rhs if rhs != 0 else UInt(1)
        var q = UInt(__mlir_op.`index.divu`[_type = __mlir_type.index](self.value, divisor.value))
        return q if rhs != 0 else UInt(0)

    @always_inline
    fn __mod__(self, rhs: UInt) -> UInt:
        var divisor = rhs if rhs != 0 else UInt(1)
        var r = UInt(__mlir_op.`index.remu`[_type = __mlir_type.index](self.value, divisor.value))
        return r if rhs != 0 else UInt(0)

    @always_inline
    fn __truediv__(self, rhs: UInt) -> Float64:
        return self._to_float64() / rhs._to_float64()

    @always_inline
    fn _to_float64(self) -> Float64:
        # Through `UInt64`, whose cast to a float is unsigned: `UInt.MAX`
        # becomes 2**64, not -1.
        return UInt64(Int(self.value)).cast[DType.float64]()

    @always_inline
    fn __divmod__(self, rhs: UInt) -> Tuple[UInt, UInt]:
        return self // rhs, self % rhs

    @always_inline
    fn __ceildiv__(self, denominator: UInt) -> UInt:
        """`self / denominator` rounded up, without the overflow of
        `(self + denominator - 1) // denominator`."""
        var q = self // denominator
        if self % denominator != 0:
            q += 1
        return q

    @always_inline
    fn __pow__(self, exp: UInt) -> UInt:
        var result = UInt(1)
        var base = self
        var e = exp
        while e > 0:
            if e & 1:
                result *= base
            base *= base
            e = e >> 1
        return result

    @always_inline
    fn __lshift__(self, rhs: UInt) -> UInt:
        if rhs >= 64:
            return 0
        return __mlir_op.`index.shl`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __rshift__(self, rhs: UInt) -> UInt:
        if rhs >= 64:
            return 0
        return __mlir_op.`index.shru`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __and__(self, rhs: UInt) -> UInt:
        return __mlir_op.`index.and`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __or__(self, rhs: UInt) -> UInt:
        return __mlir_op.`index.or`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __xor__(self, rhs: UInt) -> UInt:
        return __mlir_op.`index.xor`[_type = __mlir_type.index](self.value, rhs.value)

    # Reflected forms: `Int`, `IntLiteral` or `Bool` on the left.

    @always_inline
    fn __radd__(self, value: UInt) -> UInt:
        return value + self

    @always_inline
    fn __rsub__(self, value: UInt) -> UInt:
        return value - self

    @always_inline
    fn __rmul__(self, value: UInt) -> UInt:
        return value * self

    @always_inline
    fn __rfloordiv__(self, value: UInt) -> UInt:
        return value // self

    @always_inline
    fn __rmod__(self, value: UInt) -> UInt:
        return value % self

    @always_inline
    fn __rpow__(self, value: UInt) -> UInt:
        return value**self

    @always_inline
    fn __rlshift__(self, value: UInt) -> UInt:
        return value << self

    @always_inline
    fn __rrshift__(self, value: UInt) -> UInt:
        return value >> self

    @always_inline
    fn __rand__(self, value: UInt) -> UInt:
        return value & self

    @always_inline
    fn __ror__(self, value: UInt) -> UInt:
        return value | self

    @always_inline
    fn __rxor__(self, value: UInt) -> UInt:
        return value ^ self

    # In-place forms: Mojo has no fallback from `a += b` to `a = a + b`.

    @always_inline
    fn __iadd__(mut self, rhs: UInt):
        self = self + rhs

    @always_inline
    fn __isub__(mut self, rhs: UInt):
        self = self - rhs

    @always_inline
    fn __imul__(mut self, rhs: UInt):
        self = self * rhs

    @always_inline
    fn __itruediv__(mut self, rhs: UInt):
        """`self // rhs`: an integer cannot hold the `Float64` of `/`."""
        self = self // rhs

    @always_inline
    fn __ifloordiv__(mut self, rhs: UInt):
        self = self // rhs

    @always_inline
    fn __imod__(mut self, rhs: UInt):
        self = self % rhs

    @always_inline
    fn __ipow__(mut self, rhs: UInt):
        self = self**rhs

    @always_inline
    fn __ilshift__(mut self, rhs: UInt):
        self = self << rhs

    @always_inline
    fn __irshift__(mut self, rhs: UInt):
        self = self >> rhs

    @always_inline
    fn __iand__(mut self, rhs: UInt):
        self = self & rhs

    @always_inline
    fn __ior__(mut self, rhs: UInt):
        self = self | rhs

    @always_inline
    fn __ixor__(mut self, rhs: UInt):
        self = self ^ rhs

    # Rounding: an integer is already whole.

    @always_inline
    fn __abs__(self) -> UInt:
        return self

    @always_inline
    fn __ceil__(self) -> UInt:
        return self

    @always_inline
    fn __floor__(self) -> UInt:
        return self

    @always_inline
    fn __trunc__(self) -> UInt:
        return self

    @always_inline
    fn __round__(self) -> UInt:
        return self

    @always_inline
    fn __round__(self, ndigits: UInt) -> UInt:
        """`ndigits` counts digits after the point, which a `UInt` has none
        of; unsigned, it cannot round to tens as `Int`'s negative one does."""
        return self

    @always_inline
    fn __round__(self, ndigits: Int) -> UInt:
        """`Roundable`'s form, so that `round(u)` and `round(u, n)` take a
        `UInt`: a negative `ndigits` rounds to tens, hundreds, ... as
        `Int`'s does (halves to even)."""
        if ndigits >= 0:
            return self
        if ndigits < -19:  # 10**20 is past `UInt.MAX`, which is nearer 0.
            return 0
        var unit = UInt(10) ** UInt(-ndigits)
        var low = self - self % unit
        var rest = self - low
        if rest > unit - rest or (rest == unit - rest and (low // unit) % 2 != 0):
            return low + unit
        return low

    # Hashing and output.

    @always_inline
    fn __hash__(self) -> UInt:
        """The hash of the same value as an `Int`, so that equal numbers
        hash equal whichever of the two holds them."""
        return _hash_word(self)

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn write_to[W: Writer](self, mut writer: W):
        _write_decimal(writer, self, False)
