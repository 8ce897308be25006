# RUN: %mojoc run %s | %FileCheck %s
# A written `__init__` with the fieldwise signature replaces `@value`'s
# synthesized one.

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

    fn __init__(out self, owned res: Res, n: Int):
        print("written init", n)
        self.res = res^
        self.n = n

fn main():
    # CHECK: init 1
    # CHECK-NEXT: written init 5
    # CHECK-NEXT: move 1
    var x = Named(Res(1), 5)
    # CHECK-NEXT: n 5
    # CHECK-NEXT: del 1
    print("n", x.n)
