# RUN: %mojoc run %s | %FileCheck %s
# A `var` declared without a value is initialized by its first assignment, which destroys nothing.

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
    # CHECK: declared
    var x: Res
    print("declared")
    # CHECK-NEXT: init 7
    x = Res(7)
    # CHECK-NEXT: x 7
    # CHECK-NEXT: del 7
    print("x", x.id)
    # CHECK-NOT: del
