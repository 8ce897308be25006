"""`collections.dict`: for now only the traits of dictionary keys.

`Dict` itself is not written yet; `KeyElement` lives here already because
Mojo 24.6 defines it here (`from collections.dict import KeyElement`), and
generic code bounded by it can be written before `Dict` exists."""


trait KeyElement(CollectionElement, Hashable, EqualityComparable):
    """A type usable as a `Dict` key or `Set` element: copyable, movable,
    hashable and comparable for equality."""

    pass


trait RepresentableKeyElement(KeyElement, Representable):
    """A key that `Dict.__str__` can print."""

    pass


trait BoolableKeyElement(Boolable, KeyElement):
    """A `Set` element that `any`/`all` can test."""

    pass
