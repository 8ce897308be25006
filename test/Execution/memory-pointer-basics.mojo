# RUN: %mojoc run %s | %FileCheck %s
# UnsafePointer: heap memory from `alloc`, `p[]` and `p[i]` as places
# (read, assigned, updated in place), offsets in elements both ways, and
# comparison by address.
from memory import UnsafePointer


fn main():
    var p = UnsafePointer[Int].alloc(5)
    for i in range(5):
        p[i] = i * 10
    p[] += 1
    p[4] -= 5
    # CHECK: 1 10 20 30 35
    print(p[0], p[1], p[2], p[3], p[4])
    var q = p + 3
    # CHECK-NEXT: 30 20 35
    print(q[], q[-1], q[1])
    q -= 2
    # CHECK-NEXT: 10
    print(q[])
    q += 1
    # CHECK-NEXT: 16 True False True False
    print((q.offset(2)).__int__() - q.__int__(), q > p, q == p, q != p, p > q)
    var null = UnsafePointer[Int]()
    # CHECK-NEXT: False True
    print(null.__bool__(), p.__bool__())
    p.free()
    swap_through_pointer()


fn swap_ints(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t


# Two places a pointer designates may be passed `mut` together: which
# memory they overlap is not tracked (as origins are not yet).
fn swap_through_pointer():
    var p = UnsafePointer[Int].alloc(2)
    p[0] = 1
    p[1] = 2
    swap_ints(p[0], p[1])
    # CHECK: 2 1
    print(p[0], p[1])
    p.free()
