# RUN: %mojoc run %s | %FileCheck %s
# A `continue` does not destroy an outer value that the next iteration still uses.

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
    var x = Res(7)
    for i in range(3):
        if i == 1:
            print("skip")
            continue
        print("use", i, x.id)
    print("after")
# CHECK: init 7
# CHECK-NEXT: use 0 7
# CHECK-NEXT: skip
# CHECK-NEXT: use 2 7
# CHECK-NEXT: del 7
# CHECK-NEXT: after
