# RUN: %mojoc check -verify %s
# RUN: not %mojoc build %s -o %t 2>&1 | %FileCheck %s --check-prefix=BUILD
# The methods of a parametric struct are checked once against the bounds
# of its parameters, at the definition, even when nothing instantiates it.

trait Shape:
    fn area(self) -> Int:
        ...


# BUILD: error: `T` has no member named `missing`
struct Unused[T: CollectionElement]:
    var item: T

    fn __init__(out self, item: T):
        self.item = item

    fn show(self) -> Int:
        return self.item.missing()  # expected-error {{`T` has no member named `missing`}}

    fn sum(self, other: Self) -> T:
        return self.item + other.item  # expected-error {{invalid operands to `+`: `T` does not implement `__add__` for `T`}}

    # A method's own parameters are bound to archetypes too.
    fn measure[S: Shape](self, s: S) -> Int:
        return s.area() + s.perimeter()  # expected-error {{`S` has no member named `perimeter`}}


struct Owner[T: Movable]:
    var item: T

    fn __init__(out self, owned item: T):
        self.item = item^

    fn get(self) -> T:
        return self.item  # expected-error {{value of type `T` cannot be copied: it has no `__copyinit__`; move it with `^` or make it copyable (`@value`)}}

    fn take(owned self) -> T:
        return self.item^


struct Grid[n: Int, wide: Bool]:
    fn __init__(out self):
        pass

    fn cells(self) -> Int:
        @parameter
        if wide:
            return self.width  # expected-error {{`Grid[n, wide]` has no member named `width`}}
        return n


# Used by two instances, the error shows once, at the definition.
@value
struct Pair[T: CollectionElement]:
    var a: T
    var b: T

    fn first(self) -> T:
        return self.a.first()  # expected-error {{`T` has no member named `first`}}


fn main():
    _ = Pair(1, 2).first()
    _ = Pair(True, False).first()
