# RUN: %mojoc run %s | %FileCheck %s
# A written `__init__` with other arguments does not stop `@value` from synthesizing the fieldwise one.

struct Res:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id, "->", self.id)

    fn __moveinit__(out self, owned existing: Self):
        self.id = existing.id
        print("move", self.id)

    fn __del__(owned self):
        print("del", self.id)

    fn get(self) -> Int:
        return self.id

@value
struct Named:
    var res: Res
    var n: Int

    fn __init__(out self, n: Int):
        print("one-argument init")
        self.res = Res(n)
        self.n = n

fn main():
    # CHECK: one-argument init
    # CHECK-NEXT: init 1
    var x = Named(1)
    # CHECK-NEXT: init 2
    # CHECK-NEXT: move 2
    var y = Named(Res(2), 3)
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    print("x", x.res.id)
    # CHECK-NEXT: y 2
    # CHECK-NEXT: del 2
    print("y", y.res.id)
