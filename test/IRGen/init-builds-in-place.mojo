# RUN: %mojoc build --emit=mlir %s | %FileCheck %s
# `__init__` builds a memory value where it will live: the variable's slot
# is the constructor's result pointer, and nothing is copied afterwards.

struct Point:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int, y: Int):
        self.x = x
        self.y = y

# CHECK-LABEL: func.func private @"__main__::main()"
# CHECK: %[[P:[0-9]+]] = llvm.alloca {{.*}} x !llvm.struct<(i64, i64)>
# CHECK: call @"__main__::Point.__init__(x: Int, y: Int)"(%[[P]], %{{[0-9]+}}, %{{[0-9]+}}) : (!llvm.ptr, index, index) -> ()
# CHECK-NEXT: call @"__main__::show(p: Point)"(%[[P]])
fn main():
    var p = Point(1, 2)
    show(p)

fn show(p: Point):
    print(p.x, p.y)

# CHECK-LABEL: func.func private @"__main__::Point.__init__(x: Int, y: Int)"(%arg0: !llvm.ptr, %arg1: index, %arg2: index)
# CHECK: llvm.getelementptr %arg0[0, 0]
# CHECK: llvm.store
# CHECK-NOT: llvm.alloca
# CHECK: return
