# RUN: %mojoc run %s | %FileCheck %s
# Copying a `@value` struct that holds another copies the innermost fields through each level.

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

@value
struct Pair:
    var a: Res
    var b: Res

@value
struct Box:
    var pair: Pair
    var n: Int

fn main():
    var b = Box(Pair(Res(1), Res(2)), 3)
    # CHECK: copying
    print("copying")
    # CHECK-NEXT: copy 1 -> 11
    # CHECK-NEXT: copy 2 -> 12
    # CHECK-NEXT: copied
    var c = b
    print("copied")
    # CHECK-NEXT: b 1 c 12
    print("b", b.pair.a.id, "c", c.pair.b.id)
