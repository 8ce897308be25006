"""Traits of numbers, and the free functions over them: `abs`, `min`,
`max`, `pow`, `round`, `divmod`."""


trait Absable:
    """A type with an absolute value."""

    fn __abs__(self) -> Self:
        ...


trait Powable:
    """A type that can be raised to a power of its own type."""

    fn __pow__(self, exp: Self) -> Self:
        ...


trait Roundable:
    """A type that can be rounded, to an integer or to `ndigits` digits."""

    fn __round__(self) -> Self:
        ...

    fn __round__(self, ndigits: Int) -> Self:
        ...


# Absolute values.


fn abs[T: Absable](value: T) -> T:
    """The absolute value of `value`."""
    return value.__abs__()


# Smallest and largest.


fn min(x: Int, y: Int, /) -> Int:
    """The smaller of `x` and `y`."""
    return x if x < y else y


fn min(x: UInt, y: UInt, /) -> UInt:
    """The smaller of `x` and `y`."""
    return x if x < y else y


fn min(x: SIMD, y: __type_of(x), /) -> __type_of(x):
    """The smaller of `x` and `y`, lane by lane."""
    return x.min(y)


fn min[T: ComparableCollectionElement](x: T, *ys: T) -> T:
    """The smallest of the values (the first of equal ones)."""
    var result = x
    for i in range(len(ys)):
        if ys[i] < result:
            result = ys[i]
    return result


fn max(x: Int, y: Int, /) -> Int:
    """The larger of `x` and `y`."""
    return x if x > y else y


fn max(x: UInt, y: UInt, /) -> UInt:
    """The larger of `x` and `y`."""
    return x if x > y else y


fn max(x: SIMD, y: __type_of(x), /) -> __type_of(x):
    """The larger of `x` and `y`, lane by lane."""
    return x.max(y)


fn max[T: ComparableCollectionElement](x: T, *ys: T) -> T:
    """The largest of the values (the first of equal ones)."""
    var result = x
    for i in range(len(ys)):
        if ys[i] > result:
            result = ys[i]
    return result


# Powers, rounding, division.


fn pow[T: Powable](base: T, exp: T) -> T:
    """`base` raised to `exp`."""
    return base.__pow__(exp)


fn pow(base: SIMD, exp: Int) -> __type_of(base):
    """`base` raised to the integer `exp`, lane by lane."""
    return base.__pow__(exp)


fn round[T: Roundable, //](number: T) -> T:
    """`number` rounded to an integer value."""
    return number.__round__()


fn round[T: Roundable, //](number: T, ndigits: Int) -> T:
    """`number` rounded to `ndigits` digits after the point."""
    return number.__round__(ndigits)


fn divmod(numerator: Int, denominator: Int) -> Tuple[Int, Int]:
    """The floor quotient and the remainder, which has the sign of the
    denominator (as `//` and `%`)."""
    return numerator // denominator, numerator % denominator


fn divmod(numerator: UInt, denominator: UInt) -> Tuple[UInt, UInt]:
    """The quotient and the remainder (0 and 0 for a zero denominator)."""
    return numerator // denominator, numerator % denominator
