"""`Floatable`: values that convert to `Float64`."""


trait Floatable:
    fn __float__(self) -> Float64:
        ...


trait FloatableRaising:
    fn __float__(self) raises -> Float64:
        ...
