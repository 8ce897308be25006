"""`Tuple[*element_types]`: a fixed sequence of values of fixed types."""


struct Tuple:
    """The name tuple types are spelled with: `Tuple[Int, Bool]`, also
    written `(Int, Bool)`.

    The compiler knows tuples structurally, one interned type per list of
    element types (docs/compiler/tuples.md): their storage is a variadic
    pack of fields, which a struct declared here cannot express yet. This
    declaration is the hook a type expression `Tuple[...]` resolves
    through. A tuple's elements are read and assigned with a compile-time
    index, `t[0]`, and it unpacks into several targets, `a, b = t`.
    """
