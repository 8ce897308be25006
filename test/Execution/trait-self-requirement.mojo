# RUN: %mojoc run %s | %FileCheck %s
# Requirements that mention `Self` in arguments and results: a generic fold
# combines values of the conforming type with its own method, and builds
# its start value with a static requirement that returns `Self`.

trait Monoid(CollectionElement):
    @staticmethod
    fn empty() -> Self:
        ...

    fn combine(self, other: Self) -> Self:
        ...

    fn show(self):
        ...


@value
struct Sum(Monoid):
    var n: Int

    @staticmethod
    fn empty() -> Self:
        return Self(0)

    fn combine(self, other: Self) -> Self:
        return Self(self.n + other.n)

    fn show(self):
        print("sum", self.n)


@value
struct Max(Monoid):
    var n: Int

    @staticmethod
    fn empty() -> Self:
        return Self(-1000)

    fn combine(self, other: Self) -> Self:
        return self if self.n >= other.n else other

    fn show(self):
        print("max", self.n)


fn fold3[T: Monoid](a: T, b: T, c: T) -> T:
    return T.empty().combine(a).combine(b).combine(c)


fn main():
    # CHECK: sum 9
    fold3(Sum(2), Sum(3), Sum(4)).show()
    # CHECK-NEXT: max 7
    fold3(Max(2), Max(7), Max(4)).show()
    # CHECK-NEXT: max -1000
    Max.empty().show()
