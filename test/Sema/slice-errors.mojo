# RUN: %mojoc check -verify %s
# A slice's bounds must be integers; a type whose `__getitem__`s take no
# `Slice` lists them.


struct NoSlices:
    fn __init__(out self):
        pass

    fn __getitem__(self, i: Int) -> Int: # expected-note {{candidate not viable: cannot convert argument of type `Slice` to `Int`}}
        return i


fn main():
    var n = NoSlices()
    _ = n[1:2] # expected-error {{no matching function in call to `NoSlices.__getitem__`}}
    var l = [1, 2, 3]
    _ = l[1:"x"] # expected-error {{a slice bound must be an `Int` (or `None`), not `StringLiteral`}}
    _ = l[1.5:] # expected-error {{a slice bound must be an `Int` (or `None`), not `FloatLiteral`}}
    _ = l[undefined:] # expected-error {{use of undeclared name `undefined`}}
