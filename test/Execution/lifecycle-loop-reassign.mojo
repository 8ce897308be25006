# RUN: %mojoc run %s | %FileCheck %s
# Re-assigning an outer variable in a loop destroys each old value after its last use.

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
    var x = Res(0)
    for i in range(1, 3):
        print("old", x.id)
        x = Res(i)
    print("last", x.id)
# CHECK: init 0
# CHECK-NEXT: old 0
# CHECK-NEXT: del 0
# CHECK-NEXT: init 1
# CHECK-NEXT: old 1
# CHECK-NEXT: del 1
# CHECK-NEXT: init 2
# CHECK-NEXT: last 2
# CHECK-NEXT: del 2
