# RUN: %mojoc run %s | FileCheck %s
# `InlineArray[T, size]` keeps its elements in the value, sized and
# aligned for `T` (a 32-byte vector too); copies copy each element.
from collections import InlineArray


fn main():
    var a = InlineArray[Int, 3](1, 2, 3)
    # CHECK: 3 1 3 3 2
    print(len(a), a[0], a[2], a[-1], a.__getitem__[1]())
    a[1] = 20
    # CHECK-NEXT: 20 True False
    print(a[1], 20 in a, 5 in a)
    var f = InlineArray[Float64, 4](0.5)
    # CHECK-NEXT: 0.5 0.5
    print(f[0], f[3])
    var b = a
    b[0] = 9
    # CHECK-NEXT: 1 9
    print(a[0], b[0])
    var l = InlineArray[List[Int], 2, run_destructors=True](
        List[Int](1), List[Int](2, 3)
    )
    var l2 = l
    l2[1].append(4)
    # CHECK-NEXT: 2 3
    print(len(l[1]), len(l2[1]))
    var v = InlineArray[SIMD[DType.float32, 8], 2](SIMD[DType.float32, 8](1.5))
    # CHECK-NEXT: [1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]
    print(v[1])
    var u = InlineArray[Int, 2](unsafe_uninitialized=True)
    u.unsafe_ptr().init_pointee_move(4)
    (u.unsafe_ptr() + 1).init_pointee_move(5)
    # CHECK-NEXT: 4 5
    print(u.unsafe_get(0), u[1])
