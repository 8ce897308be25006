# RUN: %mojoc run %s | %FileCheck %s
# The `memory` module's functions: memcpy (with the keywords Mojo code
# uses), memset, memset_zero and memcmp count elements, not bytes;
# stack_allocation gives memory in the caller's frame.
from memory import UnsafePointer, memcpy, memset, memset_zero, memcmp, stack_allocation


fn main():
    var n = 6
    var a = UnsafePointer[Int32].alloc(n)
    var b = UnsafePointer[Int32].alloc(n)
    for i in range(n):
        a[i] = Int32(i + 1)
    memcpy(dest=b, src=a, count=n)
    # CHECK: 1 6 0
    print(b[0], b[5], memcmp(a, b, n))
    b[2] = 100
    # CHECK-NEXT: -1 1
    print(memcmp(a, b, n), memcmp(b, a, n))
    memset_zero(b, 3)
    # CHECK-NEXT: 0 0 4
    print(b[0], b[2], b[3])
    memset(a, 1, 1)
    # CHECK-NEXT: 16843009 2
    print(a[0], a[1])
    a.free()
    b.free()

    var s = stack_allocation[8, Int]()
    for i in range(8):
        s[i] = i * i
    # CHECK-NEXT: 49
    print(s[7])
    var f = stack_allocation[4, Float64, alignment=32]()
    # CHECK-NEXT: 0
    print(f.__int__() % 32)
    var lanes = stack_allocation[8, DType.float32]()
    lanes.store(SIMD[DType.float32, 8](0.5))
    # CHECK-NEXT: 4.0
    print(lanes.load[width=8]().reduce_add())
    memset_zero[count=4](lanes)
    # CHECK-NEXT: 2.0
    print(lanes.load[width=8]().reduce_add())
