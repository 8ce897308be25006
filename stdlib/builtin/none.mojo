"""`NoneType`: the type of `None`.

The compiler knows `None` and its type structurally (a value with no
bits); this alias gives the type the name 24.6 spells it with, so that
`Optional` can take `None` through `@implicit __init__(value: NoneType)`.

A `None` has the methods of `_NoneTypeMethods`: the compiler converts it
to one as their receiver, and checks `NoneType`'s conformance to a trait
against it, so `print(None)` and `String.write(None)` work as in 24.6,
where `NoneType` is a struct of its own.
"""

alias NoneType = __type_of(None)


@register_passable("trivial")
struct _NoneTypeMethods(Representable, Stringable, Writable):
    """What a `None` can do: be printed."""

    @always_inline
    @implicit
    fn __init__(out self, none: NoneType):
        pass

    fn __str__(self) -> String:
        return "None"

    fn __repr__(self) -> String:
        return "None"

    fn write_to[W: Writer](self, mut writer: W):
        writer.write("None")
