# RUN: %mojoc run %s | %FileCheck %s
# A value passed down several functions as `read` is borrowed all the way: no copy, one `del`.

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

fn inner(r: Res) -> Int:
    print("inner", r.id)
    return r.id

fn middle(r: Res) -> Int:
    return inner(r) + 1

fn outer(r: Res) -> Int:
    return middle(r) + 1

fn main():
    # CHECK: init 1
    var x = Res(1)
    # CHECK-NOT: copy
    # CHECK-NEXT: inner 1
    # CHECK-NEXT: del 1
    # CHECK-NEXT: result 3
    print("result", outer(x))
    # CHECK-NOT: {{copy|move|del}}
