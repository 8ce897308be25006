# RUN: %mojoc run %s | %FileCheck %s
# A temporary of a plain `@register_passable` struct passed by `read` is destroyed right after the call.

@register_passable
struct Reg:
    var id: Int

    fn __init__(out self, id: Int):
        self.id = id
        print("init", id)

    fn __copyinit__(out self, existing: Self):
        self.id = existing.id + 10
        print("copy", existing.id, "->", self.id)

    fn __del__(owned self):
        print("del", self.id)

fn show(r: Reg):
    print("show", r.id)

fn main():
    # CHECK: init 1
    # CHECK-NEXT: show 1
    # CHECK-NEXT: del 1
    show(Reg(1))
    # CHECK-NEXT: end
    print("end")
