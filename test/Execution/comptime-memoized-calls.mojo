# RUN: %mojoc run %s | FileCheck %s
# At compile time a call whose arguments and result hold no memory runs
# once per distinct arguments: `fib(90)` makes 91 calls, not 2^90, within
# the step budget. Calls that can see memory (through a pointer or a `mut`
# argument) or that return it run every time.

from memory import UnsafePointer


fn fib(n: Int) -> Int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fn read(p: UnsafePointer[Int]) -> Int:
    return p[]


fn bump(mut x: Int) -> Int:
    x += 1
    return x


fn fresh() -> UnsafePointer[Int]:
    return UnsafePointer[Int].alloc(1)


fn memory_calls() -> Int:
    var p = UnsafePointer[Int].alloc(1)
    p[] = 1
    var first = read(p)
    p[] = 2
    var second = read(p)
    p.free()
    var x = 0
    var a = bump(x)
    var b = bump(x)
    var q = fresh()
    var r = fresh()
    var distinct = Int(q != r)
    q.free()
    r.free()
    return first * 10000 + second * 1000 + a * 100 + b * 10 + distinct


alias F = fib(90)
alias M = memory_calls()


fn main():
    # CHECK: 2880067194370816120
    print(F)
    # CHECK-NEXT: 12121 12121
    print(M, memory_calls())
