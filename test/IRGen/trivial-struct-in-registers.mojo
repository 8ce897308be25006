# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# A `@register_passable("trivial")` struct travels as its leaves, in
# registers: arguments and results are `index` values, with no memory.

@register_passable("trivial")
struct Pair:
    var a: Int
    var b: Int

    fn __init__(out self, a: Int, b: Int):
        self.a = a
        self.b = b

# CHECK-LABEL: func.func private @"__main__::swap(p: Pair)"(%arg0: index, %arg1: index) -> (index, index)
# CHECK-NOT: llvm.alloca
# CHECK: return
fn swap(p: Pair) -> Pair:
    return Pair(p.b, p.a)

fn main():
    var p = swap(Pair(1, 2))
    print(p.a, p.b)
