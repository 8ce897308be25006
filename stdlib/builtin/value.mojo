"""Traits of values that can be moved, copied and built by default."""

from builtin.bool import Boolable
from builtin.comparable import Comparable
from builtin.equality_comparable import EqualityComparable


trait Movable:
    """A type whose values can be moved to a new place."""

    fn __moveinit__(out self, owned existing: Self, /):
        ...


trait Copyable:
    """A type whose values can be copied implicitly."""

    fn __copyinit__(out self, existing: Self, /):
        ...


trait ExplicitlyCopyable:
    """A type whose values can be copied by calling `T(other=value)`."""

    fn __init__(out self, *, other: Self):
        ...


trait Defaultable:
    """A type with a constructor taking no arguments."""

    fn __init__(out self):
        ...


trait CollectionElement(Copyable, Movable):
    """What a collection element needs: copying and moving."""

    pass


trait CollectionElementNew(ExplicitlyCopyable, Movable):
    """A collection element copied only explicitly."""

    pass


trait EqualityComparableCollectionElement(CollectionElement, EqualityComparable):
    """A collection element that can be compared for equality (what
    `List.__contains__`, `index` and `count` need)."""

    pass


trait ComparableCollectionElement(CollectionElement, Comparable):
    """A collection element that is ordered (what `sort`, `min` and `max`
    of collection elements need)."""

    pass


trait BoolableCollectionElement(Boolable, CollectionElement):
    """A collection element with a truth value."""

    pass
