# RUN: %mojoc run %s | %FileCheck %s
# On an early `return`, the values still alive are destroyed before the
# function returns; on the other path they live to their last use.

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

fn test(c: Bool):
    var x = Res(1)
    if c:
        print("early", x.id)
        return
    print("late", x.id)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: early 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: returned
    test(True)
    print("returned")
    # CHECK-NEXT: init 1
    # CHECK-NEXT: late 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: returned
    test(False)
    print("returned")
