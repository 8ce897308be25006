# RUN: %mojoc run %s | %FileCheck %s
# `return y.id` reads the field before `y` is destroyed.

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
