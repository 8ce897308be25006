# RUN: %mojoc run %s | %FileCheck %s
# Instances as parameters of instances, written out and inferred, and
# passed to a generic function bounded by the same trait.

@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B


fn left[T: CollectionElement, U: CollectionElement](p: Pair[T, U]) -> T:
    return p.first


fn main():
    var inner = Pair[Int, Int](1, 2)
    var outer = Pair[Pair[Int, Int], Bool](inner, True)
    # CHECK: 2 True
    print(outer.first.second, outer.second)
    # CHECK-NEXT: 1
    print(left(left(outer)))
    # CHECK-NEXT: 7
    print(left(Pair(Pair(7, False), 0)).first)
