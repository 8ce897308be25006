"""`SIMD[type, size]`: a vector of `size` values of the element type `type`.

Every numeric type is one: `Float32` is `SIMD[DType.float32, 1]`. A value
is one MLIR `vector<size x T>` in registers (`T` the dtype's element type,
`DType._mlir_type()`; integers are signless, their signedness is in the
operations chosen; a `bool` lane is a byte, 0 or 1), so `a + b` on `SIMD[DType.float32, 16]` is one
`arith.addf` on `vector<16xf32>`, which LLVM lowers to one vector add
(docs/compiler/simd-lowering.md). The operations pick their op by dtype
with `@parameter if`, decided while the instance is checked.
"""

from utils.index_ import IndexList
from builtin.io import _write_raw, _write_decimal
from hashlib.hash import _hash_word

alias Scalar = SIMD[_, 1]
alias Int8 = SIMD[DType.int8, 1]
alias UInt8 = SIMD[DType.uint8, 1]
alias Int16 = SIMD[DType.int16, 1]
alias UInt16 = SIMD[DType.uint16, 1]
alias Int32 = SIMD[DType.int32, 1]
alias UInt32 = SIMD[DType.uint32, 1]
alias Int64 = SIMD[DType.int64, 1]
alias UInt64 = SIMD[DType.uint64, 1]
alias Float16 = SIMD[DType.float16, 1]
alias BFloat16 = SIMD[DType.bfloat16, 1]
alias Float32 = SIMD[DType.float32, 1]
alias Float64 = SIMD[DType.float64, 1]
alias Byte = UInt8

# `arith.cmpf` predicates, by number (MLIR's CmpFPredicate).
alias _OEQ = __mlir_attr.`1 : i64`
alias _OGT = __mlir_attr.`2 : i64`
alias _OGE = __mlir_attr.`3 : i64`
alias _OLT = __mlir_attr.`4 : i64`
alias _OLE = __mlir_attr.`5 : i64`
alias _UNE = __mlir_attr.`13 : i64`


@register_passable("trivial")
struct SIMD[type: DType, size: Int](Boolable, Hashable, Representable, Stringable, Writable):
    """A vector of `size` elements of dtype `type`, in registers."""

    alias _vec = __mlir_type[`vector<`, size, `x`, type._mlir_type(), `>`]
    alias _elt = __mlir_type[type._mlir_type()]
    alias _mask = __mlir_type[`vector<`, size, `xi1>`]
    alias element_type = type
    # (An alias's value sees the parameters, not `Self`.)
    alias MAX = SIMD[type, size]._max_value()
    """The largest value: the greatest integer, or `inf`."""
    alias MIN = SIMD[type, size]._min_value()
    """The smallest value: the least integer, or `-inf`."""
    alias MAX_FINITE = SIMD[type, size]._max_finite()
    alias MIN_FINITE = SIMD[type, size]._min_finite()

    var value: Self._vec

    # Construction.

    @always_inline
    fn __init__(out self):
        """The zero vector."""
        self = Self(0)

    @always_inline
    fn __init__(out self, *, _vec: Self._vec):
        self.value = _vec

    @always_inline
    fn __init__(out self, *, other: Self):
        self.value = other.value

    @always_inline
    @implicit
    fn __init__(out self, value: Int):
        """`value` in every lane, converted to the element type."""
        self.value = __mlir_op.`vector.broadcast`[_type = Self._vec](
            Self._from_index(value.value)
        )

    @always_inline
    @implicit
    fn __init__(out self, value: SIMD[type, 1], /):
        """A scalar in every lane: `Float32(2) * v` on a wider `v`."""
        self.value = __mlir_op.`vector.broadcast`[_type = Self._vec](value._lane(0))

    @always_inline
    fn __init__(out self, *elems: SIMD[type, 1]):
        """One value per lane, in order: `SIMD[DType.int32, 4](1, 2, 3, 4)`.
        One value splats (the constructors above win that tie). The count
        is known at run time only (`elems` is a `VariadicList`): lanes past
        the values given are 0, and values past `size` are ignored, where
        Mojo 24.6 checks the count in debug builds only."""
        self = Self(0)
        var count = len(elems)
        @parameter
        for i in range(size):
            if i < count:
                self[i] = elems[i]

    @always_inline
    @implicit
    fn __init__(out self, value: IntLiteral):
        self = Self(Int(value))

    @always_inline
    @implicit
    fn __init__(out self, value: Bool):
        """`value` in every lane: 1 or 0, or a `bool` lane."""
        self = Self(Int(value))

    @always_inline
    @implicit
    fn __init__(out self, value: FloatLiteral):
        """`value` in every lane, converted to the element type."""
        var f64 = SIMD[DType.float64, 1](_vec=__mlir_op.`vector.broadcast`[_type = __mlir_type.`vector<1xf64>`](value.value))
        self = f64.cast[type]()._splat_first[size]()

    @staticmethod
    @always_inline
    fn _from_index(v: __mlir_type.index) -> Self._elt:
        """An `index` as the element type (wrapping or rounding)."""
        @parameter
        if type == DType.index:
            return v
        elif type == DType.bool:
            var zero = __mlir_op.`index.constant`[value = __mlir_attr.`0 : index`, _type = __mlir_type.index]()
            var bit = __mlir_op.`index.cmp`[pred = __mlir_attr.`#index<cmp_predicate ne>`, _type = __mlir_type.i1](v, zero)
            return __mlir_op.`arith.extui`[_type = Self._elt](bit)
        elif type.is_floating_point():
            var i = __mlir_op.`arith.index_cast`[_type = __mlir_type.i64](v)
            return __mlir_op.`arith.sitofp`[_type = Self._elt](i)
        else:
            return __mlir_op.`arith.index_cast`[_type = Self._elt](v)

    @staticmethod
    fn _max_value() -> Self:
        @parameter
        if type.is_floating_point():
            return Self(FloatLiteral.infinity)
        else:
            return Self._max_finite()

    @staticmethod
    fn _min_value() -> Self:
        @parameter
        if type.is_floating_point():
            return Self(FloatLiteral.negative_infinity)
        elif type.is_unsigned() or type == DType.bool:
            return Self(0)
        else:
            return ~Self._max_finite()

    @staticmethod
    fn _min_finite() -> Self:
        @parameter
        if type.is_floating_point():
            return -Self._max_finite()
        else:
            return Self._min_value()

    @staticmethod
    fn _max_finite() -> Self:
        """The largest finite value: all ones below the sign bit for signed
        integers, all ones for unsigned ones, and for floats the largest
        exponent with a full mantissa."""
        @parameter
        if type == DType.bool:
            return Self(1)
        elif type.is_unsigned():
            return ~Self(0)
        elif type.is_integral():
            var bits = type.bitwidth()
            return (Self(1) << Self(bits - 1)) - Self(1)
        elif type == DType.float64:
            return Self(1.7976931348623157e308)
        elif type == DType.float32:
            return Self(3.4028234663852886e38)
        elif type == DType.float16:
            return Self(65504.0)
        elif type == DType.bfloat16:
            return Self(3.3895313892515355e38)
        else:
            constrained[False, "MAX_FINITE of this dtype is not known yet"]()
            return Self(0)

    @always_inline
    fn _splat_first[width: Int](self) -> SIMD[type, width]:
        """Lane 0 in every lane of a vector of `width` lanes."""
        return SIMD[type, width](_vec=__mlir_op.`vector.broadcast`[_type = SIMD[type, width]._vec](self._lane(0)))

    @always_inline
    fn _lane(self, index: Int) -> Self._elt:
        return __mlir_op.`vector.extractelement`[_type = Self._elt](self.value, index.value)

    # Lanes.

    @always_inline
    fn __len__(self) -> Int:
        return size

    @always_inline
    fn __getitem__(self, index: Int) -> SIMD[type, 1]:
        return SIMD[type, 1](_vec=__mlir_op.`vector.broadcast`[_type = SIMD[type, 1]._vec](self._lane(index)))

    @always_inline
    fn __setitem__(mut self, index: Int, value: SIMD[type, 1]):
        self.value = __mlir_op.`vector.insertelement`[_type = Self._vec](value._lane(0), self.value, index.value)

    # Arithmetic.

    @always_inline
    fn __add__(self, rhs: Self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`arith.addf`[_type = Self._vec](self.value, rhs.value))
        else:
            return Self(_vec=__mlir_op.`arith.addi`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __sub__(self, rhs: Self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`arith.subf`[_type = Self._vec](self.value, rhs.value))
        else:
            return Self(_vec=__mlir_op.`arith.subi`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __mul__(self, rhs: Self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`arith.mulf`[_type = Self._vec](self.value, rhs.value))
        else:
            return Self(_vec=__mlir_op.`arith.muli`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __truediv__(self, rhs: Self) -> Self:
        """Division; truncating for integers."""
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`arith.divf`[_type = Self._vec](self.value, rhs.value))
        elif type.is_unsigned():
            return Self(_vec=__mlir_op.`arith.divui`[_type = Self._vec](self.value, rhs.value))
        else:
            return Self(_vec=__mlir_op.`arith.divsi`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __floordiv__(self, rhs: Self) -> Self:
        """Division rounded toward negative infinity."""
        @parameter
        if type.is_floating_point():
            return (self / rhs).__floor__()
        elif type.is_unsigned():
            return Self(_vec=__mlir_op.`arith.divui`[_type = Self._vec](self.value, rhs.value))
        else:
            # Truncating division, then one down where the remainder's
            # sign differs from the divisor's.
            var q = Self(_vec=__mlir_op.`arith.divsi`[_type = Self._vec](self.value, rhs.value))
            var r = Self(_vec=__mlir_op.`arith.remsi`[_type = Self._vec](self.value, rhs.value))
            var zero = Self(0)
            var adjust = (r != zero) & ((r < zero) != (rhs < zero))
            return adjust.select(q - Self(1), q)

    @always_inline
    fn __mod__(self, rhs: Self) -> Self:
        """The remainder of `//`: its sign is the divisor's."""
        return self - (self // rhs) * rhs

    @always_inline
    fn __neg__(self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`arith.negf`[_type = Self._vec](self.value))
        else:
            return Self(0) - self

    @always_inline
    fn __pos__(self) -> Self:
        return self

    @always_inline
    fn __pow__(self, exp: Int) -> Self:
        """`self` multiplied by itself `exp` times (`exp >= 0`)."""
        var result = Self(1)
        var base = self
        var e = exp
        while e > 0:
            if e & 1:
                result = result * base
            base = base * base
            e = e >> 1
        return result

    @always_inline
    fn __and__(self, rhs: Self) -> Self:
        return Self(_vec=__mlir_op.`arith.andi`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __or__(self, rhs: Self) -> Self:
        return Self(_vec=__mlir_op.`arith.ori`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __xor__(self, rhs: Self) -> Self:
        return Self(_vec=__mlir_op.`arith.xori`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __invert__(self) -> Self:
        @parameter
        if type == DType.bool:
            return self ^ Self(1)
        else:
            return self ^ Self(-1)

    @always_inline
    fn __lshift__(self, rhs: Self) -> Self:
        return Self(_vec=__mlir_op.`arith.shli`[_type = Self._vec](self.value, rhs.value))

    @always_inline
    fn __rshift__(self, rhs: Self) -> Self:
        @parameter
        if type.is_unsigned():
            return Self(_vec=__mlir_op.`arith.shrui`[_type = Self._vec](self.value, rhs.value))
        else:
            return Self(_vec=__mlir_op.`arith.shrsi`[_type = Self._vec](self.value, rhs.value))

    # Reflected and in-place forms.

    @always_inline
    fn __radd__(self, value: Self) -> Self:
        return value + self

    @always_inline
    fn __rsub__(self, value: Self) -> Self:
        return value - self

    @always_inline
    fn __rmul__(self, value: Self) -> Self:
        return value * self

    @always_inline
    fn __rtruediv__(self, value: Self) -> Self:
        return value / self

    @always_inline
    fn __rfloordiv__(self, value: Self) -> Self:
        return value // self

    @always_inline
    fn __rmod__(self, value: Self) -> Self:
        return value % self

    @always_inline
    fn __iadd__(mut self, rhs: Self):
        self = self + rhs

    @always_inline
    fn __isub__(mut self, rhs: Self):
        self = self - rhs

    @always_inline
    fn __imul__(mut self, rhs: Self):
        self = self * rhs

    @always_inline
    fn __itruediv__(mut self, rhs: Self):
        self = self / rhs

    @always_inline
    fn __ifloordiv__(mut self, rhs: Self):
        self = self // rhs

    @always_inline
    fn __imod__(mut self, rhs: Self):
        self = self % rhs

    # Comparisons: a mask of `bool` lanes.

    @always_inline
    fn _compare[float_predicate: Int, int_predicate: Int, uint_predicate: Int](self, rhs: Self) -> SIMD[DType.bool, size]:
        @parameter
        if type.is_floating_point():
            return SIMD[DType.bool, size]._from_mask(__mlir_op.`arith.cmpf`[predicate = __mlir_attr[float_predicate, ` : i64`], _type = Self._mask](self.value, rhs.value))
        elif type.is_unsigned() or type == DType.bool:
            return SIMD[DType.bool, size]._from_mask(__mlir_op.`arith.cmpi`[predicate = __mlir_attr[uint_predicate, ` : i64`], _type = Self._mask](self.value, rhs.value))
        else:
            return SIMD[DType.bool, size]._from_mask(__mlir_op.`arith.cmpi`[predicate = __mlir_attr[int_predicate, ` : i64`], _type = Self._mask](self.value, rhs.value))

    @staticmethod
    @always_inline
    fn _from_mask(mask: Self._mask) -> Self:
        """A comparison's `i1` lanes as `bool` bytes."""
        return Self(_vec=__mlir_op.`arith.extui`[_type = Self._vec](mask))

    @always_inline
    fn _to_mask(self) -> Self._mask:
        """A `bool` vector's lanes as `i1`, for `select`."""
        return __mlir_op.`arith.trunci`[_type = Self._mask](self.value)

    @always_inline
    fn __eq__(self, rhs: Self) -> SIMD[DType.bool, size]:
        return self._compare[1, 0, 0](rhs)

    @always_inline
    fn __ne__(self, rhs: Self) -> SIMD[DType.bool, size]:
        return self._compare[13, 1, 1](rhs)

    @always_inline
    fn __lt__(self, rhs: Self) -> SIMD[DType.bool, size]:
        return self._compare[4, 2, 6](rhs)

    @always_inline
    fn __le__(self, rhs: Self) -> SIMD[DType.bool, size]:
        return self._compare[5, 3, 7](rhs)

    @always_inline
    fn __gt__(self, rhs: Self) -> SIMD[DType.bool, size]:
        return self._compare[2, 4, 8](rhs)

    @always_inline
    fn __ge__(self, rhs: Self) -> SIMD[DType.bool, size]:
        return self._compare[3, 5, 9](rhs)

    # Conversions.

    @always_inline
    fn __bool__(self) -> Bool:
        """A one-lane vector's truth: nonzero."""
        constrained[size == 1, "only a SIMD of size 1 converts to Bool"]()
        @parameter
        if type == DType.bool:
            var byte = self._lane(0)
            return Bool(__mlir_op.`arith.trunci`[_type = __mlir_type.i1](byte))
        else:
            return (self != Self(0)).__bool__()

    @always_inline
    fn __int__(self) -> Int:
        """Lane 0 as an `Int` (truncated toward zero for floats)."""
        var i = self.cast[DType.index]()
        return Int(__mlir_op.`vector.extractelement`[_type = __mlir_type.index](i.value, Int(0).value))

    @always_inline
    fn __float__(self) -> SIMD[DType.float64, 1]:
        return self.cast[DType.float64]()._splat_first[1]()

    @always_inline
    fn cast[target: DType](self) -> SIMD[target, size]:
        """Each lane converted to `target`: floats round, integers wrap
        or extend by the source's signedness, `bool` is 0 or 1, and any
        nonzero lane is `True`."""
        alias To = SIMD[target, size]
        @parameter
        if target == type:
            return To(_vec=self.value)
        elif target == DType.bool:
            return self != Self(0)
        elif type == DType.index or target == DType.index:
            # Through 64-bit integers: `index` has no float conversions.
            @parameter
            if type == DType.index:
                var wide = SIMD[DType.int64, size](_vec=__mlir_op.`arith.index_cast`[_type = SIMD[DType.int64, size]._vec](self.value))
                return wide.cast[target]()
            else:
                var wide = self.cast[DType.int64]()
                return To(_vec=__mlir_op.`arith.index_cast`[_type = To._vec](wide.value))
        elif type.is_floating_point() and target.is_floating_point():
            @parameter
            if target.bitwidth() > type.bitwidth():
                return To(_vec=__mlir_op.`arith.extf`[_type = To._vec](self.value))
            else:
                return To(_vec=__mlir_op.`arith.truncf`[_type = To._vec](self.value))
        elif type.is_floating_point():
            @parameter
            if target.is_unsigned():
                return To(_vec=__mlir_op.`arith.fptoui`[_type = To._vec](self.value))
            else:
                return To(_vec=__mlir_op.`arith.fptosi`[_type = To._vec](self.value))
        elif target.is_floating_point():
            @parameter
            if type.is_unsigned() or type == DType.bool:
                return To(_vec=__mlir_op.`arith.uitofp`[_type = To._vec](self.value))
            else:
                return To(_vec=__mlir_op.`arith.sitofp`[_type = To._vec](self.value))
        elif target.bitwidth() > type.bitwidth():
            @parameter
            if type.is_unsigned() or type == DType.bool:
                return To(_vec=__mlir_op.`arith.extui`[_type = To._vec](self.value))
            else:
                return To(_vec=__mlir_op.`arith.extsi`[_type = To._vec](self.value))
        elif target.bitwidth() < type.bitwidth():
            return To(_vec=__mlir_op.`arith.trunci`[_type = To._vec](self.value))
        else:
            return To(_vec=self.value)

    # Math.

    @always_inline
    fn __floor__(self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.floor`[_type = Self._vec](self.value))
        else:
            return self

    @always_inline
    fn __ceil__(self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.ceil`[_type = Self._vec](self.value))
        else:
            return self

    @always_inline
    fn __trunc__(self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.trunc`[_type = Self._vec](self.value))
        else:
            return self

    @always_inline
    fn __round__(self) -> Self:
        """Halves away from zero, as Mojo rounds."""
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.round`[_type = Self._vec](self.value))
        else:
            return self

    fn __round__(self, ndigits: Int) -> Self:
        """Rounds to `ndigits` digits after the point (before it when
        negative), halves away from zero; integers are kept for
        `ndigits >= 0`."""
        @parameter
        if type.is_floating_point():
            var scale = Self(10) ** (ndigits if ndigits >= 0 else -ndigits)
            if ndigits >= 0:
                return (self * scale).__round__() / scale
            return (self / scale).__round__() * scale
        else:
            if ndigits >= 0:
                return self
            var unit = Self(10) ** -ndigits
            var half = unit // 2
            var low = (self // unit) * unit
            var rest = self - low
            return (rest >= half).select(low + unit, low)

    @always_inline
    fn __abs__(self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.absf`[_type = Self._vec](self.value))
        elif type.is_unsigned() or type == DType.bool:
            return self
        else:
            return Self(_vec=__mlir_op.`math.absi`[_type = Self._vec](self.value))

    @always_inline
    fn roundeven(self) -> Self:
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.roundeven`[_type = Self._vec](self.value))
        else:
            return self

    @always_inline
    fn fma(self, multiplier: Self, accumulator: Self) -> Self:
        """`self * multiplier + accumulator`, rounded once for floats."""
        @parameter
        if type.is_floating_point():
            return Self(_vec=__mlir_op.`math.fma`[_type = Self._vec](self.value, multiplier.value, accumulator.value))
        else:
            return self * multiplier + accumulator

    @always_inline
    fn clamp(self, lower_bound: Self, upper_bound: Self) -> Self:
        return self.max(lower_bound).min(upper_bound)

    @always_inline
    fn min(self, other: Self) -> Self:
        return (self < other).select(self, other)

    @always_inline
    fn max(self, other: Self) -> Self:
        return (self > other).select(self, other)

    @always_inline
    fn select[result_type: DType](self, true_case: SIMD[result_type, size], false_case: SIMD[result_type, size]) -> SIMD[result_type, size]:
        """Per lane of this `bool` mask, `true_case` or `false_case`."""
        constrained[type == DType.bool, "select needs a bool mask"]()
        return SIMD[result_type, size](_vec=__mlir_op.`arith.select`[_type = SIMD[result_type, size]._vec](self._to_mask(), true_case.value, false_case.value))

    # Lane manipulation: `vector` ops on the whole register.

    @always_inline
    fn shuffle[*mask: Int](self) -> Self:
        """Lane `i` of the result is lane `mask[i]` of `self`."""
        return self._shuffle2[size, mask](self)

    @always_inline
    fn shuffle[*mask: Int](self, other: Self) -> Self:
        """Lane `i` is lane `mask[i]` of `self` followed by `other`."""
        return self._shuffle2[2 * size, mask](other)

    @always_inline
    fn shuffle[mask: IndexList[size, **_]](self) -> Self:
        """Lane `i` of the result is lane `mask[i]` of `self`."""
        return self._shuffle_list[size, mask](self)

    @always_inline
    fn shuffle[mask: IndexList[size, **_]](self, other: Self) -> Self:
        """Lane `i` is lane `mask[i]` of `self` followed by `other`."""
        return self._shuffle_list[2 * size, mask](other)

    @always_inline
    fn _shuffle_list[bound: Int, mask: IndexList[size, **_]](self, other: Self) -> Self:
        @parameter
        for i in range(size):
            constrained[mask[i] >= 0 and mask[i] < bound, "shuffle mask index out of range"]()
        # The indices splice comma-separated, as a variadic mask does.
        return Self(_vec=__mlir_op.`vector.shuffle`[mask = __mlir_attr[`[`, mask.data.value, `]`], _type = Self._vec](self.value, other.value))

    @always_inline
    fn _shuffle2[bound: Int, *mask: Int](self, other: Self) -> Self:
        constrained[len(mask) == size, "shuffle needs one mask index per lane"]()
        @parameter
        for i in range(len(mask)):
            constrained[mask[i] >= 0 and mask[i] < bound, "shuffle mask index out of range"]()
        return Self(_vec=__mlir_op.`vector.shuffle`[mask = __mlir_attr[`[`, mask, `]`], _type = Self._vec](self.value, other.value))

    @always_inline
    fn slice[output_width: Int, /, *, offset: Int = 0](self) -> SIMD[type, output_width]:
        """The `output_width` lanes from lane `offset` on."""
        constrained[offset >= 0 and output_width > 0 and offset + output_width <= size, "slice out of range"]()
        return SIMD[type, output_width](_vec=__mlir_op.`vector.extract_strided_slice`[offsets = __mlir_attr[`[`, offset, `]`], sizes = __mlir_attr[`[`, output_width, `]`], strides = __mlir_attr.`[1]`, _type = SIMD[type, output_width]._vec](self.value))

    @always_inline
    fn insert[width: Int, //, *, offset: Int = 0](self, value: SIMD[type, width]) -> Self:
        """`self` with `value`'s lanes written from lane `offset` on."""
        constrained[offset >= 0 and offset + width <= size, "insert out of range"]()
        return Self(_vec=__mlir_op.`vector.insert_strided_slice`[offsets = __mlir_attr[`[`, offset, `]`], strides = __mlir_attr.`[1]`, _type = Self._vec](value.value, self.value))

    @always_inline
    fn join(self, other: Self) -> SIMD[type, 2 * size]:
        """`self`'s lanes, then `other`'s."""
        return SIMD[type, 2 * size](0).insert[offset=0](self).insert[offset=size](other)

    @always_inline
    fn interleave(self, other: Self) -> SIMD[type, 2 * size]:
        """`self[0], other[0], self[1], other[1], ...`"""
        return SIMD[type, 2 * size](_vec=__mlir_op.`vector.interleave`[_type = SIMD[type, 2 * size]._vec](self.value, other.value))

    @always_inline
    fn split(self) -> Tuple[SIMD[type, size // 2], SIMD[type, size // 2]]:
        """The lower half and the upper half."""
        constrained[size > 1, "split needs at least two lanes"]()
        return (self.slice[size // 2](), self.slice[size // 2, offset = size // 2]())

    @always_inline
    fn deinterleave(self) -> Tuple[SIMD[type, size // 2], SIMD[type, size // 2]]:
        """The even lanes and the odd lanes."""
        constrained[size > 1, "deinterleave needs at least two lanes"]()
        alias Half = SIMD[type, size // 2]
        var halves = __mlir_op.`vector.deinterleave`[_type = (Half._vec, Half._vec)](self.value)
        return (Half(_vec=halves[0]), Half(_vec=halves[1]))

    @always_inline
    fn rotate_left[shift: Int](self) -> Self:
        """Lane `i` is lane `(i + shift) % size`; `shift` in `[-size, size]`."""
        constrained[shift >= -size and shift <= size, "rotate_left shift out of range"]()
        alias n = (shift % size + size) % size
        return self.join(self).slice[size, offset=n]()

    @always_inline
    fn rotate_right[shift: Int](self) -> Self:
        """Lane `i` is lane `(i - shift) % size`; `shift` in `[-size, size]`."""
        constrained[shift >= -size and shift <= size, "rotate_right shift out of range"]()
        return self.rotate_left[-shift]()

    @always_inline
    fn shift_left[shift: Int](self) -> Self:
        """Lanes move `shift` places toward lane 0; zeros come in."""
        constrained[shift >= 0 and shift <= size, "shift_left shift out of range"]()
        return self.join(Self(0)).slice[size, offset=shift]()

    @always_inline
    fn shift_right[shift: Int](self) -> Self:
        """Lanes move `shift` places away from lane 0; zeros come in."""
        constrained[shift >= 0 and shift <= size, "shift_right shift out of range"]()
        return Self(0).join(self).slice[size, offset = size - shift]()

    @always_inline
    fn reversed(self) -> Self:
        """The lanes in reverse order (one shuffle once LLVM folds them)."""
        var result = self
        @parameter
        for i in range(size):
            result[i] = self[size - 1 - i]
        return result

    # Reductions.

    @always_inline
    fn reduce_add(self) -> SIMD[type, 1]:
        @parameter
        if type.is_floating_point():
            return SIMD[type, 1](_vec=__mlir_op.`vector.broadcast`[_type = SIMD[type, 1]._vec](__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<add>`, fastmath = __mlir_attr.`#arith.fastmath<reassoc>`, _type = Self._elt](self.value)))
        else:
            return self._reduce["add"]()

    @always_inline
    fn reduce_mul(self) -> SIMD[type, 1]:
        @parameter
        if type.is_floating_point():
            return SIMD[type, 1](_vec=__mlir_op.`vector.broadcast`[_type = SIMD[type, 1]._vec](__mlir_op.`vector.reduction`[kind = __mlir_attr.`#vector.kind<mul>`, fastmath = __mlir_attr.`#arith.fastmath<reassoc>`, _type = Self._elt](self.value)))
        else:
            return self._reduce["mul"]()

    @always_inline
    fn reduce_max(self) -> SIMD[type, 1]:
        @parameter
        if type.is_floating_point():
            return self._reduce["maximumf"]()
        elif type.is_unsigned() or type == DType.bool:
            return self._reduce["maxui"]()
        else:
            return self._reduce["maxsi"]()

    @always_inline
    fn reduce_min(self) -> SIMD[type, 1]:
        @parameter
        if type.is_floating_point():
            return self._reduce["minimumf"]()
        elif type.is_unsigned() or type == DType.bool:
            return self._reduce["minui"]()
        else:
            return self._reduce["minsi"]()

    @always_inline
    fn reduce_and(self) -> SIMD[type, 1]:
        return self._reduce["and"]()

    @always_inline
    fn reduce_or(self) -> SIMD[type, 1]:
        return self._reduce["or"]()

    @always_inline
    fn _reduce[kind: StringLiteral](self) -> SIMD[type, 1]:
        return SIMD[type, 1](_vec=__mlir_op.`vector.broadcast`[_type = SIMD[type, 1]._vec](__mlir_op.`vector.reduction`[kind = __mlir_attr[`#vector.kind<`, kind, `>`], _type = Self._elt](self.value)))

    # Hashing.

    fn __hash__(self) -> UInt:
        """Every lane, as a 64-bit word, mixed. An integer scalar hashes as
        the same value in an `Int` (`hash(Int8(-1)) == hash(-1)`); a float
        hashes its `Float64` bits, with -0.0 taken as 0.0 (they are equal).
        A vector mixes its width, then its lanes in order."""
        @parameter
        if size == 1:
            return _hash_word(self._hash_bits())
        var h = _hash_word(UInt(size))
        @parameter
        for i in range(size):
            h = _hash_word(h ^ self[i]._hash_bits())
        return h

    @always_inline
    fn _hash_bits(self) -> UInt:
        """Lane 0 as a word: equal values give equal words."""
        @parameter
        if type.is_floating_point():
            var wide = self.cast[DType.float64]() + 0.0  # -0.0 + 0.0 is 0.0.
            var bits = __mlir_op.`arith.bitcast`[_type = __mlir_type.i64](wide._lane(0))
            return UInt(__mlir_op.`arith.index_cast`[_type = __mlir_type.index](bits))
        else:
            return UInt(Int(self))

    # Printing: a scalar as its value, a vector as `[a, b, ...]`.

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        """`SIMD[DType.float64, 1](1.5)`: the type, then the lanes."""
        var out = String.write("SIMD[DType.", type, ", ", size, "](")
        @parameter
        for i in range(size):
            @parameter
            if i > 0:
                out.write(", ")
            self[i]._write_scalar(out)
        out.write(")")
        return out^

    fn write_to[W: Writer](self, mut writer: W):
        @parameter
        if size > 1:
            writer.write("[")
        @parameter
        for i in range(size):
            @parameter
            if i > 0:
                writer.write(", ")
            self[i]._write_scalar(writer)
        @parameter
        if size > 1:
            writer.write("]")

    fn _write_scalar[W: Writer](self, mut writer: W):
        @parameter
        if type == DType.bool:
            writer.write("True" if self.__bool__() else "False")
        elif type.is_floating_point():
            # The runtime's shortest round-trip text, in 32 bytes of this
            # function's stack: floats print at run time only. Integers are
            # plain Mojo, which also runs at compile time (`alias`).
            var capacity = __mlir_op.`arith.constant`[value = __mlir_attr.`32 : i64`, _type = __mlir_type.i64]()
            var buffer = __mlir_op.`llvm.alloca`[elem_type = __mlir_attr.i8, _type = __mlir_type.`!llvm.ptr`](capacity)
            var length: Int
            @parameter
            if type == DType.float64:
                length = Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_format_f64`, _type = __mlir_type.index](self._lane(0), buffer))
            else:
                var f32 = self.cast[DType.float32]()
                length = Int(__mlir_op.`func.call`[callee = __mlir_attr.`@mojo_rt_format_f32`, _type = __mlir_type.index](f32._lane(0), buffer))
            _write_raw(writer, buffer, length)
        elif type.is_unsigned():
            # The bits of the `UInt64`, which an `Int` holds unchanged.
            _write_decimal(writer, UInt(Int(self.cast[DType.uint64]())), False)
        else:
            self.__int__().write_to(writer)
