# RUN: %mojoc check -verify %s
# `Int(x)` needs `x` to be `Intable` (or to fit one of `Int`'s other
# constructors); the first three candidates are noted.

struct NoInt:
    fn __init__(out self):
        pass

fn main():
    _ = Int(NoInt())  # expected-error {{no matching function in call to `Int`}}
    # expected-note@* {{candidate not viable: too many positional arguments}}
    # expected-note@* {{candidate not viable: cannot convert argument of type `NoInt` to `__mlir_type.index`}}
    # expected-note@* {{candidate not viable: cannot convert argument of type `NoInt` to `IntLiteral`}}
