"""Traits of numbers: `abs`, `pow` and `round` call these."""


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
