"""The `AnyType` trait, which every type and every trait has."""


trait AnyType:
    """A type whose values can be destroyed. Every type conforms: a type
    without a `__del__` is destroyed by destroying its fields."""

    fn __del__(owned self):
        ...


trait AnyTrivialRegType:
    """The bound of values that copy, move and die bit by bit (Mojo 24.6
    spells it as an MLIR type). A compiler hook: a type conforms when its
    copy, move and destruction run no code (docs/compiler/builtins.md)."""

    pass
