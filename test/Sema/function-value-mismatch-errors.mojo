# RUN: %mojoc check -verify %s
# A function converts to a function type only with the same argument types,
# conventions, result and `raises`: as a run-time argument, as a
# compile-time parameter, and in a typed variable or an assignment.

fn from_bool(b: Bool) -> Int:
    return 1

fn no_result(x: Int):
    pass

fn takes_owned(owned x: Int) -> Int:
    return x

fn risky(x: Int) raises -> Int:
    return x

fn apply(f: fn(Int) -> Int, x: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `fn(Bool) -> Int` to `fn(Int) -> Int`}} expected-note {{candidate not viable: cannot convert argument of type `fn(Int) -> None` to `fn(Int) -> Int`}} expected-note {{candidate not viable: cannot convert argument of type `fn(owned Int) -> Int` to `fn(Int) -> Int`}}
    return f(x)

fn apply_p[f: fn(Int) -> Int](x: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `fn(Bool) -> Int` to `fn(Int) -> Int`}} expected-note {{candidate not viable: cannot convert argument of type `fn(Int) raises -> Int` to `fn(Int) -> Int`}}
    return f(x)

fn apply_any(f: fn(Int) -> Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `IntLiteral` to `fn(Int) -> Int`}}
    return f(0)

fn main():
    # `fn(Int) -> Int` given a `fn(Bool) -> Int`.
    _ = apply(from_bool, 1)  # expected-error {{no matching function in call to `apply`}}
    _ = apply_p[from_bool](1)  # expected-error {{no matching function in call to `apply_p`}}
    var a: fn(Int) -> Int = from_bool  # expected-error {{cannot implicitly convert `fn(Bool) -> Int` value to `fn(Int) -> Int`}}
    # No result, another convention, `raises`.
    _ = apply(no_result, 1)  # expected-error {{no matching function in call to `apply`}}
    _ = apply(takes_owned, 1)  # expected-error {{no matching function in call to `apply`}}
    _ = apply_p[risky](1)  # expected-error {{no matching function in call to `apply_p`}}
    # Values that are not functions, and functions where values are expected.
    _ = apply_any(5)  # expected-error {{no matching function in call to `apply_any`}}
    var n: Int = from_bool  # expected-error {{cannot implicitly convert `fn(Bool) -> Int` value to `Int`}}
    # A variable keeps the type of its first function.
    var g = from_bool
    g = no_result  # expected-error {{cannot implicitly convert `fn(Int) -> None` value to `fn(Bool) -> Int`}}
    # A function type has no argument names to call by keyword.
    var h: fn(Int) -> Int = takes_owned_copy
    _ = h(x=1)  # expected-error {{no matching function in call to `h`}} expected-note {{candidate not viable: no parameter named `x`}}

fn takes_owned_copy(x: Int) -> Int:
    return x
