"""The `Int` type: a signed machine word over `__mlir_type.index`."""

from builtin.io import _write_decimal
from hashlib.hash import _hash_word


trait Indexer:
    """A type usable as an index: it converts to `Int` exactly."""

    fn __index__(self) -> Int:
        ...


trait Intable(CollectionElement):
    """A type that converts to `Int`."""

    fn __int__(self) -> Int:
        ...


trait IntableRaising:
    """A type whose conversion to `Int` may fail."""

    fn __int__(self) raises -> Int:
        ...


fn int[T: Intable](value: T) -> Int:
    """`value` converted to `Int`."""
    return value.__int__()


fn int[T: IntableRaising](value: T) raises -> Int:
    """`value` converted to `Int`, which may fail."""
    return value.__int__()


fn int(value: UInt) -> Int:
    """The same bits as an `Int`: values above `Int.MAX` wrap negative."""
    return Int(value)


@register_passable("trivial")
struct Int(
    Absable,
    Representable,
    Stringable,
    Boolable,
    CollectionElement,
    CollectionElementNew,
    Comparable,
    Defaultable,
    EqualityComparable,
    Hashable,
    ImplicitlyBoolable,
    Indexer,
    Intable,
    KeyElement,
    Powable,
    Roundable,
    Writable,
):
    """A signed 64-bit integer. Arithmetic wraps on overflow; `//` and `%`
    floor like Python's, and division or modulo by zero gives 0."""

    var value: __mlir_type.index

    alias MAX = Int(9223372036854775807)
    """The largest `Int`, 2**63 - 1."""
    alias MIN = Int(-9223372036854775807 - 1)
    """The smallest `Int`, -2**63."""

    @always_inline
    fn __init__(out self):
        self.value = __mlir_op.`index.constant`[value = __mlir_attr.`0 : index`, _type = __mlir_type.index]()

    @always_inline
    @implicit
    fn __init__(out self, value: __mlir_type.index):
        self.value = value

    @always_inline
    @implicit
    fn __init__(out self, value: IntLiteral):
        self.value = value.value

    @always_inline
    @implicit
    fn __init__(out self, value: Bool):
        """`True` is 1 and `False` is 0 (`Bool` is an `Indexer`)."""
        self.value = __mlir_op.`index.castu`[_type = __mlir_type.index](value.value)

    @always_inline
    @implicit
    fn __init__(out self, value: UInt):
        """The same bits: values above `Int.MAX` wrap negative."""
        self.value = value.value

    @always_inline
    fn __init__[T: Intable](out self, value: T):
        """`value.__int__()`: `Int(Float32(3.7))` is 3."""
        self = value.__int__()

    @always_inline
    fn __init__(out self, *, other: Self):
        self.value = other.value

    @always_inline
    fn __bool__(self) -> Bool:
        return self != 0

    @always_inline
    fn __as_bool__(self) -> Bool:
        return self != 0

    @always_inline
    fn __index__(self) -> Int:
        return self

    @always_inline
    fn __int__(self) -> Int:
        return self

    # Arithmetic.

    @always_inline
    fn __neg__(self) -> Int:
        return Int(0) - self

    @always_inline
    fn __pos__(self) -> Int:
        return self

    @always_inline
    fn __invert__(self) -> Int:
        return self ^ -1

    @always_inline
    fn __add__(self, rhs: Int) -> Int:
        return __mlir_op.`index.add`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __sub__(self, rhs: Int) -> Int:
        return __mlir_op.`index.sub`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __mul__(self, rhs: Int) -> Int:
        return __mlir_op.`index.mul`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __floordiv__(self, rhs: Int) -> Int:
        # `x // 0` is 0 and `Int.MIN // -1` wraps instead of trapping. Those
        # divisors are replaced by 1 rather than branched around, so that
        # the division is unconditional: its quotient and remainder are then
        # one hardware division, in a loop body without branches. (The
        # upstream `index.floordivs` lowers to two divisions.)
        var divisor = rhs
        if rhs == 0 or rhs == -1:
            divisor = 1
        var q = Int(__mlir_op.`index.divs`[_type = __mlir_type.index](self.value, divisor.value))
        var r = Int(__mlir_op.`index.rems`[_type = __mlir_type.index](self.value, divisor.value))
        # Truncation rounds toward zero; floor rounds down.
        if r != 0 and ((r < 0) != (divisor < 0)):
            q -= 1
        if rhs == 0:
            return 0
        if rhs == -1:
            return -self
        return q

    @always_inline
    fn __truediv__(self, rhs: Int) -> Float64:
        """Division as Python's `/`: `7 / 2` is `3.5`, and `1 / 0` is
        `inf`, as the `Float64` division it is."""
        return Float64(self) / Float64(rhs)

    @always_inline
    fn __mod__(self, rhs: Int) -> Int:
        if rhs == 0 or rhs == -1:
            return 0
        var r = Int(__mlir_op.`index.rems`[_type = __mlir_type.index](self.value, rhs.value))
        if r != 0 and ((r < 0) != (rhs < 0)):
            return r + rhs
        return r

    @always_inline
    fn __pow__(self, exp: Int) -> Int:
        if exp < 0:
            return 0
        var result = 1
        var base = self
        var e = exp
        while e > 0:
            if e & 1:
                result *= base
            base *= base
            e = e >> 1
        return result

    @always_inline
    fn __abs__(self) -> Int:
        if self < 0:
            return -self
        return self

    @always_inline
    fn __round__(self) -> Int:
        return self

    fn __round__(self, ndigits: Int) -> Int:
        """Rounds to a multiple of `10 ** -ndigits`, halves to even; an
        `Int` has no digits after the point, so `ndigits >= 0` keeps it."""
        if ndigits >= 0:
            return self
        var unit = 10 ** -ndigits
        var low = self - self % unit
        var rest = self - low
        if rest * 2 > unit or (rest * 2 == unit and (low // unit) % 2 != 0):
            return low + unit
        return low

    @always_inline
    fn __lshift__(self, rhs: Int) -> Int:
        if rhs < 0 or rhs >= 64:
            return 0
        return __mlir_op.`index.shl`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __rshift__(self, rhs: Int) -> Int:
        if rhs < 0:
            return 0
        if rhs >= 64:
            return -1 if self < 0 else 0
        return __mlir_op.`index.shrs`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __and__(self, rhs: Int) -> Int:
        return __mlir_op.`index.and`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __or__(self, rhs: Int) -> Int:
        return __mlir_op.`index.or`[_type = __mlir_type.index](self.value, rhs.value)

    @always_inline
    fn __xor__(self, rhs: Int) -> Int:
        return __mlir_op.`index.xor`[_type = __mlir_type.index](self.value, rhs.value)

    # In-place forms: Mojo has no fallback from `a += b` to `a = a + b`.

    @always_inline
    fn __iadd__(mut self, rhs: Int):
        self = self + rhs

    @always_inline
    fn __isub__(mut self, rhs: Int):
        self = self - rhs

    @always_inline
    fn __imul__(mut self, rhs: Int):
        self = self * rhs

    @always_inline
    fn __ifloordiv__(mut self, rhs: Int):
        self = self // rhs

    @always_inline
    fn __imod__(mut self, rhs: Int):
        self = self % rhs

    @always_inline
    fn __ipow__(mut self, rhs: Int):
        self = self ** rhs

    @always_inline
    fn __ilshift__(mut self, rhs: Int):
        self = self << rhs

    @always_inline
    fn __irshift__(mut self, rhs: Int):
        self = self >> rhs

    @always_inline
    fn __iand__(mut self, rhs: Int):
        self = self & rhs

    @always_inline
    fn __ior__(mut self, rhs: Int):
        self = self | rhs

    @always_inline
    fn __ixor__(mut self, rhs: Int):
        self = self ^ rhs

    # Comparisons.

    @always_inline
    fn __eq__(self, rhs: Int) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate eq>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ne__(self, rhs: Int) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ne>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __lt__(self, rhs: Int) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate slt>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __le__(self, rhs: Int) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate sle>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __gt__(self, rhs: Int) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate sgt>`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ge__(self, rhs: Int) -> Bool:
        return __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate sge>`, _type = __mlir_type.i1](self.value, rhs.value)

    # Hashing and output.

    @always_inline
    fn __hash__(self) -> UInt:
        """A mix of all 64 bits; equal to the hash of the same value as a
        `UInt`, or as any integer scalar (`Int8(-1)`, `UInt64(5)`)."""
        return _hash_word(self)

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn write_to[W: Writer](self, mut writer: W):
        # The magnitude in unsigned arithmetic, so `Int.MIN` does not wrap.
        var bits = UInt(self)
        _write_decimal(writer, UInt(0) - bits if self < 0 else bits, self < 0)
