"""The `EqualityComparable` trait."""


trait EqualityComparable:
    """A type whose values can be compared with `==` and `!=`."""

    fn __eq__(self, other: Self) -> Bool:
        ...

    fn __ne__(self, other: Self) -> Bool:
        ...
