"""Traits of values that can be moved, copied and built by default."""


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
