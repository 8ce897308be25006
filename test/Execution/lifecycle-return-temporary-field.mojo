# RUN: %mojoc run %s | %FileCheck %s
# `return make(3).id` reads the field of a temporary, then destroys the
# temporary.

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

fn make(n: Int) -> Res:
    return Res(n)

fn f() -> Int:
    return make(3).id

fn main():
    # CHECK: init 3
    # CHECK-NEXT: del 3
    # CHECK-NEXT: f 3
    print("f", f())
