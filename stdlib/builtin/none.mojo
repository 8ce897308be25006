"""`NoneType`: the type of `None`.

The compiler knows `None` and its type structurally (a value with no
bits); this alias gives the type the name 24.6 spells it with, so that
`Optional` can take `None` through `@implicit __init__(value: NoneType)`.
"""

alias NoneType = __type_of(None)
