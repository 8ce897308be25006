# RUN: %mojoc check -verify %s
# A user struct declaring a built-in trait is checked against the stdlib's
# requirements like any trait: a missing or mismatched dunder is reported
# at the struct, with the note in the stdlib.

@value
struct HalfEq(EqualityComparable):  # expected-error {{`HalfEq` does not conform to `EqualityComparable`: it has no method `__ne__`}}
    var n: Int

    fn __eq__(self, other: Self) -> Bool:
        return self.n == other.n

@value
struct WrongBool(Boolable):
    var n: Int

    fn __bool__(self) -> Int:  # expected-error {{`WrongBool` does not conform to `Boolable`: its method `__bool__` does not match the requirement}}
        return self.n

@value
struct NoLen(Sized):  # expected-error {{`NoLen` does not conform to `Sized`: it has no method `__len__`}}
    var n: Int

# Not copyable, so not a `CollectionElement`.
struct Unique(CollectionElement):  # expected-error {{`Unique` does not conform to `CollectionElement`: it has no method `__copyinit__`}}
    var n: Int

    fn __init__(out self):
        self.n = 0

    fn __moveinit__(out self, owned existing: Self):
        self.n = existing.n

fn main():
    pass

# expected-note@* {{`__ne__` is required by `EqualityComparable` here}}
# expected-note@* {{`__bool__` is required by `Boolable` here}}
# expected-note@* {{`__len__` is required by `Sized` here}}
# expected-note@* {{`__copyinit__` is required by `Copyable` here}}
