# RUN: %mojoc run %s | %FileCheck %s
# A parametric struct's parameters are inferred through whichever of its
# constructors or static methods the call picks: from an argument of type
# `T`, from one of another instance (`Box[T]`), and from a value parameter
# inside an argument's type (`Grid[n]`).

struct Grid[n: Int]:
    fn __init__(out self):
        pass


@value
struct Box[T: CollectionElement]:
    var item: T

    fn __init__(out self, item: T):
        self.item = item

    # A second constructor: both read `T` off their arguments.
    fn __init__(out self, a: T, b: T):
        self.item = b

    @staticmethod
    fn rewrap(other: Box[T]) -> Self:
        return Self(other.item)

    @staticmethod
    fn pick(a: T, b: T, first: Bool) -> T:
        return a if first else b


struct Sized[n: Int]:
    fn __init__(out self, g: Grid[n]):
        pass

    fn size(self) -> Int:
        return n

    @staticmethod
    fn of(g: Grid[n]) -> Int:
        return n * 10


fn main():
    # CHECK: 5 True
    print(Box(5).item, Box(False, True).item)
    # CHECK-NEXT: 9
    print(Box.rewrap(Box(9)).item)
    # CHECK-NEXT: False 4
    print(Box.pick(True, False, False), Box.pick(4, 8, True))
    # CHECK-NEXT: 3 70
    print(Sized(Grid[3]()).size(), Sized.of(Grid[7]()))
