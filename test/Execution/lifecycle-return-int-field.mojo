# RUN: %mojoc run %s | %FileCheck %s
# `return y.id` reads the field before `y` is destroyed.
# XFAIL: *
# BUG: when a function returns a trivial field of a local (`return y.id`),
# `y` is destroyed before the return reads the field (the checked tree has
# `destroy y` then `return y.id`), so the function returns what `__del__`
# left there: `f -1` instead of `f 2`.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id

    fn __del__(owned self):
        print("del", self.id)
        self.id = -1

fn f() -> Int:
    var y = Res(2)
    return y.id

fn main():
    # CHECK: del 2
    # CHECK-NEXT: f 2
    print("f", f())
