# RUN: %mojoc check -verify %s
# Function values whose type does not fit where they are used.

fn double(x: Int) -> Int:
    return x * 2

fn add(a: Int, b: Int) -> Int:
    return a + b

fn pick(x: Int) -> Int:  # expected-note {{candidate: pick}}
    return x

fn pick(x: Int, y: Int) -> Int:  # expected-note {{candidate: pick}}
    return x

fn apply(f: fn(Int) -> Int, x: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `fn(Int, Int) -> Int` to `fn(Int) -> Int`}} expected-note {{candidate not viable: missing argument `x`}}
    return f(x)

fn apply_bool(f: fn(Int) -> Bool):  # expected-note {{candidate not viable: no overload of `pick` has type `fn(Int) -> Bool`}}
    pass

fn generic[T: AnyType](x: T):  # expected-note {{candidate not viable: `pick` is overloaded; the parameter's type cannot choose one}}
    pass

fn apply_p[f: fn(Int) -> Int](x: Int) -> Int:  # expected-note {{candidate not viable: cannot convert argument of type `fn(Int, Int) -> Int` to `fn(Int) -> Int`}}
    return f(x)

fn wrong_function_type():
    # A function of the wrong type passed as an argument or a parameter.
    _ = apply(add, 1)  # expected-error {{no matching function in call to `apply`}}
    _ = apply_p[add](1)  # expected-error {{no matching function in call to `apply_p`}}

fn wrong_signature():
    var f: fn(Int) -> Bool = double  # expected-error {{cannot implicitly convert `fn(Int) -> Int` value to `fn(Int) -> Bool`}}
    var g: fn(Int) raises -> Int = double  # expected-error {{cannot implicitly convert `fn(Int) -> Int` value to `fn(Int) raises -> Int`}}
    var h = double
    var i: fn(mut Int) -> Int = h  # expected-error {{cannot implicitly convert `fn(Int) -> Int` value to `fn(mut Int) -> Int`}}

fn overloads():
    var f: fn(Int, Int, Int) -> Int = pick  # expected-error {{no overload of `pick` has the function type `fn(Int, Int, Int) -> Int`}}
    apply_bool(pick)  # expected-error {{no matching function in call to `apply_bool`}}
    var g = pick  # expected-error {{`pick` is overloaded; write the function type wanted to choose one}}
    var i: Int = pick  # expected-error {{`pick` is overloaded; write the function type wanted to choose one}}
    generic(pick)  # expected-error {{no matching function in call to `generic`}}
    var h: fn(Int, Int) -> Int = pick
    _ = h(1, 2)

fn calls():
    var f = double
    _ = f(1, 2)  # expected-error {{no matching function in call to `f`}} expected-note {{candidate not viable: too many positional arguments}}
    _ = f("x")  # expected-error {{no matching function in call to `f`}} expected-note {{candidate not viable: cannot convert argument of type `StringLiteral` to `Int`}}
    _ = apply(pick, 1)
    _ = apply(pick)  # expected-error {{no matching function in call to `apply`}}
