# RUN: %mojoc run %s | %FileCheck %s
# A `return` inside a loop: the outer value, unused on that path, dies at
# the start of the arm; the loop-body value dies after its last use there.

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

fn find(n: Int):
    var x = Res(1)
    for i in range(5):
        var r = Res(10 + i)
        if i == n:
            print("found", r.id)
            return
        print("iter", x.id)
    print("not found")

fn main():
    find(1)
    print("returned")
# CHECK: init 1
# CHECK-NEXT: init 10
# CHECK-NEXT: del 10
# CHECK-NEXT: iter 1
# CHECK-NEXT: init 11
# CHECK-NEXT: del 1
# CHECK-NEXT: found 11
# CHECK-NEXT: del 11
# CHECK-NEXT: returned
