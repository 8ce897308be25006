# RUN: %mojoc run %s | %FileCheck %s
# In a `def`, a `read` argument that the body mutates becomes a local copy:
# made with `__copyinit__` and destroyed like any local.

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

def bump(r: Res):
    r.id = 5
    print("bumped", r.id)

def main():
    # CHECK: init 1
    var x = Res(1)
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: bumped 5
    # CHECK-NEXT: del 5
    bump(x)
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    print("x", x.id)
