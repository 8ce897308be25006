"""The `Bool` type: `True` and `False`."""


trait Boolable:
    """A type whose values can be tested for truth."""

    fn __bool__(self) -> Bool:
        ...


trait ImplicitlyBoolable(Boolable):
    """A type whose values convert to `Bool` implicitly."""

    fn __as_bool__(self) -> Bool:
        ...


fn bool(value: None) -> Bool:
    """`None` is false."""
    return False


fn bool[T: Boolable, //](value: T) -> Bool:
    """The truth of `value`."""
    return value.__bool__()


@register_passable("trivial")
struct Bool(
    Boolable,
    Representable,
    Stringable,
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
    Writable,
):
    """A truth value. Conditions call `__bool__` and then `__mlir_i1__`."""

    var value: __mlir_type.i1

    @always_inline
    @implicit
    fn __init__(out self, value: __mlir_type.i1):
        self.value = value

    @always_inline
    fn __init__(out self):
        """`False`."""
        self.value = __mlir_op.`arith.constant`[value = __mlir_attr.false, _type = __mlir_type.i1]()

    @always_inline
    fn __init__(out self, *, other: Self):
        self.value = other.value

    @always_inline
    @implicit
    fn __init__(out self, value: SIMD[DType.bool, 1]):
        """A scalar comparison's result: `var b: Bool = x == y`."""
        self = value.__bool__()

    @always_inline
    fn __init__[T: Boolable, //](out self, value: T):
        """The truth of `value`: `Bool(items)`."""
        self = value.__bool__()

    @always_inline
    fn __mlir_i1__(self) -> __mlir_type.i1:
        return self.value

    @always_inline
    fn __bool__(self) -> Bool:
        return self

    @always_inline
    fn __as_bool__(self) -> Bool:
        return self

    @always_inline
    fn __index__(self) -> Int:
        return Int(self)

    @always_inline
    fn __int__(self) -> Int:
        return Int(self)

    @always_inline
    fn __invert__(self) -> Bool:
        return __mlir_op.`arith.xori`[_type = __mlir_type.i1](self.value, __mlir_op.`arith.constant`[value = __mlir_attr.true, _type = __mlir_type.i1]())

    @always_inline
    fn __eq__(self, rhs: Bool) -> Bool:
        return __mlir_op.`arith.cmpi`[predicate = __mlir_attr.`0 : i64`, _type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __ne__(self, rhs: Bool) -> Bool:
        return __mlir_op.`arith.cmpi`[predicate = __mlir_attr.`1 : i64`, _type = __mlir_type.i1](self.value, rhs.value)

    # Ordered as `False < True`.
    @always_inline
    fn __lt__(self, rhs: Bool) -> Bool:
        return ~self & rhs

    @always_inline
    fn __le__(self, rhs: Bool) -> Bool:
        return ~self | rhs

    @always_inline
    fn __gt__(self, rhs: Bool) -> Bool:
        return self & ~rhs

    @always_inline
    fn __ge__(self, rhs: Bool) -> Bool:
        return self | ~rhs

    @always_inline
    fn __and__(self, rhs: Bool) -> Bool:
        return __mlir_op.`arith.andi`[_type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __or__(self, rhs: Bool) -> Bool:
        return __mlir_op.`arith.ori`[_type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __xor__(self, rhs: Bool) -> Bool:
        return __mlir_op.`arith.xori`[_type = __mlir_type.i1](self.value, rhs.value)

    @always_inline
    fn __hash__(self) -> UInt:
        """The hash of 1 or 0, as `Bool` equals those integers."""
        return Int(self).__hash__()

    fn __str__(self) -> String:
        return String.write(self)

    fn __repr__(self) -> String:
        return String.write(self)

    fn write_to[W: Writer](self, mut writer: W):
        if self:
            writer.write("True")
        else:
            writer.write("False")


fn any(value: SIMD) -> Bool:
    """Whether any lane of `value` is true (non-zero)."""
    return (value != 0).reduce_or().__bool__()


fn all(value: SIMD) -> Bool:
    """Whether every lane of `value` is true (non-zero)."""
    return (value != 0).reduce_and().__bool__()


fn any[T: BoolableCollectionElement](list: List[T]) -> Bool:
    for i in range(len(list)):
        if list[i].__bool__():
            return True
    return False


fn all[T: BoolableCollectionElement](list: List[T]) -> Bool:
    for i in range(len(list)):
        if not list[i].__bool__():
            return False
    return True
