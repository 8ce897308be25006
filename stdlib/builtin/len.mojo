"""The `Sized` traits and `len`."""


trait Sized:
    """A type with a length."""

    fn __len__(self) -> Int:
        ...


trait UIntSized:
    """A type whose length is a `UInt`."""

    fn __len__(self) -> UInt:
        ...


trait SizedRaising:
    """A type whose length may fail to compute."""

    fn __len__(self) raises -> Int:
        ...


@always_inline
fn len[T: Sized](value: T) -> Int:
    """The length of `value`: its `__len__()`."""
    return value.__len__()
