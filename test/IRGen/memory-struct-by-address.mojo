# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# A struct that is not `@register_passable` lives in memory: a `read`
# argument of its type is the address of the caller's variable, not a copy.

struct Big:
    var a: Int
    var b: Int

    fn __init__(out self, a: Int, b: Int):
        self.a = a
        self.b = b

# CHECK-LABEL: func.func private @"__main__::main()"
# CHECK: %[[SLOT:.*]] = llvm.alloca {{.*}} x !llvm.struct<(i64, i64)>
# CHECK: call @"__main__::sum(x: Big)"(%[[SLOT]]) : (!llvm.ptr) -> index
fn main():
    var big = Big(1, 2)
    print(sum(big))

# CHECK-LABEL: func.func private @"__main__::sum(x: Big)"(%arg0: !llvm.ptr) -> index
# CHECK-NOT: llvm.alloca
# CHECK: llvm.getelementptr %arg0[0, 0]
fn sum(x: Big) -> Int:
    return x.a + x.b
