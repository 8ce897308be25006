# RUN: %mojoc run %s | %FileCheck %s
# Destroying a struct runs its own `__del__` first, then destroys its fields.

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

struct Outer:
    var inner: Res

    fn __init__(out self, id: Int):
        self.inner = Res(id)

    fn __del__(owned self):
        print("del outer", self.inner.id)

fn main():
    # CHECK: init 1
    var o = Outer(1)
    # CHECK-NEXT: use 1
    # CHECK-NEXT: del outer 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: end
    print("use", o.inner.id)
    print("end")
