# RUN: %mojoc check -verify %s
# A requirement's signature is resolved for each type checked against it;
# what is wrong with it is reported once, at the trait.

trait Bad:
    fn f(self) -> Undefined: ...  # expected-error {{use of undeclared name `Undefined`}}

struct A(Bad):
    fn __init__(out self):
        pass
    fn f(self) -> Int:
        return 1

struct B(Bad):
    fn __init__(out self):
        pass
    fn f(self) -> Bool:
        return True

fn g[T: Bad](x: T):
    _ = x.f()

fn main():
    g(A())
