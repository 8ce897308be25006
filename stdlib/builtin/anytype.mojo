"""The `AnyType` trait, which every type and every trait has."""


trait AnyType:
    """A type whose values can be destroyed. Every type conforms: a type
    without a `__del__` is destroyed by destroying its fields."""

    fn __del__(owned self):
        ...
