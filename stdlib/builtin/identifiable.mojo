"""The `Identifiable` trait."""


trait Identifiable:
    """A type whose values have an identity, compared with `is`."""

    fn __is__(self, rhs: Self) -> Bool:
        ...

    fn __isnot__(self, rhs: Self) -> Bool:
        ...
