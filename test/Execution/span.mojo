# RUN: %mojoc run %s | %FileCheck %s
# `Span[T, origin]`: a view of contiguous elements. A `List` converts to
# one where an argument's type leaves the origin open (`Span[Int, _]`).

from memory import UnsafePointer
from memory.span import Span


fn total(values: Span[Int, _]) -> Int:
    var sum = 0
    for p in values:
        sum += p[]
    return sum


fn main():
    var items = List[Int](1, 2, 3, 4)
    # CHECK: 10
    print(total(items))
    var view = Span[Int, MutableAnyOrigin](ptr=items.unsafe_ptr() + 1, length=2)
    view[0] = 20
    # CHECK-NEXT: 2 20 3 3 True
    print(len(view), items[1], view[1], view[-1], Bool(view))
    view.fill(7)
    # CHECK-NEXT: 1 7 7 4
    print(items[0], items[1], items[2], items[3])
    # CHECK-NEXT: 7,7,4
    for p in reversed(view):
        print(p[], end=",")
    # The view does not keep `items` alive (mojoc does not track origins).
    print(len(items))
    var bytes = "hi".as_bytes()
    # CHECK-NEXT: 2 104 105
    print(len(bytes), bytes[0], bytes[1])
