# RUN: %mojoc check -verify %s
# A closure over variables needs a function type that says `capturing`.

fn apply(f: fn(Int) -> Int, x: Int) -> Int:  # expected-note {{candidate not viable: a capturing closure of type `fn(Int) capturing -> Int` cannot be passed as the non-capturing `fn(Int) -> Int`}}
    return f(x)

fn repeat[body: fn(Int) -> None](n: Int):  # expected-note {{candidate not viable: a capturing closure of type `fn(Int) capturing -> None` cannot be passed as the non-capturing `fn(Int) -> None`}}
    for i in range(n):
        body(i)

fn apply_capturing(f: fn(Int) capturing -> Int, x: Int) -> Int:
    return f(x)

fn main():
    var k = 1
    fn add_k(x: Int) -> Int:
        return x + k
    _ = apply(add_k, 1)  # expected-error {{no matching function in call to `apply`}}
    _ = apply_capturing(add_k, 1)
    var total = 0
    @parameter
    fn body(i: Int):
        total += i
    repeat[body](3)  # expected-error {{no matching function in call to `repeat`}}
    var f: fn(Int) -> Int = add_k  # expected-error {{cannot convert capturing closure of type `fn(Int) capturing -> Int` to the non-capturing function type `fn(Int) -> Int`; the parameter's type must say `capturing`}}
    # A nested function that captures nothing is an ordinary function.
    fn plain(x: Int) -> Int:
        return x
    _ = apply(plain, 1)
