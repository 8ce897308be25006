# RUN: %mojoc run %s | %FileCheck %s
# `return r` of an `owned` argument moves it to the caller.

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

fn pass_on(owned r: Res) -> Res:
    return r

fn main():
    # CHECK: init 1
    # CHECK-NEXT: move 1
    var x = pass_on(Res(1))
    # CHECK-NEXT: got 1
    # CHECK-NEXT: del 1
    print("got", x.id)
