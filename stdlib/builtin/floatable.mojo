"""Conversion to `Float64`: the `Floatable` traits and `float`."""


trait Floatable:
    """A type that converts to `Float64`."""

    fn __float__(self) -> Float64:
        ...


trait FloatableRaising:
    """A type whose conversion to `Float64` may fail."""

    fn __float__(self) raises -> Float64:
        ...


fn float[T: Floatable](value: T, /) -> Float64:
    """`value` converted to `Float64`."""
    return value.__float__()


fn float[T: FloatableRaising](value: T, /) raises -> Float64:
    """`value` converted to `Float64`, which may fail."""
    return value.__float__()


fn float(value: Int, /) -> Float64:
    """`value` as the nearest `Float64`."""
    return Float64(value)
