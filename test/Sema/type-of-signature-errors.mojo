# RUN: %mojoc check -verify %s
# In a signature, `__type_of` names an argument declared before it.


fn later(x: __type_of(y), y: Int):  # expected-error {{not yet implemented: `__type_of(y)` outside a function body; a signature may name an argument declared before it (`y: __type_of(x)`, `-> __type_of(x)`)}}
    pass


fn expression(x: Int) -> __type_of(x + 1):  # expected-error {{not yet implemented: `__type_of(x + 1)` outside a function body}}
    return x


fn same(x: Int, y: __type_of(x)):
    pass


fn main():
    later(1, 2)
    _ = expression(1)
    same(1, "a")  # expected-error {{no matching function in call to `same`}}
    # expected-note@-8 {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}}
