# RUN: %mojoc run %s | %FileCheck %s
# A temporary in the right operand of `or` exists only when that operand
# runs, and only then is it destroyed.

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

fn positive(r: Res) -> Bool:
    return r.id > 0

fn main():
    # CHECK: init 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: yes
    if positive(Res(1)) or positive(Res(2)):
        print("yes")
    # CHECK-NEXT: end
    print("end")
