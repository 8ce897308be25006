# RUN: %mojoc run %s | %FileCheck %s
# A `@value` struct with a printing `__del__` passed through generic code:
# the synthesized copy and move are used where the generic body copies or
# moves a `T`, and each value is destroyed once, after its last use.

@value
struct Token:
    var id: Int

    fn __del__(owned self):
        print("del", self.id)


@value
struct Box[T: CollectionElement]:
    var item: T


fn keep_copy[T: CollectionElement](x: T) -> T:
    var copy = x
    return copy^


fn boxed[T: CollectionElement](owned x: T) -> Box[T]:
    return Box(x^)


fn pick[T: CollectionElement](a: T, b: T, first: Bool) -> T:
    if first:
        return a
    return b


fn main():
    var t = Token(1)
    var c = keep_copy(t)
    # CHECK: del 1
    # CHECK-NEXT: c 1
    # CHECK-NEXT: del 1
    print("c", c.id)
    var b = boxed(Token(2))
    # CHECK-NEXT: b 2
    # CHECK-NEXT: del 2
    print("b", b.item.id)
    var x = Token(3)
    var y = Token(4)
    # `y`'s last use is the call; `x` is read again after it.
    # CHECK-NEXT: del 4
    var p = pick(x, y, False)
    # CHECK-NEXT: x 3
    # CHECK-NEXT: del 3
    print("x", x.id)
    # CHECK-NEXT: p 4
    # CHECK-NEXT: del 4
    print("p", p.id)
    # CHECK-NEXT: end
    print("end")
