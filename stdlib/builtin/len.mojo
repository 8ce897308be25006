"""The `Sized` traits, and what `len` will call."""


trait Sized:
    """A type with a length."""

    fn __len__(self) -> Int:
        ...


trait SizedRaising:
    """A type whose length may fail to compute."""

    fn __len__(self) raises -> Int:
        ...
