# RUN: %mojoc run %s | %FileCheck %s
# A trait's static methods used from generic functions: a factory that
# returns `Self`, a static method taking `Self` values, and a static call
# through a value; each instance calls the conforming type's own method.

trait Numberish(CollectionElement):
    @staticmethod
    fn zero() -> Self:
        ...

    @staticmethod
    fn from_int(n: Int) -> Self:
        ...

    @staticmethod
    fn add(a: Self, b: Self) -> Self:
        ...

    fn value(self) -> Int:
        ...


@value
struct Plain(Numberish):
    var n: Int

    @staticmethod
    fn zero() -> Self:
        return Self(0)

    @staticmethod
    fn from_int(n: Int) -> Self:
        return Self(n)

    @staticmethod
    fn add(a: Self, b: Self) -> Self:
        return Self(a.n + b.n)

    fn value(self) -> Int:
        return self.n


# Counts in tens, with a zero of 1000 to tell the types apart.
@value
struct Tens(Numberish):
    var n: Int

    @staticmethod
    fn zero() -> Self:
        return Self(1000)

    @staticmethod
    fn from_int(n: Int) -> Self:
        return Self(n * 10)

    @staticmethod
    fn add(a: Self, b: Self) -> Self:
        return Self(a.n + b.n)

    fn value(self) -> Int:
        return self.n


fn sum_to[T: Numberish](n: Int) -> Int:
    var total = T.zero()
    for i in range(1, n + 1):
        total = T.add(total, T.from_int(i))
    return total.value()


fn through_value[T: Numberish](x: T) -> Int:
    return x.add(x, x.from_int(1)).value()


fn main():
    # CHECK: 10 1100
    print(sum_to[Plain](4), sum_to[Tens](4))
    # CHECK-NEXT: 6 60
    print(through_value(Plain(5)), through_value(Tens(50)))
