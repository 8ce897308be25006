# RUN: %mojoc check -verify %s
# An operator on a `T` needs its dunder among the bound's requirements; the
# uninstantiated generic body is checked against the bound alone, so these
# are errors even though no call exists.

trait Shape:
    fn area(self) -> Int: ...

trait Addable:
    fn __add__(self, other: Self) -> Self: ...

fn plus[T: Shape](a: T, b: T) -> Int:
    _ = a + b  # expected-error {{invalid operands to `+`: `T` does not implement `__add__` for `T`}}
    return 0

fn less[T: Shape](a: T, b: T) -> Bool:
    return a < b  # expected-error {{invalid operands to `<`: `T` does not implement `__lt__` for `T`}}

# `Copyable` promises no equality.
fn same[T: Copyable](a: T, b: T) -> Bool:
    return a == b  # expected-error {{invalid operands to `==`: `T` does not implement `__eq__` for `T`}}

fn negate[T: Shape](a: T) -> Int:
    _ = -a  # expected-error {{invalid operand to unary `-`: `T` does not implement `__neg__`}}
    return 0

# `Comparable` has `<` but not `-`.
fn minus[T: Comparable](a: T, b: T) -> Bool:
    _ = a - b  # expected-error {{invalid operands to `-`: `T` does not implement `__sub__` for `T`}}
    return a < b

# `__add__` takes a `T`, not an `Int`.
fn plus_int[T: Addable](a: T) -> T:
    return a + 1  # expected-error {{invalid operands to `+`: `T` does not implement `__add__` for `IntLiteral`}}

fn subscript[T: Shape](a: T) -> Int:
    return a[0]  # expected-error {{`T` has no member named `__getitem__`}}

fn truth[T: Shape](a: T) -> Int:
    if a:  # expected-error {{`T` cannot be used as a condition: it has no `__bool__` method}}
        return 1
    return 0

# The operators a bound does declare are accepted.
fn sum3[T: Addable](a: T, b: T, c: T) -> T:
    return a + b + c

fn main():
    pass
