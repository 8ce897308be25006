# RUN: %mojoc run %s | %FileCheck %s
# Requirements with `mut self` and `raises`, called from generic functions:
# a change made through a `mut` argument is seen by the caller, and an
# error raised by the conforming type's method reaches the generic caller's
# `except`, or its own caller.

trait Counter:
    fn bump(mut self, by: Int):
        ...

    fn get(self) -> Int:
        ...


trait Checked:
    fn check(self, limit: Int) raises -> Int:
        ...


@value
struct Tally(Counter, Checked):
    var n: Int

    fn bump(mut self, by: Int):
        self.n += by

    fn get(self) -> Int:
        return self.n

    fn check(self, limit: Int) raises -> Int:
        if self.n > limit:
            raise Error("over the limit")
        return self.n


fn bump_all[T: Counter](mut a: T, mut b: T, times: Int):
    for i in range(times):
        a.bump(i)
        b.bump(1)


fn safe_check[T: Checked](x: T, limit: Int) -> Int:
    try:
        return x.check(limit)
    except e:
        print("caught", e)
        return -1


fn raw_check[T: Checked](x: T, limit: Int) raises -> Int:
    return x.check(limit) * 10


fn main():
    var a = Tally(0)
    var b = Tally(100)
    bump_all(a, b, 4)
    # CHECK: 6 104
    print(a.get(), b.get())
    # CHECK-NEXT: 6
    print(safe_check(a, 10))
    # CHECK-NEXT: caught over the limit
    # CHECK-NEXT: -1
    print(safe_check(b, 10))
    try:
        # CHECK-NEXT: 60
        print(raw_check(a, 10))
        print(raw_check(b, 10))
    except e:
        # CHECK-NEXT: outer over the limit
        print("outer", e)
