# RUN: %mojoc run %s | %FileCheck %s
# A plain `@register_passable` struct with `__copyinit__` and `__del__`:
# `var y = x` calls `__copyinit__`, a `read` argument does not, and each
# value is destroyed once.

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
    var x = Reg(1)
    # CHECK-NEXT: show 1
    show(x)
    # CHECK-NEXT: copy 1 -> 11
    var y = x
    # CHECK-NEXT: x 1
    # CHECK-NEXT: del 1
    print("x", x.id)
    # CHECK-NEXT: y 11
    # CHECK-NEXT: del 11
    print("y", y.id)
    # CHECK-NEXT: end
    print("end")
