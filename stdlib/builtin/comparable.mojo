"""The `Comparable` trait."""

from builtin.equality_comparable import EqualityComparable


trait Comparable(EqualityComparable):
    """A type whose values are ordered."""

    fn __lt__(self, rhs: Self) -> Bool:
        ...

    fn __le__(self, rhs: Self) -> Bool:
        ...

    fn __gt__(self, rhs: Self) -> Bool:
        ...

    fn __ge__(self, rhs: Self) -> Bool:
        ...
