# RUN: %mojoc run %s | %FileCheck %s
# `return r` of a local variable moves it out to the caller, which destroys it.

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

fn make() -> Res:
    var r = Res(1)
    print("made")
    return r

fn main():
    # CHECK: init 1
    # CHECK-NEXT: made
    # CHECK-NEXT: move 1
    var x = make()
    # CHECK-NEXT: got 1
    # CHECK-NEXT: del 1
    print("got", x.id)
