# RUN: %mojoc run %s | %FileCheck %s
# A plain `@register_passable` struct is moved as its bits (it may not
# have a `__moveinit__`): `x^` runs no lifecycle method and only the new
# owner is destroyed.

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

fn take(owned r: Reg):
    print("take", r.id)

fn main():
    # CHECK: init 1
    var x = Reg(1)
    # CHECK-NEXT: take 1
    # CHECK-NEXT: del 1
    take(x^)
    # CHECK-NEXT: end
    print("end")
    # CHECK-NOT: {{copy|del}}
