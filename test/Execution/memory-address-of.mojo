# RUN: %mojoc run %s | %FileCheck %s
# `UnsafePointer.address_of(x)` points at the variable itself: a write
# through it is a write to `x`, and a field's address is inside its struct.
from memory import UnsafePointer


@value
struct Pair:
    var a: Int
    var b: Int


fn bump(p: UnsafePointer[Int]):
    p[] += 1


fn main():
    var x = 41
    var px = UnsafePointer[Int].address_of(x)
    bump(px)
    # CHECK: 42
    print(x)
    var pair = Pair(1, 2)
    var pb = UnsafePointer[Int].address_of(pair.b)
    pb[] = 20
    var whole = UnsafePointer[Pair].address_of(pair)
    # CHECK-NEXT: 1 20 8
    print(pair.a, pair.b, pb.__int__() - whole.__int__())
