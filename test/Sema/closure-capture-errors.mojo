# RUN: %mojoc check -verify %s
# What a closure captures keeps its rules: a read-only argument stays
# read-only inside it, a name must be declared before the closure, and an
# `@parameter` closure must have exactly the parameter's function type.

fn repeat[body: fn(Int) capturing -> None](n: Int):  # expected-note {{candidate not viable: cannot convert argument of type `fn(Bool) capturing -> None` to `fn(Int) capturing -> None`}} expected-note {{candidate not viable: cannot convert argument of type `fn(Int) capturing -> Int` to `fn(Int) capturing -> None`}}
    for i in range(n):
        body(i)

fn read_only_argument(x: Int):
    fn bump():
        x += 1  # expected-error {{cannot modify `x`: it is a read-only argument; declare it `mut` or `owned` to change it}}
    bump()

@value
struct Acc:
    var total: Int

    # `self` is read-only in this method, so in its closure too.
    fn add_all(self, n: Int):
        @parameter
        fn body(i: Int):
            self.total += i  # expected-error {{cannot modify `self`: it is a read-only argument; declare it `mut` or `owned` to change it}}
        repeat[body](n)

fn declared_later():
    fn get() -> Int:
        return later  # expected-error {{use of undeclared name `later`}}
    var later = 1
    _ = get()

fn wrong_argument():
    var total = 0
    @parameter
    fn body(flag: Bool):
        total += 1
    repeat[body](3)  # expected-error {{no matching function in call to `repeat`}}

fn wrong_result():
    var total = 0
    @parameter
    fn body(i: Int) -> Int:
        return total + i
    repeat[body](3)  # expected-error {{no matching function in call to `repeat`}}

# A `mut` argument may be changed by its closure.
fn mutable_argument(mut x: Int):
    fn bump():
        x += 1
    bump()

fn main():
    pass
