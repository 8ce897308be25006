# RUN: %mojoc check -verify %s
# A closure declared before a variable is initialized cannot read it: the
# variable is uninitialized in the closure's body too, also through a
# closure nested in another.

fn repeat[body: fn(Int) capturing -> None](n: Int):
    for i in range(n):
        body(i)

fn read_later():
    var x: Int
    fn get() -> Int:
        return x  # expected-error {{use of uninitialized variable `x`}}
    x = 1
    _ = get()

fn update_in_place():
    var total: Int
    @parameter
    fn body(i: Int):
        total += i  # expected-error {{use of uninitialized variable `total`}}
    repeat[body](2)

fn through_nested():
    var v: Int
    fn outer() -> Int:
        fn inner() -> Int:
            return v  # expected-error {{use of uninitialized variable `v`}}
        return inner()
    v = 1
    _ = outer()

# Initialized before the closure is declared, it may be read.
fn initialized_first():
    var w: Int
    w = 3
    fn get() -> Int:
        return w
    _ = get()

fn main():
    pass
