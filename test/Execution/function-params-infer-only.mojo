# RUN: %mojoc run %s | %FileCheck %s
# A function's infer-only parameters (before `//`) are read off its
# arguments' types, so the positional parameters after `//` are the only
# ones written at the call.

struct Grid[rows: Int, cols: Int]:
    fn __init__(out self):
        pass


@value
struct Box[T: CollectionElement]:
    var item: T


fn cells[r: Int, c: Int, //](g: Grid[r, c]) -> Int:
    return r * c


fn scaled[r: Int, c: Int, //, k: Int](g: Grid[r, c]) -> Int:
    return k * (r + c)


fn repeat[T: CollectionElement, //, n: Int](b: Box[T]) -> Int:
    return n


fn main():
    # CHECK: 12
    print(cells(Grid[3, 4]()))
    # Only `k` is positional.
    # CHECK-NEXT: 70
    print(scaled[10](Grid[3, 4]()))
    # CHECK-NEXT: 3 3
    print(repeat[3](Box(True)), repeat[3](Box(7)))
    # An infer-only parameter may still be bound by keyword.
    # CHECK-NEXT: 5
    print(repeat[T=Int, n=5](Box(1)))
