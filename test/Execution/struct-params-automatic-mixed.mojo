# RUN: %mojoc run %s | %FileCheck %s
# Automatic parameterization beside other parameters: each unbound argument
# type takes its own instance, explicit parameters still bind as written,
# and the argument may be passed on to a generic function. Such a function
# is checked per instance, not once against its bounds.

struct Grid[rows: Int, cols: Int = 2]:
    fn __init__(out self):
        pass

    fn area(self) -> Int:
        return rows * cols


@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B


fn both(a: Grid, b: Grid) -> Int:
    return a.area() * 100 + b.area()


fn scaled[k: Int](g: Grid) -> Int:
    return k * g.area()


fn scaled_unbound[k: Int](g: Grid[*_], h: Grid[_, 3]) -> Int:
    return k * g.area() + h.area()


fn by_keyword(g: Grid[rows=3, cols=_]) -> Int:
    return g.area()


fn ident[T: AnyType](x: T) -> Int:
    return 1


fn forward(p: Pair) -> Int:
    return ident(p) + ident(p.first)


fn main():
    # Two arguments, two instances.
    # CHECK: 620
    print(both(Grid[3](), Grid[4, 5]()))
    # CHECK-NEXT: 60
    print(scaled[10](Grid[3]()))
    # CHECK-NEXT: 69
    print(scaled_unbound[10](Grid[3](), Grid[3, 3]()))
    # CHECK-NEXT: 21
    print(by_keyword(Grid[3, 7]()))
    # CHECK-NEXT: 2 2
    print(forward(Pair(1, True)), forward(Pair(Pair(1, 2), 3)))
