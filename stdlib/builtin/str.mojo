"""`Stringable` and `Representable`, and `str`/`repr` over them."""


trait Stringable:
    """A value with a text form for people: `str(value)`."""

    fn __str__(self) -> String:
        ...


trait StringableRaising:
    """A value whose text form may fail."""

    fn __str__(self) raises -> String:
        ...


trait Representable:
    """A value with a text form for programmers: `repr(value)`."""

    fn __repr__(self) -> String:
        ...


trait StringableCollectionElement(CollectionElement, Stringable):
    pass


trait RepresentableCollectionElement(CollectionElement, Representable):
    pass


trait _CurlyEntryFormattable(Stringable, Representable):
    """What `String.format` takes: a value with both text forms."""
    pass


@always_inline
fn str[T: Stringable](value: T) -> String:
    return value.__str__()


@always_inline
fn str(value: None) -> String:
    return "None"


@always_inline
fn str[T: StringableRaising](value: T) raises -> String:
    return value.__str__()


@always_inline
fn repr[T: Representable](value: T) -> String:
    return value.__repr__()


@always_inline
fn repr(value: None) -> String:
    return "None"
