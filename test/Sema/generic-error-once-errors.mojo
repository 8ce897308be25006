# RUN: %mojoc check -verify %s
# An error in a generic body is reported once, at the definition, however
# many instances the program makes; the bound's parent traits, static
# methods and associated aliases are what the body may use.

trait Named:
    @staticmethod
    fn id() -> Int: ...

trait Counted(Named):
    alias count: Int

@value
struct A(Counted):
    alias count = 2
    @staticmethod
    fn id() -> Int:
        return 1

@value
struct B(Counted):
    alias count = 3
    @staticmethod
    fn id() -> Int:
        return 2

fn total[T: Counted](x: T) -> Int:
    return T.id() + T.count + x.size()  # expected-error {{`T` has no member named `size`}}

fn branches[T: Counted]() -> Int:
    @parameter
    if T.count > 2:
        return T.missing()  # expected-error {{`T` has no member named `missing`}}
    else:
        return T.id()

fn main():
    _ = total(A())
    _ = total(B())
    _ = branches[A]()
