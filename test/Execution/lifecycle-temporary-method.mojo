# RUN: %mojoc run %s | %FileCheck %s
# A method called on a temporary borrows it; the temporary dies right after the call.

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

fn main():
    # CHECK: init 1
    # CHECK-NEXT: del 1
    var n = Res(1).get()
    # CHECK-NEXT: n 1
    print("n", n)
