# RUN: %mojoc run %s | %FileCheck %s
# Generic functions calling generic functions: the caller's parameters bind
# the callee's explicitly or by inference, wrap them in new instances
# (`Box[T]`), and recurse on a value parameter.

@value
struct Box[T: CollectionElement]:
    var item: T


fn wrap[T: CollectionElement](x: T) -> Box[T]:
    return Box(x)


fn unwrap[T: CollectionElement](b: Box[T]) -> T:
    return b.item


fn twice_wrapped[T: CollectionElement](x: T) -> Box[Box[T]]:
    return wrap(wrap[T](x))


fn round_trip[T: CollectionElement](x: T) -> T:
    return unwrap(unwrap(twice_wrapped(x)))


fn depth[n: Int, T: CollectionElement](x: T) -> Int:
    @parameter
    if n == 0:
        return 0
    else:
        return 1 + depth[n - 1](Box(x))


fn main():
    # CHECK: 7 True
    print(round_trip(7), round_trip(True))
    # CHECK-NEXT: 5
    print(twice_wrapped(5).item.item)
    # Each level instantiates `depth` with a deeper `Box`.
    # CHECK-NEXT: 4
    print(depth[4](1))
