# RUN: %mojoc run %s | %FileCheck %s
# Temporaries in one expression are each destroyed right after the call
# that uses them, not at the end of the statement.

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

fn twice(r: Res) -> Int:
    return r.id * 2

fn main():
    # CHECK: init 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: init 2
    # CHECK-NEXT: del 2
    # CHECK-NEXT: sum 6
    print("sum", twice(Res(1)) + twice(Res(2)))
