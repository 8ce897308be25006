# RUN: %mojoc check -verify %s
# A struct parameter that is neither written, defaulted, nor named in the
# type of a constructor (or static method) argument cannot be inferred: the
# error is at the call, with a note at the parameter.

# `tag` appears in no argument type, so only `T` can be read off `v`.
struct Tagged[T: CollectionElement, tag: Int]:  # expected-note {{parameter `tag` is declared here}}
    var v: T

    fn __init__(out self, v: T):
        self.v = v

# The argument's type is fixed (`Int`), not the parameter.
struct Sized[n: Int]:  # expected-note {{parameter `n` is declared here}}
    fn __init__(out self, x: Int):
        pass

# A static method that never mentions `T`.
@value
struct Box[T: CollectionElement]:  # expected-note {{parameter `T` is declared here}}
    var item: T

    @staticmethod
    fn zero() -> Int:
        return 0

fn main():
    _ = Tagged(3)  # expected-error {{cannot infer parameter `tag` of `Tagged` from the arguments; bind it explicitly, as in `Tagged[...]`}}
    _ = Sized(3)  # expected-error {{cannot infer parameter `n` of `Sized` from the arguments; bind it explicitly, as in `Sized[...]`}}
    _ = Box.zero()  # expected-error {{cannot infer parameter `T` of `Box` from the arguments; bind it explicitly, as in `Box[...]`}}
    # Written out, each is fine.
    _ = Tagged[Int, 1](3)
    _ = Sized[4](3)
    _ = Box[Int].zero()
