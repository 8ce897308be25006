# RUN: %mojoc run %s | %FileCheck %s
# Tuples of parametric struct instances as results of generic functions:
# the element types are built from the parameters, unpacked at the call,
# and the instances inferred back from them.

@value
struct Box[T: CollectionElement]:
    var item: T


@value
struct Pair[A: CollectionElement, B: CollectionElement]:
    var first: A
    var second: B


fn split[A: CollectionElement, B: CollectionElement](
    p: Pair[A, B]
) -> (Box[A], Box[B]):
    return Box(p.first), Box(p.second)


fn join[A: CollectionElement, B: CollectionElement](
    t: (Box[A], Box[B])
) -> Pair[B, A]:
    return Pair(t[1].item, t[0].item)


fn main():
    var a, b = split(Pair(1, True))
    # CHECK: 1 True
    print(a.item, b.item)
    var p = join(split(Pair(2, False)))
    # CHECK-NEXT: False 2
    print(p.first, p.second)
