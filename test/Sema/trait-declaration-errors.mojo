# RUN: %mojoc check -verify %s
# A trait's methods are requirements only, and a trait may not inherit from
# itself, directly or through others (reported once per cycle).

trait Shape:
    fn area(self) -> Int:  # expected-error {{a trait's method has no body: write `...` for `area` (traits have no default implementations)}}
        return 1

    fn sides(self) -> Int: ...

trait Loop(Loop):  # expected-error {{trait `Loop` inherits from itself through `Loop`}}
    fn f(self): ...

trait Ping(Pong):  # expected-error {{trait `Ping` inherits from itself through `Pong`}}
    fn a(self): ...

trait Pong(Ping):
    fn b(self): ...

trait Fine(Shape):
    fn c(self): ...

fn main():
    pass
