# RUN: %mojoc run %s | %FileCheck %s
# A user struct meeting built-in traits (`Comparable`, `Boolable`,
# `Intable`, `Sized`) is accepted by generic functions bounded by them,
# whose operators and conversions call the struct's own dunders.

@value
struct Version(Comparable, Boolable, Intable, Sized):
    var major: Int
    var minor: Int

    fn __eq__(self, other: Self) -> Bool:
        return self.major == other.major and self.minor == other.minor

    fn __ne__(self, other: Self) -> Bool:
        return not (self == other)

    fn __lt__(self, other: Self) -> Bool:
        return self.major < other.major or (
            self.major == other.major and self.minor < other.minor
        )

    fn __le__(self, other: Self) -> Bool:
        return self < other or self == other

    fn __gt__(self, other: Self) -> Bool:
        return other < self

    fn __ge__(self, other: Self) -> Bool:
        return other <= self

    fn __bool__(self) -> Bool:
        return self.major != 0 or self.minor != 0

    fn __int__(self) -> Int:
        return self.major * 100 + self.minor

    fn __len__(self) -> Int:
        return 2


trait Ordered(Comparable, CollectionElement):
    pass


fn newest[T: Ordered](a: T, b: T, c: T) -> T:
    var best = a
    if b > best:
        best = b
    if c >= best:
        best = c
    return best


fn truthy[T: Boolable](x: T) -> Bool:
    return x.__bool__()


fn number[T: Intable](x: T) -> Int:
    return x.__int__()


fn size[T: Sized](x: T) -> Int:
    return x.__len__()


fn main():
    var v = newest(Version(1, 2), Version(2, 0), Version(1, 9))
    # CHECK: 2 0
    print(v.major, v.minor)
    # CHECK-NEXT: False True
    print(truthy(Version(0, 0)), truthy(Version(0, 1)))
    # CHECK-NEXT: 304 2
    print(number(Version(3, 4)), size(Version(3, 4)))
    # CHECK-NEXT: True False
    print(Version(1, 2) != Version(1, 3), Version(1, 2) >= Version(1, 3))
