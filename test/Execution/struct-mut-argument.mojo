# RUN: %mojoc run %s | %FileCheck %s
# A `mut` argument is a reference to the caller's variable: writes through
# it are visible after the call, for Int and for struct fields.

struct Acc:
    var total: Int
    fn __init__(out self):
        self.total = 0

fn add_to(mut acc: Acc, n: Int):
    acc.total += n

fn reset(mut x: Int):
    x = 0

fn swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

fn main():
    var acc = Acc()
    for i in range(4):
        add_to(acc, i)
    # CHECK: 6
    print(acc.total)
    var n = 99
    reset(n)
    # CHECK-NEXT: 0
    print(n)
    var p = 1
    var q = 2
    swap(p, q)
    # CHECK-NEXT: 2 1
    print(p, q)
    reset(acc.total)
    # CHECK-NEXT: 0
    print(acc.total)
